"""Decision tables: ordered rows of named tests over explicit evidence.

A table is a tuple of `Row`; the first row whose test holds decides,
and its ``outcome`` is what the caller does.  The last row of every table
holds always (its test is `always`), so a table always decides.  The
name of the row that fired is recorded as a `Decision`
(see `banmian.model.Edition.explain`), so a reader and a test can see
which row made each decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import attrs

E = TypeVar("E")


@attrs.frozen
class Row(Generic[E]):
    """One row of a decision table.

    Attributes:
        name: The row's name, as the docs and `Edition.explain` show it.
        outcome: What the caller does when the row fires.
        test: A small function over the table's evidence.
        example: A line (or a few) the row decides, for the docs and the tests.
    """

    name: str
    outcome: str
    test: Callable[[E], bool]
    example: str


def always(evidence: object) -> bool:
    """The test of a table's last row: it decides when no other row did."""
    return True


def first_row(rows: Sequence[Row[E]], evidence: E) -> Row[E]:
    """The first row of ``rows`` whose test holds for ``evidence``."""
    for row in rows:
        if row.test(evidence):
            return row
    # Unreachable: every table ends in a row whose test is `always` (a test checks it).
    msg = "a decision table must end in a row that always holds"
    raise AssertionError(msg)
