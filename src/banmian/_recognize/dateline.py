"""Recognize what opens a paragraph: a dateline (电头) and its reporters (contract §4).

``本报3月28日讯 28日上午，…`` opens with the dateline ``本报3月28日讯``.
Brackets around the dateline (``【本报讯】``) are not part of it.  Reporters
in parentheses right after it (``（记者 刘明、赵磊）``) are read too.  Taiwan
wire style ``（中央社記者林志明台北4日電）`` gives the dateline
``中央社台北4日電`` and the reporter; ``【記者王小明／台北報導】`` gives the
reporter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .._patterns import Rules
from .._records import DatelineMatch
from ..model import Author, Byline
from .byline import parse_byline

# Every opening this module reads has 讯, 电 or 报道 (in either script)
# within its first few dozen characters: a line without them is not looked at
# further.
_OPENING_WINDOW: Final = 48
# A colon or comma some papers set right after the dateline (本报讯：…).
_AFTER_DATELINE: Final = "：:，, "


def match_dateline(text: str, rules: Rules) -> DatelineMatch | None:
    """Recognize a dateline at the start of a paragraph.

    >>> from banmian._patterns import rules_for
    >>> from banmian.profile import MAINLAND
    >>> rules = rules_for(MAINLAND)
    >>> m = match_dateline("新华社北京5月4日电（记者 刘明、赵磊）国务院新闻办公室今天举行发布会。", rules)
    >>> m.dateline, [a.name for a in m.byline.authors], m.rest
    ('新华社北京5月4日电', ['刘明', '赵磊'], '国务院新闻办公室今天举行发布会。')
    >>> match_dateline("（中央社記者林志明台北4日電）捷運局今天表示。", rules).dateline
    '中央社台北4日電'
    >>> match_dateline("据了解，项目已开工。", rules) is None
    True
    """
    head = text[:_OPENING_WINDOW]
    if not ("讯" in head or "电" in head or "訊" in head or "電" in head or "導" in head or "道" in head):
        return None
    for read in _OPENINGS:
        found = read(text, rules)
        if found is not None:
            return found
    return None


def _agency(text: str, rules: Rules) -> DatelineMatch | None:
    """（中央社記者林志明台北4日電）: the dateline and its reporter in one bracket."""
    agency = rules.agency_dateline_re.match(text)
    if agency is None:
        return None
    role = rules.canonical_role(agency.group("role"))
    reporter = Byline(
        text=f"{agency.group('org')}{agency.group('role')} {agency.group('name')}",
        org=agency.group("org"),
        authors=tuple(Author(name, role) for name in agency.group("name").split("、")),
    )
    dateline = agency.group("org") + agency.group("place") + agency.group("date") + agency.group("end")
    return DatelineMatch(dateline, reporter, agency.group("rest").strip())


def _bracket_byline(text: str, rules: Rules) -> DatelineMatch | None:
    """【記者王小明／台北報導】, and 【王大明、李小華／台北報導】 (names without a role word)."""
    bracket = rules.bracket_byline_re.match(text)
    start = "role"
    if bracket is None:
        bracket = rules.names_byline_re.match(text)
        start = "names"
    if bracket is None:
        return None
    inner = parse_byline(text[bracket.start(start) : bracket.end("place")] + "報導", rules=rules)
    return DatelineMatch(None, inner, bracket.group("rest").strip())


def _said(text: str, rules: Rules) -> DatelineMatch | None:
    """本报记者 张三 报道：…: the reporters open the paragraph, with no dateline."""
    said = rules.said_opening_re.match(text)
    if said is None:
        return None
    byline = parse_byline(said.group("said"), rules=rules)
    return None if byline is None else DatelineMatch(None, byline, said.group("rest").strip())


def _dateline(text: str, rules: Rules) -> DatelineMatch | None:
    """本报讯, 【本报讯】, 新华社北京5月4日电; or an opener in brackets:
    （星島日報報道）, （中央社台北23日電）; then the reporters, if any."""
    match = rules.dateline_re.match(text) or rules.bracket_dateline_re.match(text)
    if match is None:
        return None
    rest = match.group("rest").lstrip(_AFTER_DATELINE).strip()
    reporters = rules.reporters_re.match(rest)
    byline = None
    if reporters is not None and reporters.group("names"):  # （李龙、程然）: names without a role
        byline = parse_byline(reporters.group("names"), bare_names=True, rules=rules)
    elif reporters is not None:
        said = reporters.group("inner") or reporters.group("said") or reporters.group("bare")
        byline = parse_byline(said, rules=rules)
    if reporters is not None and byline is not None:
        rest = reporters.group("rest").strip()
    return DatelineMatch(match.group("dateline"), byline, rest)


_OPENINGS: Final[tuple[Callable[[str, Rules], DatelineMatch | None], ...]] = (
    _agency,
    _bracket_byline,
    _said,
    _dateline,
)
"""The openings a paragraph may have, tried in order."""
