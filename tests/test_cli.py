"""The command line: formats, errors, help, progress and summary.

Output safety (what --out may write) is in test_cli_output.py, inputs (folders,
lists, stdin) in test_cli_inputs.py, real signals in test_cli_signals.py.
"""

from __future__ import annotations

import collections
import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import banmian
from banmian._cli_progress import CLEAR_LINE, Tally
from banmian.cli import main

from .conftest import SEEDS

SEED = SEEDS / "000_b8a3ab7b253d933e.txt"
PAGES = sorted(SEEDS.glob("*.txt"))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_json_to_stdout_with_the_path_as_given_as_source() -> None:
    status, out, err = run("parse", str(SEED))
    assert (status, err) == (0, "")
    assert json.loads(out)["source"] == str(SEED)  # the whole path: pages of two folders stay apart


def test_jsonl_one_line_per_page() -> None:
    status, out, _ = run("parse", "--format", "jsonl", *map(str, sorted(SEEDS.glob("*.txt"))))
    assert status == 0
    assert len(out.splitlines()) == len(list(SEEDS.glob("*.txt")))


def test_text_is_readable() -> None:
    status, out, _ = run("parse", "--format", "text", str(SEED))
    assert status == 0
    assert "济青双都市圈联动，促产业与资本互动" in out
    assert "青岛日报/观海新闻记者 傅军" in out


def test_text_names_each_pages_file_and_lists_its_warnings() -> None:
    status, out, _ = run("parse", "--format", "text", *map(str, PAGES))
    assert status == 0
    headers = [line for line in out.splitlines() if line.startswith("文件 ")]
    assert headers == [f"文件 {page} (utf-8)" for page in PAGES]
    editions = [banmian.load_edition(page) for page in PAGES]
    warnings = [w for edition in editions for w in edition.warnings]
    assert warnings, "the seeds have warnings to show"
    for warning in warnings:
        assert f"! {warning.kind} (line {warning.line}): {warning.message}" in out
    last_lines = [chunk.splitlines()[-1] for chunk in out.split("文件 ")[1:]]
    assert all(line.endswith(("warning", "warnings")) for line in last_lines)  # the counts stay last


def test_out_directory(tmp_path: Path) -> None:
    status, out, _ = run("parse", "--out", str(tmp_path / "parsed"), str(SEED))
    assert (status, out) == (0, "")
    assert json.loads((tmp_path / "parsed" / f"{SEED.stem}.json").read_text(encoding="utf-8"))["articles"]


def test_unreadable_file_is_a_one_line_error_and_the_rest_still_parse(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    status, out, err = run("parse", "--format", "jsonl", str(missing), str(SEED))
    assert status == 1
    assert err == f"banmian: {missing}: no such file\n"
    assert len(out.splitlines()) == 1


def test_file_names_reach_the_terminal_escaped(tmp_path: Path) -> None:
    hostile = tmp_path / "a\x1b[31mred\nbanmian: forged line\u202e.txt"
    status, _, err = run("parse", str(hostile))
    assert status == 1
    assert err.count("\n") == 1 and "\x1b" not in err and "\u202e" not in err
    assert "a\\x1b[31mred\\nbanmian: forged line\\u202e.txt: no such file" in err


def test_a_device_is_refused_by_file_type() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    status, out, err = run("parse", "/dev/zero")
    assert (status, out, err) == (1, "", "banmian: /dev/zero is a character device, not a page\n")


def test_python_dash_m_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "banmian", "parse", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "--format" in result.stdout and "examples:" in result.stdout


def test_jobs_keeps_input_order_in_one_jsonl_file(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    status, out, err = run(
        "parse", "--jobs", "2", "--format", "jsonl", "--out", str(target), *map(str, PAGES)
    )
    assert (status, out, err) == (0, "", "")
    sources = [json.loads(line)["source"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert sources == [str(p) for p in PAGES]


def test_summary_counts_pages_articles_warnings_by_kind_and_errors(tmp_path: Path) -> None:
    status, _, err = run(
        "parse", "--summary", "-j", "0", "--format", "jsonl", str(tmp_path / "missing.txt"), *map(str, PAGES)
    )
    assert status == 1
    first, last = err.strip().splitlines()
    assert "missing.txt" in first
    kinds = collections.Counter(w.kind for page in PAGES for w in banmian.load_edition(page).warnings)
    by_kind = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    assert last.startswith(f"banmian: {len(PAGES)} pages, ")
    assert f"{sum(kinds.values())} warnings ({by_kind}), 1 error in " in last and "pages/s" in last


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_is_erased_in_place_and_has_rate_and_eta() -> None:
    now = [0.0]
    screen = FakeTerminal()
    tally = Tally(10, screen, progress=True, clock=lambda: now[0])
    edition = banmian.load_edition(SEED)
    for _ in range(4):
        now[0] += 0.5
        tally.count(edition)
    draws = screen.getvalue().split(CLEAR_LINE)
    assert draws[0] == "" and len(draws) == 4  # drawn at 1.0, 1.5 and 2.0 s, each over the last
    assert draws[-1] == "banmian: 4/10 files, 2.0 pages/s, ETA 0:03, 0 errors"
    tally.say("banmian: x.txt: no such file")
    assert screen.getvalue().endswith("0 errors" + CLEAR_LINE + "banmian: x.txt: no such file\n")
    quiet = io.StringIO()
    Tally(10, quiet, progress=False, clock=lambda: now[0]).count(edition)
    assert quiet.getvalue() == ""


def test_progress_never_goes_to_stdout_and_the_summary_shows_on_a_terminal() -> None:
    out, err = FakeTerminal(), FakeTerminal()
    status = main(["parse", "--format", "jsonl", *map(str, PAGES)], stdout=out, stderr=err)
    assert status == 0
    assert "\r" not in out.getvalue() and "banmian:" not in out.getvalue()
    assert err.getvalue().startswith("banmian: 5 pages, ")


def test_negative_jobs_is_a_usage_error() -> None:
    status, _, err = run("parse", "--jobs", "-1", str(PAGES[0]))
    assert status == 2 and "--jobs" in err


def test_unknown_encoding_is_a_usage_error() -> None:
    status, out, err = run("parse", "--encoding", "klingon", *map(str, PAGES))
    assert (status, out, err) == (2, "", "banmian: --encoding klingon: no such encoding\n")


def test_help_documents_every_exit_status() -> None:
    out = io.StringIO()
    with pytest.raises(SystemExit), contextlib.redirect_stdout(out):
        main(["parse", "--help"])
    for status in ("0 ", "1 ", "2 ", "3 ", "130 ", "141 "):
        assert f"\n  {status}" in out.getvalue()


def test_profile_by_name() -> None:
    status, out, _ = run("parse", "--profile", "traditional", str(SEED))
    assert status == 0
    expected = banmian.load_edition(SEED, profile=banmian.TRADITIONAL).to_dict()
    assert json.loads(out) == {**expected, "source": str(SEED)}
