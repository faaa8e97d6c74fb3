"""Recognizers: each reads one kind of thing off a line and returns what it read.

A recognizer returns a typed record (a `Byline`, a
`CaptionSplit`, an
`InlineByline`, a
`DatelineMatch`) or ``None`` when the line is not
one.  Only the classifier calls them, once per line; the record travels on
with the line (`found`), so later stages
use what was read instead of parsing again.  Every recognizer takes the
compiled `Rules` of the page's profile explicitly.
"""

from __future__ import annotations

from .byline import allows_bare_names, parse_byline, printed_byline, split_inline_byline, split_names
from .credit import credit_of_line, split_credit
from .dateline import match_dateline

__all__ = [
    "allows_bare_names",
    "credit_of_line",
    "match_dateline",
    "parse_byline",
    "printed_byline",
    "split_credit",
    "split_inline_byline",
    "split_names",
]
