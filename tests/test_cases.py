"""Case files: every recognizer and every decision table, with negative rows.

``tests/cases/recognize_*.json`` hold lines and what a recognizer must read
on them (or, in ``negative``, lines it must not read at all);
``tests/cases/table_*.json`` hold small pages, a line, and the named row of
a decision table that must (or, in ``negative``, must not) decide it, as
``Edition.explain()`` reports.  In the spirit of ftfy's test cases: the tests
are data, and a new convention is a new row.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import banmian
from banmian._classify import LINE_RULES
from banmian._join_rules import PARAGRAPH_JOIN
from banmian._patterns import Rules, rules_for
from banmian._recognize import credit_of_line, match_dateline, parse_byline, split_credit, split_inline_byline
from banmian._segment.article_start import ARTICLE_START
from banmian._segment.byline_place import BYLINE_PLACE
from banmian._segment.furniture import TITLE_RUN, TITLE_TRIM
from banmian._segment.table import always
from banmian._segment.titles import IN_ARTICLE

CASES = Path(__file__).parent / "cases"

# Every table's rows by name.  ``under_its_title`` is the byline_place row the
# title step records when it takes the byline under a new title.
TABLES: dict[str, tuple[str, ...]] = {
    "line_kind": tuple(row.name for row in LINE_RULES),
    "title_run": tuple(row.name for row in TITLE_RUN),
    "article_start": tuple(row.name for row in ARTICLE_START),
    "title_trim": tuple(row.name for row in TITLE_TRIM),
    "title_in_article": tuple(row.name for row in IN_ARTICLE),
    "byline_place": ("under_its_title", *(row.name for row in BYLINE_PLACE)),
    "paragraph_join": tuple(row.name for row in PARAGRAPH_JOIN),
}
# Rows no small page can reach on its own: the classifier marks wrapped lines
# only on pages long enough to show a recurring line width (see _wrap).
_REACHED_ONLY_BY_LONG_PAGES = {
    ("line_kind", "hard_wrap_continuation"),
    ("line_kind", "wrapped_paragraph_head"),
}


def _load(prefix: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.stem, json.loads(path.read_text("utf-8"))) for path in sorted(CASES.glob(f"{prefix}*.json"))
    ]


def _rules(case: dict[str, Any]) -> Rules:
    return rules_for(banmian.TRADITIONAL if case.get("profile") == "traditional" else banmian.MAINLAND)


def _authors(byline: banmian.Byline | None) -> list[list[str | None]]:
    return [] if byline is None else [[a.name, a.role] for a in byline.authors]


def _read_byline(case: dict[str, Any]) -> Any:
    found = parse_byline(case["text"], bare_names=case.get("bare_names", False), rules=_rules(case))
    if found is None:
        return None
    return {"org": found.org, "authors": _authors(found), "byline": found.text}


def _read_credit(case: dict[str, Any]) -> Any:
    caption, credit = split_credit(case["text"], _rules(case))
    return None if credit is None else {"caption": caption, "credit": credit}


def _read_credit_line(case: dict[str, Any]) -> Any:
    return {"credit": credit_of_line(case["text"], _rules(case))}


def _read_dateline(case: dict[str, Any]) -> Any:
    found = match_dateline(case["text"], _rules(case))
    if found is None:
        return None
    return {"dateline": found.dateline, "authors": _authors(found.byline), "rest": found.rest}


def _read_inline(case: dict[str, Any]) -> Any:
    found = split_inline_byline(case["text"], _rules(case))
    return None if found is None else {"title": found.title, "authors": _authors(found.byline)}


READERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "parse_byline": _read_byline,
    "split_credit": _read_credit,
    "credit_of_line": _read_credit_line,
    "match_dateline": _read_dateline,
    "split_inline_byline": _read_inline,
}

_RECOGNIZER_FILES = _load("recognize_")
_TABLE_FILES = _load("table_")
_POSITIVE = [
    pytest.param(data["function"], case, id=f"{stem}-{n}")
    for stem, data in _RECOGNIZER_FILES
    for n, case in enumerate(data["cases"])
]
_NEGATIVE = [
    pytest.param(data["function"], case, id=f"{stem}-not-{n}")
    for stem, data in _RECOGNIZER_FILES
    for n, case in enumerate(data["negative"])
]
_DECIDED = [
    pytest.param(data["table"], case, id=f"{stem}-{case['rule']}-{n}")
    for stem, data in _TABLE_FILES
    for n, case in enumerate(data["cases"])
]
_NOT_DECIDED = [
    pytest.param(data["table"], case, id=f"{stem}-not-{case['not']}-{n}")
    for stem, data in _TABLE_FILES
    for n, case in enumerate(data["negative"])
]


@pytest.mark.parametrize(("function", "case"), _POSITIVE)
def test_recognizer_reads(function: str, case: dict[str, Any]) -> None:
    found = READERS[function](case)
    assert found is not None, f"{function} did not read {case['text']!r}"
    for key in ("org", "authors", "byline", "caption", "credit", "dateline", "rest", "title"):
        if key in case:
            assert found[key] == case[key], key


@pytest.mark.parametrize(("function", "case"), _NEGATIVE)
def test_recognizer_refuses(function: str, case: dict[str, Any]) -> None:
    assert READERS[function](case) is None, case["why"]


def _decisions(table: str, case: dict[str, Any]) -> list[banmian.Decision]:
    edition = banmian.parse_edition("\n".join(case["page"]))
    return [d for d in edition.explain(case["line"]) if d.table == table]


@pytest.mark.parametrize(("table", "case"), _DECIDED)
def test_row_decides(table: str, case: dict[str, Any]) -> None:
    decided = _decisions(table, case)
    assert [d.rule for d in decided][:1] == [case["rule"]], decided
    if "outcome" in case:
        assert decided[0].outcome == case["outcome"]


@pytest.mark.parametrize(("table", "case"), _NOT_DECIDED)
def test_row_does_not_decide(table: str, case: dict[str, Any]) -> None:
    assert case["not"] not in [d.rule for d in _decisions(table, case)], case["why"]


def test_every_row_has_a_case_and_every_file_negative_rows() -> None:
    covered = {(data["table"], case["rule"]) for _, data in _TABLE_FILES for case in data["cases"]}
    for table, rows in TABLES.items():
        missing = {(table, row) for row in rows} - covered - _REACHED_ONLY_BY_LONG_PAGES
        assert not missing, f"rows without a case: {sorted(missing)}"
    assert {data["table"] for _, data in _TABLE_FILES} == set(TABLES)
    assert {data["function"] for _, data in _RECOGNIZER_FILES} == set(READERS)
    for stem, data in _TABLE_FILES + _RECOGNIZER_FILES:
        if data.get("function") != "credit_of_line":  # it is only called on lines known to be credits
            assert data["negative"], f"{stem} has no negative rows"


@pytest.mark.parametrize(
    "rows",
    [LINE_RULES, TITLE_RUN, ARTICLE_START, TITLE_TRIM, IN_ARTICLE, BYLINE_PLACE, PARAGRAPH_JOIN],
    ids=str,
)
def test_tables_end_in_a_row_that_always_decides(rows: tuple[Any, ...]) -> None:
    names = [row.name for row in rows]
    assert len(names) == len(set(names)), "row names are unique within a table"
    last = rows[-1]
    assert getattr(last, "test", None) is always or last.name == "text"
