"""Shared paths.  Tests read only files inside the repository."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"

# The fuzz target needs atheris and runs for hours; it is run by hand (see its docstring).
collect_ignore_glob = ["fuzz/*"]
