"""The reading benchmark (benchmarks/reading): its generator, its records, and its gate.

The gate runs the benchmark's default sample in-process and fails when the
mean drops below the committed baseline (less the tolerance).  The generator
tests check that each page's expected reading — written from the article
fields, never by banmian — accounts for every printed line once, that a cut
paragraph lists the lines of its pieces in reading order, and that the
encoded bytes decode back to the page.
"""

from __future__ import annotations

import codecs
import doctest
import importlib
import importlib.util
import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import banmian

from .conftest import ROOT


def _import(name: str) -> ModuleType:
    """A module of benchmarks/reading (pytest runs with importlib: the repository is not on sys.path)."""
    package = "benchmarks.reading"
    if package not in sys.modules:
        folder = ROOT / "benchmarks" / "reading"
        spec = importlib.util.spec_from_file_location(
            package, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
        assert spec is not None and spec.loader is not None
        sys.modules[package] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[package])
    return importlib.import_module(f"{package}.{name}")


articles, diagnose, faults, generate, run = (
    _import(m) for m in ("articles", "diagnose", "faults", "generate", "run")
)
GeneratedPage = Any  # benchmarks.reading.generate.GeneratedPage

# A sample of the generator other than the baseline's, for the generator tests.
_SAMPLE_SEED = 7
_SAMPLE_PAGES = 6
_FOLD = str.maketrans(",:;?!", "，：；？！")


@pytest.fixture(scope="module")
def sample() -> list[GeneratedPage]:
    return run.generate(_SAMPLE_PAGES, _SAMPLE_SEED)


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text.translate(_FOLD).replace("**", "")).split())


def _accounted(expected: dict[str, Any]) -> Counter[int]:
    """Every line the expected reading places (a clause removed inside its own line is not a place)."""
    lines: Counter[int] = Counter()
    for article in expected["articles"]:
        lines.update(article["title_lines"])
        lines.update((article["byline"] or {}).get("lines") or [])
        lines.update(n for b in article["blocks"] for n in b["lines"])
        lines.update(n for c in article["captions"] for n in c["lines"])
        lines.update([article["credit_line"]] if article["credit_line"] else [])
    lines.update(x["line"] for x in expected["artifacts"])
    lines.update(n for d in expected["duplicates"] if d["line"] != d["of_line"] for n in d["lines"])
    return lines


def test_the_mean_holds_against_the_committed_baseline() -> None:
    baseline = json.loads(run.BASELINE.read_text(encoding="utf-8"))
    assert (baseline["seed"], baseline["pages_per_paper"]) == (run.SEED, run.PAGES_PER_PAPER)
    results = run.run()
    ok, sentence = run.gate(results, baseline)
    assert ok, sentence + "\n" + run.report(results)


def test_the_gate_fails_a_drop_and_passes_the_tolerance(sample: list[GeneratedPage]) -> None:
    results = [run.score_page(page) for page in sample[:5]]
    mean = run.mean(results)
    assert run.gate(results, {"mean": mean + run.TOLERANCE})[0]
    assert not run.gate(results, {"mean": mean + 2 * run.TOLERANCE})[0]


def test_the_runner_prints_the_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert run.main(["--pages-per-paper", "1", "--classes"]) == 0
    out = capsys.readouterr().out
    for heading in (
        "| failure class |",
        "| paper |",
        "| script |",
        "| articles |",
        "| fault |",
        "mean score",
    ):
        assert heading in out


def test_the_runner_exits_1_below_the_baseline_and_rewrites_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    monkeypatch.setattr(run, "BASELINE", baseline)
    assert run.main(["--pages-per-paper", "1", "--update-baseline"]) == 0
    written = json.loads(baseline.read_text(encoding="utf-8"))
    assert (written["pages_per_paper"], written["seed"]) == (1, run.SEED)
    assert run.main(["--pages-per-paper", "1"]) == 0
    baseline.write_text(json.dumps(written | {"mean": written["mean"] + 2 * run.TOLERANCE}), encoding="utf-8")
    assert run.main(["--pages-per-paper", "1"]) == 1
    assert "FAIL" in capsys.readouterr().out
    assert run.main(["--pages-per-paper", "2"]) == 0  # another sample: not gated
    assert run.main(["--pages-per-paper", "1", "--paper", "mingpao"]) == 0  # one paper: not gated
    out = capsys.readouterr().out
    assert "| 明報 | 1 |" in out and "not gated" in out
    with pytest.raises(SystemExit):
        run.main(["--paper", "no-such-paper"])


def test_written_pages_score_the_same_with_banmian_score(sample: list[GeneratedPage], tmp_path: Path) -> None:
    results = [run.score_page(page) for page in sample[:12]]
    run.write(results, tmp_path)
    report = banmian.score(tmp_path, tmp_path)
    assert [p.score for p in report.pages] == [
        r.score.score for r in sorted(results, key=lambda r: r.page.name)
    ]


def test_failures_are_counted_by_their_classes(sample: list[GeneratedPage]) -> None:
    results = [run.score_page(page) for page in sample]
    found = run.failure_table(results)
    names = {row.split("`")[1] for row in found.splitlines()[2:]}
    assert names <= {name for name, _ in diagnose.CLASSES}
    perfect = [r for r in results if r.score.score == 1.0]
    assert perfect
    for r in perfect:
        assert diagnose.failures(r.page.expected, banmian.load_edition(r.page.data)) == []


def test_every_printed_line_is_placed_exactly_once(sample: list[GeneratedPage]) -> None:
    for page in sample:
        printed = {i for i, line in enumerate(page.text.splitlines(), 1) if line.strip()}
        placed = _accounted(page.expected)
        assert set(placed) == printed, page.name
        assert max(placed.values()) == 1, (page.name, [n for n, c in placed.items() if c > 1])


def test_an_expected_reading_scores_itself_perfectly(sample: list[GeneratedPage]) -> None:
    for page in sample:
        assert banmian.score_edition(page.expected, page.expected).score == 1.0, page.name


def test_a_cut_paragraph_lists_its_pieces_in_reading_order(sample: list[GeneratedPage]) -> None:
    cut = [page for page in sample if "cut" in page.faults]
    assert cut
    for page in cut:
        lines = page.text.splitlines()
        joined = [b for a in page.expected["articles"] for b in a["blocks"] if len(b["lines"]) > 1]
        assert joined, page.name
        for block in joined:
            assert block["lines"] == sorted(block["lines"])
            printed = _key("".join(lines[n - 1] for n in block["lines"]))
            assert printed.endswith(_key(block["text"])), (page.name, block["lines"])


def test_interleaved_cuts_are_printed_a_b_a_b(sample: list[GeneratedPage]) -> None:
    pages = [page for page in sample if "interleave" in page.faults]
    assert pages
    for page in pages:
        joined = [b["lines"] for a in page.expected["articles"] for b in a["blocks"] if len(b["lines"]) == 2]
        assert any(a[0] < b[0] < a[1] < b[1] for a in joined for b in joined), page.name


def test_captions_inside_a_cut_stand_between_the_pieces(sample: list[GeneratedPage]) -> None:
    pages = [page for page in sample if {"caption_in_cut", "photo_in_cut"} & set(page.faults)]
    assert pages
    for page in pages:
        spans = [b["lines"] for a in page.expected["articles"] for b in a["blocks"] if len(b["lines"]) > 1]
        captions = [c["line"] for a in page.expected["articles"] for c in a["captions"]]
        assert any(s[0] < c < s[-1] for s in spans for c in captions), page.name


def test_the_bytes_decode_back_to_the_page(sample: list[GeneratedPage]) -> None:
    seen = set()
    for page in sample:
        encoding = page.expected["encoding"]
        seen.add(encoding)
        if encoding == "utf-16":
            assert page.data.startswith(codecs.BOM_UTF16_LE)
            text = page.data[2:].decode("utf-16-le")
        else:
            text = page.data.decode(encoding)
        assert ("\r\n" in text) == ("crlf" in page.faults)
        assert text.replace("\r\n", "\n") == page.text
    assert seen == {"utf-8", "gb18030", "big5", "utf-16"}


def test_big5_is_only_for_traditional_pages(sample: list[GeneratedPage]) -> None:
    for page in sample:
        if page.expected["encoding"] == "big5":
            assert page.expected["script"] == "traditional"
        if page.expected["encoding"] == "gb18030":
            assert page.expected["script"] == "simplified"


def test_every_fault_occurs_in_the_benchmark() -> None:
    pages = run.generate()
    occurring = {f for page in pages for f in page.faults}
    assert occurring == set(generate.FAULTS)


def test_a_page_is_a_function_of_its_seed() -> None:
    pool = run.pools()["dazhong"]
    one = generate.make_page(pool, random.Random(3), "a.txt")
    assert one == generate.make_page(pool, random.Random(3), "a.txt")
    assert one != generate.make_page(pool, random.Random(4), "a.txt")


def test_the_committed_articles_are_built_from_the_expected_readings() -> None:
    committed = json.loads(articles.OUT.read_text(encoding="utf-8"))
    assert articles.build() == committed, (
        "run `python -m benchmarks.reading.articles` and commit articles.json"
    )
    papers = {a["paper"] for a in committed["articles"]}
    assert len(papers) >= 15
    assert {a["script"] for a in committed["articles"]} == {"simplified", "traditional"}
    assert all(a["source"]["file"] and a["paragraphs"] for a in committed["articles"])


def test_the_generator_docstrings() -> None:
    for module in (faults, generate, diagnose):
        assert doctest.testmod(module).failed == 0


def _outside_records() -> dict[str, Any]:
    towns = ["东城", "西城", "南港", "北塘"]
    return {
        "articles": [
            {
                "paper": "试验日报",
                "slug": "shiyan",
                "script": "simplified",
                "headline": f"{town}新桥今天通车",
                "source": {"repository": "example/none", "path": f"a{i}.txt", "commit": "0" * 40},
                "opener": "本报讯 ",
                "dateline": "本报讯",
                "paragraphs": [
                    f"{town}新桥今天正式通车，沿线居民过江的时间由半小时缩短到{10 + i}分钟。",
                    f"新桥全长{i + 1}公里，桥面设有宽敞的非机动车道，吸引了不少市民前来参观。",
                ],
            }
            for i, town in enumerate(towns)
        ]
    }


def test_records_kept_outside_the_repository_are_laid_out_and_scored(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(_outside_records(), ensure_ascii=False), encoding="utf-8")
    results = run.run(3, 5, articles=path)
    assert [r.page.name for r in results] == ["shiyan-000.txt", "shiyan-001.txt", "shiyan-002.txt"]
    assert {run.origin(r.page) for r in results} == {"other records"}
    assert all(0.0 < r.score.score <= 1.0 for r in results)
    assert run.main(["--articles", str(path), "--pages-per-paper", "2"]) == 0  # not gated


def test_an_outside_record_without_its_source_is_refused() -> None:
    record = _outside_records()["articles"][0]
    del record["source"]
    with pytest.raises(ValueError, match="source"):
        articles.complete(record)
