"""``banmian.score`` / ``banmian score``: a reading measured against expected JSON.

The seeds against their expected readings (tests/gold) score 1.0; each
aspect drops when the reading is wrong in that aspect, and only then.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import banmian
from banmian.cli import main

from .conftest import GOLD, SEEDS

SEED = "000_b8a3ab7b253d933e"


def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{SEED}.json").read_text(encoding="utf-8"))
    return data


def reading() -> dict[str, Any]:
    return banmian.load_edition(SEEDS / f"{SEED}.txt").to_dict()


def test_the_seeds_score_one() -> None:
    report = banmian.score(GOLD, SEEDS)
    assert [p.source for p in report.pages] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert [p.score for p in report.pages] == [1.0] * 5
    assert report.mean == 1.0


def test_the_command_prints_a_table_and_the_mean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(GOLD), str(SEEDS)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["page", "score", "titles"]
    assert out[1].startswith(f"{SEED}.txt") and out[1].split()[1] == "1.000"
    assert out[-1] == "mean score 1.000 over 5 pages"


def test_an_edition_scores_like_its_dict() -> None:
    edition = banmian.load_edition(SEEDS / f"{SEED}.txt")
    assert banmian.score_edition(expected(), edition) == banmian.score_edition(expected(), edition.to_dict())


def test_a_missing_article_lowers_titles_blocks_and_bylines() -> None:
    got = reading()
    del got["articles"][1]
    page = banmian.score_edition(expected(), got)
    assert page.articles_read == 4 and page.articles_expected == 5
    assert page.title_f1 == pytest.approx(2 * 1.0 * 0.8 / 1.8)
    assert page.block_f1 < 1.0 and page.block_in_article < 1.0
    assert page.byline_acc == pytest.approx(0.8) and page.dateline_acc == pytest.approx(0.8)
    assert page.caption_f1 == 1.0 and page.dup_left == 0
    assert page.score < 1.0


def test_which_title_line_is_the_headline_does_not_count() -> None:
    got = reading()
    first = got["articles"][0]
    first["kicker"], first["headline"], first["subtitle"] = first["headline"], first["subtitle"], None
    page = banmian.score_edition(expected(), got)
    assert page.title_f1 == 1.0 and page.titles_exact == 5 and page.score == 1.0


def test_a_wrong_role_fails_that_byline_only() -> None:
    got = reading()
    got["articles"][0]["byline"]["authors"][0]["role"] = "通讯员"
    page = banmian.score_edition(expected(), got)
    assert page.byline_acc == pytest.approx(0.8)
    assert (page.title_f1, page.block_f1, page.dateline_acc) == (1.0, 1.0, 1.0)


def test_an_unscored_byline_is_not_counted() -> None:
    want = expected()
    want["articles"][0]["byline"]["unscored"] = True
    got = reading()
    got["articles"][0]["byline"] = None
    assert banmian.score_edition(want, got).byline_acc == 1.0


def test_an_unjoined_paragraph_counts_as_a_missed_join() -> None:
    want = expected()
    joined = next(b for a in want["articles"] for b in a["blocks"] if len(b["lines"]) > 1)
    got = copy.deepcopy(want)
    for article in got["articles"]:
        for block in article["blocks"]:
            if block["text"] == joined["text"]:
                block["text"] = block["text"][:5]
    page = banmian.score_edition(want, got)
    assert page.joins_found == page.joins_expected - 1


def test_duplicates_leaks_and_house_style_are_pass_or_fail() -> None:
    want = expected()
    want["artifacts"] = [{"kind": "page_header", "text": "精彩李沧", "line": 1}]
    got = copy.deepcopy(want)
    blocks = got["articles"][0]["blocks"]
    blocks.append(dict(blocks[0]))
    blocks.append({"kind": "paragraph", "text": "精彩 李沧", "lines": [1]})
    blocks.append({"kind": "paragraph", "text": "## 记者:王凯,**好**", "lines": [2]})
    page = banmian.score_edition(want, got)
    assert (page.dup_left, page.artifact_leaks, page.bad_punct, page.md_noise) == (1, 1, 2, 3)


def test_a_page_that_cannot_be_read_scores_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gone.json").write_text(json.dumps({"source": "gone.txt", "articles": []}), encoding="utf-8")
    report = banmian.score(tmp_path, tmp_path)
    assert report.pages[0].score == 0.0 and "no such file" in (report.pages[0].error or "")
    assert main(["score", str(tmp_path), str(tmp_path)]) == 1
    assert "ERROR" in capsys.readouterr().out


def test_min_makes_a_low_mean_fail(tmp_path: Path) -> None:
    assert main(["score", str(GOLD), str(SEEDS), "--min", "1.0"]) == 0
    (tmp_path / f"{SEED}.json").write_text(
        json.dumps({"source": f"{SEED}.txt", "articles": []}), encoding="utf-8"
    )
    assert main(["score", str(tmp_path), str(SEEDS), "--min", "0.9"]) == 1


def test_a_folder_without_expected_readings_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(banmian.InputError, match="no expected readings"):
        banmian.score(tmp_path, SEEDS)


def test_a_label_made_from_banmian_parse_output_finds_its_page(tmp_path: Path) -> None:
    """``banmian parse seeds/x.txt > labels/x.json`` records the path as given: ``seeds/x.txt``."""
    label = reading()
    label["source"] = f"seeds/{SEED}.txt"
    (tmp_path / f"{SEED}.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    report = banmian.score(tmp_path, SEEDS)
    assert [(p.source, p.score, p.error) for p in report.pages] == [(f"seeds/{SEED}.txt", 1.0, None)]
