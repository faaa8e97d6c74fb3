"""The streaming corpus API: ``iter_editions`` gives exactly what ``load_edition``
gives page by page, in input order, with errors reported per file, and with a
bounded number of pages read ahead of the caller.

Pages are the seeds and synthetic pages from ``benchmarks/synth.py`` written
to ``tmp_path``; nothing here measures time.
"""

from __future__ import annotations

import importlib.util
import itertools
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import banmian
from banmian._corpus import FailedPage, iter_editions

from .conftest import ROOT, SEEDS

SEED_PAGES = sorted(SEEDS.glob("*.txt"))


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("banmian_bench_synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synth() -> ModuleType:
    return _synth()


def _write_corpus(folder: Path, pages: list[str]) -> list[Path]:
    paths = []
    for number, page in enumerate(pages):
        path = folder / f"page_{number:04d}.txt"
        path.write_bytes(page.encode("utf-8"))
        paths.append(path)
    return paths


def _mixed(folder: Path) -> list[Path]:
    """Good pages with bad ones in between: missing, a directory, binary, empty."""
    (folder / "a_directory").mkdir()
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    return [
        SEED_PAGES[0],
        folder / "missing.txt",
        SEED_PAGES[1],
        folder / "a_directory",
        folder / "image.png",
        SEED_PAGES[2],
        folder / "empty.txt",
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_order_is_the_input_order(workers: int) -> None:
    shuffled = SEED_PAGES[::-1] + SEED_PAGES
    results = list(iter_editions(shuffled, workers=workers))
    assert [r.path for r in results] == [str(p) for p in shuffled]
    assert all(r.ok for r in results)


@pytest.mark.parametrize("workers", [1, 2])
def test_errors_are_reported_per_file_and_the_run_goes_on(workers: int, tmp_path: Path) -> None:
    sources = _mixed(tmp_path)
    results = list(iter_editions(sources, workers=workers))
    assert [r.path for r in results] == [str(p) for p in sources]
    assert [r.ok for r in results] == [True, False, True, False, False, True, True]
    for result in results:
        assert (result.edition is None) == (result.error is not None)
    missing, directory, image = results[1], results[3], results[4]
    assert missing.error is not None and "no such file" in missing.error
    assert directory.error is not None and "directory" in directory.error
    assert image.error is not None and "PNG" in image.error
    assert results[6].edition == banmian.load_edition(sources[6])  # empty page: empty edition, no error


def test_error_is_the_banmian_error_message(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(banmian.BanmianError) as raised:
        banmian.load_edition(path)
    assert list(iter_editions([path])) == [FailedPage(path=str(path), error=str(raised.value))]


def test_glob_pattern_is_expanded_in_sorted_order(tmp_path: Path, synth: ModuleType) -> None:
    paths = _write_corpus(tmp_path, synth.make_corpus(5, seed=3))
    (tmp_path / "notes.md").write_text("不是页面", encoding="utf-8")
    results = list(iter_editions(str(tmp_path / "*.txt")))
    assert [r.path for r in results] == [str(p) for p in sorted(paths)]


def test_recursive_glob(tmp_path: Path, synth: ModuleType) -> None:
    (tmp_path / "2024" / "03").mkdir(parents=True)
    pages = synth.make_corpus(2, seed=4)
    (tmp_path / "2024" / "03" / "a.txt").write_text(pages[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text(pages[1], encoding="utf-8")
    results = list(iter_editions(str(tmp_path / "**" / "*.txt")))
    assert sorted(Path(r.path).name for r in results) == ["a.txt", "b.txt"]


def test_a_pattern_that_matches_nothing_yields_nothing(tmp_path: Path) -> None:
    assert list(iter_editions(str(tmp_path / "*.txt"))) == []


def test_a_single_path_is_one_source() -> None:
    results = list(iter_editions(SEED_PAGES[0]))
    assert len(results) == 1
    assert results[0].edition == banmian.load_edition(SEED_PAGES[0])
    assert list(iter_editions(str(SEED_PAGES[0]))) == results


def test_a_literal_name_with_glob_characters_is_read_through_a_path(tmp_path: Path) -> None:
    path = tmp_path / "page[1].txt"
    path.write_text("标题在此处\n\n本报讯 正文一段。", encoding="utf-8")
    assert [r.ok for r in iter_editions([path])] == [True]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, synth: ModuleType) -> tuple[Path, list[banmian.Edition]]:
    """~200 generated pages on disk, with their editions read one by one by ``load_edition``."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = _write_corpus(folder, synth.make_corpus(200, seed=11))
    return folder, [banmian.load_edition(path) for path in paths]


@pytest.mark.parametrize("workers", [1, 2])
def test_generated_corpus_equals_load_edition_page_by_page(
    workers: int, corpus: tuple[Path, list[banmian.Edition]]
) -> None:
    folder, expected = corpus
    paths = sorted(folder.glob("*.txt"))
    streamed = list(iter_editions(str(folder / "*.txt"), workers=workers))
    assert [r.path for r in streamed] == [str(p) for p in paths]
    assert [r.error for r in streamed] == [None] * 200
    assert [r.edition for r in streamed] == expected


def test_options_are_passed_to_every_page(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes("青岛发布服务业重点项目\n\n本报讯 现代服务业是产业跃迁的重要支撑。".encode("gb18030"))
    (result,) = iter_editions([path], encoding="gb18030")
    assert result.edition is not None and result.edition.encoding == "gb18030"
    (too_big,) = iter_editions([path], max_size=10)
    assert too_big.edition is None and too_big.error is not None and "limit" in too_big.error
    (traditional,) = iter_editions([path], profile=banmian.TRADITIONAL, workers=2)
    assert traditional.edition == banmian.load_edition(path, profile=banmian.TRADITIONAL)


def _counting(paths: list[Path], taken: list[int]) -> Iterator[Path]:
    for path in paths:
        taken.append(1)
        yield path


@pytest.mark.parametrize("workers", [1, 2])
def test_sources_are_read_lazily_with_a_bounded_window(
    workers: int, tmp_path: Path, synth: ModuleType
) -> None:
    paths = _write_corpus(tmp_path, synth.make_corpus(30, seed=5))
    taken: list[int] = []
    results = iter_editions(_counting(paths, taken), workers=workers)
    assert taken == []  # nothing is read before the caller asks
    first = next(results)
    assert first.path == str(paths[0])
    assert len(taken) <= 2 * workers  # at most the window of tasks in flight
    rest = list(results)
    assert len(taken) == len(paths) == 1 + len(rest)


def test_stopping_early_closes_the_workers(tmp_path: Path, synth: ModuleType) -> None:
    paths = _write_corpus(tmp_path, synth.make_corpus(20, seed=6))
    results = iter_editions(paths, workers=2)
    head = list(itertools.islice(results, 3))
    results.close()  # runs the generator's cleanup: pending tasks cancelled, pool shut down
    assert [r.path for r in head] == [str(p) for p in paths[:3]]
    assert list(results) == []


def test_workers_below_one_is_an_input_error() -> None:
    with pytest.raises(banmian.InputError, match="workers"):
        iter_editions(SEED_PAGES, workers=0)


def test_a_generated_page_is_deterministic_and_varied(synth: ModuleType) -> None:
    first = synth.make_corpus(20, seed=1)
    assert first == synth.make_corpus(20, seed=1)
    assert len(set(first)) == 20
    assert not any(page in {p.read_text(encoding="utf-8") for p in SEED_PAGES} for page in first)
    size = 50_000
    assert len(synth.make_page_of_size(random.Random(0), size).encode()) >= size
