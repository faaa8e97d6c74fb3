"""``banmian parse --out``: never writes over an input, never over existing output without
--force, never through a planted link, never leaves a half file; every failure is one
line on stderr with its own exit status (2 usage, 3 output, 130 interrupted).
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from banmian import _cli_output, _cli_render, _cli_sinks
from banmian.cli import main

from .conftest import SEEDS

PAGES = sorted(SEEDS.glob("*.txt"))


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([str(arg) for arg in argv], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("banmian: ") and "Traceback" not in err
    return err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.endswith(".part")]


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in PAGES[:3]:
        shutil.copy(page, folder / page.name)
    return folder


def test_out_into_the_input_folder_never_touches_an_input(pages: Path) -> None:
    before = snapshot(pages)
    status, out, err = run("parse", "--format", "text", "--out", pages, *sorted(pages.iterdir()))
    assert (status, out) == (2, "")
    assert "is an input: banmian never writes over its inputs" in one_line(err)
    assert snapshot(pages) == before
    status, _, err = run("parse", "--out", pages, pages)  # JSON beside the pages: allowed
    assert (status, err) == (0, "")
    after = snapshot(pages)
    assert {name: after[name] for name in before} == before
    assert sorted(set(after) - set(before)) == sorted(Path(n).with_suffix(".json").name for n in before)


def test_a_second_run_does_not_read_the_first_runs_output(pages: Path) -> None:
    out = pages / "parsed"
    assert run("parse", "--format", "text", "--out", out, pages)[0] == 0
    status, _, err = run("parse", "--format", "text", "--out", out, "--force", pages)
    assert (status, err) == (0, "")
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in PAGES[:3])


def test_same_names_in_two_folders_are_both_kept(tmp_path: Path) -> None:
    for folder, page in (("a", PAGES[0]), ("b", PAGES[1])):
        (tmp_path / folder).mkdir()
        shutil.copy(page, tmp_path / folder / "page.txt")
    first, second = tmp_path / "a" / "page.txt", tmp_path / "b" / "page.txt"
    status, _, err = run("parse", "--out", tmp_path / "out", first, second)
    assert (status, err) == (0, "")
    written = {
        p: json.loads((tmp_path / "out" / p).read_text(encoding="utf-8"))
        for p in ("a/page.json", "b/page.json")
    }
    assert written["a/page.json"]["source"] == str(first)
    assert written["b/page.json"]["source"] == str(second)
    assert written["a/page.json"]["articles"] != written["b/page.json"]["articles"]


def test_two_inputs_that_would_share_an_output_are_refused(tmp_path: Path) -> None:
    shutil.copy(PAGES[0], tmp_path / "page.txt")
    shutil.copy(PAGES[1], tmp_path / "page.md")
    status, _, err = run("parse", "--out", tmp_path / "out", tmp_path / "page.txt", tmp_path / "page.md")
    assert status == 2 and "would both be written to" in one_line(err)
    assert not (tmp_path / "out").exists()


def test_existing_output_is_refused_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out" / f"{PAGES[0].stem}.json"
    target.parent.mkdir()
    target.write_text("keep me", encoding="utf-8")
    status, _, err = run("parse", "--out", tmp_path / "out", PAGES[0])
    assert status == 2 and "exists: use --force" in one_line(err)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run("parse", "--force", "--out", tmp_path / "out", PAGES[0])[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == str(PAGES[0])


def test_existing_jsonl_file_is_refused_without_force_or_append(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    status, _, err = run("parse", "--out", target, PAGES[0])
    assert status == 2 and "--force" in one_line(err) and "--append" in err
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_out_file_json_is_a_file_and_holds_one_page(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    assert run("parse", "--out", target, PAGES[0])[:2] == (0, "")
    assert target.is_file() and json.loads(target.read_text(encoding="utf-8"))["source"] == str(PAGES[0])
    status, _, err = run("parse", "--out", tmp_path / "two.json", *PAGES[:2])
    assert status == 2 and "a .json file holds one page" in one_line(err)
    assert not (tmp_path / "two.json").exists()
    status, _, err = run("parse", "--format", "text", "--out", tmp_path / "x.jsonl", PAGES[0])
    assert status == 2 and "--format" in one_line(err)


def test_jsonl_format_follows_the_out_suffix_and_append_adds_batches(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    assert run("parse", "--out", target, *PAGES[:2])[:2] == (0, "")
    assert run("parse", "--append", "--out", target, *PAGES[2:])[:2] == (0, "")
    sources = [json.loads(line)["source"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert sources == [str(page) for page in PAGES]
    status, _, err = run("parse", "--append", "--force", "--out", target, PAGES[0])
    assert status == 2 and "choose one" in one_line(err)


def test_unwritable_output_is_a_one_line_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    status, _, err = run("parse", "--out", blocker / "parsed", PAGES[0])
    assert status == 3 and "cannot create the folder" in one_line(err)
    status, _, err = run("parse", "--out", blocker / "corpus.jsonl", PAGES[0])
    assert status == 3 and "cannot" in one_line(err)


def enospc_after(pages: int) -> object:
    """A replacement for write_all that fills the disk after ``pages`` writes (the first half written)."""
    calls = [0]

    def write_all(fd: int, data: bytes) -> None:
        calls[0] += 1
        if calls[0] > pages:
            os.write(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        os.write(fd, data)

    return write_all


def test_full_disk_keeps_the_whole_pages_of_a_jsonl_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli_sinks, "write_all", enospc_after(2))
    target = tmp_path / "corpus.jsonl"
    status, _, err = run("parse", "--out", target, *PAGES)
    assert status == 3
    assert f"cannot write {target} (No space left on device)" in one_line(err)
    assert "holds the 2 page(s)" in err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in PAGES[:2]]
    assert no_temporary_files(tmp_path)


def test_full_disk_while_appending_cuts_the_half_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "corpus.jsonl"
    assert run("parse", "--out", target, PAGES[0])[0] == 0
    monkeypatch.setattr(_cli_sinks, "write_all", enospc_after(1))
    status, _, err = run("parse", "--append", "--out", target, *PAGES[1:])
    assert status == 3 and "No space left on device" in one_line(err)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in PAGES[:2]]


def test_full_disk_in_a_folder_leaves_whole_files_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli_output, "write_all", enospc_after(1))
    status, _, err = run("parse", "--out", tmp_path / "out", *PAGES)
    assert status == 3 and "No space left on device" in one_line(err)
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{PAGES[0].stem}.json"]
    assert json.loads((tmp_path / "out" / f"{PAGES[0].stem}.json").read_text(encoding="utf-8"))["articles"]
    assert no_temporary_files(tmp_path)


def test_full_disk_on_stdout() -> None:
    class FullDisk(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    err = io.StringIO()
    status = main(["parse", str(PAGES[0])], stdout=FullDisk(), stderr=err)
    assert status == 3
    assert one_line(err.getvalue()) == "banmian: cannot write to standard output (No space left on device)\n"


def test_interrupted_run_keeps_whole_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered = [0]
    real_render = _cli_render.render

    def render_then_interrupt(edition: object, fmt: str) -> str:
        rendered[0] += 1
        if rendered[0] == 3:
            raise KeyboardInterrupt
        return real_render(edition, fmt)  # type: ignore[arg-type]

    monkeypatch.setattr("banmian.cli.render", render_then_interrupt)
    target = tmp_path / "corpus.jsonl"
    status, _, err = run("parse", "--out", target, *PAGES)
    assert status == 130
    assert one_line(err).startswith(f"banmian: interrupted after 3 of {len(PAGES)} files; ")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert no_temporary_files(tmp_path)


def test_a_planted_link_is_replaced_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{PAGES[0].stem}.json").symlink_to(victim)
    status, _, err = run("parse", "--out", out, PAGES[0])
    assert status == 2 and "exists" in one_line(err)
    assert run("parse", "--force", "--out", out, PAGES[0])[0] == 0
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (out / f"{PAGES[0].stem}.json").is_symlink()


def test_a_linked_folder_inside_out_is_not_written_through(tmp_path: Path) -> None:
    for folder, page in (("a", PAGES[0]), ("b", PAGES[1])):
        (tmp_path / folder).mkdir()
        shutil.copy(page, tmp_path / folder / "page.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "b").symlink_to(elsewhere, target_is_directory=True)
    status, _, err = run(
        "parse", "--out", tmp_path / "out", tmp_path / "a" / "page.txt", tmp_path / "b" / "page.txt"
    )
    assert status == 3 and "is a symbolic link" in one_line(err)
    assert list(elsewhere.iterdir()) == []
    assert (tmp_path / "out" / "a" / "page.json").is_file()  # written before the link was met


def test_append_refuses_a_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.jsonl"
    victim.write_text("", encoding="utf-8")
    (tmp_path / "corpus.jsonl").symlink_to(victim)
    status, _, err = run("parse", "--append", "--out", tmp_path / "corpus.jsonl", PAGES[0])
    assert status == 3 and "cannot write" in one_line(err)
    assert victim.read_text(encoding="utf-8") == ""


def test_new_files_get_the_usual_permissions(tmp_path: Path) -> None:
    assert run("parse", "--out", tmp_path / "out", PAGES[0])[0] == 0
    mode = (tmp_path / "out" / f"{PAGES[0].stem}.json").stat().st_mode & 0o777
    umask = os.umask(0o022)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_a_file_that_appears_during_the_run_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "corpus.jsonl"
    real_render = _cli_render.render

    def render_and_race(edition: object, fmt: str) -> str:
        if not target.exists():
            target.write_text("someone else's\n", encoding="utf-8")
        return real_render(edition, fmt)  # type: ignore[arg-type]

    monkeypatch.setattr("banmian.cli.render", render_and_race)
    status, _, err = run("parse", "--out", target, *PAGES[:2])
    assert status == 3 and "exists: use --force" in one_line(err)
    assert target.read_text(encoding="utf-8") == "someone else's\n"
    (kept,) = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert f"the pages of this run are kept in {kept}" in err
    assert len(kept.read_text(encoding="utf-8").splitlines()) == 2
