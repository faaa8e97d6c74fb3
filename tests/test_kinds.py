"""Kinds are types: the Literal types of model.py, the JSON Schema's enums and
the docs' tables list exactly the same block, artifact and warning kinds."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import banmian
from banmian import _warnings
from banmian.model import ARTIFACT_KINDS, BLOCK_KINDS, WARNING_KINDS

from .conftest import ROOT

_SCHEMAS = (
    ROOT / "src" / "banmian" / "schema" / "edition.schema.json",
    ROOT / "docs" / "schema" / "edition.schema.json",
)


def _schema() -> dict[str, Any]:
    path = next(p for p in _SCHEMAS if p.exists())
    return dict(json.loads(path.read_text("utf-8")))


def _table_kinds(page: str, header: str) -> set[str]:
    """The first-column `code` entries of the docs table under ``header``."""
    text = (ROOT / "docs" / page).read_text("utf-8")
    start = text.index(header)
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return {m.group(1) for row in rows if (m := re.match(r"\| `([a-z_]+)` \|", row))}


@pytest.mark.parametrize(
    ("definition", "kinds"),
    [("block", BLOCK_KINDS), ("artifact", ARTIFACT_KINDS), ("warning", WARNING_KINDS)],
)
def test_schema_enums_are_the_literal_types(definition: str, kinds: tuple[str, ...]) -> None:
    enum = _schema()["$defs"][definition]["properties"]["kind"]["enum"]
    assert sorted(enum) == sorted(kinds)


def test_docs_tables_list_every_artifact_and_warning_kind() -> None:
    assert _table_kinds("data-model.md", "| kind | what it is |") == set(ARTIFACT_KINDS)
    assert _table_kinds("provenance.md", "| kind | meaning |") == set(WARNING_KINDS)


def test_one_constructor_per_warning_kind() -> None:
    constructors = {name for name in vars(_warnings) if not name.startswith("_") and name in WARNING_KINDS}
    assert constructors == set(WARNING_KINDS)


def test_stages_spell_no_warning_kind() -> None:
    """Only the constructors build ParseWarning records."""
    src = ROOT / "src" / "banmian"
    builders = {p.name for p in src.rglob("*.py") if "ParseWarning(" in p.read_text("utf-8")}
    # _load_dict.py reads warnings back from JSON, their kinds checked against WARNING_KINDS.
    assert builders <= {"_warnings.py", "model.py", "_load_dict.py"}, builders


def _pages() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("p*[0-9a-z].txt"))


def test_every_kind_in_the_output_is_a_declared_kind() -> None:
    for page in _pages():
        edition = banmian.load_edition(page)
        assert {b.kind for a in edition.articles for b in a.blocks} <= set(BLOCK_KINDS)
        assert {a.kind for a in edition.artifacts} <= set(ARTIFACT_KINDS)
        assert {w.kind for w in edition.warnings} <= set(WARNING_KINDS)


def test_structure_docs_name_every_decision_table_row() -> None:
    """docs/structure.md documents every row of every table by name, with an example."""
    from .test_cases import TABLES  # noqa: PLC0415 - the table registry of the case tests

    text = (ROOT / "docs" / "structure.md").read_text("utf-8")
    for table, rows in TABLES.items():
        assert f"`{table}`" in text or table == "line_kind", table
        for row in rows:
            assert re.search(rf"^\| `{row}` \|", text, re.MULTILINE), f"{table}: row {row} is not documented"
