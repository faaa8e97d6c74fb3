"""Editions -> a pandas DataFrame, one row per article or one row per block.

pandas is optional (the ``pandas`` extra); it is imported when a frame is
asked for, and its absence is a clear ``ImportError`` that names the extra.
Every row carries its source and its lines, so a row leads back to the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

from .errors import InputError
from .model import Article, Edition

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_frame"]

ROWS: Final = ("articles", "blocks")
"""What a row of the frame is: one article, or one block of an article's body."""

_NO_PANDAS: Final = 'to_frame needs pandas: pip install "banmian[pandas]" (or pip install pandas)'


def to_frame(editions: Iterable[Edition], *, rows: str = "articles") -> pd.DataFrame:
    """Return the articles (or the blocks) of ``editions`` as one pandas DataFrame.

    Args:
        editions: Parsed pages, for example the editions of
            `banmian.iter_editions`' results.
        rows: ``"articles"``: one row per article, with ``source``,
            ``article`` (its index on the page), ``kicker``, ``headline``,
            ``subtitle``, ``byline``, ``org``, ``authors`` (a list of
            names), ``roles``, ``dateline``, ``text`` (the body, blocks joined
            by newlines), ``blocks``, ``captions``, ``first_line`` and
            ``last_line``.  ``"blocks"``: one row per block, with ``source``,
            ``article``, ``headline``, ``block`` (its index in the article),
            ``kind``, ``text``, ``lines`` (a list) and ``joined`` (read from
            more than one source line: cut by a column break, or wrapped).

    Raises:
        ImportError: pandas is not installed.
        InputError: ``rows`` is neither ``"articles"`` nor ``"blocks"``.
    """
    if rows not in ROWS:
        msg = f"rows must be one of {', '.join(ROWS)}, not {rows!r}"
        raise InputError(msg)
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency, imported on use
    except ImportError as exc:
        raise ImportError(_NO_PANDAS) from exc
    records = _article_rows(editions) if rows == "articles" else _block_rows(editions)
    frame: pd.DataFrame = pd.DataFrame(list(records), columns=_COLUMNS[rows])
    return frame


def _article_rows(editions: Iterable[Edition]) -> Iterator[dict[str, Any]]:
    for edition in editions:
        for index, article in enumerate(edition.articles):
            lines = _lines_of(article)
            byline = article.byline
            yield {
                "source": edition.source,
                "article": index,
                "kicker": article.kicker,
                "headline": article.headline,
                "subtitle": article.subtitle,
                "byline": byline.text if byline else None,
                "org": byline.org if byline else None,
                "authors": [a.name for a in byline.authors] if byline else [],
                "roles": [a.role for a in byline.authors] if byline else [],
                "dateline": article.dateline,
                "text": article.text,
                "blocks": len(article.blocks),
                "captions": len(article.captions),
                "first_line": min(lines, default=None),
                "last_line": max(lines, default=None),
            }


def _block_rows(editions: Iterable[Edition]) -> Iterator[dict[str, Any]]:
    for edition in editions:
        for index, article in enumerate(edition.articles):
            for number, block in enumerate(article.blocks):
                yield {
                    "source": edition.source,
                    "article": index,
                    "headline": article.headline,
                    "block": number,
                    "kind": block.kind,
                    "text": block.text,
                    "lines": list(block.lines),
                    "joined": len(block.lines) > 1,
                }


def _lines_of(article: Article) -> list[int]:
    lines = [*article.title_lines, *(n for b in article.blocks for n in b.lines)]
    lines += article.byline.lines if article.byline else ()
    return lines + [c.line for c in article.captions]


_COLUMNS: Final = {
    "articles": [
        "source",
        "article",
        "kicker",
        "headline",
        "subtitle",
        "byline",
        "org",
        "authors",
        "roles",
        "dateline",
        "text",
        "blocks",
        "captions",
        "first_line",
        "last_line",
    ],
    "blocks": ["source", "article", "headline", "block", "kind", "text", "lines", "joined"],
}
