"""The safe way to write an output file, and the checks made before a run writes anything.

What the command line guarantees (each checked before any page is parsed,
and again as each file is written):

* an input is never written over, not even with ``--force``;
* an existing output is refused unless ``--force``;
* every file appears whole or not at all: it is written to a temporary file
  in the same folder and then linked (or, with ``--force``, renamed) into
  place, so an interrupted run leaves no half file;
* a symbolic link planted in the output folder is never written through:
  the link itself would be replaced, and a linked sub-folder is refused.

The sinks that use these are in ``_cli_sinks``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final, Protocol

import attrs

from ._cli_inputs import Input, UsageError, absolute

__all__ = [
    "SUFFIXES",
    "InputGuard",
    "OutputError",
    "Sink",
    "cannot_write",
    "choose_format",
    "file_mode",
    "make_folder",
    "out_is_file",
    "publish",
    "write_all",
    "write_atomic",
]

SUFFIXES: Final = {"json": ".json", "jsonl": ".jsonl", "text": ".txt"}
# An --out path with one of these suffixes is a file; any other is a folder.
_FILE_FORMATS: Final = {".json": "json", ".jsonl": "jsonl", ".txt": "text"}
# link() is not available on every file system; these say so, and a plain rename is used instead.
_NO_HARD_LINKS: Final = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV})


class OutputError(Exception):
    """An output could not be written; the run stops (exit status 3)."""


class Sink(Protocol):
    """Where rendered pages go."""

    def write(self, item: Input, text: str) -> None: ...
    def finish(self) -> None: ...
    def abort(self) -> str | None: ...


def out_is_file(out: str) -> bool:
    """True when ``--out`` names one file: it ends in .json, .jsonl or .txt and is no existing folder."""
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        return False
    return Path(out).suffix.lower() in _FILE_FORMATS


def choose_format(requested: str | None, out: str | None) -> str:
    """The output format: as requested, else implied by an ``--out`` file's suffix, else ``json``."""
    if out is None or not out_is_file(out):
        return requested or "json"
    implied = _FILE_FORMATS[Path(out).suffix.lower()]
    if requested is not None and requested != implied:
        msg = f"--out {out} is a {implied} file but --format is {requested}: make them agree"
        raise UsageError(msg)
    return implied


@attrs.frozen
class InputGuard:
    """What the inputs are, to refuse an output that would land on one (by name, link or hard link)."""

    paths: frozenset[str]
    files: frozenset[tuple[int, int]]

    @classmethod
    def of(cls, inputs: Sequence[Input]) -> InputGuard:
        files = set()
        for item in inputs:
            with contextlib.suppress(OSError, ValueError):
                status = Path(item.path).stat()
                files.add((status.st_dev, status.st_ino))
        return cls(paths=frozenset(absolute(item.path) for item in inputs), files=frozenset(files))

    def holds(self, target: Path) -> bool:
        """True when writing ``target`` would replace or change an input."""
        if absolute(target) in self.paths:
            return True
        try:
            status = target.stat()
        except (OSError, ValueError):
            return False
        return (status.st_dev, status.st_ino) in self.files

    def refuse(self, target: Path) -> None:
        if self.holds(target):
            msg = f"{target} is an input: banmian never writes over its inputs (choose another --out)"
            raise UsageError(msg)


def file_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the umask (mkstemp would give 0o600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def publish(temp: str, target: Path, *, replace: bool) -> None:
    """Move a finished temporary file to ``target``; refuse an existing target unless ``replace``."""
    if replace:
        Path(temp).replace(target)  # replaces a link itself, never what it points to
        return
    try:
        os.link(temp, target)  # fails if target exists, even as a dangling link
    except FileExistsError as exc:
        msg = f"{target} exists: use --force to replace it"
        raise OutputError(msg) from exc
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(target):
            msg = f"{target} exists: use --force to replace it"
            raise OutputError(msg) from exc
        Path(temp).replace(target)
        return
    Path(temp).unlink()


def write_atomic(target: Path, data: bytes, *, replace: bool) -> None:
    """Write ``target`` whole or not at all (a temporary file in its folder, then moved into place)."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".banmian-", suffix=".part")
    try:
        try:
            if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
                os.fchmod(fd, file_mode())
            write_all(fd, data)
        finally:
            os.close(fd)
        publish(temp, target, replace=replace)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temp).unlink()
        raise


def cannot_write(target: Path | str, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {target} ({exc.strerror or exc})")


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"cannot create the folder {folder} ({exc.strerror or exc})"
        raise OutputError(msg) from exc
