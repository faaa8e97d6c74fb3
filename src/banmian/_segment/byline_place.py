"""Where does a byline belong?  Under its title, before it, at the end of the
article above, under a photo, or nowhere.

A byline right under a title run is taken by the title step (the row
``under_its_title``); every other byline line is placed by
`BYLINE_PLACE`, over the evidence of `BylineRun`.
"""

from __future__ import annotations

from typing import Final

import attrs

from .._lexicon import OPENING_BRACKETS
from .._records import Kind
from .._text import is_terminated
from ..model import Byline, Caption
from .state import ArticleBuilder, PageState
from .table import Row, always

# A photo caption printed without a marker is short.
_PHOTO_CAPTION_MAX: Final = 120

CLOSE_ARTICLE: Final = "close_article"
BEFORE_TITLE: Final = "before_title"
PHOTO: Final = "photo"
OWN_ARTICLE: Final = "own_article"
ORPHAN: Final = "orphan"


@attrs.frozen
class BylineRun:
    """The evidence about a byline that does not stand under a title.

    Attributes:
        bracketed: The byline is set in brackets (（记者 周洁）, (编译/张三)).
        title_follows: A title run follows the byline.
        title_has_byline: That title run is followed by a byline of its own.
        article: The article body lines go to now, if any.
        photo_shape: The article's last block is a short, complete paragraph
            set apart by a layout break (or after a cut paragraph): a photo
            caption without a marker, which this byline credits.
    """

    bracketed: bool
    title_follows: bool
    title_has_byline: bool
    article: ArticleBuilder | None
    photo_shape: bool


def byline_run(page: PageState, start: int, end: int) -> BylineRun:
    """Gather the evidence about the byline at ``start`` (its run ends at ``end``)."""
    title_follows = page.kind_at(end) is Kind.TITLE
    title_has_byline = title_follows and page.kind_at(page.run_end(end, Kind.TITLE)) is Kind.BYLINE
    return BylineRun(
        bracketed=page.items[start].text.startswith(tuple(OPENING_BRACKETS[:2])),
        title_follows=title_follows,
        title_has_byline=title_has_byline,
        article=page.current,
        photo_shape=_photo_shape(page.current),
    )


def _photo_shape(article: ArticleBuilder | None) -> bool:
    if article is None or article.byline is None or not article.blocks:
        return False
    last = article.blocks[-1]
    if last.kind != "paragraph" or len(last.text) > _PHOTO_CAPTION_MAX or not is_terminated(last.text):
        return False
    before = article.blocks[-2] if len(article.blocks) > 1 else None
    cut_before = before is not None and before.kind == "paragraph" and not is_terminated(before.text)
    return last.after_break or cut_before


def _closes_article_above(run: BylineRun) -> bool:
    article = run.article
    return run.bracketed and article is not None and article.byline is None and bool(article.blocks)


def _before_its_title(run: BylineRun) -> bool:
    return run.title_follows and not run.title_has_byline


def _credits_photo(run: BylineRun) -> bool:
    return not run.title_follows and run.photo_shape


def _own_article(run: BylineRun) -> bool:
    article = run.article
    return article is not None and article.byline is None and article.headline is not None


BYLINE_PLACE: Final[tuple[Row[BylineRun], ...]] = (
    Row(CLOSE_ARTICLE, CLOSE_ARTICLE, _closes_article_above, "……全文最后一段。 / （记者 周洁）"),
    Row(BEFORE_TITLE, BEFORE_TITLE, _before_its_title, "□本报记者 王凯 / 港口航线再加密 / 本报讯……"),
    Row("credits_photo", PHOTO, _credits_photo, "（gap） / 新建的码头。 / 本报记者 孙华"),
    Row(OWN_ARTICLE, OWN_ARTICLE, _own_article, "……全文最后一段。 / ■记者 王凯"),
    Row(ORPHAN, ORPHAN, always, "本报记者 王凯 (no article wants it)"),
)
"""Where a byline that does not stand under a title belongs."""


def place_byline(page: PageState, outcome: str, byline: Byline) -> None:
    """Carry out the outcome of `BYLINE_PLACE` for ``byline``."""
    article = page.current
    if outcome == CLOSE_ARTICLE and article is not None:
        article.byline = byline
        article.closed = True
    elif outcome == BEFORE_TITLE:
        page.pending_byline = byline
    elif outcome == PHOTO and article is not None:
        last = article.blocks.pop()
        page.photos.append(Caption(last.text, byline.text, last.lines[0], last.lines + byline.lines))
        page.layout_break = True
    elif outcome == OWN_ARTICLE and article is not None:
        article.byline = byline
    else:
        page.orphan_byline(byline)
