"""Take the dateline (电头) out of each article's first paragraph (contract §4).

``本报3月28日讯 28日上午，…`` gives the dateline ``本报3月28日讯`` and the
paragraph ``28日上午，…``.  The classifier already read the opening of every
line (`banmian._recognize.match_dateline`) and the block carries it
(``BlockDraft.opening``, whose ``rest`` grows with the lines of a
hard-wrapped paragraph): this stage only moves it.  Reporters read with the
dateline become the byline when the article has none, and are added to
the byline it has otherwise (they leave the paragraph either way: nothing
of them may be lost).
"""

from __future__ import annotations

import attrs

from ._records import ArticleDraft, PageDraft
from .model import Byline


def extract_datelines(page: PageDraft) -> PageDraft:
    """Return the page with each article's dateline taken out of its first paragraph."""
    return attrs.evolve(page, articles=tuple(_extract(a) for a in page.articles))


def _extract(article: ArticleDraft) -> ArticleDraft:
    blocks = list(article.blocks)
    first = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first is None:
        return article
    block = blocks[first]
    found = block.opening
    if found is None:
        return article
    byline = _with_reporters(article.byline, found.byline)
    if found.rest:
        blocks[first] = attrs.evolve(block, text=found.rest, opening=None)
    elif first + 1 < len(blocks):  # the dateline stood on a line of its own
        following = blocks[first + 1]
        blocks[first + 1] = attrs.evolve(following, lines=block.lines + following.lines)
        del blocks[first]
    else:
        return article
    return attrs.evolve(article, blocks=tuple(blocks), byline=byline, dateline=found.dateline)


def _with_reporters(byline: Byline | None, reporters: Byline | None) -> Byline | None:
    """The article's byline, with the reporters read after its dateline added
    (their text, and those of their names it lacks)."""
    if byline is None or reporters is None:
        return byline or reporters
    names = {author.name for author in byline.authors}
    added = tuple(author for author in reporters.authors if author.name not in names)
    return attrs.evolve(byline, text=f"{byline.text} {reporters.text}", authors=byline.authors + added)
