"""Text -> numbered raw lines.  Numbering happens before any rewriting, so
every later record can name the source line it came from.  CRLF and lone CR
become LF (contract §3.1); no other character is treated as a line break, so the
numbers match what an editor shows.
"""

from __future__ import annotations

from collections.abc import Iterator


def split_lines(text: str) -> tuple[tuple[int, str], ...]:
    """Split text into ``(number, raw_line)`` pairs, numbered from 1.

    >>> split_lines("a\\r\\nb\\rc")
    ((1, 'a'), (2, 'b'), (3, 'c'))
    >>> split_lines("")
    ()
    """
    return tuple(numbered_lines(text))


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """`split_lines`, one pair at a time: the parser reads each pair once, and
    a page of many short lines need not hold a pair per line.

    >>> list(numbered_lines("a\\nb\\n"))
    [(1, 'a'), (2, 'b')]
    """
    if not text:
        return iter(())
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    if unified.endswith("\n"):
        unified = unified[:-1]
    return enumerate(unified.split("\n"), start=1)
