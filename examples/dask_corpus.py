"""Parse a corpus of pages with Dask: a local cluster by default, any cluster by address.

    python examples/dask_corpus.py                          # the bundled seeds, local cluster
    python examples/dask_corpus.py 'archive/**/*.txt' --out articles.jsonl
    python examples/dask_corpus.py 'archive/*.txt' --scheduler tcp://10.0.0.5:8786

Each article becomes one record (page source, headline, byline, dateline,
text, source lines) in a JSON Lines file, or a Parquet file when ``--out``
ends in ``.parquet``.  A page that cannot be read
becomes one record with its error, so a long run never stops on a bad file.

Under Spark the same function serves: ``sc.parallelize(paths).mapPartitions(
lambda ps: (r for p in ps for r in article_records(p)))``.
"""

from __future__ import annotations

import argparse
import glob
import json
from pathlib import Path
from typing import Any

import dask.bag as db
import pandas as pd  # the dask extra brings pandas and pyarrow for Parquet
from dask.distributed import Client, LocalCluster

import banmian

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def article_records(path: str) -> list[dict[str, Any]]:
    """One record per article of the page at ``path`` (or one error record)."""
    try:
        edition = banmian.load_edition(path)
    except banmian.BanmianError as exc:
        return [{"source": Path(path).name, "error": str(exc)}]
    return [
        {
            "source": edition.source,
            "encoding": edition.encoding,
            "kicker": article.kicker,
            "headline": article.headline,
            "subtitle": article.subtitle,
            "byline": article.byline.text if article.byline else None,
            "authors": [a.name for a in article.byline.authors] if article.byline else [],
            "dateline": article.dateline,
            "text": article.text,
            "lines": [n for block in article.blocks for n in block.lines],
        }
        for article in edition.articles
    ]


def write(records: list[dict[str, Any]], out: Path) -> None:
    """Write the records as Parquet (``.parquet``) or JSON Lines (anything else)."""
    if out.suffix == ".parquet":
        pd.DataFrame.from_records(records).to_parquet(out, index=False)
        return
    with out.open("w", encoding="utf-8") as sink:
        for record in records:
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")


def run(pattern: str, out: Path, scheduler: str | None = None, partitions: int = 8) -> int:
    """Parse every page matching ``pattern`` on a Dask cluster; return the number of records."""
    # A user's pattern may be absolute, which Path.glob does not take.
    paths = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207
    if not paths:
        msg = f"no files match {pattern!r}"
        raise SystemExit(msg)
    if scheduler is None:
        # Threads are enough for the seeds; a real archive wants processes=True.
        cluster = LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(scheduler)
    try:
        bag = db.from_sequence(paths, npartitions=min(partitions, len(paths))).map(article_records).flatten()
        records = bag.compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    write(records, out)
    return len(records)


def main() -> None:
    """Command line of the example."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pattern", nargs="?", default=str(SEEDS / "*.txt"), help="glob of pages")
    parser.add_argument(
        "--out", type=Path, default=Path("articles.jsonl"), help="output: .jsonl (default) or .parquet"
    )
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    args = parser.parse_args()
    count = run(args.pattern, args.out, args.scheduler)
    print(f"{count} articles written to {args.out}")


if __name__ == "__main__":
    main()
