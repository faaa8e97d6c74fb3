"""One step per kind of line; each returns the index of the next line to read.

The steps for titles and bylines are where articles start and bylines are
placed; they run decision tables (`.titles`, `.byline_place`).
The others carry out a convention that needs no choice: a caption goes to
the article it stands in (or stands alone), page furniture is set aside.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .. import _warnings as warn
from .._patterns import JUMP_FROM_RE
from .._records import Kind
from .._text import is_terminated, join_pieces
from ..model import Caption
from .byline_place import BYLINE_PLACE, byline_run, place_byline
from .state import ArticleBuilder, PageState
from .titles import byline_lines, step_title

Step = Callable[[PageState, int], int]


def _step_byline(page: PageState, start: int) -> int:
    end, byline = byline_lines(page, start)
    if page.pending_byline is not None:
        page.orphan_byline(page.pending_byline)
        page.pending_byline = None
    outcome = page.decide(
        "byline_place", BYLINE_PLACE, byline_run(page, start, end), page.items[start].number
    )
    place_byline(page, outcome, byline)
    return end


def _step_caption(page: PageState, start: int) -> int:
    item = page.items[start]
    found = item.found.caption
    text, credit = found if found is not None else (item.text, None)
    lines: tuple[int, ...] = (item.number,)
    end = start + 1
    following = page.item_at(end)
    if (  # a caption wrapped over two lines, its credit at the end of the second
        credit is None
        and following is not None
        and following.kind is Kind.CAPTION
        and following.found.caption is not None
        and not following.line.marker
        and following.line.gap_before == 0
        and not is_terminated(text)
    ):
        rest, credit = following.found.caption
        text = join_pieces(text, rest)
        lines += (following.number,)
        end += 1
    credit_item = page.item_at(end)
    if (  # a caption with a credit of its own leaves a credit line under it alone
        credit is None
        and credit_item is not None
        and credit_item.kind is Kind.CREDIT
        and credit_item.line.gap_before == 0
    ):
        credit = credit_item.found.credit
        lines += (credit_item.number,)
        end += 1
    caption = Caption(text=text, credit=credit, line=item.number, lines=lines)
    # Under a vertically set column title (图片新闻), or after an article its
    # closing credit or byline ended, a photo stands on its own.
    boxed = page.kind_at(start - 1) is Kind.VERTICAL or (page.current is not None and page.current.closed)
    if page.current is not None and not boxed:
        page.current.captions.append(caption)
    else:
        page.photos.append(caption)
    page.layout_break = True
    return end


def _step_credit(page: PageState, start: int) -> int:
    item = page.items[start]
    following = page.item_at(start + 1)
    if (  # the credit printed over its caption: （本报记者 孙华摄） / 图为天津港汽车码头。
        following is not None
        and following.kind is Kind.CAPTION
        and following.line.gap_before <= 1
        and (following.found.caption is None or following.found.caption[1] is None)
    ):
        text = following.found.caption[0] if following.found.caption is not None else following.text
        caption = Caption(text, item.found.credit, following.number, (item.number, following.number))
        (page.current.captions if page.current is not None else page.photos).append(caption)
        page.layout_break = True
        return start + 2
    page.artifact("orphan_credit", item.line)
    page.warn(warn.orphan_credit(item.number))
    return start + 1


def _step_closing_credit(page: PageState, start: int) -> int:
    current = page.current
    item = page.items[start]
    if current is None:  # a paper's name before any article is its masthead
        page.artifact("page_header", item.line)
        return start + 1
    current = _split_wire_item(page, current)
    if current.credit is None:
        current.credit = item.text.strip("（）()")
        current.credit_line = item.number
        current.closed = True
    else:
        page.block("paragraph", item)
    return start + 1


def _split_wire_item(page: PageState, article: ArticleBuilder) -> ArticleBuilder:
    """A wire credit (据新华社) closing a signed staff article closes instead the
    unsigned item that began at its last plain subhead: that subhead was the
    item's headline.  Returns the article the credit belongs to."""
    if article.byline is None or article.credit is not None:
        return article
    heads = [i for i, block in enumerate(article.blocks) if block.kind == "subhead"]
    if not heads or heads[-1] == len(article.blocks) - 1:
        return article
    head = article.blocks[heads[-1]]
    tail = article.blocks[heads[-1] + 1 :]
    if any(block.kind != "paragraph" for block in tail):
        return article
    item = ArticleBuilder(headline=head.text, title_lines=head.lines, blocks=list(tail))
    del article.blocks[heads[-1] :]
    page.articles.append(item)
    page.resumed = None
    return item


def _step_bullet(page: PageState, start: int) -> int:
    page.block("list_item", page.items[start])
    end = start + 1
    # Lines set directly under a list item, with no blank line, continue the
    # list; a hard-wrapped paragraph among them ends it (its lines join it).
    while (
        end < len(page.items)
        and page.items[end].kind in (Kind.TEXT, Kind.TITLE, Kind.BULLET)
        and page.items[end].line.gap_before == 0
    ):
        page.block("list_item", page.items[end])
        end += 1
        if page.items[end - 1].wrapped:
            break
    return end


def _step_text(page: PageState, start: int) -> int:
    page.block("paragraph", page.items[start])
    return start + 1


def _step_subhead(page: PageState, start: int) -> int:
    page.block("subhead", page.items[start])
    return start + 1


def _step_vertical(page: PageState, start: int) -> int:
    page.artifact("vertical_text", page.items[start].line)
    return start + 1


def _step_end_mark(page: PageState, start: int) -> int:
    """（完）, or a wire desk's sign-off: the article before it has ended."""
    page.artifact("end_mark", page.items[start].line)
    if page.current is not None:
        page.current.closed = True
    return start + 1


def _step_jump(page: PageState, start: int) -> int:
    """下转: the article goes on elsewhere; 上接: what follows continues the
    article that jumped (so a paragraph cut at the jump can be joined)."""
    line = page.items[start].line
    page.artifact("jump", line)
    if JUMP_FROM_RE.match(line.text):
        page.resumed = page.jumped.pop(0) if page.jumped else None
    elif page.current is not None:
        page.jumped.append(page.current)
        page.resumed = None
    return start + 1


def _step_header(page: PageState, start: int) -> int:
    page.artifact("page_header", page.items[start].line)
    return start + 1


def _step_empty(page: PageState, start: int) -> int:
    page.artifact("markup", page.items[start].line)
    return start + 1


STEPS: Final[dict[Kind, Step]] = {
    Kind.EMPTY: _step_empty,
    Kind.VERTICAL: _step_vertical,
    Kind.END_MARK: _step_end_mark,
    Kind.JUMP: _step_jump,
    Kind.PINYIN: _step_header,
    Kind.FOLIO: _step_header,
    Kind.BYLINE: _step_byline,
    Kind.CREDIT: _step_credit,
    Kind.CLOSING_CREDIT: _step_closing_credit,
    Kind.SUBHEAD: _step_subhead,
    Kind.CAPTION: _step_caption,
    Kind.BULLET: _step_bullet,
    Kind.TITLE: step_title,
    Kind.TEXT: _step_text,
}
"""The step that reads each kind of line.  A line that continues a
hard-wrapped paragraph (Kind.CONTINUATION) has none: it is read with the
paragraph's first line (`Classified.wrapped`)."""
