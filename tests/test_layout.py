"""The shape the code promises: small modules and functions, one module that
compiles every pattern, no silent default for the profile's patterns."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from .conftest import ROOT

SRC = ROOT / "src" / "banmian"
MODULES = sorted(SRC.rglob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_are_small(module: Path) -> None:
    text = module.read_text("utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"{module.name} has over {MAX_MODULE_LINES} lines"
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{module.name}: {node.name} has {length} lines"


def test_only_the_patterns_module_compiles_patterns() -> None:
    compiling = {
        str(p.relative_to(SRC))
        for p in MODULES
        if re.search(r"\b(?:regex|re)\.compile\(", p.read_text("utf-8")) and p.parent.name != "_patterns"
    }
    assert not compiling, compiling


def test_no_silent_default_rules() -> None:
    """Patterns are passed explicitly: no stage falls back to a default profile's rules."""
    for module in MODULES:
        text = module.read_text("utf-8")
        assert "rules_for()" not in text and "or rules_for(" not in text, module.name
