"""``banmian parse`` inputs at archive scale: folders (recursive, --glob), --files-from
(a file or stdin), a page on stdin, and the job count capped by CPUs and pages.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import ClassVar

import pytest

import banmian
from banmian import _corpus
from banmian.cli import main

from .conftest import SEEDS

PAGES = sorted(SEEDS.glob("*.txt"))


def run(*argv: str | Path, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([str(arg) for arg in argv], stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def sources(jsonl: str) -> list[str]:
    return [json.loads(line)["source"] for line in jsonl.splitlines()]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """archive/2023/12/*.txt, archive/2024/*.txt, a note that is no page, an empty folder."""
    root = tmp_path / "archive"
    for folder, page in (
        ("2024", PAGES[0]),
        ("2023/12", PAGES[1]),
        ("2023/12", PAGES[2]),
        ("2024", PAGES[3]),
    ):
        (root / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(page, root / folder / page.name)
    (root / "2024" / "README.md").write_text("不是版面", encoding="utf-8")
    (root / "empty").mkdir()
    return root


def test_a_folder_is_read_recursively_in_sorted_order(archive: Path) -> None:
    status, out, err = run("parse", "--format", "jsonl", archive)
    assert (status, err) == (0, "")
    expected = sorted(archive.rglob("*.txt"))
    assert sources(out) == [str(p) for p in expected]
    assert [p.parent.name for p in expected] == ["12", "12", "2024", "2024"]


def test_glob_chooses_the_files_of_a_folder(archive: Path) -> None:
    status, out, _ = run("parse", "--format", "jsonl", "--glob", "*.md", archive)
    assert status == 0 and sources(out) == [str(archive / "2024" / "README.md")]


def test_a_folder_with_no_page_is_a_one_line_failure(archive: Path) -> None:
    status, out, err = run("parse", archive / "empty")
    assert (status, out) == (1, "")
    assert err == f"banmian: {archive / 'empty'}: no file in this folder matches *.txt\n"


def test_folder_output_mirrors_the_folder(archive: Path, tmp_path: Path) -> None:
    status, _, err = run("parse", "--out", tmp_path / "parsed", archive)
    assert (status, err) == (0, "")
    written = sorted(str(p.relative_to(tmp_path / "parsed")) for p in (tmp_path / "parsed").rglob("*.json"))
    expected = sorted(str(p.relative_to(archive).with_suffix(".json")) for p in archive.rglob("*.txt"))
    assert written == expected


def test_files_from_a_list(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{PAGES[2]}\n\n{PAGES[0]}\r\n", encoding="utf-8")  # blank lines and CRLF are fine
    status, out, err = run("parse", "--format", "jsonl", "--files-from", listing, PAGES[4])
    assert (status, err) == (0, "")
    assert sources(out) == [str(PAGES[4]), str(PAGES[2]), str(PAGES[0])]


def test_files_from_stdin_with_a_missing_page(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    listing = f"{PAGES[1]}\n{missing}\n".encode()
    status, out, err = run("parse", "--format", "jsonl", "--files-from", "-", stdin=listing)
    assert status == 1
    assert err == f"banmian: {missing}: no such file\n"
    assert sources(out) == [str(PAGES[1])]


def test_files_from_a_missing_list_is_a_usage_error(tmp_path: Path) -> None:
    status, out, err = run("parse", "--files-from", tmp_path / "nope.txt")
    assert (status, out) == (2, "")
    assert err.startswith("banmian: cannot read the list of files") and err.count("\n") == 1


def test_a_page_on_stdin() -> None:
    page = PAGES[0].read_bytes()
    status, out, err = run("parse", "-", stdin=page)
    assert (status, err) == (0, "")
    expected = banmian.load_edition(page).to_dict()
    assert json.loads(out) == {**expected, "source": "<stdin>"}


def test_a_page_on_stdin_that_is_not_text() -> None:
    status, out, err = run("parse", "-", stdin=b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert (status, out) == (1, "")
    assert err == "banmian: <stdin>: the input is a PNG image, not a text page\n"


def test_stdin_page_mixed_with_files_is_a_usage_error() -> None:
    status, _, err = run("parse", "-", PAGES[0])
    assert status == 2 and err.count("\n") == 1 and "standard input" in err


def test_no_input_is_a_usage_error() -> None:
    status, _, err = run("parse")
    assert (
        status == 2 and err == "banmian: no input: give FILE, DIR, - (a page on stdin) or --files-from LIST\n"
    )


class PoolSpy:
    """Stands in for ProcessPoolExecutor: counts the processes asked for."""

    sizes: ClassVar[list[int]] = []

    def __init__(self, max_workers: int, **_: object) -> None:
        PoolSpy.sizes.append(max_workers)
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415  # only the spy needs it

        self.pool = ThreadPoolExecutor(max_workers=1)

    def submit(self, *args: object) -> object:
        return self.pool.submit(*args)  # type: ignore[arg-type]

    def shutdown(self, **kwargs: bool) -> None:
        self.pool.shutdown(**kwargs)


def test_jobs_are_capped_by_pages_and_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_corpus, "ProcessPoolExecutor", PoolSpy)
    monkeypatch.setattr(_corpus, "available_cpus", lambda: 2)
    PoolSpy.sizes = []
    assert run("parse", "--jobs", "300", PAGES[0])[0] == 0
    assert PoolSpy.sizes == []  # one page: no process at all
    status, out, _ = run("parse", "--jobs", "300", "--format", "jsonl", *PAGES)
    assert status == 0 and sources(out) == [str(p) for p in PAGES]
    assert PoolSpy.sizes == [2]
    PoolSpy.sizes = []
    assert len(list(banmian.iter_editions(PAGES[:3], workers=100_000))) == 3
    assert PoolSpy.sizes == [2]
