"""Classified lines -> article drafts (contract §4).

One pass over the lines.  A run of title lines starts an article when a
byline follows it (or stood just before it), when the first paragraph after
it opens with a dateline, when it has two or more units (kicker, headline,
subtitle), when a closing credit (据新华社) ended the article before it, or
when no article has started yet.  Otherwise a title
line inside an article is a subhead.  Nothing is dropped: every line ends in
a title, a byline, a block, a caption, a photo or an artifact.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

from ._byline import allows_bare_names, parse_byline, split_inline_byline
from ._caption import credit_of_line, split_credit
from ._dateline import match_dateline
from ._lexicon import (
    COLUMN_NAME_RE,
    EDITOR_NOTE_RE,
    ENUMERATOR_RE,
    JUMP_FROM_RE,
    KICKER_END_RE,
    LAYOUT_GAP,
    MASTHEAD_RE,
    SECTION_NAME_RE,
)
from ._records import ArticleDraft, BlockDraft, Classified, Kind, Line, PageDraft
from ._rules import Rules, rules_for
from ._text import is_subhead_like, is_terminated, join_pieces
from .model import Artifact, Byline, Caption, ParseWarning

# A top-of-page banner line (栏头, section name) is at most this long; a
# headline that opens a page is longer.
_BANNER_MAX_CHARS: Final = 8
# A headline set in two short lines: each line at most this long, together at
# most _SHORT_HEADLINE_TOTAL (longer pairs are a headline and a subtitle).
_SHORT_HEADLINE_LINE: Final = 12
_SHORT_HEADLINE_TOTAL: Final = 20
# Kicker, headline and subtitle: a title block has at most three units.
_MAX_TITLE_UNITS: Final = 3
# A brief runs to a few paragraphs.
_BRIEF_MAX_BLOCKS: Final = 4
# A photo caption printed without a marker is short.
_PHOTO_CAPTION_MAX: Final = 120

_Unit = tuple[Line, ...]


@attrs.define
class _ArticleBuilder:
    headline: str | None
    kicker: str | None = None
    subtitle: str | None = None
    title_lines: tuple[int, ...] = ()
    byline: Byline | None = None
    blocks: list[BlockDraft] = attrs.Factory(list)
    captions: list[Caption] = attrs.Factory(list)
    credit: str | None = None
    credit_line: int | None = None
    # A closing credit or a byline at the end said the article is over.
    closed: bool = False

    def freeze(self) -> ArticleDraft:
        return ArticleDraft(
            headline=self.headline,
            kicker=self.kicker,
            subtitle=self.subtitle,
            title_lines=self.title_lines,
            byline=self.byline,
            blocks=tuple(self.blocks),
            captions=tuple(self.captions),
            credit=self.credit,
            credit_line=self.credit_line,
        )


@attrs.define
class _Page:
    items: tuple[Classified, ...]
    rules: Rules
    articles: list[_ArticleBuilder] = attrs.Factory(list)
    photos: list[Caption] = attrs.Factory(list)
    artifacts: list[Artifact] = attrs.Factory(list)
    warnings: list[ParseWarning] = attrs.Factory(list)
    pending_byline: Byline | None = None
    layout_break: bool = False
    # Articles continued on another page (下转), waiting for their 上接 line,
    # and the one such a line resumed until the next title.
    jumped: list[_ArticleBuilder] = attrs.Factory(list)
    resumed: _ArticleBuilder | None = None

    @functools.cached_property
    def by_number(self) -> dict[int, Classified]:
        return {item.number: item for item in self.items}

    @property
    def current(self) -> _ArticleBuilder | None:
        if self.resumed is not None:
            return self.resumed
        return self.articles[-1] if self.articles else None

    def kind_at(self, index: int) -> Kind | None:
        return self.items[index].kind if 0 <= index < len(self.items) else None

    def artifact(self, kind: str, line: Line) -> None:
        self.artifacts.append(Artifact(kind=kind, text=line.printed, line=line.number))
        self.layout_break = True

    def warn(self, kind: str, message: str, line: int | None) -> None:
        self.warnings.append(ParseWarning(kind=kind, message=message, line=line))

    def block(self, kind: str, line: Line) -> None:
        article = self.current
        if article is None:
            article = _ArticleBuilder(headline=None)
            self.articles.append(article)
            self.warn("untitled_text", "body text stands before any title on the page", line.number)
        after_break = self.layout_break or line.gap_before >= LAYOUT_GAP
        article.blocks.append(BlockDraft(kind, line.text, (line.number,), after_break))
        self.layout_break = False


def segment(items: tuple[Classified, ...], rules: Rules | None = None) -> PageDraft:
    """Place every classified line in an article draft, a photo or an artifact."""
    page = _Page(items, rules or rules_for())
    index = 0
    while index < len(items):
        index = _STEPS[items[index].kind](page, index)
    if page.pending_byline is not None:
        _orphan_byline(page, page.pending_byline)
    return PageDraft(
        articles=tuple(a.freeze() for a in page.articles),
        photos=tuple(page.photos),
        artifacts=tuple(sorted(page.artifacts, key=lambda a: a.line)),
        warnings=tuple(page.warnings),
    )


# --- one step per kind of line; each returns the index of the next line -----


def _run_end(page: _Page, start: int, kind: Kind) -> int:
    end = start + 1
    while page.kind_at(end) is kind:
        end += 1
    return end


def _parse_lines(page: _Page, lines: list[Line]) -> Byline | None:
    text = " ".join(line.text for line in lines)
    bare = any(allows_bare_names(line.text, line.marker, page.rules) for line in lines)
    return parse_byline(text, tuple(line.number for line in lines), bare_names=bare, rules=page.rules)


def _byline_run(page: _Page, start: int) -> tuple[int, Byline]:
    """The byline at ``start``, with the lines set right under it that continue
    it (本报记者 X / 本报通讯员 Y); returns the index after it and the byline."""
    lines = [page.items[start].line]
    # The classifier parsed this very line as a byline, so it parses again;
    # the fallback only keeps the types honest.
    byline = _parse_lines(page, lines) or Byline(lines[0].text, None, (), (lines[0].number,))
    end = start + 1
    while page.kind_at(end) is Kind.BYLINE and page.items[end].line.gap_before == 0:
        longer = _parse_lines(page, [*lines, page.items[end].line])
        if longer is None:  # two bylines in a row, not one over two lines
            break
        lines.append(page.items[end].line)
        byline = longer
        end += 1
    return end, byline


def _orphan_byline(page: _Page, byline: Byline) -> None:
    for number in byline.lines:
        line = page.by_number[number].line
        page.artifacts.append(Artifact(kind="orphan_byline", text=line.printed, line=number))
    page.warn("orphan_byline", f"byline {byline.text!r} belongs to no article", byline.lines[0])


def _units(lines: list[Line]) -> list[_Unit]:
    """Group title lines: a markdown hard break keeps the next line in the unit."""
    units: list[list[Line]] = []
    for line in lines:
        if units and units[-1][-1].hard_break and line.gap_before == 0:
            units[-1].append(line)
        else:
            units.append([line])
    return [tuple(unit) for unit in units]


def _unit_text(unit: _Unit) -> str:
    return functools.reduce(join_pieces, (line.text for line in unit))


def _join_units(units: list[_Unit]) -> str | None:
    return _unit_text(tuple(line for unit in units for line in unit)) if units else None


def _heading(unit: _Unit) -> int:
    levels = [line.heading for line in unit if line.heading]
    return min(levels) if levels else 0


def _starts_article(page: _Page, end: int, units: list[_Unit], *, inline_byline: bool) -> bool:
    """Whether a run of title lines opens a new article (see the module docstring).

    Markdown heading levels are not evidence: converters get them wrong.
    """
    after = page.items[end] if end < len(page.items) else None
    if page.current is None or page.pending_byline is not None or len(units) > 1:  # kicker, subtitle
        return True
    if inline_byline:  # 标题 本报记者 王凯
        return True
    if page.current.closed:  # a closing credit (据新华社) or byline (（编译/张三）) ended it
        return True
    if _is_brief(page.current) and not ENUMERATOR_RE.match(units[0][0].text):
        return True  # briefs have no subheads: a title after one starts the next (一、… is a subhead)
    if after is not None and after.kind is Kind.BYLINE:
        return True
    if after is None or after.kind is not Kind.TEXT:
        return False
    return match_dateline(after.text, page.rules) is not None or EDITOR_NOTE_RE.match(after.text) is not None


def _is_page_name(unit: _Unit) -> bool:
    """The paper's or the section's name (报头, 版名) alone on a line."""
    return len(unit) == 1 and bool(MASTHEAD_RE.match(unit[0].text) or SECTION_NAME_RE.match(unit[0].text))


def _is_brief(article: _ArticleBuilder) -> bool:
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


def _trim_title(units: list[_Unit], *, at_top: bool) -> tuple[list[_Unit], list[_Unit]]:
    """Split off page banners (at the top) and orphan titles from a title run."""
    # Everything before the last three units is too much for one title block,
    # and so is the name of a column of briefs (anywhere) or of the paper or
    # the section (at the top of the page) over the first title.
    cut = max(0, len(units) - _MAX_TITLE_UNITS)
    while (
        cut < len(units) - 1
        and len(units[cut]) == 1
        and (COLUMN_NAME_RE.match(units[cut][0].text) or (at_top and _is_page_name(units[cut])))
    ):
        cut += 1
    if at_top:  # short banner lines (栏头) over a marked or a three-unit title block
        headed = [i for i, unit in enumerate(units) if _heading(unit)]
        while (
            len(units) - cut > 2  # noqa: PLR2004 - keep at least a headline and one more unit
            and len(units[cut]) == 1
            and not units[cut][0].heading
            and len(units[cut][0].text) <= _BANNER_MAX_CHARS
            and (len(units) - cut > _MAX_TITLE_UNITS or any(i > cut for i in headed))
        ):
            cut += 1
    return units[:cut], units[cut:]


def _is_section_name(page: _Page, start: int, end: int, units: list[_Unit]) -> bool:
    """The page's header lines before any article: a section name printed over
    its romanization (要闻 / YAO WEN) or under it, names over a folio line
    (经济日报 / 2024年5月6日 星期一), or nothing but the paper's and section's names."""
    if page.kind_at(end) in (Kind.PINYIN, Kind.FOLIO) or all(_is_page_name(u) for u in units):
        return True
    return (
        page.kind_at(start - 1) is Kind.PINYIN
        and len(units) == 1
        and len(_unit_text(units[0])) <= _BANNER_MAX_CHARS
        and page.kind_at(end) is Kind.TITLE
    )


def _title_parts(units: list[_Unit]) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subtitle) of a title block."""
    texts = [_unit_text(u) for u in units]
    levels = [_heading(u) for u in units]
    if any(levels):
        top = min(level for level in levels if level)
        h = levels.index(top)
    elif (len(units) > 1 and KICKER_END_RE.search(texts[0])) or len(units) == _MAX_TITLE_UNITS:
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


def _step_title(page: _Page, start: int) -> int:
    end = _run_end(page, start, Kind.TITLE)
    lines = [page.items[k].line for k in range(start, end)]
    at_top = not page.articles
    units = _units(lines)
    if at_top and _is_section_name(page, start, end, units):
        for line in lines:
            page.artifact("page_header", line)
        return end
    inline = split_inline_byline(units[-1][-1].text, page.rules)
    if not _starts_article(page, end, units, inline_byline=inline is not None):
        _subheads(page, end, lines)
        return end
    if page.kind_at(end) is Kind.BYLINE or page.pending_byline is not None:
        inline = None  # a byline of its own line takes precedence
    if inline is not None:  # 标题 本报记者 王凯: the title's line carries its byline
        units[-1] = (*units[-1][:-1], attrs.evolve(units[-1][-1], text=inline[0]))
    extra, units = _trim_title(units, at_top=at_top)
    for unit in extra:
        for line in unit:
            furniture = at_top or (len(unit) == 1 and COLUMN_NAME_RE.match(line.text))
            page.artifact("page_header" if furniture else "orphan_title", line)
    kicker, headline, subtitle = _title_parts(units)
    article = _ArticleBuilder(
        headline=headline,
        kicker=kicker,
        subtitle=subtitle,
        title_lines=tuple(line.number for unit in units for line in unit),
        byline=inline[1] if inline is not None else None,
    )
    page.articles.append(article)
    page.resumed = None
    page.layout_break = False
    return _attach_byline(page, article, end)


def _subheads(page: _Page, end: int, lines: list[Line]) -> None:
    """Title lines inside an article: subheads, or the first piece of a cut paragraph.

    A subhead stands right over its section; a title-shaped line with a layout
    gap after it is the first piece of a paragraph cut by a column break.
    """
    gap_after = end < len(page.items) and page.items[end].line.gap_before >= LAYOUT_GAP
    for line in lines:
        if line.heading or line.emphasis or (is_subhead_like(line.text) and not gap_after):
            page.block("subhead", line)
        else:
            page.block("paragraph", line)


def _attach_byline(page: _Page, article: _ArticleBuilder, end: int) -> int:
    """Give a new article the byline under its title, or the one set before it."""
    if page.kind_at(end) is Kind.BYLINE:
        if page.pending_byline is not None:
            _orphan_byline(page, page.pending_byline)
        end, article.byline = _byline_run(page, end)
    elif page.pending_byline is not None:
        article.byline = page.pending_byline
    page.pending_byline = None
    return end


def _step_byline(page: _Page, start: int) -> int:
    end, byline = _byline_run(page, start)
    if page.pending_byline is not None:
        _orphan_byline(page, page.pending_byline)
        page.pending_byline = None
    current = page.current
    bracketed = page.items[start].text.startswith(("（", "("))
    if bracketed and current is not None and current.byline is None and current.blocks:
        current.byline = byline  # (编译/张三), （记者 周洁）: in brackets, it closes the article above
        current.closed = True
        return end
    if page.kind_at(end) is Kind.TITLE:
        title_end = _run_end(page, end, Kind.TITLE)
        if page.kind_at(title_end) is not Kind.BYLINE:  # a byline set before its title
            page.pending_byline = byline
            return end
    elif _photo_credit(page, byline):
        return end
    current = page.current
    if current is not None and current.byline is None and current.headline is not None:
        # Under its title, or at the end of the article (（记者 周洁）): the
        # article's own byline either way, as it has no other.
        current.byline = byline
        return end
    _orphan_byline(page, byline)
    return end


def _photo_credit(page: _Page, byline: Byline) -> bool:
    """A byline under a short caption-like paragraph set apart by a layout break
    credits a photo: the two together are a standalone photo item."""
    current = page.current
    if current is None or current.byline is None or not current.blocks:
        return False
    last = current.blocks[-1]
    if last.kind != "paragraph" or len(last.text) > _PHOTO_CAPTION_MAX or not is_terminated(last.text):
        return False
    before = current.blocks[-2] if len(current.blocks) > 1 else None
    cut_before = before is not None and before.kind == "paragraph" and not is_terminated(before.text)
    if not (last.after_break or cut_before):
        return False
    current.blocks.pop()
    page.photos.append(Caption(last.text, byline.text, last.lines[0], last.lines + byline.lines))
    page.layout_break = True
    return True


def _step_caption(page: _Page, start: int) -> int:
    line = page.items[start].line
    text, credit = split_credit(line.text, page.rules)
    lines: tuple[int, ...] = (line.number,)
    end = start + 1
    following = page.items[end] if end < len(page.items) else None
    if (  # a caption wrapped over two lines, its credit at the end of the second
        credit is None
        and following is not None
        and following.kind is Kind.CAPTION
        and not following.line.marker
        and following.line.gap_before == 0
        and not is_terminated(text)
    ):
        rest, credit = split_credit(following.text, page.rules)
        text = join_pieces(text, rest)
        lines += (following.number,)
        end += 1
    if page.kind_at(end) is Kind.CREDIT and page.items[end].line.gap_before == 0:
        credit = credit_of_line(page.items[end].text, page.rules)
        lines += (page.items[end].number,)
        end += 1
    caption = Caption(text=text, credit=credit, line=line.number, lines=lines)
    # Under a vertically set column title (图片新闻), or after an article its
    # closing credit or byline ended, a photo stands on its own.
    boxed = page.kind_at(start - 1) is Kind.VERTICAL or (page.current is not None and page.current.closed)
    if page.current is not None and not boxed:
        page.current.captions.append(caption)
    else:
        page.photos.append(caption)
    page.layout_break = True
    return end


def _step_credit(page: _Page, start: int) -> int:
    following = page.items[start + 1] if start + 1 < len(page.items) else None
    if following is not None and following.kind is Kind.CAPTION and following.line.gap_before <= 1:
        # The credit printed over its caption: （本报记者 孙华摄） / 图为天津港汽车码头。
        text, credit = split_credit(following.text, page.rules)
        credit = credit or credit_of_line(page.items[start].text, page.rules)
        caption = Caption(text, credit, following.number, (page.items[start].number, following.number))
        (page.current.captions if page.current is not None else page.photos).append(caption)
        page.layout_break = True
        return start + 2
    page.artifact("orphan_credit", page.items[start].line)
    page.warn("orphan_credit", "a photo credit with no caption", page.items[start].number)
    return start + 1


def _step_closing_credit(page: _Page, start: int) -> int:
    current = page.current
    line = page.items[start].line
    if current is None:  # a paper's name before any article is its masthead
        page.artifact("page_header", line)
        return start + 1
    current = _split_wire_item(page, current)
    if current.credit is None:
        current.credit = line.text.strip("（）()")
        current.credit_line = line.number
        current.closed = True
    else:
        page.block("paragraph", line)
    return start + 1


def _split_wire_item(page: _Page, article: _ArticleBuilder) -> _ArticleBuilder:
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
    item = _ArticleBuilder(headline=head.text, title_lines=head.lines, blocks=list(tail))
    del article.blocks[heads[-1] :]
    page.articles.append(item)
    page.resumed = None
    return item


def _step_bullet(page: _Page, start: int) -> int:
    page.block("list_item", page.items[start].line)
    end = start + 1
    # Lines set directly under a list item, with no blank line, continue the list.
    while (
        end < len(page.items)
        and page.items[end].kind in (Kind.TEXT, Kind.TITLE, Kind.BULLET)
        and page.items[end].line.gap_before == 0
    ):
        page.block("list_item", page.items[end].line)
        end += 1
    return end


def _step_continuation(page: _Page, start: int) -> int:
    """The next line of a hard-wrapped paragraph joins the block above it."""
    line = page.items[start].line
    article = page.current
    if article is None or not article.blocks:
        page.block("paragraph", line)
        return start + 1
    last = article.blocks[-1]
    article.blocks[-1] = attrs.evolve(
        last, text=join_pieces(last.text, line.text), lines=(*last.lines, line.number)
    )
    return start + 1


def _step_text(page: _Page, start: int) -> int:
    page.block("paragraph", page.items[start].line)
    return start + 1


def _step_subhead(page: _Page, start: int) -> int:
    page.block("subhead", page.items[start].line)
    return start + 1


def _step_vertical(page: _Page, start: int) -> int:
    page.artifact("vertical_text", page.items[start].line)
    return start + 1


def _step_end_mark(page: _Page, start: int) -> int:
    page.artifact("end_mark", page.items[start].line)
    return start + 1


def _step_jump(page: _Page, start: int) -> int:
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


def _step_header(page: _Page, start: int) -> int:
    page.artifact("page_header", page.items[start].line)
    return start + 1


def _step_empty(page: _Page, start: int) -> int:
    page.artifact("markup", page.items[start].line)
    return start + 1


_STEPS: Final = {
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
    Kind.TITLE: _step_title,
    Kind.TEXT: _step_text,
    Kind.CONTINUATION: _step_continuation,
}
