"""The edition: a parsed page, its audit and its serialization (see `banmian.model`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._parts import SCHEMA_VERSION, Article, Artifact, Caption, Decision, Duplicate, ParseWarning

if TYPE_CHECKING:
    import pandas as pd


@attrs.frozen
class LineAudit:
    """The result of `Edition.audit`.

    Attributes:
        missing: Non-blank source lines that no part of the output accounts for.
        repeated: Lines claimed by more than one part of the output, or
            claimed although they are blank.
        lost_text: ``(line, characters)`` for each source line whose Han
            characters, Latin letters or digits appear nowhere in the
            output (nor were taken off by a house-style rule), although the
            line is accounted for.
    """

    missing: tuple[int, ...]
    repeated: tuple[int, ...]
    lost_text: tuple[tuple[int, str], ...] = ()

    @property
    def ok(self) -> bool:
        """True when every non-blank line is accounted for exactly once and
        none of its text is lost."""
        return not self.missing and not self.repeated and not self.lost_text


@attrs.frozen
class Edition:
    """A parsed page: its articles and everything removed from them.

    Attributes:
        source: The file name the page was read from, or ``None``.
        encoding: The encoding the bytes were decoded with (``utf-8``,
            ``gb18030``, ``big5``, ``utf-16``, ...); ``None`` for text that
            was never bytes (`banmian.parse_edition`).
        articles: The articles, in page order.
        photos: Standalone photo items (a caption and a credit, no article).
        artifacts: Lines removed as page furniture.
        duplicates: Text removed as repetition.
        warnings: What the parser had to guess about.
        content_lines: The 1-based numbers of the non-blank source lines;
            `audit` checks that each is accounted for exactly once.
        content_text: The normalized text of each of ``content_lines``;
            `audit` checks that none of it is lost.  Empty for an edition
            rebuilt by `from_dict` (the JSON holds no input text): its audit
            checks lines only.
    """

    source: str | None = None
    encoding: str | None = None
    articles: tuple[Article, ...] = ()
    photos: tuple[Caption, ...] = ()
    artifacts: tuple[Artifact, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    content_lines: tuple[int, ...] = attrs.field(default=(), repr=False)
    content_text: tuple[str, ...] = attrs.field(default=(), repr=False, eq=False)
    decisions: tuple[Decision, ...] = attrs.field(default=(), repr=False, eq=False)

    def explain(self, line: int | None = None) -> tuple[Decision, ...]:
        """Why each line was read as it was: the decisions that placed it, in order.

        Args:
            line: Only the decisions about this source line; all when ``None``.

        Examples:
            >>> import banmian
            >>> edition = banmian.parse_edition("港口航线再加密\\n\\n本报记者 王凯\\n\\n本报讯 新航线开通。")
            >>> [(d.line, d.table, d.rule) for d in edition.explain(3)]
            [(3, 'line_kind', 'byline'), (3, 'byline_place', 'under_its_title')]
        """
        if line is None:
            return self.decisions
        return tuple(d for d in self.decisions if d.line == line)

    def __repr__(self) -> str:
        counts = ("articles", "photos", "artifacts", "duplicates", "warnings")
        sizes = " ".join(f"{name}={len(getattr(self, name))}" for name in counts)
        return f"<Edition source={self.source!r} encoding={self.encoding!r} {sizes}>"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edition:
        """Rebuild an edition from `to_dict`'s shape (InputError for another shape or schema_version)."""
        from .._load_dict import edition_from_dict  # noqa: PLC0415 - it imports this module

        return edition_from_dict(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Edition:
        """Rebuild an edition from `to_json`'s text: ``Edition.from_json(e.to_json()) == e``."""
        return cls.from_dict(json.loads(text))

    def to_html(self, page: str | bytes, *, decisions: Mapping[int, str] | None = None) -> str:
        """Return an HTML view of the reading beside ``page`` (the parsed text or bytes); see the docs."""
        from .._html import render_html  # noqa: PLC0415 - it imports this module

        return render_html(self, page, decisions=decisions)

    def to_frame(self, *, rows: str = "articles") -> pd.DataFrame:
        """Return a pandas DataFrame, one row per article or per block (needs the ``pandas`` extra)."""
        from .._frame import to_frame  # noqa: PLC0415 - it imports this module

        return to_frame((self,), rows=rows)

    @property
    def page_headers(self) -> tuple[str, ...]:
        """The texts of the ``page_header`` artifacts, in page order."""
        return tuple(a.text for a in self.artifacts if a.kind == "page_header")

    def _claims(self) -> list[int]:
        """Every line number a part of the output names (a list, extended a
        part at a time: a hard-wrapped paragraph names dozens of lines)."""
        claims: list[int] = []
        for article in self.articles:
            claims += article.title_lines
            if article.byline is not None:
                claims += article.byline.lines
            for block in article.blocks:
                claims += block.lines
            for caption in article.captions:
                claims += caption.lines or (caption.line,)
            if article.credit_line is not None:
                claims.append(article.credit_line)
        for photo in self.photos:
            claims += photo.lines or (photo.line,)
        claims += [artifact.line for artifact in self.artifacts]
        for duplicate in self.duplicates:
            if duplicate.line != duplicate.of_line:  # a clause dropped inside its own line
                claims += duplicate.lines or (duplicate.line,)
        return claims

    def audit(self) -> LineAudit:
        """Check the provenance invariant: every non-blank line in exactly one
        place, and every Han character and word of it somewhere in the output.

        A duplicate clause dropped from inside a paragraph that is kept
        records ``line == of_line``; that line is accounted for by its block.
        """
        from .._audit import lost_text  # noqa: PLC0415 - _audit reads these records: a cycle at import time

        missing, repeated = self._line_audit()
        return LineAudit(missing=missing, repeated=repeated, lost_text=lost_text(self))

    def _line_audit(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        claims = self._claims()
        counts = Counter(claims)
        content = set(self.content_lines)
        missing = tuple([n for n in self.content_lines if n not in counts])  # counts are >= 1
        if len(counts) == len(claims) and counts.keys() <= content:  # the usual case, at C speed
            return missing, ()
        repeated = tuple(sorted(n for n, c in counts.items() if c > 1 or n not in content))
        return missing, repeated

    def unaccounted_lines(self) -> tuple[int, ...]:
        """Non-blank source lines that no part of the output accounts for."""
        return self._line_audit()[0]

    def to_dict(self) -> dict[str, Any]:
        """Return the edition in the JSON shape of contract §2 (and the gold files)."""
        return {
            "source": self.source,
            "encoding": self.encoding,
            "page_headers": list(self.page_headers),
            "articles": [a.to_dict() for a in self.articles],
            "photos": [p.to_dict() for p in self.photos],
            "artifacts": [a.to_dict() for a in self.artifacts],
            "duplicates": [d.to_dict() for d in self.duplicates],
            "warnings": [w.to_dict() for w in self.warnings],
            "schema_version": SCHEMA_VERSION,  # last: a JSON Lines record still opens with its source
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """Return `to_dict` as JSON text, with Chinese kept readable."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
