"""An edition and its page -> one self-contained HTML file that shows the reading.

The source lines stand on the left, numbered, each coloured by what it
became and linked to its place in the reading on the right; the reading
links back to its lines.  Joins across column breaks, the dateline inside
its line and the parser's warnings are marked at their lines; a decision
text per line (why it was placed there), when given, shows on hover.

The file needs nothing else: no script, no font, no stylesheet from the
network (a Content-Security-Policy forbids every fetch), so it opens the
same offline, in a mail attachment or in an archive years later.  The style
is ``_html.css`` beside this module.  Nothing here changes the reading.
"""

from __future__ import annotations

import html
import importlib.resources
from collections.abc import Iterator, Mapping
from typing import Final

import attrs

from ._cli_render import part_counts
from ._decode import decode_bytes
from ._lines import split_lines
from .errors import InputError
from .model import Article, Caption, Edition, ParseWarning

__all__ = ["ROLES", "render_html"]

ROLES: Final = {
    "title": "title 标题",
    "byline": "byline 署名",
    "dateline": "dateline 电头",
    "paragraph": "paragraph 正文",
    "subhead": "subhead 小标题",
    "list_item": "list item",
    "caption": "caption 图片说明",
    "credit": "source credit",
    "photo": "photo 图片",
    "artifact": "artifact 版面元素",
    "duplicate": "duplicate 重复",
}
"""What a source line can become, as shown in the legend (a CSS class each)."""

_CSS: Final = (importlib.resources.files("banmian") / "_html.css").read_text(encoding="utf-8")
# No fetch of any kind: the view must work offline and never call out.
_CSP: Final = "default-src 'none'; style-src 'unsafe-inline'"
_JOIN_MARK: Final = "⤴"


@attrs.frozen
class _Place:
    """Where a source line went: its role, the anchor of its record, and a label."""

    role: str
    anchor: str
    label: str
    dateline: str | None = None


def render_html(edition: Edition, page: str | bytes, *, decisions: Mapping[int, str] | None = None) -> str:
    """Return the HTML view of ``edition`` beside the lines of ``page``.

    Args:
        edition: The reading.
        page: What was parsed: the text given to ``parse_edition``, or the
            bytes ``load_edition`` read (decoded again as they were then).
        decisions: Source line number -> the decision that placed the
            line, shown when the pointer rests on the line.  By default,
            the decision-table rows the reading recorded
            (``Edition.explain()``), as ``table: rule -> outcome``; an
            edition read back from JSON has none.

    Raises:
        InputError: ``page`` has fewer lines than the edition refers to, so
            it is not the page the edition was read from.
    """
    lines = split_lines(_page_text(edition, page))
    places = _places(edition)
    if places and max(places) > len(lines):
        msg = f"the page has {len(lines)} lines but the reading names line {max(places)}: not its page"
        raise InputError(msg)
    joins = dict(_joins(edition, {n for n, text in lines if text.strip()}))
    warnings = _warnings_by_line(edition.warnings, len(lines))
    if decisions is None:
        decisions = _recorded_decisions(edition)
    source = "\n".join(
        _source_line(
            n,
            text,
            places.get(n),
            joined_to=joins.get(n),
            warnings=warnings.get(n, []),
            decision=decisions.get(n),
        )
        for n, text in lines
    )
    title = html.escape(edition.source or "page")
    return _PAGE.format(
        title=title,
        csp=_CSP,
        css=_CSS,
        summary=html.escape(_summary(edition)),
        legend="".join(f'<li class="{role}">{html.escape(text)}</li>' for role, text in ROLES.items()),
        page_warnings="".join(_warning_item(w) for w in warnings.get(0, ())),
        source=source,
        reading="\n".join(_reading(edition, joins)),
    )


def _recorded_decisions(edition: Edition) -> dict[int, str]:
    """Line -> the decisions ``Edition.explain()`` recorded for it, one per text line."""
    out: dict[int, list[str]] = {}
    for decision in edition.explain():
        out.setdefault(decision.line, []).append(f"{decision.table}: {decision.rule} -> {decision.outcome}")
    return {line: "\n".join(texts) for line, texts in out.items()}


def _page_text(edition: Edition, page: str | bytes) -> str:
    if isinstance(page, str):
        return page
    decoded = decode_bytes(bytes(page))
    if edition.encoding and decoded.encoding != edition.encoding:
        decoded = decode_bytes(bytes(page), encoding=edition.encoding)
    return decoded.text


def _summary(edition: Edition) -> str:
    return f"{edition.encoding or 'text'} · {part_counts(edition, ' · ')}"


def _places(edition: Edition) -> dict[int, _Place]:
    """Source line -> where it went; every line a record claims."""
    places: dict[int, _Place] = {}
    for number, article in enumerate(edition.articles, start=1):
        places.update(_article_places(number, article))
    for number, photo in enumerate(edition.photos, start=1):
        for line in photo.lines or (photo.line,):
            places[line] = _Place("photo", f"p{number}", f"photo {number}")
    for artifact in edition.artifacts:
        places[artifact.line] = _Place("artifact", f"x{artifact.line}", f"artifact: {artifact.kind}")
    for dup in edition.duplicates:
        if dup.line != dup.of_line:  # a clause dropped inside its own line: the line is its block's
            for line in dup.lines or (dup.line,):
                places[line] = _Place("duplicate", f"d{dup.line}", f"duplicate of line {dup.of_line}")
    return places


def _article_places(number: int, article: Article) -> Iterator[tuple[int, _Place]]:
    where = f"article {number}"
    for line in article.title_lines:
        yield line, _Place("title", f"a{number}", f"title of {where}")
    for line in article.byline.lines if article.byline else ():
        yield line, _Place("byline", f"a{number}-by", f"byline of {where}")
    for index, block in enumerate(article.blocks, start=1):
        for line in block.lines:
            dateline = article.dateline if index == 1 and line == block.lines[0] else None
            label = f"{block.kind} {index} of {where}" + (f", dateline {dateline}" if dateline else "")
            yield line, _Place(block.kind, f"a{number}-b{index}", label, dateline)
    for index, caption in enumerate(article.captions, start=1):
        for line in caption.lines or (caption.line,):
            yield line, _Place("caption", f"a{number}-c{index}", f"caption {index} of {where}")
    if article.credit_line is not None:
        yield article.credit_line, _Place("credit", f"a{number}-cr", f"source credit of {where}")


def _joins(edition: Edition, content: set[int]) -> Iterator[tuple[int, int]]:
    """(line, the line it continues) for each piece joined across other text."""
    blocks = [b for a in edition.articles for b in a.blocks]
    for block in blocks:
        for before, after in zip(block.lines, block.lines[1:], strict=False):
            if any(n in content for n in range(before + 1, after)):
                yield after, before


def _warnings_by_line(warnings: tuple[ParseWarning, ...], count: int) -> dict[int, list[ParseWarning]]:
    """Warnings per source line; those of the whole page (or of no line shown) under 0."""
    out: dict[int, list[ParseWarning]] = {}
    for warning in warnings:
        line = warning.line if warning.line is not None and 1 <= warning.line <= count else 0
        out.setdefault(line, []).append(warning)
    return out


def _warning_item(warning: ParseWarning) -> str:
    where = "" if warning.line is None else f" (line {warning.line})"
    text = html.escape(f"{warning.kind}: {warning.message}{where}")
    return f'<li class="warning">⚠ {text}</li>'


def _source_line(
    number: int,
    text: str,
    place: _Place | None,
    *,
    joined_to: int | None,
    warnings: list[ParseWarning],
    decision: str | None,
) -> str:
    if place is None:  # blank, or (never in a reading banmian made) claimed by no record
        kind, shown = ("blank", "") if not text.strip() else ("line unclaimed", html.escape(text.strip()))
        return (
            f'<li id="L{number}" class="{kind}" data-line="{number}">'
            f'<span class="no">{number}</span><span class="text">{shown}</span></li>'
        )
    tip = f"line {number}: {place.label}" + (f"\n{decision}" if decision else "")
    extra = ""
    if joined_to is not None:
        extra += f'<a class="join" href="#L{joined_to}">{_JOIN_MARK} continues line {joined_to}</a>'
    extra += "".join(
        f'<span class="warning" title="{html.escape(w.message)}">⚠ {html.escape(w.kind)}</span>'
        for w in warnings
    )
    decided = f' data-decision="{html.escape(decision)}"' if decision else ""
    return (
        f'<li id="L{number}" class="line {place.role}" data-line="{number}" '
        f'title="{html.escape(tip)}"{decided}>'
        f'<a href="#{place.anchor}"><span class="no">{number}</span>'
        f'<span class="text">{_marked(text.strip(), place.dateline)}</span></a>{extra}</li>'
    )


def _marked(text: str, dateline: str | None) -> str:
    """The line as HTML, its dateline (电头) marked where it stands in the line."""
    if not dateline:
        return html.escape(text)
    before, found, after = text.partition(dateline)
    if not found:  # normalization changed it (brackets, width): mark the line instead
        return f'<span class="dateline">电头</span> {html.escape(text)}'
    return f'{html.escape(before)}<span class="dateline">{html.escape(found)}</span>{html.escape(after)}'


def _reading(edition: Edition, joins: Mapping[int, int]) -> Iterator[str]:
    for number, article in enumerate(edition.articles, start=1):
        yield _article_html(number, article, joins)
    if edition.photos:
        yield '<section class="photos"><h2>Photos 图片</h2>'
        for number, photo in enumerate(edition.photos, start=1):
            yield _caption_html(photo, f"p{number}", "photo")
        yield "</section>"
    if edition.artifacts or edition.duplicates:
        yield '<section class="removed"><h2>Set aside 版面元素与重复</h2><ul>'
        for artifact in edition.artifacts:
            text = html.escape(f"{artifact.kind}: {artifact.text}")
            yield f'<li id="x{artifact.line}" class="artifact">{text} {_refs((artifact.line,))}</li>'
        for dup in edition.duplicates:
            of = f'of <a href="#L{dup.of_line}">line {dup.of_line}</a>'
            ref = _refs(dup.lines or (dup.line,))
            yield f'<li id="d{dup.line}" class="duplicate">{html.escape(dup.text)} {ref} {of}</li>'
        yield "</ul></section>"


def _article_html(number: int, article: Article, joins: Mapping[int, int]) -> str:
    head = [f'<article id="a{number}" class="article" data-article="{number}"><header>']
    for role, text in (
        ("kicker", article.kicker),
        ("headline", article.headline),
        ("subtitle", article.subtitle),
    ):
        if text:
            tag = "h2" if role == "headline" else "p"
            head.append(f'<{tag} class="{role}">{html.escape(text)}</{tag}>')
    if not article.headline:
        head.append('<h2 class="headline untitled">（无标题 no headline）</h2>')
    head.append(f'<p class="refs">{_refs(article.title_lines)}</p>' if article.title_lines else "")
    if article.byline:
        by = article.byline
        head.append(f'<p id="a{number}-by" class="byline">{html.escape(by.text)} {_refs(by.lines)}</p>')
    head.append("</header>")
    body = []
    for index, block in enumerate(article.blocks, start=1):
        dateline = ""
        if index == 1 and article.dateline:
            dateline = f'<span class="dateline">{html.escape(article.dateline)}</span> '
        joined = " joined" if any(n in joins for n in block.lines) else ""
        tag = "h3" if block.kind == "subhead" else "p"
        body.append(
            f'<{tag} id="a{number}-b{index}" class="block {block.kind}{joined}">'
            f"{dateline}{html.escape(block.text)} {_refs(block.lines)}</{tag}>"
        )
    body.extend(
        _caption_html(c, f"a{number}-c{i}", "caption") for i, c in enumerate(article.captions, start=1)
    )
    if article.credit and article.credit_line is not None:
        credit = html.escape(article.credit)
        body.append(f'<p id="a{number}-cr" class="credit">{credit} {_refs((article.credit_line,))}</p>')
    return "".join(head) + "".join(body) + "</article>"


def _caption_html(caption: Caption, anchor: str, role: str) -> str:
    credit = f' <span class="by">{html.escape(caption.credit)} 摄</span>' if caption.credit else ""
    refs = _refs(caption.lines or (caption.line,))
    text = html.escape(caption.text)
    return f'<figure id="{anchor}" class="{role}"><figcaption>{text}{credit} {refs}</figcaption></figure>'


def _refs(lines: tuple[int, ...]) -> str:
    """Links back to source lines; a jump between them (a join) is shown by the gap in the numbers."""
    links = "".join(f'<a href="#L{n}">{n}</a>' for n in lines)
    return f'<span class="refs">{links}</span>'


_PAGE: Final = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="banmian">
<title>{title} · banmian</title>
<style>{css}</style>
</head>
<body>
<header class="bar">
<h1>{title}</h1>
<p class="summary">{summary}</p>
<ul class="legend">{legend}</ul>
<ul class="page-warnings">{page_warnings}</ul>
</header>
<main>
<section class="pane source" aria-label="source lines"><ol class="lines">
{source}
</ol></section>
<section class="pane reading" aria-label="the reading">
{reading}
</section>
</main>
</body>
</html>
"""
