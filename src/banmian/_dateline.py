"""Take the dateline (电头) out of each article's first paragraph (SPEC section 4).

``本报3月28日讯 28日上午，…`` gives the dateline ``本报3月28日讯`` and the
paragraph ``28日上午，…``.  Brackets around the dateline (``【本报讯】``) are not
part of it.  Reporters in parentheses right after it (``（记者 刘明、赵磊）``)
leave the paragraph too, and become the byline when the article has none.
"""

from __future__ import annotations

import attrs

from ._byline import parse_byline
from ._lexicon import DATELINE_RE, DATELINE_REPORTERS_RE
from ._records import ArticleDraft, PageDraft


def extract_datelines(page: PageDraft) -> PageDraft:
    """Return the page with each article's dateline taken out of its first paragraph."""
    return attrs.evolve(page, articles=tuple(_extract(a) for a in page.articles))


def _extract(article: ArticleDraft) -> ArticleDraft:
    blocks = list(article.blocks)
    first = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first is None:
        return article
    block = blocks[first]
    match = DATELINE_RE.match(block.text)
    if match is None:
        return article
    dateline = match.group("dateline")
    rest = match.group("rest").strip()
    byline = article.byline
    reporters = DATELINE_REPORTERS_RE.match(rest)
    if reporters is not None:
        parsed = parse_byline(reporters.group("inner"))
        if parsed is not None:
            rest = reporters.group("rest").strip()
            if byline is None:
                byline = parsed
    if rest:
        blocks[first] = attrs.evolve(block, text=rest)
    elif first + 1 < len(blocks):  # the dateline stood on a line of its own
        following = blocks[first + 1]
        blocks[first + 1] = attrs.evolve(following, lines=block.lines + following.lines)
        del blocks[first]
    else:
        return article
    return attrs.evolve(article, blocks=tuple(blocks), byline=byline, dateline=dateline)
