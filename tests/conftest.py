"""Shared paths.  Tests read only files inside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"

# The fuzz target needs atheris and runs for hours; it is run by hand (see its docstring).
collect_ignore_glob = ["fuzz/*"]

# Modules whose tests are slow by design: property tests (Hypothesis),
# seeded mutation campaigns, multi-megabyte inputs, process pools, docs and
# examples run end to end.  The inner loop skips them (`pytest -m "not slow"`);
# CI and the README's test command run everything.
_SLOW_MODULES = frozenset(
    (
        "test_invariants",
        "test_mutations",
        "test_malformed",
        "test_corpus",
        "test_dask_corpus",
        "test_docs",
        "test_examples",
        "test_campaign",
        "test_browser",
        "test_benchmark",
    )
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests of the slow modules ``slow``."""
    for item in items:
        if item.path.stem in _SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
