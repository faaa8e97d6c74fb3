"""Does a run of title lines open a new article, or is it a subhead?

The evidence is explicit (`TitleRun`): how many title units the run
has, whether a byline stood before it or sits on its line, what follows it
(a byline, body text opening with a dateline, the outlet it was taken
from or an editor's note), and the state of the article before it (none
yet, closed by a credit, a short complete brief).  Markdown heading levels are not evidence: converters get
them wrong.  `ARTICLE_START` lists the reasons in order.
"""

from __future__ import annotations

from typing import Final

import attrs

from .._lexicon import LAYOUT_GAP
from .._patterns import EDITOR_NOTE_RE, ENUMERATOR_RE, NEWS_SOURCE_OPENING_RE
from .._records import Classified, Kind
from .._text import is_terminated
from .state import ArticleBuilder
from .table import Row, always

# A brief runs to a few paragraphs.
_BRIEF_MAX_BLOCKS: Final = 4

START: Final = "start"
SUBHEAD: Final = "subhead"


@attrs.frozen
class TitleRun:
    """The evidence about a run of title lines inside a page.

    Attributes:
        units: How many title units the run has (a unit is one line, or
            lines held together by a markdown hard break).
        first_text: The text of the run's first line.
        has_article: An article has started on the page.
        byline_before: A byline stood just before the run.
        inline_byline: The run's last line carries its byline (标题 本报记者 王凯).
        article_closed: A closing credit or byline ended the article before.
        article_is_brief: The article before is a short unsigned item,
            complete so far.
        following: The line after the run, or ``None`` at the end of the page.
        gap_before: Blank lines before the run.
        article_complete: The article before ends in a complete paragraph.
        crosshead_pair: The run is two short subhead-shaped lines set one
            under the other, with no blank line between (a two-line crosshead).
        article_signed: The article before has a byline.
        signed_below: The text under the run ends in a bracketed byline
            (（本报通讯员 王永康）) before anything else.
    """

    units: int
    first_text: str
    has_article: bool
    byline_before: bool
    inline_byline: bool
    article_closed: bool
    article_is_brief: bool
    following: Classified | None
    gap_before: int = 0
    article_complete: bool = False
    crosshead_pair: bool = False
    article_signed: bool = False
    signed_below: bool = False

    @property
    def text_follows(self) -> bool:
        """Body text follows the run."""
        return self.following is not None and self.following.kind is Kind.TEXT


def ends_complete(article: ArticleBuilder) -> bool:
    """The article's last block is a paragraph whose text is complete."""
    return (
        bool(article.blocks)
        and article.blocks[-1].kind == "paragraph"
        and is_terminated(article.blocks[-1].text)
    )


def is_brief(article: ArticleBuilder) -> bool:
    """A short item with a headline and no byline, its text complete so far.

    Subheads divide long, signed articles; the unsigned items of a column of
    briefs (简讯) or a wire roundup follow each other title after title.
    """
    blocks = article.blocks
    return (
        article.headline is not None
        and article.byline is None
        and 0 < len(blocks) <= _BRIEF_MAX_BLOCKS
        and all(b.kind == "paragraph" for b in blocks)
        and is_terminated(blocks[-1].text)
    )


def _first_title(run: TitleRun) -> bool:
    return not run.has_article


def _byline_before(run: TitleRun) -> bool:
    return run.byline_before


def _two_line_crosshead(run: TitleRun) -> bool:
    """A crosshead set in two lines inside a running article, body text with
    no dateline under it: one subhead, not a kicker and a headline."""
    following = run.following
    return (
        run.crosshead_pair
        and run.has_article
        and not (run.byline_before or run.inline_byline or run.article_closed or run.article_is_brief)
        and following is not None
        and following.kind is Kind.TEXT
        and following.found.opening is None
    )


def _enumerated_crosshead(run: TitleRun) -> bool:
    """一、… inside a running article: a numbered crosshead, whatever follows it."""
    return (
        run.has_article
        and not (run.byline_before or run.inline_byline or run.article_closed)
        and ENUMERATOR_RE.match(run.first_text) is not None
        and not _byline_follows(run)
        and not _dateline_follows(run)
    )


def _several_units(run: TitleRun) -> bool:
    return run.units > 1


def _inline_byline(run: TitleRun) -> bool:
    return run.inline_byline


def _after_closed_article(run: TitleRun) -> bool:
    return run.article_closed


def _after_brief(run: TitleRun) -> bool:
    """The next item of a column of briefs: its title set right over its text.
    A layout gap or a photo under the line says a column break cut it from
    what follows: it is the head of the brief's own next paragraph."""
    return (
        run.article_is_brief
        and not ENUMERATOR_RE.match(run.first_text)
        and run.text_follows
        and run.following is not None
        and run.following.line.gap_before < LAYOUT_GAP
    )


def _byline_follows(run: TitleRun) -> bool:
    return run.following is not None and run.following.kind is Kind.BYLINE


def _no_text_follows(run: TitleRun) -> bool:
    return not run.text_follows


def _dateline_follows(run: TitleRun) -> bool:
    return run.following is not None and run.following.found.opening is not None


def _after_layout_gap(run: TitleRun) -> bool:
    """A one-line title set apart by a layout gap from a complete article: a
    commentary or a photo story that needs no byline or dateline."""
    return (
        run.units == 1
        and run.gap_before >= LAYOUT_GAP
        and run.article_complete
        and not ENUMERATOR_RE.match(run.first_text)
    )


def _source_follows(run: TitleRun) -> bool:
    """Body text that opens by naming the outlet it was taken from (据中国侨网消息，):
    a news item rewritten from another outlet, its source where a dateline stands."""
    following = run.following
    return (
        following is not None
        and following.kind is Kind.TEXT
        and NEWS_SOURCE_OPENING_RE.match(following.text) is not None
    )


def _editor_note_follows(run: TitleRun) -> bool:
    return run.following is not None and EDITOR_NOTE_RE.match(run.following.text) is not None


def _signed_below(run: TitleRun) -> bool:
    """A signed article stands before the run, and a bracketed byline closes
    the text under it: an article has one byline, so the text is another
    article's (a short item closed by （本报通讯员 X） after a signed report)."""
    return run.article_signed and run.signed_below and run.text_follows


ARTICLE_START: Final[tuple[Row[TitleRun], ...]] = (
    Row("first_title", START, _first_title, "港口航线再加密 (no article yet on the page)"),
    Row("byline_before", START, _byline_before, "□本报记者 王凯 / 港口航线再加密"),
    Row(
        "two_line_crosshead", SUBHEAD, _two_line_crosshead, "……一段。 / 航线加密 / 服务升级 / 港口方面表示……"
    ),
    Row("enumerated_crosshead", SUBHEAD, _enumerated_crosshead, "……一段。 / 二、因地制宜发展新质生产力 / ……"),
    Row("several_units", START, _several_units, "国际航运中心建设提速—— / 港口航线再加密"),
    Row("inline_byline", START, _inline_byline, "港口航线再加密 本报记者 王凯"),
    Row("after_closed_article", START, _after_closed_article, "据新华社 / 港口航线再加密"),
    Row("after_brief", START, _after_brief, "（a complete two-paragraph brief） / 新桥通车"),
    Row("byline_follows", START, _byline_follows, "港口航线再加密 / 本报记者 王凯"),
    Row("no_text_follows", SUBHEAD, _no_text_follows, "稳就业 / ■招聘会现场。张鹰摄"),
    Row("dateline_follows", START, _dateline_follows, "港口航线再加密 / 本报讯 新航线开通。"),
    Row("source_follows", START, _source_follows, "巴西侨界开展义诊活动 / 据中国侨网消息，……"),
    Row("editor_note_follows", START, _editor_note_follows, "港口航线再加密 / 编者按：……"),
    Row(
        "after_layout_gap", START, _after_layout_gap, "……完整的一段。 / (gap) / 让城市更有温度 / 城市的温度……"
    ),
    Row(
        "signed_below",
        START,
        _signed_below,
        "（a signed article） / 新桥通车 / 新桥今天通车。 / （通讯员 王永康）",
    ),
    Row("inside_article", SUBHEAD, always, "稳就业 / 全市新增就业岗位……"),
)
"""Why a run of title lines opens an article (``start``) or is a subhead."""
