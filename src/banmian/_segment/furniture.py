"""Page furniture among title lines: page headers, banners, column names.

Line-level furniture (folios, pinyin lines, vertical titles, end marks, jump
lines) is decided by the classifier's line table.  What needs a run of title
lines to decide is here, in two tables:

- `TITLE_RUN`: is a run of title-shaped lines at the top of the page the
  page's header (names over a pinyin or a folio line, the paper's and
  section's names alone), or a title?
- `TITLE_TRIM`: which leading units of a title run are not part of the
  title block (more units than a title has, a column name over its first
  item, the paper's name or a short banner at the top of the page)?
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

from .._patterns import Rules
from .._records import Kind, Line
from .._text import join_pieces
from ..model import ArtifactKind
from .table import Row, always

# A top-of-page banner line (栏头, section name) is at most this long; a
# headline that opens a page is longer.
BANNER_MAX_CHARS: Final = 8
# Kicker, headline and subtitle: a title block has at most three units.
MAX_TITLE_UNITS: Final = 3

Unit = tuple[Line, ...]

PAGE_HEADER: Final = "page_header"
TITLE: Final = "title"
CUT: Final = "cut"
KEEP: Final = "keep"


def unit_text(unit: Unit) -> str:
    """The text of a title unit, its lines joined."""
    return functools.reduce(join_pieces, (line.text for line in unit))


def heading(unit: Unit) -> int:
    """The markdown heading level of a unit (0 for none)."""
    levels = [line.heading for line in unit if line.heading]
    return min(levels) if levels else 0


def is_page_name(unit: Unit, rules: Rules) -> bool:
    """The paper's or the section's name (报头, 版名; letterspaced too) alone on a line."""
    return len(unit) == 1 and rules.is_page_name(unit[0].text)


def is_column_name(unit: Unit, rules: Rules) -> bool:
    """The title of a column of briefs (简讯, letterspaced 简　讯) alone on a line."""
    return len(unit) == 1 and rules.is_column_name(unit[0].text)


@attrs.frozen
class TopRun:
    """The evidence about a run of title lines: where it stands on the page.

    Attributes:
        at_top: No article has started on the page yet.
        units: The run's title units.
        after: The kind of the line after the run.
        rules: The page's compiled patterns (paper and section names).
    """

    at_top: bool
    units: tuple[Unit, ...]
    after: Kind | None
    rules: Rules


def _section_over_pinyin(run: TopRun) -> bool:
    """A short section name over its pinyin, anywhere: a page break inside
    the dump (two pages in one file) puts the next page's header mid-page."""
    return (
        run.after is Kind.PINYIN and len(run.units) == 1 and len(unit_text(run.units[0])) <= BANNER_MAX_CHARS
    )


def _not_at_top(run: TopRun) -> bool:
    return not run.at_top


def _over_pinyin_or_folio(run: TopRun) -> bool:
    return run.after in (Kind.PINYIN, Kind.FOLIO)


def _page_names_only(run: TopRun) -> bool:
    return all(is_page_name(unit, run.rules) for unit in run.units)


TITLE_RUN: Final[tuple[Row[TopRun], ...]] = (
    Row("section_over_pinyin", PAGE_HEADER, _section_over_pinyin, "要闻 / YAO WEN (anywhere on the page)"),
    Row("not_at_top", TITLE, _not_at_top, "港口航线再加密 (an article stands before it)"),
    Row("over_pinyin_or_folio", PAGE_HEADER, _over_pinyin_or_folio, "要闻 / YAO WEN"),
    Row("page_names_only", PAGE_HEADER, _page_names_only, "光明日报 / 理论·实践"),
    Row("first_title", TITLE, always, "港口航线再加密"),
)
"""Whether a run of title lines is the page's header or a title."""


@attrs.frozen
class LeadUnit:
    """The evidence about the leading unit of a title run, one at a time.

    Attributes:
        unit: The unit.
        left: How many units remain from this one to the end of the run.
        at_top: No article has started on the page yet.
        headed_after: A unit after this one carries a markdown heading mark.
        rules: The page's compiled patterns.
    """

    unit: Unit
    left: int
    at_top: bool
    headed_after: bool
    rules: Rules


def _beyond_three_units(lead: LeadUnit) -> bool:
    return lead.left > MAX_TITLE_UNITS


def _column_name(lead: LeadUnit) -> bool:
    return lead.left > 1 and is_column_name(lead.unit, lead.rules)


def _page_name_at_top(lead: LeadUnit) -> bool:
    return lead.left > 1 and lead.at_top and is_page_name(lead.unit, lead.rules)


def _banner_at_top(lead: LeadUnit) -> bool:
    line = lead.unit[0]
    return (
        lead.at_top
        and lead.left > 2  # noqa: PLR2004 - keep at least a headline and one more unit
        and len(lead.unit) == 1
        and not line.heading
        and len(line.text) <= BANNER_MAX_CHARS
        and (lead.left > MAX_TITLE_UNITS or lead.headed_after)
    )


TITLE_TRIM: Final[tuple[Row[LeadUnit], ...]] = (
    Row("beyond_three_units", CUT, _beyond_three_units, "四个 / 标题 / 单元 / 连排 (the first is cut)"),
    Row("column_name", CUT, _column_name, "新闻速递 / 新桥通车"),
    Row("page_name_at_top", CUT, _page_name_at_top, "大众日报 / 港口航线再加密"),
    Row("banner_at_top", CUT, _banner_at_top, "精彩李沧 / 国际航运中心建设提速—— / # 港口航线再加密"),
    Row("title_begins", KEEP, always, "港口航线再加密"),
)
"""Whether the leading unit of a title run is cut off the title block."""


def furniture_kind(unit: Unit, *, at_top: bool, rules: Rules) -> ArtifactKind:
    """The artifact kind of a unit cut off a title block."""
    return "page_header" if at_top or is_column_name(unit, rules) else "orphan_title"
