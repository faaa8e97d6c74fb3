"""Where ``banmian parse`` writes its pages: standard output, one file, or a folder that mirrors the inputs.

* Standard output: pages in input order, flushed one by one.
* One file (``--out corpus.jsonl``): written to a temporary file and moved
  into place at the end; if the run is interrupted or the disk fills up, the
  pages complete so far are kept (a half-written page is cut off), so the
  file is always valid.  ``--append`` adds each page with one write instead.
* A folder (``--out parsed/``): one file per page, named by the page's path
  relative to the folder all inputs share (``a/page.txt`` and
  ``b/page.txt`` become ``parsed/a/page.json`` and ``parsed/b/page.json``);
  each file written whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final, TextIO

from ._cli_inputs import Input, UsageError, absolute
from ._cli_output import (
    SUFFIXES,
    InputGuard,
    OutputError,
    Sink,
    cannot_write,
    file_mode,
    make_folder,
    out_is_file,
    publish,
    write_all,
    write_atomic,
)

__all__ = ["FileSink", "FolderSink", "StreamSink", "open_sink"]

_APPEND_FLAGS: Final = (
    os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
)


def open_sink(
    out: str | None, fmt: str, inputs: Sequence[Input], *, force: bool, append: bool, stdout: TextIO
) -> Sink:
    """The sink for a run, after every check that can be made before parsing."""
    if out is None:
        if force or append:
            msg = "--force and --append need --out"
            raise UsageError(msg)
        return StreamSink(stdout)
    if force and append:
        msg = "--force replaces a file and --append adds to it: choose one"
        raise UsageError(msg)
    guard = InputGuard.of(inputs)
    if out_is_file(out):
        if fmt == "json" and (append or len(inputs) > 1):
            msg = f"--out {out}: a .json file holds one page; use a .jsonl file or a folder for more"
            raise UsageError(msg)
        return FileSink.create(Path(out), guard, force=force, append=append)
    if append:
        msg = "--append adds to one file: give --out FILE.jsonl"
        raise UsageError(msg)
    return FolderSink.create(Path(out), fmt, inputs, guard, force=force)


class StreamSink:
    """Standard output."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, item: Input, text: str) -> None:  # item unused: the Sink protocol
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            raise  # the reader has gone: the caller ends quietly
        except OSError as exc:
            msg = f"cannot write to standard output ({exc.strerror or exc})"
            raise OutputError(msg) from exc

    def finish(self) -> None:
        """Nothing is held back: every page was flushed."""

    def abort(self) -> str | None:
        return None


class FileSink:
    """Every page into one file, in input order."""

    def __init__(self, target: Path, guard: InputGuard, fd: int, temp: str | None, *, force: bool) -> None:
        self.target, self.guard, self.fd, self.temp, self.force = target, guard, fd, temp, force
        self.pages = 0
        self.complete = 0  # bytes of whole pages in a new file (temp); a cut page is truncated to here
        self.closed = False

    @classmethod
    def create(cls, target: Path, guard: InputGuard, *, force: bool, append: bool) -> FileSink:
        guard.refuse(target)
        if not append and not force and os.path.lexists(target):
            msg = f"{target} exists: use --force to replace it, or --append to add to it"
            raise UsageError(msg)
        make_folder(target.parent)
        try:
            if append:
                return cls(target, guard, _open_for_append(target), None, force=False)
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".banmian-", suffix=".part")
        except OSError as exc:
            raise cannot_write(target, exc) from exc
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
            os.fchmod(fd, file_mode())
        return cls(target, guard, fd, temp, force=force)

    def write(self, item: Input, text: str) -> None:  # item unused: the Sink protocol
        data = text.encode("utf-8")
        # Where this page starts: the end of the whole pages (a new file), or
        # the end of the file (appending: other runs may have added to it).
        start = self.complete if self.temp is not None else os.lseek(self.fd, 0, os.SEEK_END)
        try:
            write_all(self.fd, data)
        except OSError as exc:
            with contextlib.suppress(OSError):  # a full disk may leave half a page: cut it off
                os.ftruncate(self.fd, start)
            raise cannot_write(self.target, exc) from exc
        self.pages += 1
        self.complete += len(data)

    def finish(self) -> None:
        """Close the file; move a new one into place (a file without pages is not created)."""
        if self.closed:
            return
        self.closed = True
        os.close(self.fd)
        if self.temp is None:
            return
        if not self.pages:
            Path(self.temp).unlink(missing_ok=True)
            return
        try:
            publish(self.temp, self.target, replace=self.force)
        except (OutputError, OSError) as exc:  # the run's pages are not thrown away
            reason = exc if isinstance(exc, OutputError) else cannot_write(self.target, exc)
            msg = f"{reason}; the pages of this run are kept in {self.temp}"
            raise OutputError(msg) from exc

    def abort(self) -> str | None:
        """Keep the whole pages written so far; say so."""
        try:
            self.finish()
        except OutputError as exc:
            return str(exc)
        if not self.pages:
            return None
        return f"{self.target} holds the {self.pages} page(s) written before the run stopped"


def _open_for_append(target: Path) -> int:
    fd = os.open(target, _APPEND_FLAGS, 0o666)  # O_NOFOLLOW: a link as target is refused
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        msg = f"{target} is not a regular file"
        raise UsageError(msg)
    return fd


class FolderSink:
    """One file per page under a folder, named by the page's path relative to the inputs' common folder."""

    def __init__(self, root: Path, targets: dict[str, Path], guard: InputGuard, *, force: bool) -> None:
        self.root, self.targets, self.guard, self.force = root, targets, guard, force
        self.real_root = os.path.realpath(root)
        self.written: set[Path] = set()  # an input given twice replaces its own output

    @classmethod
    def create(
        cls, root: Path, fmt: str, inputs: Sequence[Input], guard: InputGuard, *, force: bool
    ) -> FolderSink:
        targets = _plan_targets(root, SUFFIXES[fmt], inputs)
        for target in targets.values():
            guard.refuse(target)
        if not force:
            existing = [target for target in targets.values() if os.path.lexists(target)]
            if existing:
                more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
                msg = f"{existing[0]}{more} exists: use --force to replace, or choose another --out"
                raise UsageError(msg)
        make_folder(root)
        return cls(root, targets, guard, force=force)

    def write(self, item: Input, text: str) -> None:
        target = self.targets[item.path]
        make_folder(target.parent)
        expected = os.path.join(self.real_root, os.path.relpath(target.parent, self.root))  # noqa: PTH118
        if os.path.realpath(target.parent) != os.path.normpath(expected):
            msg = f"{target.parent} is a symbolic link: banmian does not write through links in --out"
            raise OutputError(msg)
        if self.guard.holds(target):
            msg = f"{target} is an input: banmian never writes over its inputs"
            raise OutputError(msg)
        try:
            write_atomic(target, text.encode("utf-8"), replace=self.force or target in self.written)
        except OSError as exc:
            raise cannot_write(target, exc) from exc
        self.written.add(target)

    def finish(self) -> None:
        """Every file was written whole as it came."""

    def abort(self) -> str | None:
        return None


def _plan_targets(root: Path, suffix: str, inputs: Sequence[Input]) -> dict[str, Path]:
    """Each input's output file; two inputs may not share one."""
    if any(item.path == "-" for item in inputs):
        msg = "a page from standard input goes to standard output or to --out FILE, not to a folder"
        raise UsageError(msg)
    common = os.path.commonpath([item.base for item in inputs]) if inputs else ""
    targets: dict[str, Path] = {}
    owners: dict[Path, str] = {}
    for item in inputs:
        relative = Path(os.path.relpath(absolute(item.path), common))
        target = root / relative.with_suffix(suffix)
        if target in owners and owners[target] != item.path:
            msg = f"{owners[target]} and {item.path} would both be written to {target}"
            raise UsageError(msg)
        owners[target] = item.path
        targets[item.path] = target
    return targets
