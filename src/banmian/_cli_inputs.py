"""The pages a ``banmian parse`` run reads: files, folders walked recursively, and lists of paths.

Every path is kept as the user gave it (a folder's files as the folder joined
with their path inside it), with the folder its output name is relative to.
Nothing here reads a page; a path that turns out to be missing or unreadable
is reported when it is parsed.  A list of paths (``--files-from``) is read in
full before the run starts, so the run knows how many pages it has (for the
progress line) and never depends on the shell's limit on argument length.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Final

import attrs

__all__ = [
    "STDIN",
    "Collected",
    "Input",
    "UsageError",
    "absolute",
    "check_stdin_alone",
    "collect_inputs",
    "read_list",
]

STDIN: Final = "-"
"""The argument that stands for a page on standard input (and, after --files-from, a list on it)."""


class UsageError(Exception):
    """The command line asks for something that cannot be done; nothing was parsed (exit status 2)."""


@attrs.frozen
class Input:
    """One page to parse.

    Attributes:
        path: The path as given, or a folder as given joined with the file's path inside it.
        base: The folder the output name is made relative to: the file's own
            folder, or the folder given on the command line that it was found in.
    """

    path: str
    base: str


@attrs.frozen
class Collected:
    """The pages of a run, and one-line problems met while finding them (each counts as a failed input)."""

    inputs: tuple[Input, ...]
    problems: tuple[str, ...]


def read_list(name: str, stdin: BinaryIO) -> list[str]:
    """The paths listed in file ``name`` (``-``: standard input), one per line; blank lines are skipped.

    Lines are split on ``\\n`` only (a trailing ``\\r`` is dropped), so names
    with spaces are kept whole; bytes that are not UTF-8 are decoded the way
    `os.fsdecode` decodes file names.
    """
    try:
        data = stdin.read() if name == STDIN else Path(name).read_bytes()
    except OSError as exc:
        msg = f"cannot read the list of files {name}: {exc.strerror or exc}"
        raise UsageError(msg) from exc
    lines = (line.removesuffix(b"\r") for line in data.split(b"\n"))
    return [os.fsdecode(line) for line in lines if line.strip()]


def collect_inputs(items: Iterable[str], *, pattern: str, skip: str | None = None) -> Collected:
    """Expand folders into the files under them that match ``pattern``; keep other paths as given.

    Args:
        items: Paths from the command line and from ``--files-from``.
        pattern: A shell pattern (``*.txt``) matched against the names of files found in folders.
        skip: A folder not to walk into (the output folder, so that a second
            run never reads the first run's output).
    """
    inputs: list[Input] = []
    problems: list[str] = []
    for item in items:
        if Path(item).is_dir():
            found, trouble = _walk(item, pattern, skip)
            inputs.extend(found)
            problems.extend(trouble)
        else:
            inputs.append(Input(path=item, base=str(Path(absolute(item)).parent)))
    return Collected(inputs=tuple(inputs), problems=tuple(problems))


def _walk(folder: str, pattern: str, skip: str | None) -> tuple[list[Input], list[str]]:
    """The files under ``folder`` whose names match ``pattern``, in sorted order, and the folders not read."""
    found: list[Input] = []
    problems: list[str] = []

    def unreadable(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot read the folder ({exc.strerror or exc})")

    base = absolute(folder)
    # os.walk does not follow links to folders, so a link loop cannot make it run for ever.
    for root, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not _is_skipped(Path(root, name), skip))
        found.extend(
            # os.path.join keeps the folder as the user typed it ("./pages/a.txt"); Path would rewrite it.
            Input(path=os.path.join(root, name), base=base)  # noqa: PTH118
            for name in sorted(files)
            if fnmatch.fnmatch(name, pattern)
        )
    if not found and not problems:
        problems.append(f"{folder}: no file in this folder matches {pattern}")
    return found, problems


def _is_skipped(folder: Path, skip: str | None) -> bool:
    return skip is not None and absolute(folder) == skip


def absolute(path: str | Path) -> str:
    """``path`` made absolute with ``..`` removed by reading it, not by following links."""
    # Path.resolve() follows links and Path.absolute() keeps "..": neither names the path as written.
    return os.path.abspath(path)  # noqa: PTH100


def check_stdin_alone(items: Sequence[str], files_from: str | None) -> bool:
    """True when the page comes from standard input (``-``); refuses ``-`` mixed with other inputs."""
    if STDIN not in items:
        return False
    if len(items) > 1 or files_from is not None:
        msg = "- (a page on standard input) cannot be combined with other inputs or --files-from"
        raise UsageError(msg)
    return True
