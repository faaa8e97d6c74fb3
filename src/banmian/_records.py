"""Internal frozen records passed between the stages of the pipeline."""

from __future__ import annotations

import enum

import attrs

from .model import Artifact, Byline, Caption, ParseWarning


@attrs.frozen
class Line:
    """One source line, numbered before any rewriting.

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
        continues: On a hard-wrapped page, the line continues the paragraph
            of the line above it (see ``_wrap``).
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
    continues: bool = False
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


@attrs.frozen
class Classified:
    """A line with its kind."""

    line: Line
    kind: Kind

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
    column or page break may fall there.
    """

    kind: str
    text: str
    lines: tuple[int, ...]
    after_break: bool = False


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
