"""The public records of a parsed page: frozen, slotted ``attrs`` classes.

Every record carries its provenance: the 1-based source line numbers it was
read from (``lines`` or ``line``), so any piece of output can be traced back
to the input.  ``Edition.to_dict()`` gives the JSON shape of contract §2;
serialization lives here and nowhere else.
"""

from __future__ import annotations

import json
import reprlib
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, get_args

import attrs

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ARTIFACT_KINDS",
    "BLOCK_KINDS",
    "SCHEMA_VERSION",
    "WARNING_KINDS",
    "Article",
    "Artifact",
    "ArtifactKind",
    "Author",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Decision",
    "Duplicate",
    "Edition",
    "LineAudit",
    "ParseWarning",
    "WarningKind",
]

SCHEMA_VERSION: Final = 1
"""The version of the JSON shape, written as ``schema_version`` by ``Edition.to_dict()``."""

BlockKind = Literal["paragraph", "subhead", "list_item"]
"""What a body block is: a paragraph, a subhead (小标题) or a list item."""

ArtifactKind = Literal[
    "page_header",
    "vertical_text",
    "orphan_title",
    "orphan_byline",
    "orphan_credit",
    "end_mark",
    "jump",
    "markup",
    "unplaced",
]
"""What a line removed as page furniture was (see `Artifact`)."""

WarningKind = Literal[
    "orphan_byline",
    "orphan_credit",
    "untitled_text",
    "joined_across_blocks",
    "unjoined_fragment",
    "missing_start",
    "replaced_bytes",
    "possible_mojibake",
    "unplaced",
]
"""What a `ParseWarning` is about."""

BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)
ARTIFACT_KINDS: tuple[ArtifactKind, ...] = get_args(ArtifactKind)
WARNING_KINDS: tuple[WarningKind, ...] = get_args(WarningKind)


@attrs.frozen
class Author:
    """A person named in a byline.

    Attributes:
        name: The name, with layout padding removed (``王 凯`` → ``王凯``).
        role: The normalized role (``记者``, ``通讯员``, ``见习记者``, ``实习生``,
            ``摄影``, ...), or ``None`` for a bare-name byline.
    """

    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"name": ..., "role": ...}``."""
        return {"name": self.name, "role": self.role}


@attrs.frozen
class Byline:
    """The byline (署名) of an article.

    Attributes:
        text: The byline as printed, normalized: markers (``□``), padding
            inside two-character names and the trailing ``报道`` removed.
        org: The organisation printed before the role (``大众日报/大众新闻``),
            or ``None``.
        authors: The people, in order.
        lines: The source lines the byline was read from.
    """

    text: str
    org: str | None
    authors: tuple[Author, ...]
    lines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the byline in the JSON shape of contract §2."""
        return {
            "text": self.text,
            "org": self.org,
            "authors": [a.to_dict() for a in self.authors],
            "lines": list(self.lines),
        }


@attrs.frozen
class Block:
    """One block of an article body.

    Attributes:
        kind: ``"paragraph"``, ``"subhead"`` or ``"list_item"``.
        text: The normalized text; a paragraph cut by a column break is one
            block with the lines of all its pieces.
        lines: The source lines, in reading order.
    """

    kind: BlockKind
    text: str
    lines: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"kind", "text", "lines"}``."""
        return {"kind": self.kind, "text": self.text, "lines": list(self.lines)}


@attrs.frozen
class Caption:
    """A photo caption (图片说明), inside an article or standing alone.

    Attributes:
        text: The caption without its marker (``■``) and without the credit.
        credit: The photographer as printed before ``摄`` (an org or role
            may stay in front of the name), or ``None``.
        line: The first source line of the caption.
        lines: Every source line of the caption, credit line included.
    """

    text: str
    credit: str | None
    line: int
    lines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "credit", "line", "lines"}``."""
        return {
            "text": self.text,
            "credit": self.credit,
            "line": self.line,
            "lines": list(self.lines or (self.line,)),
        }


@attrs.frozen
class Artifact:
    """A line removed as page furniture.

    Attributes:
        kind: ``page_header`` (page and section headers, folios, pinyin
            lines, mastheads, banners), ``vertical_text`` (a vertically set
            column title), ``orphan_title``, ``orphan_byline``,
            ``orphan_credit`` (a photo credit with no caption), ``end_mark``
            (（完）), ``jump`` (（下转A06版）), ``markup`` (a line that was only
            markdown residue or invisible characters) or ``unplaced`` (a line
            no rule placed, kept so that nothing is lost; always with a
            warning).
        text: The normalized text of the line.
        line: The source line.
    """

    kind: ArtifactKind
    text: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"kind", "text", "line"}``."""
        return {"kind": self.kind, "text": self.text, "line": self.line}


@attrs.frozen
class Duplicate:
    """Text removed as a repetition of text kept elsewhere in the edition.

    Attributes:
        text: The removed text.
        line: Its source line.
        of_line: The first source line of the text that was kept.
        lines: Every source line of the removed text (a removed paragraph
            may have been joined from several pieces).
    """

    text: str
    line: int
    of_line: int
    lines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "line", "of_line", "lines"}``."""
        return {
            "text": self.text,
            "line": self.line,
            "of_line": self.of_line,
            "lines": list(self.lines or (self.line,)),
        }


@attrs.frozen
class ParseWarning:
    """Something the parser had to guess about, recorded for audit.

    Attributes:
        kind: A stable identifier, one of `WARNING_KINDS`
            (``orphan_byline``, ``joined_across_blocks``, ``replaced_bytes``, ...).
        message: A sentence for a human.
        line: The source line concerned, or ``None`` for the whole input.
    """

    kind: WarningKind
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"kind", "message", "line"}``."""
        return {"kind": self.kind, "message": self.message, "line": self.line}


@attrs.frozen
class Decision:
    """Why a line was read as it was: the named row of a decision table that fired.

    Attributes:
        line: The source line the decision is about.
        table: The decision table (``line_kind``, ``title_run``,
            ``article_start``, ``byline_place``, ``title_trim``).
        rule: The name of the row that decided, as documented in the
            structure guide (for example ``byline_follows``).
        outcome: What the row decided (``byline``, ``start``, ``subhead``,
            ``own_article``, ...).
    """

    line: int
    table: str
    rule: str
    outcome: str

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"line", "table", "rule", "outcome"}``."""
        return {"line": self.line, "table": self.table, "rule": self.rule, "outcome": self.outcome}


@attrs.frozen
class Article:
    """One article of the page.

    Attributes:
        headline: The headline (主题); ``None`` for body text that stands
            before any title on the page.
        kicker: The kicker (引题) above the headline, or ``None``.
        subtitle: The subtitle (副题) below the headline, or ``None``.
        byline: The byline, or ``None``.
        dateline: The dateline (电头) taken out of the first paragraph, such as
            ``本报3月28日讯``, or ``None``.
        blocks: The body: paragraphs, subheads and list items.
        captions: Captions of the photos printed with the article.
        title_lines: The source lines of kicker, headline and subtitle.
        credit: A closing source credit on its own line (``据新华社``), or ``None``.
        credit_line: The source line of ``credit``.
    """

    headline: str | None
    kicker: str | None = None
    subtitle: str | None = None
    byline: Byline | None = None
    dateline: str | None = None
    blocks: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    title_lines: tuple[int, ...] = ()
    credit: str | None = None
    credit_line: int | None = None

    def __repr__(self) -> str:
        lines = sorted({*self.title_lines, *(n for b in self.blocks for n in b.lines)})
        span = f"{lines[0]}-{lines[-1]}" if lines else "none"
        return f"<Article headline={reprlib.repr(self.headline)} blocks={len(self.blocks)} lines={span}>"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the paragraph blocks, joined across breaks and deduplicated."""
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def text(self) -> str:
        """The body as one string: every block's text joined by newlines."""
        return "\n".join(b.text for b in self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """Return the article in the JSON shape of contract §2."""
        return {
            "kicker": self.kicker,
            "headline": self.headline,
            "subtitle": self.subtitle,
            "byline": self.byline.to_dict() if self.byline else None,
            "dateline": self.dateline,
            "blocks": [b.to_dict() for b in self.blocks],
            "captions": [c.to_dict() for c in self.captions],
            "title_lines": list(self.title_lines),
            "credit": self.credit,
            "credit_line": self.credit_line,
        }


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
        from ._load_dict import edition_from_dict  # noqa: PLC0415 - it imports this module

        return edition_from_dict(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Edition:
        """Rebuild an edition from `to_json`'s text: ``Edition.from_json(e.to_json()) == e``."""
        return cls.from_dict(json.loads(text))

    def to_html(self, page: str | bytes, *, decisions: Mapping[int, str] | None = None) -> str:
        """Return an HTML view of the reading beside ``page`` (the parsed text or bytes); see the docs."""
        from ._html import render_html  # noqa: PLC0415 - it imports this module

        return render_html(self, page, decisions=decisions)

    def to_frame(self, *, rows: str = "articles") -> pd.DataFrame:
        """Return a pandas DataFrame, one row per article or per block (needs the ``pandas`` extra)."""
        from ._frame import to_frame  # noqa: PLC0415 - it imports this module

        return to_frame((self,), rows=rows)

    @property
    def page_headers(self) -> tuple[str, ...]:
        """The texts of the ``page_header`` artifacts, in page order."""
        return tuple(a.text for a in self.artifacts if a.kind == "page_header")

    def _claims(self) -> Iterator[int]:
        for article in self.articles:
            yield from article.title_lines
            if article.byline is not None:
                yield from article.byline.lines
            for block in article.blocks:
                yield from block.lines
            for caption in article.captions:
                yield from caption.lines or (caption.line,)
            if article.credit_line is not None:
                yield article.credit_line
        for photo in self.photos:
            yield from photo.lines or (photo.line,)
        for artifact in self.artifacts:
            yield artifact.line
        for duplicate in self.duplicates:
            if duplicate.line != duplicate.of_line:  # a clause dropped inside its own line
                yield from duplicate.lines or (duplicate.line,)

    def audit(self) -> LineAudit:
        """Check the provenance invariant: every non-blank line in exactly one
        place, and every Han character and word of it somewhere in the output.

        A duplicate clause dropped from inside a paragraph that is kept
        records ``line == of_line``; that line is accounted for by its block.
        """
        from ._audit import lost_text  # noqa: PLC0415 - _audit reads these records: a cycle at import time

        missing, repeated = self._line_audit()
        return LineAudit(missing=missing, repeated=repeated, lost_text=lost_text(self))

    def _line_audit(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        counts = Counter(self._claims())
        content = set(self.content_lines)
        missing = tuple(n for n in self.content_lines if counts[n] == 0)
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
