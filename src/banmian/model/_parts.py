"""The records an edition is made of, and the kinds of its parts (see `banmian.model`)."""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, get_args

import attrs

if TYPE_CHECKING:
    pass


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


class Decision(NamedTuple):
    """Why a line was read as it was: the named row of a decision table that fired.

    A named tuple (a page records one or more per line, so they are cheap to
    make); compare and read it by its fields.

    Attributes:
        line: The source line the decision is about.
        table: The decision table (``line_kind``, ``title_run``,
            ``article_start``, ``title_trim``, ``title_in_article``,
            ``byline_place``, ``paragraph_join``).
        rule: The name of the row that decided, as documented in the
            structure guide (for example ``byline_follows``).
        outcome: What the row decided (``byline``, ``start``, ``subhead``,
            ``own_article``, ``next_piece``, ...).
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
