"""Line -> kind, through one ordered table of named rows (first match wins).

Rules see the whole tuple of lines and an index, because some conventions
are about neighbours: a vertical title is a run of one-character lines, a
caption marker followed by a hard break is a subhead, a title-shaped line
followed by text that cannot start a paragraph is a fragment of that text.

The classifier is the only caller of the recognizers (`banmian._recognize`):
each runs at most once per line (its `PageReader` keeps what it read), and
what it read travels on with the line as `Found`,
so no later stage parses a byline, a credit or a dateline again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, NamedTuple

from ._lexicon import (
    BYLINE_MAX_CHARS,
    CAPTION_MAX_CHARS,
    CLOSING_CREDIT_MAX,
    CREDIT_LINE_MAX,
    FOLIO_MAX_CHARS,
    LAYOUT_GAP,
    MARK_MAX_CHARS,
    MARKED_SUBHEAD_MAX,
    SIGN_OFF_MAX_CHARS,
    TITLE_MAX_CHARS,
    UNCREDITED_CAPTION_MAX,
    VERTICAL_MAX_CHARS,
)
from ._patterns import (
    END_MARK_RE,
    FOLIO_PROSE_RE,
    JUMP_RE,
    PINYIN_HEADER_RE,
    SECTION_PAGE_RE,
    SIGN_OFF_RE,
    Rules,
)
from ._recognize.reader import PageReader
from ._records import NOTHING_FOUND, Classified, Found, Kind, Line
from ._text import has_han, is_terminated
from ._title_line import is_title_line
from .model import Decision

_Test = Callable[[PageReader, int], bool]


class LineRule(NamedTuple):
    """A row of the line table: the kind it gives, its test, the longest text
    it can match (or ``None``: any length), and a line it matches."""

    name: str
    kind: Kind
    test: _Test
    longest: int | None
    example: str


def _continues(ctx: PageReader, i: int) -> bool:
    return i in ctx.continuing


def _heads_wrapped_paragraph(ctx: PageReader, i: int) -> bool:
    """The first line of a hard-wrapped paragraph: the line under it continues it."""
    return i + 1 in ctx.continuing


def _is_empty(ctx: PageReader, i: int) -> bool:
    return not ctx.lines[i].text


def _is_short_han(line: Line) -> bool:
    return 0 < len(line.text) <= VERTICAL_MAX_CHARS and has_han(line.text) and not line.heading


def _is_vertical(ctx: PageReader, i: int) -> bool:
    """One of a run of 1–2 character lines: a vertically set column title."""
    if not _is_short_han(ctx.lines[i]):
        return False
    before = i > 0 and ctx.lines[i].gap_before == 0 and _is_short_han(ctx.lines[i - 1])
    after = i + 1 < len(ctx.lines) and ctx.lines[i + 1].gap_before == 0 and _is_short_han(ctx.lines[i + 1])
    return before or after


def _is_pinyin(ctx: PageReader, i: int) -> bool:
    text = ctx.lines[i].text
    return "A" <= text[:1] <= "Z" and bool(PINYIN_HEADER_RE.match(text))


def _is_folio(ctx: PageReader, i: int) -> bool:
    text = ctx.lines[i].text
    if FOLIO_PROSE_RE.search(text):
        return False
    if SECTION_PAGE_RE.match(text):  # 公司 7: a folio part only next to another
        return _folio_next_to(ctx, i)
    return ctx.rules.folio_part_re.search(text) is not None


def _folio_next_to(ctx: PageReader, i: int) -> bool:
    """A folio line (the date, the page number) right above or right below line ``i``."""
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(ctx.lines) and not ctx.lines[max(i, j)].gap_before]
    return any(
        ctx.rules.folio_part_re.search(ctx.lines[j].text) and not FOLIO_PROSE_RE.search(ctx.lines[j].text)
        for j in near
    )


def _is_end_mark(ctx: PageReader, i: int) -> bool:
    return bool(END_MARK_RE.match(ctx.lines[i].text))


def _is_sign_off(ctx: PageReader, i: int) -> bool:
    return bool(SIGN_OFF_RE.match(ctx.lines[i].text))


def _is_jump(ctx: PageReader, i: int) -> bool:
    text = ctx.lines[i].text
    return "版" in text and bool(JUMP_RE.match(text))


def _is_byline(ctx: PageReader, i: int) -> bool:
    return ctx.byline(i) is not None


def _is_credit(ctx: PageReader, i: int) -> bool:
    return bool(ctx.rules.credit_line_re.match(ctx.lines[i].text))


def _is_closing_credit(ctx: PageReader, i: int) -> bool:
    """据新华社, （路透社）, 来源：人民日报, or a known source's name alone.

    Any other name ending in 报/社/网 alone on a line is a credit only at the
    top of the page, where it is the paper's masthead; elsewhere it is a
    headline (春耕喜报).
    """
    match = ctx.rules.closing_credit_re.match(ctx.lines[i].text)
    if match is None:
        return False
    return bool(match.group("open") or match.group("label") or match.group("known")) or not ctx.body_started


def _next_is_credit(ctx: PageReader, i: int) -> bool:
    following = i + 1
    return following < len(ctx.lines) and ctx.lines[following].gap_before == 0 and _is_credit(ctx, following)


def _is_marked_subhead(ctx: PageReader, i: int) -> bool:
    """■标题 with a hard break, the text of the item on the next line."""
    line = ctx.lines[i]
    return (
        line.marker in ctx.rules.profile.caption_markers
        and line.hard_break
        and not is_terminated(line.text)
        and i + 1 < len(ctx.lines)
        and ctx.lines[i + 1].gap_before == 0
        and not _next_is_credit(ctx, i)
    )


def _is_caption(ctx: PageReader, i: int) -> bool:
    """■… set apart by a layout gap or credited (on its line, the next line, or
    at the end of the next line it runs on to); or any line ending in ``XX摄``."""
    line = ctx.lines[i]
    if ctx.caption(i).credit is not None:
        return True
    if len(line.text) <= CAPTION_MAX_CHARS and ctx.rules.opens_caption(line.text):
        return True
    if line.marker not in ctx.rules.profile.caption_markers:
        # Unmarked: a sentence set right over a credit line is its photo's
        # caption, unless the credit stands over a caption of its own
        # (（本报记者 孙华摄） / 图为天津港汽车码头。).
        return is_terminated(line.text) and _next_is_credit(ctx, i) and not _credit_over_caption(ctx, i + 1)
    return (
        _next_is_credit(ctx, i)
        or _runs_on_to_credit(ctx, i)
        or line.gap_before >= LAYOUT_GAP
        # ■ before a phrase that ends without a stop and without a hard break
        # (which would make it a subhead over its text), or before one short
        # sentence that describes a photo: a caption, uncredited.
        or (not line.hard_break and (not is_terminated(line.text) or _one_short_sentence(line.text)))
    )


def _one_short_sentence(text: str) -> bool:
    """One sentence of caption length, its only full stop at its end."""
    return len(text) <= UNCREDITED_CAPTION_MAX and text.count("。") == 1 and text.endswith("。")


def _credit_over_caption(ctx: PageReader, i: int) -> bool:
    """The credit line at ``i`` is printed over a caption (marked or led by 图为)."""
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap_before > 1:
        return False
    following = ctx.lines[i + 1]
    return following.marker in ctx.rules.profile.caption_markers or ctx.rules.opens_caption(following.text)


def _runs_on_to_credit(ctx: PageReader, i: int) -> bool:
    """A caption wrapped over two lines: unterminated, and the next line ends in a credit."""
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap_before or is_terminated(ctx.lines[i].text):
        return False
    return not ctx.lines[i + 1].marker and ctx.caption(i + 1).credit is not None


def _is_bullet(ctx: PageReader, i: int) -> bool:
    return ctx.lines[i].bullet


def _always(ctx: PageReader, i: int) -> bool:
    return True


# The line table.  Most lines are long paragraphs, and the length bound skips
# the rows that cannot match them.
LINE_RULES: Final = (
    LineRule("empty", Kind.EMPTY, _is_empty, 0, "**"),
    LineRule(
        "hard_wrap_continuation",
        Kind.CONTINUATION,
        _continues,
        None,
        "(the next line of a wrapped paragraph)",
    ),
    LineRule(
        "wrapped_paragraph_head",
        Kind.TEXT,
        _heads_wrapped_paragraph,
        None,
        "(the first line of a wrapped paragraph)",
    ),
    LineRule("vertical_run", Kind.VERTICAL, _is_vertical, VERTICAL_MAX_CHARS, "图 / 片 / 新 / 闻"),
    LineRule("pinyin_header", Kind.PINYIN, _is_pinyin, None, "YAO WEN"),
    LineRule("sign_off", Kind.END_MARK, _is_sign_off, SIGN_OFF_MAX_CHARS, "（編輯：林克倫）1130504"),
    LineRule("folio", Kind.FOLIO, _is_folio, FOLIO_MAX_CHARS, "2024年5月6日 星期一 第3版"),
    LineRule("end_mark", Kind.END_MARK, _is_end_mark, MARK_MAX_CHARS, "（完）"),
    LineRule("jump", Kind.JUMP, _is_jump, MARK_MAX_CHARS, "（下转A06版）"),
    LineRule("byline", Kind.BYLINE, _is_byline, BYLINE_MAX_CHARS, "□本报记者 王 凯"),
    LineRule("credit_line", Kind.CREDIT, _is_credit, CREDIT_LINE_MAX, "董梅雪 摄"),
    LineRule("closing_credit", Kind.CLOSING_CREDIT, _is_closing_credit, CLOSING_CREDIT_MAX, "据新华社"),
    LineRule("marked_subhead", Kind.SUBHEAD, _is_marked_subhead, MARKED_SUBHEAD_MAX, "■稳就业  (hard break)"),
    LineRule("caption", Kind.CAPTION, _is_caption, None, "■市民在新建的公园里散步。张鹰摄"),
    LineRule("bullet", Kind.BULLET, _is_bullet, None, "- 新增公交线路3条"),
    LineRule("title", Kind.TITLE, is_title_line, TITLE_MAX_CHARS, "港口航线再加密"),
    LineRule("text", Kind.TEXT, _always, None, "本报讯 新航线开通后，……"),
)

# Kinds of page furniture: lines that do not end the top of the page.
_FURNITURE: Final = frozenset(
    (Kind.EMPTY, Kind.PINYIN, Kind.FOLIO, Kind.VERTICAL, Kind.END_MARK, Kind.JUMP, Kind.CLOSING_CREDIT)
)
# Kinds whose line may open a paragraph, so its opening is read.
_MAY_OPEN: Final = frozenset((Kind.TEXT, Kind.TITLE, Kind.CLOSING_CREDIT))


_BYLINE: Final = Kind.BYLINE
_CAPTION: Final = Kind.CAPTION
_CREDIT: Final = Kind.CREDIT
_TITLE: Final = Kind.TITLE


def _found(ctx: PageReader, i: int, kind: Kind) -> Found:
    """What was read on line ``i``, now that its kind is known."""
    if kind is _BYLINE:
        return Found(byline=ctx.byline(i))
    if kind is _CAPTION:
        return Found(caption=ctx.caption(i))
    if kind is _CREDIT:
        return Found(credit=ctx.credit(i))
    if kind in _MAY_OPEN:
        opening = ctx.opening(i)
        inline = ctx.inline(i) if kind is _TITLE else None
        if opening is not None or inline is not None:
            return Found(inline=inline, opening=opening)
    return NOTHING_FOUND


def _rows_by_length() -> tuple[tuple[LineRule, ...], ...]:
    """For each text length up to the longest bound, the rows that can match
    it; the last entry serves every longer line."""
    longest = max(row.longest for row in LINE_RULES if row.longest is not None)
    return tuple(
        tuple(row for row in LINE_RULES if row.longest is None or size <= row.longest)
        for size in range(longest + 2)
    )


# The rows to try for a line of each length (most lines are long paragraphs,
# and only a few rows can match them).
_ROWS_BY_LENGTH: Final = _rows_by_length()

# The row of a wrapped paragraph's next line (it has text: no row before this matches it).
_CONTINUING_ROW: Final = next(row for row in LINE_RULES if row.test is _continues)


def classify(
    lines: tuple[Line, ...], rules: Rules, *, continuing: frozenset[int] = frozenset()
) -> tuple[tuple[Classified, ...], tuple[Decision, ...]]:
    """Give every line its kind, by the first row of `LINE_RULES` that
    matches; return the classified lines and the row that decided each.

    The lines of ``continuing`` (`banmian._wrap.find_wrapped`) continue a
    hard-wrapped paragraph: their row is known without a test, and they ride
    on the item of their paragraph's first line (``Classified.wrapped``)."""
    ctx = PageReader(lines, rules, continuing)
    classified: list[Classified] = []
    decisions: list[Decision] = []
    last = len(_ROWS_BY_LENGTH) - 1
    wrapped, outcome = _CONTINUING_ROW.name, _CONTINUING_ROW.kind.value
    index = 0
    while index < len(lines):  # a continuing line follows a line that is not: the loop skips it
        line = lines[index]
        for row in _ROWS_BY_LENGTH[min(len(line.text), last)]:
            if row.test(ctx, index):
                break
        end = index + 1
        while end in continuing:
            end += 1
        run = lines[index + 1 : end]  # no item of their own: this line's item carries them
        classified.append(Classified(line, row.kind, row.name, _found(ctx, index, row.kind), run))
        ctx.body_started = ctx.body_started or row.kind not in _FURNITURE or bool(run)
        decisions.append(Decision(line.number, "line_kind", row.name, row.kind.value))
        if run:
            # tuple.__new__ itself: a named tuple's own __new__ is a Python
            # function, and a wrapped paragraph has a decision per line
            decisions += [tuple.__new__(Decision, (f.number, "line_kind", wrapped, outcome)) for f in run]
        index = end
    _read_byline_runs(classified, ctx)
    return tuple(classified), tuple(decisions)


def _read_byline_runs(classified: list[Classified], ctx: PageReader) -> None:
    """Read each byline set over several lines (本报记者 X / 本报通讯员 Y) as one.

    A run is greedy, as a reader takes it: the next byline line with no blank
    line before it continues the byline when the two read as one byline;
    otherwise it starts the next one.  The first line of a run keeps the
    byline of the whole run.
    """
    index = 0
    while index < len(classified):
        if classified[index].kind is not Kind.BYLINE:
            index += 1
            continue
        lines = [classified[index].line]
        byline = classified[index].found.byline
        end = index + 1
        while (
            end < len(classified)
            and classified[end].kind is Kind.BYLINE
            and not classified[end].line.gap_before
        ):
            longer = ctx.byline_of_lines([*lines, classified[end].line])
            if longer is None:  # two bylines in a row, not one over two lines
                break
            lines.append(classified[end].line)
            byline = longer
            end += 1
        if end > index + 1:
            classified[index] = classified[index]._replace(found=Found(byline=byline, run_lines=end - index))
        index = end
