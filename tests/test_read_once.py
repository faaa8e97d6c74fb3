"""Each line is read once: the recognizers run in the classifier (through its
PageReader) only, at most once per line per parse, and later stages use what
they read."""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import banmian
import banmian._api
import banmian._recognize.reader as reader_module
import banmian._segment
from banmian import _recognize

from .conftest import ROOT

RECOGNIZERS = ("parse_byline", "split_credit", "credit_of_line", "match_dateline", "split_inline_byline")
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("p*[0-9a-z].txt"))


def _counting(
    function: Callable[..., Any], counts: Counter[tuple[str, str]], name: str
) -> Callable[..., Any]:
    def counted(text: str, *args: Any, **kwargs: Any) -> Any:
        counts[name, text] += 1
        return function(text, *args, **kwargs)

    return counted


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_each_line_is_recognized_at_most_once(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for name in RECOGNIZERS:
        monkeypatch.setattr(reader_module, name, _counting(getattr(reader_module, name), counts, name))
    texts: Counter[str] = Counter()
    classify = banmian._api.classify

    def seen(lines: Any, rules: Any, **options: Any) -> Any:
        texts.update(line.text for line in lines)
        return classify(lines, rules, **options)

    monkeypatch.setattr(banmian._api, "classify", seen)
    banmian.load_edition(page)
    assert counts, "the classifier reads bylines, credits and datelines"
    for (name, text), calls in counts.items():
        # A text read more than once must stand on the page as often (a repeated line).
        assert calls <= max(1, texts[text]), (name, text, calls)
    # parse_byline ran on at most one text per line (plus one per byline set over several lines).
    lines = sum(texts.values())
    assert sum(c for (n, _), c in counts.items() if n == "parse_byline") <= lines


def _stage_modules() -> list[str]:
    names = ["banmian._classify", "banmian._dateline", "banmian._repair", "banmian._build", "banmian._dedupe"]
    names += [f"banmian._segment.{m.name}" for m in pkgutil.iter_modules(banmian._segment.__path__)]
    return names


@pytest.mark.parametrize("module", _stage_modules())
def test_only_the_classifiers_reader_calls_the_recognizers(module: str) -> None:
    """The recognizers are called through the classifier's PageReader only."""
    namespace = vars(importlib.import_module(module))
    for name in (*RECOGNIZERS, "split_names", "allows_bare_names"):
        assert getattr(_recognize, name) not in namespace.values(), f"{module} imports {name}"
