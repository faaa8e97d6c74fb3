"""Classified lines -> article drafts (contract §4).

One pass over the lines, one step per kind of line (`.steps.STEPS`).
Where a convention leaves a choice, a decision table of named rows decides,
over explicit evidence, and the row that fired is recorded:

- ``title_run`` (`.furniture.TITLE_RUN`): a page's header, or a title;
- ``article_start`` (`.article_start.ARTICLE_START`): a run of title
  lines opens an article, or is a subhead;
- ``title_trim`` (`.furniture.TITLE_TRIM`): banners and orphan titles
  cut off the front of a title block;
- ``title_in_article`` (`.titles.IN_ARTICLE`): a subhead, or the head
  of a paragraph cut by a column break;
- ``byline_place`` (`.byline_place.BYLINE_PLACE`): where a byline
  belongs.

Nothing is dropped: every line ends in a title, a byline, a block, a
caption, a photo or an artifact.
"""

from __future__ import annotations

from .._patterns import Rules
from .._records import Classified, PageDraft
from .state import PageState
from .steps import STEPS

__all__ = ["segment"]


def segment(items: tuple[Classified, ...], rules: Rules) -> PageDraft:
    """Place every classified line in an article draft, a photo or an artifact."""
    page = PageState(items, rules)
    index = 0
    while index < len(items):
        index = STEPS[items[index].kind](page, index)
    if page.pending_byline is not None:
        page.orphan_byline(page.pending_byline)
    return PageDraft(
        articles=tuple(a.freeze() for a in page.articles),
        photos=tuple(page.photos),
        artifacts=tuple(sorted(page.artifacts, key=lambda a: a.line)),
        warnings=tuple(page.warnings),
        decisions=tuple(page.decisions),
    )
