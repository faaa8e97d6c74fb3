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
import contextlib
import glob
import itertools
import os
import signal
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Final, Literal, TypeAlias, Union

import attrs

from ._api import DEFAULT_MAX_BYTES, load_path
from ._input import ProfileArg, check_limits, resolve_profile, source_path
from .errors import BanmianError, InputError, InputTypeError
from .model import Edition
from .profile import Profile

__all__ = ["CorpusResult", "CorpusSources", "FailedPage", "ParsedPage", "iter_editions"]

# Tasks in flight per worker process: two keep every worker busy while the
# caller consumes a result, without reading far ahead of the caller (each
# task in flight holds one parsed page in memory).
_IN_FLIGHT_PER_WORKER: Final = 2

# A str with one of these is a glob pattern (the wildcards of the glob module).
_GLOB_CHARS: Final = "*?["

CorpusSources = Union[str, "os.PathLike[str]", Iterable[Union[str, bytes, "os.PathLike[str]"]]]
"""What `iter_editions` reads: a glob pattern, one path, or an iterable of paths."""

_NOT_SOURCES: Final = (bytes, bytearray, memoryview)


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
    profile: ProfileArg = None,
    max_size: int = DEFAULT_MAX_BYTES,
) -> Generator[CorpusResult, None, None]:
    """Parse many pages, yielding one `CorpusResult` per source in input order.

    Args:
        sources: A glob pattern (a ``str`` with ``*``, ``?`` or ``[``, expanded
            in sorted order, ``**`` included), a single path, or an iterable
            of paths (read lazily, so it may be a generator over millions of
            files; a ``bytes`` path in it is decoded like `os.fsdecode`).
            Pass a `pathlib.Path` for a file whose name contains glob
            characters.  A pattern that matches nothing yields nothing.
        workers: Processes to parse with; ``1`` parses in this process.  At
            most one process per CPU is started, and none for a single page.
            With more than one, at most ``2 * workers`` pages are in flight,
            so memory stays bounded however long the corpus is.  Worker
            processes ignore Ctrl-C: the caller's ``KeyboardInterrupt`` stops
            the run, and closing the generator ends the workers.
        encoding: Decode every page with this encoding instead of detecting it.
        profile: The house style for every page (a `Profile`
            or its name); detected per page when not given.
        max_size: The largest page accepted, in bytes.

    Yields:
        One result per source, in the order of ``sources``.  ``close()`` the
        generator (or leave a ``with contextlib.closing(...)`` block) to stop
        early: tasks not started are cancelled and the worker processes end.  A page that
        cannot be read (missing, a directory, binary, over ``max_size``,
        undecodable) gives a result with ``edition=None`` and the error
        message; the run goes on.

    Raises:
        InputTypeError: ``sources`` is ``bytes`` (a page's bytes go to
            `load_edition`), not a path or an iterable, or an
            option has the wrong type; raised by the call itself, before any
            page is read.  An item of ``sources`` that is not a path raises
            it when the iteration reaches it.
        InputError: ``workers`` is less than 1, ``profile`` names no known
            profile, or ``sources`` is a ``str`` of page text.
        BanmianError: A worker process died (killed, out of memory); the
            results before it were yielded.

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
    _check_workers(workers)
    check_limits(encoding=encoding, max_size=max_size)
    chosen = resolve_profile(profile)
    paths = _expand(_checked_sources(sources))
    if workers == 1:
        return (_load_one(path, encoding, chosen, max_size) for path in paths)
    return _iter_parallel(paths, workers, encoding, chosen, max_size)


def _check_workers(workers: object) -> None:
    if isinstance(workers, bool) or not isinstance(workers, int):
        msg = f"workers must be an int (a number of processes), not {type(workers).__name__}"
        raise InputTypeError(msg)
    if workers < 1:
        msg = f"workers must be at least 1, not {workers}"
        raise InputError(msg)


def _checked_sources(sources: object) -> CorpusSources:
    """``sources`` itself, once it is known to be a pattern, a path or an iterable of paths."""
    if isinstance(sources, _NOT_SOURCES):
        msg = (
            "iter_editions takes a glob pattern, a path or an iterable of paths, "
            f"not {type(sources).__name__}; for a page's bytes use load_edition, "
            "for one bytes path pass [path]"
        )
        raise InputTypeError(msg)
    if isinstance(sources, str):
        source_path(sources)  # refuses a str of page text
        return sources
    if isinstance(sources, (os.PathLike, Iterable)):
        return sources  # items are checked as they are read
    msg = f"iter_editions takes a glob pattern, a path or an iterable of paths, not {type(sources).__name__}"
    raise InputTypeError(msg)


def _expand(sources: CorpusSources) -> Iterator[str]:
    """The paths of ``sources``, lazily, as strings."""
    if isinstance(sources, str):
        if any(char in sources for char in _GLOB_CHARS):
            # Path.glob takes no absolute patterns ("/data/**/*.txt"); glob.glob does.
            yield from sorted(glob.glob(sources, recursive=True))  # noqa: PTH207
        else:
            yield sources
    elif isinstance(sources, os.PathLike):
        yield os.fsdecode(os.fspath(sources))
    else:
        for index, source in enumerate(sources):
            yield _item_path(index, source)


def _item_path(index: int, source: object) -> str:
    """One item of an iterable of sources as a path string; bytes paths are file names too."""
    if isinstance(source, (str, bytes, os.PathLike)):
        return os.fsdecode(os.fspath(source))
    msg = f"item {index} of the sources is {type(source).__name__}, not a path (str, bytes or os.PathLike)"
    raise InputTypeError(msg)


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _load_one(path: str, encoding: str | None, profile: Profile | None, max_size: int) -> CorpusResult:
    """Parse one page; a `BanmianError` becomes the result's error.

    Module-level, so that worker processes can import it by name.
    """
    try:
        edition = load_path(path, encoding=encoding, profile=profile, max_size=max_size)
    except BanmianError as exc:
        return FailedPage(path=path, error=str(exc))
    return ParsedPage(path=path, edition=edition)


def _iter_parallel(
    paths: Iterator[str], workers: int, encoding: str | None, profile: Profile | None, max_size: int
) -> Generator[CorpusResult, None, None]:
    """Keep a bounded window of tasks in flight; yield their results in submission order.

    No more processes start than there are CPUs or pages: the first pages are
    taken before the pool is made, and a single page is parsed in this process.
    """
    head = list(itertools.islice(paths, min(workers, available_cpus())))
    if len(head) <= 1:
        yield from (_load_one(path, encoding, profile, max_size) for path in itertools.chain(head, paths))
        return
    window = len(head) * _IN_FLIGHT_PER_WORKER
    pending: collections.deque[Future[CorpusResult]] = collections.deque()
    executor = ProcessPoolExecutor(max_workers=len(head), initializer=_ignore_interrupts)
    try:
        for path in itertools.chain(head, paths):
            with _interrupts_held():  # submit() may start the workers
                pending.append(executor.submit(_load_one, path, encoding, profile, max_size))
            if len(pending) >= window:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        # Reached also when the caller stops early (the generator is closed):
        # tasks not yet started are dropped, running ones are waited for.
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[CorpusResult]) -> CorpusResult:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        msg = "a worker process died (killed, or out of memory); the run stopped"
        raise BanmianError(msg) from exc


def _ignore_interrupts() -> None:
    """In each worker: leave Ctrl-C to the parent, which stops the run and ends the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back while workers may be forked.

    A worker forked with SIGINT blocked cannot be interrupted before
    `_ignore_interrupts` has run in it (it would print a traceback of its
    own); the parent receives a Ctrl-C held back here as soon as this ends.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
