"""The command line: formats, output directory, errors and help."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from banmian.cli import main

from .conftest import SEEDS

SEED = SEEDS / "000_b8a3ab7b253d933e.txt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_json_to_stdout() -> None:
    status, out, err = run("parse", str(SEED))
    assert (status, err) == (0, "")
    assert json.loads(out)["source"] == SEED.name


def test_jsonl_one_line_per_page() -> None:
    status, out, _ = run("parse", "--format", "jsonl", *map(str, sorted(SEEDS.glob("*.txt"))))
    assert status == 0
    assert len(out.splitlines()) == len(list(SEEDS.glob("*.txt")))


def test_text_is_readable() -> None:
    status, out, _ = run("parse", "--format", "text", str(SEED))
    assert status == 0
    assert "济青双都市圈联动，促产业与资本互动" in out
    assert "青岛日报/观海新闻记者 傅军" in out


def test_out_directory(tmp_path: Path) -> None:
    status, out, _ = run("parse", "--out", str(tmp_path / "parsed"), str(SEED))
    assert (status, out) == (0, "")
    assert json.loads((tmp_path / "parsed" / f"{SEED.stem}.json").read_text(encoding="utf-8"))["articles"]


def test_unreadable_file_is_a_one_line_error_and_the_rest_still_parse(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    status, out, err = run("parse", "--format", "jsonl", str(missing), str(SEED))
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "missing.txt" in err
    assert len(out.splitlines()) == 1


def test_python_dash_m_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "banmian", "parse", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "--format" in result.stdout and "examples:" in result.stdout


PAGES = sorted(SEEDS.glob("*.txt"))


def test_jobs_keeps_input_order_in_one_jsonl_file(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    status, out, err = run(
        "parse", "--jobs", "2", "--format", "jsonl", "--out", str(target), *map(str, PAGES)
    )
    assert (status, out, err) == (0, "", "")
    sources = [json.loads(line)["source"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert sources == [p.name for p in PAGES]


def test_summary_counts_pages_articles_warnings_errors(tmp_path: Path) -> None:
    status, _, err = run(
        "parse", "--summary", "-j", "0", "--format", "jsonl", str(tmp_path / "missing.txt"), *map(str, PAGES)
    )
    assert status == 1
    first, last = err.strip().splitlines()
    assert "missing.txt" in first
    assert last.startswith(f"banmian: {len(PAGES)} pages, ") and "1 errors" in last and "pages/s" in last


def test_negative_jobs_is_a_usage_error() -> None:
    status, _, err = run("parse", "--jobs", "-1", str(PAGES[0]))
    assert status == 2 and "--jobs" in err
