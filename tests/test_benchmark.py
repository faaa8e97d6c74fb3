"""The speed benchmark runs and reports every target (it asserts no time)."""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import speed


def test_speed_benchmark_reports_every_target() -> None:
    median = speed.measure(rounds=1, repeat=1)
    assert set(median) >= {"floor", "banmian", "banmian gb18030", "banmian traditional big5", "banmian small"}
    values = speed.ratios(median)
    sentences = [sentence for _, sentence in speed.report(values)]
    for words in ("floor", "pages per second", "gb18030", "utf16", "big5"):
        assert any(words in s for s in sentences), words
    assert all(v > 0 for v in values.values())
