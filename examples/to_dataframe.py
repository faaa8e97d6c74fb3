"""Load pages into pandas: one DataFrame with a row per article, one with a row per block.

    python examples/to_dataframe.py                    # all bundled seed pages
    python examples/to_dataframe.py pages/             # a folder of pages
    python examples/to_dataframe.py page.txt           # one page

Needs pandas (``pip install ".[pandas]"``).  ``banmian.to_frame`` builds the
frames; ``source`` and ``article`` link a block to its article.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import banmian

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MAX_COLWIDTH = 24  # characters of a text column shown, so a row fits a terminal line


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else SEEDS
    paths = sorted(target.glob("*.txt")) if target.is_dir() else [target]
    editions = [result.edition for result in banmian.iter_editions(paths) if result.ok]
    articles = banmian.to_frame(editions)
    blocks = banmian.to_frame(editions, rows="blocks")
    paragraphs = blocks[blocks["kind"] == "paragraph"]
    with pd.option_context("display.width", 160):
        print(f"{len(articles)} articles, {len(paragraphs)} paragraphs")
        columns = ["source", "headline", "dateline", "blocks", "authors"]
        print(articles[columns].head(10).to_string(max_colwidth=MAX_COLWIDTH))
        print()
        print(
            paragraphs[["source", "article", "block", "text", "lines"]]
            .head(5)
            .to_string(max_colwidth=MAX_COLWIDTH)
        )
        print()
        print("paragraphs joined across column breaks:", int(paragraphs["joined"].sum()))
        print(articles.groupby("dateline", dropna=False)["headline"].count().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
