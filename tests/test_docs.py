"""The documentation tells the truth about the code.

* The README's Python example prints exactly what the README says it prints.
* Every ``python`` block of ``docs/*.md`` that is followed by a ``text`` block
  prints exactly that text (the blocks of a page run in order, in one
  interpreter, from the repository root).  Blocks fenced as ``py`` are
  illustrations and are not run.
* Every ``console`` block of ``docs/*.md`` shows real commands and their
  real output: each ``$ `` line is run by the shell from the repository root
  (with this interpreter's ``bin`` first on ``PATH``) and the lines under it
  must be what it prints.  Blocks fenced as ``sh`` are not run.
* Every name in ``banmian.__all__`` appears in the API reference.
* Every public class and function has a docstring.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import banmian

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
API_PAGE = DOCS / "api.md"
MKDOCS_YML = ROOT / "mkdocs.yml"

_FENCE_RE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
# What may stand between an example and the block that shows its output.
_OUTPUT_LEAD_RE = re.compile(r"^(?:prints|gives|output)?:?$", re.IGNORECASE)
_SEPARATOR = "----- banmian docs: end of block -----"


def _examples(markdown: str) -> list[tuple[str, str | None]]:
    """The page's ``python`` blocks, each with the ``text`` block that shows its output (or None)."""
    fences = list(_FENCE_RE.finditer(markdown))
    out: list[tuple[str, str | None]] = []
    for index, fence in enumerate(fences):
        if fence["lang"] != "python":
            continue
        expected = None
        if index + 1 < len(fences):
            following = fences[index + 1]
            between = markdown[fence.end() : following.start()].strip()
            if following["lang"] == "text" and _OUTPUT_LEAD_RE.match(between):
                expected = following["body"]
        out.append((fence["body"], expected))
    return out


def _run_examples(examples: list[tuple[str, str | None]]) -> list[str]:
    """Run the blocks in order in one interpreter; return each block's output."""
    program = "".join(f"{code}\nprint({_SEPARATOR!r})\n" for code, _ in examples)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", program],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split(_SEPARATOR + "\n")[: len(examples)]


def _check_page(path: Path) -> int:
    examples = _examples(path.read_text(encoding="utf-8"))
    if not examples:
        return 0
    outputs = _run_examples(examples)
    checked = 0
    for (code, expected), output in zip(examples, outputs, strict=True):
        if expected is None:
            continue
        assert output.rstrip("\n") == expected.rstrip("\n"), f"{path.name}: output of\n{code}"
        checked += 1
    return checked


def _console_sessions(markdown: str) -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ `` line of the page's ``console`` blocks."""
    sessions: list[tuple[str, str]] = []
    for fence in _FENCE_RE.finditer(markdown):
        if fence["lang"] != "console":
            continue
        for chunk in re.split(r"^\$ ", fence["body"], flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            sessions.append((command, output))
    return sessions


def _run_command(command: str) -> str:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PATH": bin_dir + os.pathsep + os.environ["PATH"]}
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    return result.stdout


def test_readme_example_prints_what_the_readme_says() -> None:
    examples = _examples(README.read_text(encoding="utf-8"))
    assert any(expected is not None for _, expected in examples), "README has no example with output"
    assert _check_page(README) >= 1


DOC_PAGES = sorted(DOCS.glob("*.md"))


@pytest.mark.parametrize("page", DOC_PAGES, ids=lambda p: p.stem)
def test_doc_page_examples_print_what_the_page_says(page: Path) -> None:
    _check_page(page)


@pytest.mark.parametrize("page", DOC_PAGES, ids=lambda p: p.stem)
def test_doc_page_commands_print_what_the_page_says(page: Path) -> None:
    for command, expected in _console_sessions(page.read_text(encoding="utf-8")):
        assert _run_command(command).rstrip("\n") == expected.rstrip("\n"), f"{page.name}: $ {command}"


def test_tutorial_examples_are_checked() -> None:
    assert _check_page(DOCS / "tutorial.md") >= 5


def test_getting_started_lists_every_extra() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject.split("[project.optional-dependencies]", 1)[1].split("\n[", 1)[0]
    extras = re.findall(r"^([\w-]+) = \[", section, re.MULTILINE)
    page = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    assert extras
    assert [e for e in extras if f"| `{e}`" not in page] == []


# --- the API reference ---------------------------------------------------------


def _mkdocstrings_options() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load(MKDOCS_YML.read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "mkdocstrings" in plugin:
            options: dict[str, Any] = plugin["mkdocstrings"]["handlers"]["python"].get("options", {})
            return options
    pytest.fail("mkdocs.yml does not configure mkdocstrings")


def _griffe_docstrings() -> dict[str, bool]:
    griffe = pytest.importorskip("griffe")
    package = griffe.load("banmian", search_paths=[str(ROOT / "src")])
    return {name: bool(package[name].docstring) for name in banmian.__all__}


def test_api_page_renders_the_package() -> None:
    assert re.search(r"^::: banmian[ \t]*$", API_PAGE.read_text(encoding="utf-8"), re.MULTILINE)


def test_mkdocstrings_options_do_not_hide_public_names() -> None:
    options = _mkdocstrings_options()
    assert "members" not in options, "an explicit member list would have to be kept in step with __all__"
    for pattern in options.get("filters", []):
        if pattern.startswith("!"):
            hidden = [n for n in banmian.__all__ if re.search(pattern[1:], n)]
            assert hidden == [], f"filter {pattern!r} hides public names"


def test_every_public_name_is_in_the_api_reference() -> None:
    """Rendered by ``::: banmian`` (documented, not filtered) or named on the page."""
    page = API_PAGE.read_text(encoding="utf-8")
    show_undocumented = _mkdocstrings_options().get("show_if_no_docstring", False)
    documented = _griffe_docstrings()
    missing = [
        name
        for name in banmian.__all__
        if not (documented[name] or show_undocumented)
        and f"::: banmian.{name}" not in page
        and f"`{name}`" not in page
    ]
    assert missing == []


# --- docstrings ------------------------------------------------------------------


def _public_objects() -> list[tuple[str, Any]]:
    objects = [(name, getattr(banmian, name)) for name in banmian.__all__]
    return [(n, o) for n, o in objects if inspect.isclass(o) or inspect.isfunction(o)]


@pytest.mark.parametrize(("name", "obj"), _public_objects(), ids=lambda x: x if isinstance(x, str) else None)
def test_public_object_has_a_docstring(name: str, obj: Any) -> None:
    assert (obj.__doc__ or "").strip(), name


@pytest.mark.parametrize(
    ("name", "cls"),
    [(n, o) for n, o in _public_objects() if inspect.isclass(o)],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_public_methods_have_docstrings(name: str, cls: type) -> None:
    undocumented = [
        attr
        for attr, value in vars(cls).items()
        if not attr.startswith("_")
        and (inspect.isfunction(value) or isinstance(value, property))
        and not (value.__doc__ or "").strip()
    ]
    assert undocumented == [], name


# --- what the rendered reference shows -------------------------------------------

_SPHINX_ROLE_RE = re.compile(r":(?:func|class|meth|data|attr|exc|mod|obj|ref|const):`")
_SPEC_CITATION_RE = re.compile(r"\bSPEC\b(?!T)")
SOURCES = sorted((ROOT / "src" / "banmian").rglob("*.py"))


def test_the_contract_page_has_every_section() -> None:
    page = (DOCS / "contract.md").read_text(encoding="utf-8")
    assert [int(n) for n in re.findall(r"^## (\d+)\. .*\{#section-\1\}$", page, re.MULTILINE)] == list(
        range(1, 8)
    )
    assert "contract.md" in MKDOCS_YML.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_sources_cite_the_contract_page_and_use_no_sphinx_roles(path: Path) -> None:
    """mkdocstrings renders Markdown: a Sphinx role would show raw, and SPEC.md is not shipped."""
    text = path.read_text(encoding="utf-8")
    assert _SPHINX_ROLE_RE.findall(text) == []
    assert _SPEC_CITATION_RE.findall(text) == []
