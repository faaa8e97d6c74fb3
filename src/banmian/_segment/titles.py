"""A run of title lines: page header, new article (with its title block and
byline), or subheads of the article it stands in.

The decisions are the tables of `.furniture` (``title_run``,
``title_trim``), `.article_start` (``article_start``) and
`IN_ARTICLE` (``title_in_article``); this module gathers their
evidence and carries out what they decide.
"""

from __future__ import annotations

from typing import Final

import attrs

from .._lexicon import LAYOUT_GAP, OPENING_BRACKETS
from .._patterns import ENUMERATOR_RE, KICKER_END_RE
from .._records import Kind, Line
from .._seam import stub_opening, word_across
from .._text import is_subhead_like, join_pieces
from ..model import Byline, Decision
from .article_start import ARTICLE_START, START, TitleRun, ends_complete, is_brief
from .furniture import (
    CUT,
    MAX_TITLE_UNITS,
    PAGE_HEADER,
    TITLE_RUN,
    TITLE_TRIM,
    LeadUnit,
    TopRun,
    Unit,
    furniture_kind,
    heading,
    unit_text,
)
from .state import ArticleBuilder, PageState
from .table import Row, always

# A headline set in two short lines: each line at most this long, together at
# most _SHORT_HEADLINE_TOTAL (longer pairs are a headline and a subtitle).
_SHORT_HEADLINE_LINE: Final = 12
_SHORT_HEADLINE_TOTAL: Final = 20


def units_of(lines: list[Line]) -> list[Unit]:
    """Group title lines: a markdown hard break keeps the next line in the unit."""
    units: list[list[Line]] = []
    for line in lines:
        if units and units[-1][-1].hard_break and line.gap_before == 0:
            units[-1].append(line)
        else:
            units.append([line])
    return [tuple(unit) for unit in units]


def _join_units(units: list[Unit]) -> str | None:
    return unit_text(tuple(line for unit in units for line in unit)) if units else None


def title_parts(units: list[Unit]) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subtitle) of a title block."""
    texts = [unit_text(u) for u in units]
    levels = [heading(u) for u in units]
    if any(levels):
        top = min(level for level in levels if level)
        h = levels.index(top)
    elif (len(units) > 1 and KICKER_END_RE.search(texts[0])) or len(units) == MAX_TITLE_UNITS:
        h = 1
    else:
        h = 0
    if (
        len(units) == 2  # noqa: PLR2004
        and h == 0
        and all(len(t) <= _SHORT_HEADLINE_LINE for t in texts)
        and sum(map(len, texts)) <= _SHORT_HEADLINE_TOTAL
    ):
        return None, join_pieces(texts[0], texts[1]), None
    return _join_units(units[:h]), texts[h], _join_units(units[h + 1 :])


@attrs.frozen
class TitleLine:
    """The evidence about a title line inside an article.

    Attributes:
        line: The line.
        gap_after: A layout gap follows the run the line is in.
        before_body: The article has no body block yet: the line stands
            where its lead paragraph begins.
        under_subhead: The line before it in the run was a subhead, a blank
            line between them (a subhead heads text, never another subhead).
        in_brief: The article is a brief so far (a short unsigned item whose
            text is complete): briefs have no subheads.
    """

    line: Line
    gap_after: bool
    before_body: bool = False
    under_subhead: bool = False
    in_brief: bool = False
    word_cut: bool = False


IN_ARTICLE: Final[tuple[Row[TitleLine], ...]] = (
    Row("heading_mark", "subhead", lambda t: bool(t.line.heading), "## 稳就业"),
    Row("bold_line", "subhead", lambda t: t.line.emphasis, "**稳就业**"),
    Row(
        "numbered",
        "subhead",
        lambda t: ENUMERATOR_RE.match(t.line.text) is not None,
        "二、因地制宜发展新质生产力",
    ),
    Row(
        "in_a_brief",
        "paragraph",
        lambda t: t.in_brief,
        "本报讯 新桥今天通车。 / 新桥全长一点二公里，桥面设有宽敞 / ■市民在新桥上骑行。",
    ),
    Row(
        "under_a_subhead",
        "paragraph",
        lambda t: t.under_subhead,
        "二、因地制宜发展新质生产力 / 各地资源禀赋、产业基础各不",
    ),
    Row(
        "lead_piece",
        "paragraph",
        lambda t: t.before_body,
        "港口航线再加密 / 本报记者 王凯 / 新航线开通后，沿线居民",
    ),
    Row(
        "word_cut_at_its_end",
        "paragraph",
        lambda t: t.word_cut,
        "该卫星主要用于国土资源普 / 查、农作物估产等领域。",
    ),
    Row(
        "subhead_shape",
        "subhead",
        lambda t: is_subhead_like(t.line.text) and not t.gap_after,
        "优化营商环境，激发市场活力",
    ),
    Row("cut_paragraph_head", "paragraph", always, "市交通局有关负责人介绍 / (gap) / ……"),
)
"""Whether a title line inside an article is a subhead, or the head of a
paragraph cut by a column break (a layout gap after it)."""


def _word_cut(text: str, page: PageState, after: int) -> bool:
    """The paragraph right under the line goes on with a word the line cut
    (资源普 / 查、…): a common word across the seam, and a stub of a clause
    or sentence at the paragraph's start."""
    if after >= len(page.items) or page.items[after].kind != Kind.TEXT:
        return False
    following = page.items[after].line.text
    return word_across(text, following) and stub_opening(following)


def step_title(page: PageState, start: int) -> int:
    """Read the run of title lines at ``start``; return the index after it."""
    end = page.run_end(start, Kind.TITLE)
    lines = [page.items[k].line for k in range(start, end)]
    at_top = not page.articles
    units = units_of(lines)
    top = TopRun(at_top, tuple(units), page.kind_at(end), page.rules)
    if page.decide("title_run", TITLE_RUN, top, lines[0].number) == PAGE_HEADER:
        for line in lines:
            page.artifact("page_header", line)
        return end
    inline = page.items[end - 1].found.inline
    current = page.current
    run = TitleRun(
        units=len(units),
        first_text=units[0][0].text,
        has_article=current is not None,
        byline_before=page.pending_byline is not None,
        inline_byline=inline is not None,
        article_closed=current is not None and current.closed,
        article_is_brief=current is not None and is_brief(current),
        following=page.item_at(end),
        gap_before=lines[0].gap_before,
        article_complete=current is not None and ends_complete(current),
        crosshead_pair=_crosshead_pair(lines),
        article_signed=current is not None and current.byline is not None,
        signed_below=_bracketed_byline_below(page, end),
    )
    if page.decide("article_start", ARTICLE_START, run, lines[0].number) != START:
        _subheads(page, start, end)
        return end
    if page.kind_at(end) is Kind.BYLINE or page.pending_byline is not None:
        inline = None  # a byline of its own line takes precedence
    if inline is not None:  # 标题 本报记者 王凯: the title's line carries its byline
        units[-1] = (*units[-1][:-1], units[-1][-1]._replace(text=inline.title))
    units = _trim(page, units, at_top=at_top)
    kicker, headline, subtitle = title_parts(units)
    article = ArticleBuilder(
        headline=headline,
        kicker=kicker,
        subtitle=subtitle,
        title_lines=tuple(line.number for unit in units for line in unit),
        byline=inline.byline if inline is not None else None,
    )
    page.articles.append(article)
    page.resumed = None
    page.layout_break = False
    return _attach_byline(page, article, end)


def _bracketed_byline_below(page: PageState, end: int) -> bool:
    """The text under a title run ends in a bracketed byline (（本报通讯员 王永康））."""
    index = page.run_end(end, Kind.TEXT)
    return (
        index > end
        and page.kind_at(index) is Kind.BYLINE
        and page.items[index].text.startswith(tuple(OPENING_BRACKETS[:2]))
    )


def _crosshead_pair(lines: list[Line]) -> bool:
    """Two short subhead-shaped lines, one right under the other."""
    return (
        len(lines) == 2  # noqa: PLR2004 - a pair
        and lines[1].gap_before == 0
        and not lines[0].hard_break
        and not KICKER_END_RE.search(lines[0].text)  # 引题—— over a headline
        and all(
            not line.heading and len(line.text) <= _SHORT_HEADLINE_LINE and is_subhead_like(line.text)
            for line in lines
        )
    )


def _trim(page: PageState, units: list[Unit], *, at_top: bool) -> list[Unit]:
    """Cut page banners (at the top) and orphan titles off the front of a title run."""
    headed = [i for i, unit in enumerate(units) if heading(unit)]
    cut = 0
    while cut < len(units):
        lead = LeadUnit(units[cut], len(units) - cut, at_top, any(i > cut for i in headed), page.rules)
        if page.decide("title_trim", TITLE_TRIM, lead, units[cut][0].number) != CUT:
            break
        kind = furniture_kind(units[cut], at_top=at_top, rules=page.rules)
        for line in units[cut]:
            page.artifact(kind, line)
        cut += 1
    return units[cut:]


def _subheads(page: PageState, start: int, end: int) -> None:
    """Title lines inside an article: subheads, or the first piece of a cut paragraph."""
    gap_after = end < len(page.items) and page.items[end].line.gap_before >= LAYOUT_GAP
    previous = ""
    for k in range(start, end):
        item = page.items[k]
        article = page.current
        evidence = TitleLine(
            item.line,
            gap_after,
            before_body=article is not None and not article.blocks,
            under_subhead=previous == "subhead" and item.line.gap_before > 0,
            in_brief=article is not None and is_brief(article),
            word_cut=k == end - 1 and _word_cut(item.line.text, page, end),
        )
        kind = page.decide("title_in_article", IN_ARTICLE, evidence, item.number)
        if kind == "subhead" == previous and item.line.gap_before == 0 and article is not None:
            # A crosshead set in two lines is one subhead.
            last = article.blocks[-1]
            article.blocks[-1] = attrs.evolve(
                last, text=join_pieces(last.text, item.text), lines=(*last.lines, item.number)
            )
        else:
            page.block("subhead" if kind == "subhead" else "paragraph", item)
        previous = kind


def _attach_byline(page: PageState, article: ArticleBuilder, end: int) -> int:
    """Give a new article the byline under its title, or the one set before it."""
    if page.kind_at(end) is Kind.BYLINE:
        if page.pending_byline is not None:
            page.orphan_byline(page.pending_byline)
        end_of_run, article.byline = byline_lines(page, end)
        page.decisions.append(_under_title(page.items[end].number))
        end = end_of_run
    elif page.pending_byline is not None:
        article.byline = page.pending_byline
    page.pending_byline = None
    return end


def _under_title(line: int) -> Decision:
    return Decision(line, "byline_place", "under_its_title", "own_article")


def byline_lines(page: PageState, start: int) -> tuple[int, Byline]:
    """The byline at ``start``, with the lines set right under it that continue
    it (本报记者 X / 本报通讯员 Y), as the classifier read the run; returns the
    index after it and the byline."""
    first = page.items[start]
    byline = first.found.byline or Byline(first.text, None, (), (first.number,))
    return start + first.found.run_lines, byline
