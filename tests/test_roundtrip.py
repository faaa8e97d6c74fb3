"""A reading survives JSON: ``Edition.from_dict(e.to_dict()) == e`` on every page we have.

Also: the JSON carries its ``schema_version``, ``from_dict`` refuses other
versions and other shapes with a ``BanmianError``, an expected reading made by
hand (the gold files: no warnings, no line lists of titles) loads, and the
reprs of Edition and Article stay one short line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import banmian
from banmian import Edition

from .conftest import GOLD, ROOT, SEEDS

PAGES = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))


def test_there_are_seeds_and_test_pages() -> None:
    assert len(PAGES) > len(list(SEEDS.glob("*.txt"))) > 0


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_from_dict_gives_back_the_edition(path: Path) -> None:
    edition = banmian.load_edition(path)
    assert Edition.from_dict(edition.to_dict()) == edition
    assert Edition.from_json(edition.to_json(indent=1)) == edition


def test_a_reloaded_edition_audits_clean() -> None:
    edition = Edition.from_json(banmian.load_edition(SEEDS / "001_82a97204ed732270.txt").to_json())
    assert edition.audit().ok
    assert edition.content_lines


def test_the_empty_edition_round_trips() -> None:
    edition = banmian.parse_edition("")
    assert Edition.from_json(edition.to_json()) == edition


def test_the_json_names_its_schema_version() -> None:
    assert json.loads(banmian.parse_edition("").to_json())["schema_version"] == banmian.SCHEMA_VERSION == 1


def test_another_schema_version_is_refused() -> None:
    data = banmian.parse_edition("").to_dict()
    data["schema_version"] = 99
    with pytest.raises(banmian.InputError, match="schema_version 99"):
        Edition.from_dict(data)


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"articles": [{"headline": "x", "blocks": [{"kind": "paragraph"}]}]},
        {"artifacts": [{"line": "x"}]},
        {"artifacts": [{"kind": "banner", "text": "x", "line": 1}]},
    ],
    ids=["a-list", "a-block-without-text", "a-line-that-is-no-number", "an-unknown-kind"],
)
def test_other_shapes_are_refused_with_a_banmian_error(data: object) -> None:
    with pytest.raises(banmian.InputError, match="JSON shape"):
        Edition.from_dict(data)  # type: ignore[arg-type]  # the wrong type is the point of the test


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_a_hand_made_expected_reading_loads(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    edition = Edition.from_dict(data)
    assert [a.headline for a in edition.articles] == [a["headline"] for a in data["articles"]]
    assert edition.page_headers == tuple(data["page_headers"])


def test_reprs_are_one_short_line() -> None:
    edition = banmian.load_edition(SEEDS / "000_b8a3ab7b253d933e.txt")
    assert re.fullmatch(
        r"<Edition source='000_b8a3ab7b253d933e.txt' encoding='utf-8' "
        r"articles=5 photos=\d+ artifacts=\d+ duplicates=\d+ warnings=\d+>",
        repr(edition),
    )
    text = repr(edition.articles[0])
    assert text.startswith("<Article headline='济青双都市圈联动，促产业与资本互动' blocks=")
    assert "\n" not in text and len(text) < 100
    long_title = banmian.parse_edition("标" * 60 + "\n\n本报讯 正文一段。").articles[0]
    assert len(repr(long_title)) < 100
