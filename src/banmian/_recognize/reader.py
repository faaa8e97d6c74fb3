"""The page's lines as the recognizers read them: each line at most once.

`PageReader` is what every row of the classifier's line table sees:
all the lines, the profile's compiled patterns, and what the recognizers
read so far.  It calls each recognizer at most once per line and keeps the
record it returned, so a rule that looks at a neighbour (is the next line a
byline?) and the classifier's final record of the line share one reading.
Only the classifier uses it.
"""

from __future__ import annotations

from typing import Final

from .._lexicon import BYLINE_MAX_CHARS
from .._patterns import Rules
from .._records import CaptionSplit, DatelineMatch, InlineByline, Line
from ..model import Byline
from .byline import allows_bare_names, parse_byline, split_inline_byline
from .credit import credit_of_line, split_credit
from .dateline import match_dateline

_UNREAD: Final = object()


class PageReader:
    """What every rule sees: all the lines, the profile's compiled patterns,
    and what the recognizers read so far (each line is read once)."""

    __slots__ = (
        "_bylines",
        "_captions",
        "_inlines",
        "_openings",
        "body_started",
        "continuing",
        "lines",
        "rules",
    )

    def __init__(
        self, lines: tuple[Line, ...], rules: Rules, continuing: frozenset[int] = frozenset()
    ) -> None:
        self.lines = lines
        self.rules = rules
        # On a hard-wrapped page, the indices of the lines that continue the
        # paragraph of the line above them (see ``banmian._wrap``).
        self.continuing = continuing
        # A line other than page furniture has been read: the top of the page is past.
        self.body_started = False
        self._bylines: list[object] = [_UNREAD] * len(lines)
        self._captions: list[object] = [_UNREAD] * len(lines)
        self._inlines: list[object] = [_UNREAD] * len(lines)
        self._openings: list[object] = [_UNREAD] * len(lines)

    def byline(self, i: int) -> Byline | None:
        """The line read as a byline, or ``None``."""
        found = self._bylines[i]
        if found is _UNREAD:
            line = self.lines[i]
            found = None
            if not line.heading and len(line.text) <= BYLINE_MAX_CHARS:
                bare = allows_bare_names(line.text, line.marker, self.rules)
                found = parse_byline(line.text, (line.number,), bare_names=bare, rules=self.rules)
            self._bylines[i] = found
        return found  # type: ignore[return-value]

    def caption(self, i: int) -> CaptionSplit:
        """The line split into caption text and credit."""
        found = self._captions[i]
        if found is _UNREAD:
            found = self._captions[i] = split_credit(self.lines[i].text, self.rules)
        return found  # type: ignore[return-value]

    def inline(self, i: int) -> InlineByline | None:
        """The line read as a title with its byline on the same line, or ``None``."""
        found = self._inlines[i]
        if found is _UNREAD:
            found = self._inlines[i] = split_inline_byline(self.lines[i].text, self.rules)
        return found  # type: ignore[return-value]

    def opening(self, i: int) -> DatelineMatch | None:
        """The dateline or reporters the line opens with, or ``None``."""
        found = self._openings[i]
        if found is _UNREAD:
            found = self._openings[i] = match_dateline(self.lines[i].text, self.rules)
        return found  # type: ignore[return-value]

    def credit(self, i: int) -> str:
        """The credit of a line that is only a photo credit."""
        return credit_of_line(self.lines[i].text, self.rules)

    def byline_of_lines(self, lines: list[Line]) -> Byline | None:
        """The byline read from several lines set one under the other."""
        text = " ".join(line.text for line in lines)
        bare = any(allows_bare_names(line.text, line.marker, self.rules) for line in lines)
        return parse_byline(text, tuple(line.number for line in lines), bare_names=bare, rules=self.rules)
