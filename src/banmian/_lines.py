"""Text -> numbered raw lines.  Numbering happens before any rewriting, so
every later record can name the source line it came from.  CRLF and lone CR
become LF (contract §3.1); no other character is treated as a line break, so the
numbers match what an editor shows.
"""

from __future__ import annotations


def split_lines(text: str) -> tuple[tuple[int, str], ...]:
    """Split text into ``(number, raw_line)`` pairs, numbered from 1.

    >>> split_lines("a\\r\\nb\\rc")
    ((1, 'a'), (2, 'b'), (3, 'c'))
    >>> split_lines("")
    ()
    """
    if not text:
        return ()
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    if unified.endswith("\n"):
        unified = unified[:-1]
    return tuple(enumerate(unified.split("\n"), start=1))
