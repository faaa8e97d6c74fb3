"""The Dask example runs banmian over the seeds on a local Dask cluster (integration test)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

import banmian

from .conftest import ROOT, SEEDS

pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
example = runpy.run_path(str(ROOT / "examples" / "dask_corpus.py"))


def test_dask_run_matches_load_edition(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    count = example["run"](str(SEEDS / "*.txt"), out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = [a.headline for p in sorted(SEEDS.glob("*.txt")) for a in banmian.load_edition(p).articles]
    assert count == len(records) == len(expected)
    assert sorted(r["headline"] or "" for r in records) == sorted(h or "" for h in expected)


def test_dask_run_writes_parquet(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "articles.parquet"
    count = example["run"](str(SEEDS / "*.txt"), out)
    assert len(pd.read_parquet(out)) == count


def test_unreadable_page_is_a_record_not_a_stop(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    records = example["article_records"](str(tmp_path / "bad.txt"))
    assert records == [{"source": "bad.txt", "error": records[0]["error"]}]
