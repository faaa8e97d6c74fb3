"""Take the dateline (电头) out of each article's first paragraph (contract §4).

``本报3月28日讯 28日上午，…`` gives the dateline ``本报3月28日讯`` and the
paragraph ``28日上午，…``.  Brackets around the dateline (``【本报讯】``) are not
part of it.  Reporters in parentheses right after it (``（记者 刘明、赵磊）``)
leave the paragraph too, and become the byline when the article has none.
Taiwan wire style ``（中央社記者林志明台北4日電）`` gives the dateline
``中央社台北4日電`` and the reporter; ``【記者王小明／台北報導】`` gives the reporter.
"""

from __future__ import annotations

import attrs

from ._byline import parse_byline
from ._records import ArticleDraft, PageDraft
from ._rules import Rules, rules_for
from .model import Author, Byline


@attrs.frozen
class DatelineMatch:
    """What opens a paragraph: a dateline and/or reporters, and the rest of the text."""

    dateline: str | None
    byline: Byline | None
    rest: str


def match_dateline(text: str, rules: Rules | None = None) -> DatelineMatch | None:
    """Recognize a dateline at the start of a paragraph.

    >>> m = match_dateline("新华社北京5月4日电（记者 刘明、赵磊）国务院新闻办公室今天举行发布会。")
    >>> m.dateline, [a.name for a in m.byline.authors], m.rest
    ('新华社北京5月4日电', ['刘明', '赵磊'], '国务院新闻办公室今天举行发布会。')
    >>> match_dateline("（中央社記者林志明台北4日電）捷運局今天表示。").dateline
    '中央社台北4日電'
    >>> match_dateline("据了解，项目已开工。") is None
    True
    """
    rules = rules or rules_for()
    agency = rules.agency_dateline_re.match(text)
    if agency is not None:
        role = rules.canonical_role(agency.group("role"))
        reporter = Byline(
            text=f"{agency.group('org')}{agency.group('role')} {agency.group('name')}",
            org=agency.group("org"),
            authors=(Author(agency.group("name"), role),),
        )
        dateline = agency.group("org") + agency.group("place") + agency.group("date") + agency.group("end")
        return DatelineMatch(dateline, reporter, agency.group("rest").strip())
    bracket = rules.bracket_byline_re.match(text)
    if bracket is not None:
        inner = parse_byline(text[bracket.start("role") : bracket.end("place")] + "報導", rules=rules)
        return DatelineMatch(None, inner, bracket.group("rest").strip())
    match = rules.dateline_re.match(text)
    if match is None:
        return None
    rest = match.group("rest").strip()
    reporters = rules.reporters_re.match(rest)
    byline = (
        parse_byline(
            reporters.group("inner") or reporters.group("bare") or reporters.group("said"), rules=rules
        )
        if reporters is not None
        else None
    )
    if reporters is not None and byline is not None:
        rest = reporters.group("rest").strip()
    return DatelineMatch(match.group("dateline"), byline, rest)


def extract_datelines(page: PageDraft, rules: Rules | None = None) -> PageDraft:
    """Return the page with each article's dateline taken out of its first paragraph."""
    rules = rules or rules_for()
    return attrs.evolve(page, articles=tuple(_extract(a, rules) for a in page.articles))


def _extract(article: ArticleDraft, rules: Rules) -> ArticleDraft:
    blocks = list(article.blocks)
    first = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first is None:
        return article
    block = blocks[first]
    found = match_dateline(block.text, rules)
    if found is None:
        return article
    byline = article.byline if article.byline is not None else found.byline
    if found.rest:
        blocks[first] = attrs.evolve(block, text=found.rest)
    elif first + 1 < len(blocks):  # the dateline stood on a line of its own
        following = blocks[first + 1]
        blocks[first + 1] = attrs.evolve(following, lines=block.lines + following.lines)
        del blocks[first]
    else:
        return article
    return attrs.evolve(article, blocks=tuple(blocks), byline=byline, dateline=found.dateline)
