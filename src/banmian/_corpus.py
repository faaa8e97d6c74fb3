"""Many pages in, one `CorpusResult` per page out, streamed in input order.

``iter_editions`` is `load_edition` for a corpus: it reads the
sources lazily, keeps memory bounded (at most a small window of pages is in
flight at any time, whatever the size of the corpus), optionally spreads the
work over processes, and never stops at a bad file: a file that cannot be
read or decoded gives a result that carries the error message instead of an
edition.  Results are the same as calling ``load_edition`` on each path in
turn, in the same order, whatever the number of workers::

    for result in banmian.iter_editions("seeds/*.txt", workers=2):
        if result.ok:
            print(result.path, len(result.edition.articles))
        else:
            print(result.path, result.error)
"""

from __future__ import annotations

import collections
import glob
import os
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Final, Literal, TypeAlias, Union

import attrs

from ._api import DEFAULT_MAX_BYTES, load_edition
from .errors import BanmianError, InputError
from .model import Edition
from .profile import Profile

__all__ = ["CorpusResult", "CorpusSources", "FailedPage", "ParsedPage", "iter_editions"]

# Tasks in flight per worker process: two keep every worker busy while the
# caller consumes a result, without reading far ahead of the caller (each
# task in flight holds one parsed page in memory).
_IN_FLIGHT_PER_WORKER: Final = 2

# A str with one of these is a glob pattern (the wildcards of the glob module).
_GLOB_CHARS: Final = "*?["

CorpusSources = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]
"""What `iter_editions` reads: a glob pattern, one path, or an iterable of paths."""


@attrs.frozen
class ParsedPage:
    """A source of a corpus that was read: ``ok`` is ``True`` and ``edition`` is the reading.

    Attributes:
        path: The path as given (or as the glob pattern expanded it).
        edition: The parsed page.
    """

    path: str
    edition: Edition

    @property
    def ok(self) -> Literal[True]:
        """Always ``True``: ``if result.ok:`` narrows a ``CorpusResult`` to this class."""
        return True

    @property
    def error(self) -> None:
        """Always ``None``: the page was read."""
        return None


@attrs.frozen
class FailedPage:
    """A source of a corpus that could not be read: ``ok`` is ``False`` and ``error`` says why.

    Attributes:
        path: The path as given (or as the glob pattern expanded it).
        error: The `BanmianError` message.
    """

    path: str
    error: str

    @property
    def ok(self) -> Literal[False]:
        """Always ``False``: ``if not result.ok:`` narrows a ``CorpusResult`` to this class."""
        return False

    @property
    def edition(self) -> None:
        """Always ``None``: there is no reading."""
        return None


CorpusResult: TypeAlias = ParsedPage | FailedPage
"""The outcome for one source of a corpus: a `ParsedPage` or a `FailedPage`.

Both have ``path``, ``ok``, ``edition`` and ``error``; a type checker narrows
the pair on ``result.ok``, ``result.error is None`` or ``result.edition is not None``::

    for result in banmian.iter_editions("pages/*.txt"):
        if result.ok:
            print(len(result.edition.articles))  # result is a ParsedPage here
        else:
            print(result.path, result.error)  # a FailedPage: error is a str
"""


def iter_editions(
    sources: CorpusSources,
    *,
    workers: int = 1,
    encoding: str | None = None,
    profile: Profile | None = None,
    max_size: int = DEFAULT_MAX_BYTES,
) -> Generator[CorpusResult, None, None]:
    """Parse many pages, yielding one `CorpusResult` per source in input order.

    Args:
        sources: A glob pattern (a ``str`` with ``*``, ``?`` or ``[``, expanded
            in sorted order, ``**`` included), a single path, or an iterable
            of paths (read lazily, so it may be a generator over millions of
            files).  Pass a `pathlib.Path` for a file whose name
            contains glob characters.  A pattern that matches nothing yields
            nothing.
        workers: Processes to parse with; ``1`` parses in this process.  With
            more, at most ``2 * workers`` pages are in flight, so memory stays
            bounded however long the corpus is.
        encoding: Decode every page with this encoding instead of detecting it.
        profile: The house style for every page; detected per page when not given.
        max_size: The largest page accepted, in bytes.

    Yields:
        One result per source, in the order of ``sources``.  ``close()`` the
        generator (or leave a ``with contextlib.closing(...)`` block) to stop
        early: tasks not started are cancelled and the worker processes end.  A page that
        cannot be read (missing, a directory, binary, over ``max_size``,
        undecodable) gives a result with ``edition=None`` and the error
        message; the run goes on.

    Raises:
        InputError: ``workers`` is less than 1 (raised by the call itself,
            before any page is read).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     page = Path(folder, "page.txt")
        ...     _ = page.write_text("标题在此处\\n\\n□本报记者 王 凯\\n\\n本报讯 正文。", encoding="utf-8")
        ...     results = list(iter_editions([page, Path(folder, "missing.txt")]))
        >>> [(Path(r.path).name, r.ok) for r in results]
        [('page.txt', True), ('missing.txt', False)]
        >>> results[0].edition.articles[0].headline
        '标题在此处'
        >>> "no such file" in results[1].error
        True
    """
    if workers < 1:
        msg = f"workers must be at least 1, not {workers}"
        raise InputError(msg)
    paths = _expand(sources)
    if workers == 1:
        return (_load_one(path, encoding, profile, max_size) for path in paths)
    return _iter_parallel(paths, workers, encoding, profile, max_size)


def _expand(sources: CorpusSources) -> Iterator[str]:
    """The paths of ``sources``, lazily, as strings."""
    if isinstance(sources, str):
        if any(char in sources for char in _GLOB_CHARS):
            # Path.glob takes no absolute patterns ("/data/**/*.txt"); glob.glob does.
            yield from sorted(glob.glob(sources, recursive=True))  # noqa: PTH207
        else:
            yield sources
    elif isinstance(sources, os.PathLike):
        yield os.fspath(sources)
    else:
        for source in sources:
            yield os.fspath(source)


def _load_one(path: str, encoding: str | None, profile: Profile | None, max_size: int) -> CorpusResult:
    """Parse one page; a `BanmianError` becomes the result's error.

    Module-level, so that worker processes can import it by name.
    """
    try:
        edition = load_edition(path, encoding=encoding, profile=profile, max_size=max_size)
    except BanmianError as exc:
        return FailedPage(path=path, error=str(exc))
    return ParsedPage(path=path, edition=edition)


def _iter_parallel(
    paths: Iterator[str], workers: int, encoding: str | None, profile: Profile | None, max_size: int
) -> Generator[CorpusResult, None, None]:
    """Keep a bounded window of tasks in flight; yield their results in submission order."""
    window = workers * _IN_FLIGHT_PER_WORKER
    pending: collections.deque[Future[CorpusResult]] = collections.deque()
    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        for path in paths:
            pending.append(executor.submit(_load_one, path, encoding, profile, max_size))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Reached also when the caller stops early (the generator is closed):
        # tasks not yet started are dropped, running ones are waited for.
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
