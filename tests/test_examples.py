"""The scripts in examples/ run as they are, on the bundled seeds, and say something true."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEEDS = ROOT / "seeds"


def run(script: str, *args: str | Path, cwd: Path = ROOT) -> str:
    """Run an example with this interpreter; return its stdout (it must exit with 0)."""
    result = subprocess.run(
        [sys.executable, "-W", "error", str(EXAMPLES / script), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_examples_tested_here_exist() -> None:
    tested = {"quickstart.py", "export_jsonl.py", "to_dataframe.py", "audit_removed.py"}
    assert tested <= {p.name for p in EXAMPLES.glob("*.py")}


def test_every_example_says_what_it_shows() -> None:
    for script in EXAMPLES.glob("*.py"):
        assert script.read_text(encoding="utf-8").startswith('"""'), script.name


def test_quickstart_prints_the_articles_of_the_default_page() -> None:
    out = run("quickstart.py")
    assert "000_b8a3ab7b253d933e.txt (utf-8): 5 articles" in out
    assert "济青双都市圈联动，促产业与资本互动" in out
    assert "dateline: 本报3月28日讯" in out


def test_quickstart_takes_a_path() -> None:
    out = run("quickstart.py", SEEDS / "004_e67492a810d0588b.txt")
    assert "kicker:   胶东经济圈一体化发展满一年，青岛扛起牵头重任——" in out


def test_export_jsonl_writes_one_edition_per_line(tmp_path: Path) -> None:
    output = tmp_path / "editions.jsonl"
    out = run("export_jsonl.py", SEEDS, output, cwd=tmp_path)
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert f"wrote {len(seeds)} editions" in out
    editions = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [e["source"] for e in editions] == seeds
    assert editions[0]["articles"][0]["headline"] == "济青双都市圈联动，促产业与资本互动"


def test_export_jsonl_defaults_to_the_seeds(tmp_path: Path) -> None:
    run("export_jsonl.py", cwd=tmp_path)
    assert len((tmp_path / "editions.jsonl").read_text(encoding="utf-8").splitlines()) == 5


def test_to_dataframe_counts_articles_and_paragraphs() -> None:
    pytest.importorskip("pandas")
    out = run("to_dataframe.py")
    assert "30 articles" in out
    assert "青岛16件市办实事实现年度目标" in out
    assert "paragraphs joined across column breaks:" in out


def test_audit_removed_shows_what_was_set_aside() -> None:
    out = run("audit_removed.py")
    assert "orphan_byline" in out
    assert "of line 132" in out
    assert "line audit: ok" in out


def test_audit_removed_takes_a_path() -> None:
    out = run("audit_removed.py", SEEDS / "003_05bf40073cbdc727.txt")
    assert "vertical_text" in out
    assert "joined_across_blocks" in out


def test_custom_profile_changes_the_reading_of_its_sample() -> None:
    out = run("custom_profile.py")
    assert "000_b8a3ab7b253d933e.txt: 5 articles" in out
    assert "港口吞吐量创新高 | 特派员/None, 王凯/None | None |" in out
    assert "港口吞吐量创新高 | 王凯/记者 | 观海新闻讯 | 一季度" in out
    assert "「智慧港口" in out
