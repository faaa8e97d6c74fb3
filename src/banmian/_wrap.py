"""Find hard-wrapped text: paragraphs a converter broke into lines of a fixed width.

Some PDF extractions wrap every paragraph at the column width, with blank
lines only between paragraphs.  Such a page shows many runs of lines of
(nearly) one display width, each run ending in a shorter line.  On such a
page, a line that follows a full-width line with no blank line between
continues that line's paragraph.  Pages that are not wrapped are left
alone: the test needs the width to recur on most lines that have a line
right under them.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from typing import Final

from ._patterns import NARROW_RUN_RE, UNCOMMON_WIDTH_RE, WIDE_RUN_RE
from ._records import Line

# A wrapped page has at least this many full-width lines ...
_MIN_WRAPPED_LINES: Final = 6
# ... which make at least this share of the lines with a line right under them.
_MIN_WRAPPED_SHARE: Final = 0.6
# Full-width lines differ by a digit or two (half width) from the column width.
_WIDTH_TOLERANCE: Final = 2
# Columns hold eight to forty Chinese characters; a recurring width outside
# that is not a column's.
_MIN_COLUMN_WIDTH: Final = 16
_MAX_COLUMN_WIDTH: Final = 80


def display_width(text: str) -> int:
    """Columns the text takes: two for wide (Chinese) characters, one for the rest.

    >>> display_width("5G基站"), display_width("5G"), display_width("𠀋"), display_width("“新”")
    (6, 2, 2, 4)
    """
    return len(text) if text.isascii() else _width(text)


def display_widths(texts: Iterable[str]) -> list[int]:
    """`display_width` of each text (a wrapped page measures most of its lines).

    >>> display_widths(["5G基站", "“新”——", "Ａ·B"])
    [6, 6, 4]
    """
    # ASCII, general punctuation and common wide characters only: each of the
    # last two takes three bytes in UTF-8, and only punctuation opens with
    # E2 80 (the wide ranges lie above U+3000).  Most pages hold nothing
    # else, and one search over all their lines says so.
    texts = list(texts)
    if UNCOMMON_WIDTH_RE.search("\n".join(texts)) is None:
        encoded = list(map(str.encode, texts))  # map: no Python frame per line
        return [
            size + (length - size) // 2 - punctuation
            for size, length, punctuation in zip(
                map(len, texts),
                map(len, encoded),
                map(bytes.count, encoded, itertools.repeat(b"\xe2\x80")),
                strict=True,
            )
        ]
    return [_width(text) for text in texts]


def _width(text: str) -> int:
    if UNCOMMON_WIDTH_RE.search(text) is None:  # as in display_widths
        data = text.encode()
        return len(text) + (len(data) - len(text)) // 2 - data.count(b"\xe2\x80")
    # the common wide characters by range, what is left by property
    rest = WIDE_RUN_RE.sub("", text)
    wide = len(text) - len(rest) + (0 if rest.isascii() else len(NARROW_RUN_RE.sub("", rest)))
    return len(text) + wide


def find_wrapped(lines: tuple[Line, ...]) -> frozenset[int]:
    """The indices of the lines that continue the paragraph of a full-width line above them.

    Empty on a page that is not hard-wrapped.
    """
    # Only a plain line (running text: no markdown structure, no layout
    # marker) with a plain line right under it can be a wrapped line; most
    # pages have too few of them to be wrapped, and are left before any
    # width is measured.
    plain = [
        bool(line.text) and not (line.bullet or line.heading or line.marker or line.hard_break)
        for line in lines
    ]
    heads = [
        index
        for index, (is_plain, under) in enumerate(zip(plain, lines[1:], strict=False))
        if is_plain and plain[index + 1] and under.gap_before == 0
    ]
    if len(heads) < _MIN_WRAPPED_LINES:
        return frozenset()
    widths = display_widths([lines[index].text for index in heads])
    width, _ = Counter(widths).most_common(1)[0]
    full = len([w for w in widths if abs(w - width) <= _WIDTH_TOLERANCE])
    if (
        not _MIN_COLUMN_WIDTH <= width <= _MAX_COLUMN_WIDTH
        or full < _MIN_WRAPPED_LINES
        or full < _MIN_WRAPPED_SHARE * len(heads)
    ):
        return frozenset()
    # the line under each head continues it when the head is full
    return frozenset(
        [index + 1 for index, w in zip(heads, widths, strict=True) if w >= width - _WIDTH_TOLERANCE]
    )
