"""Load pages into pandas: one DataFrame with a row per article, one with a row per paragraph.

    python examples/to_dataframe.py                    # all bundled seed pages
    python examples/to_dataframe.py pages/             # a folder of pages
    python examples/to_dataframe.py page.txt           # one page

Needs pandas (``pip install -e ".[pandas]"``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import banmian

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MAX_COLWIDTH = 24  # characters of a text column shown, so a row fits a terminal line


def frames(paths: list[Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, paragraphs) of the pages; ``article_id`` links a paragraph to its article."""
    articles: list[dict[str, object]] = []
    paragraphs: list[dict[str, object]] = []
    for path in paths:
        edition = banmian.load_edition(path)
        for index, article in enumerate(edition.articles):
            article_id = f"{edition.source}#{index}"
            byline = article.byline
            articles.append(
                {
                    "article_id": article_id,
                    "source": edition.source,
                    "kicker": article.kicker,
                    "headline": article.headline,
                    "subtitle": article.subtitle,
                    "dateline": article.dateline,
                    "org": byline.org if byline else None,
                    "authors": [a.name for a in byline.authors] if byline else [],
                    "paragraphs": len(article.paragraphs),
                    "chars": len(article.text),
                    "first_line": min(article.title_lines, default=None),
                }
            )
            blocks = [b for b in article.blocks if b.kind == "paragraph"]
            for number, block in enumerate(blocks, start=1):
                paragraphs.append(
                    {
                        "article_id": article_id,
                        "paragraph": number,
                        "text": block.text,
                        "lines": list(block.lines),
                        "joined": len(block.lines) > 1,
                    }
                )
    return pd.DataFrame(articles), pd.DataFrame(paragraphs)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else SEEDS
    paths = sorted(target.glob("*.txt")) if target.is_dir() else [target]
    articles, paragraphs = frames(paths)
    with pd.option_context("display.width", 160):
        print(f"{len(articles)} articles, {len(paragraphs)} paragraphs")
        columns = ["source", "headline", "dateline", "paragraphs", "chars"]
        print(articles[columns].head(10).to_string(max_colwidth=MAX_COLWIDTH))
        print()
        print(paragraphs.head(5).to_string(max_colwidth=MAX_COLWIDTH))
        print()
        print("paragraphs joined across column breaks:", int(paragraphs["joined"].sum()))
        print(articles.groupby("dateline", dropna=False)["article_id"].count().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
