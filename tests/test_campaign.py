"""A short run of the seeded campaign of benchmarks/campaign.py (issue 12).

300 inputs, about ten of each family of benchmarks/families.py: none may
raise anything but a ``BanmianError``, leave a line unaccounted for, or lose
characters that the audit does not report.  (Time is not asserted here: the
full campaign reports inputs over 2 CPU-seconds per 100 KB, and
tests/test_linear.py counts the work of the former hotspots.)
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def campaign() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        yield importlib.import_module("campaign")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_a_short_campaign(campaign: ModuleType) -> None:
    problems = []
    families = set()
    for family, index, data in campaign.inputs(300, seed=12):
        families.add(family)
        found = campaign.check(data)
        problems.extend(
            f"{family}#{index}: {name}: {what}"
            for name, what in found.items()
            if name in ("exception", "line_audit", "lost_outside_audit")
        )
    assert problems == []
    assert families == set(campaign.FAMILIES)


def test_the_campaign_sees_an_exception_and_lost_text(
    campaign: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks can fail: a parser that raises, and one that drops text unseen."""
    page = "青岛发布服务业重点项目\n\n本报讯 现代服务业是产业跃迁的重要支撑。\n".encode()
    assert campaign.check(page) == {}

    def broken(data: bytes) -> object:
        raise KeyError(data[:1])

    monkeypatch.setattr(campaign.banmian, "load_edition", broken)
    assert "exception" in campaign.check(page)
    monkeypatch.undo()
    edition = campaign.banmian.load_edition(page)
    assert campaign.lost_independently(page, edition) == {}
    shorter = campaign.banmian.parse_edition("本报讯 现代服务业是产业跃迁的重要支撑。")
    assert "青" in campaign.lost_independently(page, shorter)
