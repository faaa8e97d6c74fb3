"""Every seed's ``Edition.to_dict()`` matches the published JSON Schema.

The schema ships inside the package (banmian/schema/edition.schema.json,
read here through importlib.resources, as a user of the wheel reads it); it
is what users validate banmian's output against, and this keeps it in step
with ``banmian.model``.  The schema is closed, so a key added to the model
without the schema fails here.
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import banmian

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = importlib.resources.files("banmian") / "schema" / "edition.schema.json"
SEED_PATHS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_there_are_seeds() -> None:
    assert SEED_PATHS


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem)
def test_seed_matches_schema(validator: jsonschema.protocols.Validator, path: Path) -> None:
    data = banmian.load_edition(path).to_dict()
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem)
def test_json_text_matches_schema(validator: jsonschema.protocols.Validator, path: Path) -> None:
    """What ``to_json`` writes, read back, is valid too (no tuples or other non-JSON types)."""
    validator.validate(json.loads(banmian.load_edition(path).to_json()))


def test_empty_edition_matches_schema(validator: jsonschema.protocols.Validator) -> None:
    validator.validate(banmian.parse_edition("").to_dict())


def test_schema_rejects_a_missing_required_key(validator: jsonschema.protocols.Validator) -> None:
    data = banmian.load_edition(SEED_PATHS[0]).to_dict()
    del data["articles"][0]["headline"]
    assert not validator.is_valid(data)


def test_schema_rejects_an_unknown_block_kind(validator: jsonschema.protocols.Validator) -> None:
    data = banmian.load_edition(SEED_PATHS[0]).to_dict()
    data["articles"][0]["blocks"][0]["kind"] = "table"
    assert not validator.is_valid(data)


def test_schema_version_is_the_model_s(validator: jsonschema.protocols.Validator) -> None:
    data = banmian.parse_edition("").to_dict()
    assert data["schema_version"] == banmian.SCHEMA_VERSION
    data["schema_version"] = banmian.SCHEMA_VERSION + 1
    assert not validator.is_valid(data)
