"""Internal frozen records passed between the stages of the pipeline."""

from __future__ import annotations

import enum
from typing import NamedTuple

import attrs

from .model import Artifact, BlockKind, Byline, Caption, Decision, ParseWarning


class Line(NamedTuple):
    """One source line, numbered before any rewriting.

    A named tuple, not an attrs class: a page has a record per line, and a
    tuple is made in half the time (and, holding only strings and numbers,
    is soon left alone by the garbage collector).

    Attributes:
        number: 1-based line number in the decoded text.
        raw: The line as decoded (line ending removed).
        text: The line after the house-style normalization.
        heading: Markdown heading level of the raw line (0 for none).
        bullet: The raw line was a markdown bullet (``- `` / ``* ``).
        marker: A layout marker taken off the front (``□``, ``■``), or ``""``.
        hard_break: The raw line ended in a markdown hard break, so the next
            line belongs to the same printed unit.
        gap_before: Blank lines between this line and the previous non-blank one.
        emphasis: The whole raw line was set in markdown bold (``**…**``),
            as converters set headings.
    """

    number: int
    raw: str
    text: str
    heading: int = 0
    bullet: bool = False
    marker: str = ""
    hard_break: bool = False
    gap_before: int = 0
    emphasis: bool = False

    @property
    def printed(self) -> str:
        """The normalized text with its layout marker, as an artifact shows it.

        A markup line keeps its printable characters (``![图](a.jpg)``); a line
        with nothing printable (a control character, a zero-width space) is
        shown escaped (``\\x07``), so the output stays valid text.
        """
        if self.text:
            return self.marker + self.text
        printable = "".join(char for char in self.raw.strip() if char.isprintable())
        if printable:
            return printable
        return self.raw.strip().encode("unicode_escape", "backslashreplace").decode("ascii")


class Kind(enum.Enum):
    """What a line is, before it is placed in an article."""

    # Members are singletons: identity hashing (in C) is enough, and every
    # line's kind is looked up in a table.
    __hash__ = object.__hash__

    EMPTY = "empty"  # markup or invisible characters only
    PINYIN = "pinyin"  # romanized section name of a page header
    FOLIO = "folio"  # page number, date line, editor credit
    VERTICAL = "vertical"  # one character of a vertically set title
    END_MARK = "end_mark"  # （完）
    JUMP = "jump"  # （下转A06版）, （上接第一版）
    BYLINE = "byline"
    CREDIT = "credit"  # a line that is only a photo credit
    CLOSING_CREDIT = "closing_credit"  # 据新华社 on its own line
    CAPTION = "caption"  # a marked caption (■…) or a caption ending in a credit
    SUBHEAD = "subhead"  # a marked subhead (■…) whose text follows on the next line
    BULLET = "bullet"
    TITLE = "title"  # short, unterminated: headline, kicker, subtitle or subhead
    TEXT = "text"  # body text
    CONTINUATION = "continuation"  # the next line of a hard-wrapped paragraph


class CaptionSplit(NamedTuple):
    """A caption's text and its credit (``None`` when uncredited)."""

    text: str
    credit: str | None


class InlineByline(NamedTuple):
    """A headline with its byline set on the same line (标题 本报记者 王凯)."""

    title: str
    byline: Byline


class DatelineMatch(NamedTuple):
    """What opens a paragraph: a dateline and/or reporters, and the rest of the text."""

    dateline: str | None
    byline: Byline | None
    rest: str


class Found(NamedTuple):
    """What the recognizers read on one line, each at most once per parse.

    Attributes:
        byline: The line read as a byline (a line of kind BYLINE).
        credit: The credit of a line that is only a photo credit (CREDIT).
        caption: A caption's text and credit (CAPTION).
        inline: A title with its byline on the same line (TITLE).
        opening: The dateline or reporters a paragraph opens with.
        run_lines: For the first line of a byline set over several lines
            (本报记者 X / 本报通讯员 Y), how many lines the byline has; its
            ``byline`` is then the byline read from all of them.
    """

    byline: Byline | None = None
    credit: str | None = None
    caption: CaptionSplit | None = None
    inline: InlineByline | None = None
    opening: DatelineMatch | None = None
    run_lines: int = 1


NOTHING_FOUND = Found()


class Classified(NamedTuple):
    """A line with its kind, the name of the classifier row that gave it, and
    what the recognizers read on it.

    On a hard-wrapped page, the first line of a wrapped paragraph carries the
    lines that continue it (``wrapped``); those lines are no items of their
    own, so the later stages step over a paragraph, not over each of its lines.
    """

    line: Line
    kind: Kind
    rule: str
    found: Found = NOTHING_FOUND
    wrapped: tuple[Line, ...] = ()

    @property
    def number(self) -> int:
        """The source line number."""
        return self.line.number

    @property
    def text(self) -> str:
        """The normalized text."""
        return self.line.text


@attrs.frozen
class BlockDraft:
    """A body block before repair and deduplication.

    ``after_break`` says that a layout break (a photo, a layout gap of blank
    lines, page furniture) stands right before the block: evidence that a
    column or page break may fall there.  ``opening`` is the dateline the
    block's first line opens with, as the classifier read it.
    """

    kind: BlockKind
    text: str
    lines: tuple[int, ...]
    after_break: bool = False
    opening: DatelineMatch | None = None


@attrs.frozen
class ArticleDraft:
    """An article as segmented: title, byline and body drafts."""

    headline: str | None
    kicker: str | None
    subtitle: str | None
    title_lines: tuple[int, ...]
    byline: Byline | None
    blocks: tuple[BlockDraft, ...]
    captions: tuple[Caption, ...]
    credit: str | None = None
    credit_line: int | None = None
    dateline: str | None = None


@attrs.frozen
class PageDraft:
    """The segmented page: article drafts and everything set aside."""

    articles: tuple[ArticleDraft, ...]
    photos: tuple[Caption, ...]
    artifacts: tuple[Artifact, ...]
    warnings: tuple[ParseWarning, ...]
    decisions: tuple[Decision, ...] = ()
