"""One constructor per warning kind (`banmian.model.WARNING_KINDS`).

Stages never spell a warning's kind or message themselves: they call the
constructor of the kind, so every kind is written in one place and its
message reads the same wherever it is raised.
"""

from __future__ import annotations

from .model import ParseWarning


def orphan_byline(text: str, line: int) -> ParseWarning:
    """A byline that belongs to no article."""
    return ParseWarning("orphan_byline", f"byline {text!r} belongs to no article", line)


def orphan_credit(line: int) -> ParseWarning:
    """A photo credit with no caption."""
    return ParseWarning("orphan_credit", "a photo credit with no caption", line)


def untitled_text(line: int) -> ParseWarning:
    """Body text before any title on the page."""
    return ParseWarning("untitled_text", "body text stands before any title on the page", line)


def joined_across_blocks(first_line: int, line: int) -> ParseWarning:
    """A paragraph joined with a continuation past other blocks."""
    message = f"paragraph at line {first_line} continued at line {line}, past other blocks"
    return ParseWarning("joined_across_blocks", message, line)


def unjoined_fragment(line: int) -> ParseWarning:
    """A paragraph that stops mid-sentence with no continuation found."""
    return ParseWarning(
        "unjoined_fragment", "a paragraph stops mid-sentence and no continuation was found", line
    )


def missing_start(line: int) -> ParseWarning:
    """A paragraph that begins mid-sentence, its start not on the page."""
    return ParseWarning(
        "missing_start", "a paragraph begins mid-sentence; its start is not on the page", line
    )


def replaced_bytes(count: int, encoding: str, shown: str, line: int) -> ParseWarning:
    """Undecodable bytes replaced with U+FFFD."""
    message = f"{count} invalid {encoding} byte sequence(s) replaced with U+FFFD on line(s) {shown}"
    return ParseWarning("replaced_bytes", message, line)


def possible_mojibake(label: str, shown: str, line: int) -> ParseWarning:
    """Lines that look like text decoded with the wrong encoding."""
    message = f"line(s) {shown} look like {label}; re-export the page from its source"
    return ParseWarning("possible_mojibake", message, line)


def unplaced(line: int) -> ParseWarning:
    """A line no rule placed, kept as an artifact."""
    return ParseWarning("unplaced", "a line no rule placed was kept as an artifact", line)
