"""The README's Python holds for every page and passes ``mypy --strict``.

A newcomer copies the README's example and points it at their own pages:
it must not crash on an article without a byline or a paragraph, and a
type checker must accept it as written (``if result.ok:`` narrows a
``CorpusResult``).  tests/test_docs.py checks what it prints on the seed
it names.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

README = ROOT / "README.md"
NAMED_SEED = "seeds/000_b8a3ab7b253d933e.txt"
_PYTHON_RE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# It runs the example on every page in a subprocess, and mypy: slow by design.
pytestmark = pytest.mark.slow

PAGES = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))


def readme_blocks() -> list[str]:
    return _PYTHON_RE.findall(README.read_text(encoding="utf-8"))


def test_the_first_example_names_a_seed() -> None:
    assert NAMED_SEED in readme_blocks()[0]


def test_the_first_example_runs_on_every_page(tmp_path: Path) -> None:
    """One interpreter runs the example once per page (seeds and test pages)."""
    template = readme_blocks()[0]
    program = "\n".join(template.replace(NAMED_SEED, str(page)) for page in PAGES)
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", program],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("<Edition source=") == len(PAGES)


def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    try:
        from mypy import api  # noqa: PLC0415 - optional: mypy comes with the lint extra
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs mypy (the lint extra) for this test")
        pytest.skip("mypy is not installed (the lint extra); it checks the README's types")
    script = tmp_path / "readme_example.py"
    script.write_text("\n".join(readme_blocks()), encoding="utf-8")
    out, err, status = api.run(["--strict", "--no-incremental", "--cache-dir", os.devnull, str(script)])
    assert status == 0, out + err
