"""Counts for the command line's summary, and the progress line of long runs on a terminal.

The progress line goes to standard error only, and only when the caller says
it is a terminal; it is redrawn in place (carriage return, then "erase to the
end of the line") and erased before any other message and before the summary.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable
from typing import Final, TextIO

from .model import Edition

__all__ = ["CLEAR_LINE", "Tally"]

# Carriage return and "erase to end of line": what follows replaces the progress line.
CLEAR_LINE: Final = "\r\x1b[K"
# The progress line appears once a run has lasted this long and is redrawn at
# most this often: short runs print nothing extra, long ones do not flicker.
_PROGRESS_AFTER_S: Final = 1.0
_PROGRESS_EVERY_S: Final = 0.5


def _plural(count: int, word: str) -> str:
    """
    >>> _plural(1, "error"), _plural(0, "error")
    ('1 error', '0 errors')
    """
    return f"{count} {word}{'' if count == 1 else 's'}"


def _duration(seconds: float) -> str:
    """
    >>> _duration(75), _duration(3725)
    ('1:15', '1:02:05')
    """
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Tally:
    """Pages, articles, warnings by kind and errors of a run; draws the progress line."""

    def __init__(
        self, total: int, stderr: TextIO, *, progress: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.total, self.stderr, self.progress, self.clock = total, stderr, progress, clock
        self.pages = self.articles = self.errors = 0
        self.warnings: collections.Counter[str] = collections.Counter()
        self.start = self.drawn = clock()
        self.shown = False  # a progress line is on the screen

    @property
    def done(self) -> int:
        """Files finished, parsed or not."""
        return self.pages + self.errors

    def count(self, edition: Edition | None) -> None:
        """Count one file's outcome (``None``: it failed) and redraw the progress line if due."""
        if edition is None:
            self.errors += 1
        else:
            self.pages += 1
            self.articles += len(edition.articles)
            self.warnings.update(warning.kind for warning in edition.warnings)
        now = self.clock()
        if self.progress and now - self.start >= _PROGRESS_AFTER_S and now - self.drawn >= _PROGRESS_EVERY_S:
            self.drawn = now
            self.stderr.write(CLEAR_LINE + self._progress_line(now))
            self.stderr.flush()
            self.shown = True

    def _progress_line(self, now: float) -> str:
        rate = self.done / max(now - self.start, 1e-9)
        left = self.total - self.done
        eta = _duration(left / rate) if rate > 0 else "?"
        return (
            f"banmian: {self.done}/{self.total} files, {rate:.1f} pages/s, ETA {eta}, "
            f"{_plural(self.errors, 'error')}"
        )

    def say(self, message: str) -> None:
        """Print a line on standard error, erasing the progress line first."""
        self.clear()
        print(message, file=self.stderr, flush=True)

    def clear(self) -> None:
        """Erase the progress line, if one is on the screen."""
        if self.shown:
            self.stderr.write(CLEAR_LINE)
            self.stderr.flush()
            self.shown = False

    def summary(self) -> str:
        """One line: pages, articles, warnings by kind, errors, time and rate."""
        elapsed = max(self.clock() - self.start, 1e-9)
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(self.warnings.items()))
        warnings = _plural(sum(self.warnings.values()), "warning") + (f" ({kinds})" if kinds else "")
        return (
            f"banmian: {_plural(self.pages, 'page')}, {_plural(self.articles, 'article')}, {warnings}, "
            f"{_plural(self.errors, 'error')} in {elapsed:.1f} s ({self.pages / elapsed:.1f} pages/s)"
        )
