"""The input boundary: check the arguments of the public functions and read a page safely.

What goes in: whatever a caller passed to `load_edition`,
`parse_edition` or `iter_editions`.  What comes
out: the page's bytes (or text, from a text file object) and a name to record,
or a one-line `BanmianError` that says what was wrong and,
for a wrong type, what was expected.  What it never does: open a device, a
FIFO or a socket (a path is checked by file type before it is opened, and
opened without blocking), read more than the size limit plus one byte, or put
a whole page of text into an error message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO, Final

from .errors import DecodeError, InputError, InputTooLargeError, InputTypeError
from .profile import Profile, profile_named, registered_profiles

__all__ = [
    "ProfileArg",
    "check_limits",
    "printable",
    "read_file",
    "read_path",
    "resolve_profile",
    "source_path",
]

ProfileArg = Profile | str | None
"""A profile, a profile's name (``"mainland"``, ``"traditional"``), or None to detect one."""


# Linux's PATH_MAX: a longer str cannot name a file, so it is page text.
_PATH_MAX: Final = 4096

# A FIFO with no writer would block open() for ever; O_NONBLOCK makes the open
# return at once (regular files read the same with or without it).  The flags
# do not exist on every platform: 0 leaves them out.
_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)

_FILE_TYPES: Final = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def printable(name: str) -> str:
    """A file name as valid text: undecodable bytes (surrogate escapes) become U+FFFD.

    >>> printable("page\\udcff.txt")
    'page�.txt'
    """
    try:  # os.fsdecode's surrogate escapes go back to their bytes, then to U+FFFD
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # other lone surrogates
        return name.encode("utf-8", "replace").decode("utf-8")


def source_path(source: str) -> str:
    """``source`` as a path, unless it looks like page text given to the wrong function.

    >>> source_path("seeds/000.txt")
    'seeds/000.txt'
    >>> source_path("标题\\n\\n正文。")
    Traceback (most recent call last):
    ...
    banmian.errors.InputError: a str with a line break looks like page text: use parse_edition
    """
    if _looks_like_page_text(source):
        shape = f"of {len(source)} characters" if len(source) > _PATH_MAX else "with a line break"
        msg = f"a str {shape} looks like page text: use parse_edition"
        raise InputError(msg)
    return source


def _looks_like_page_text(path: str) -> bool:
    """A str that cannot be a path a user meant: over PATH_MAX, or with a line break and no such file."""
    if len(path) > _PATH_MAX:
        return True
    return ("\n" in path or "\r" in path) and not os.path.lexists(path)


def read_path(path: str, max_size: int) -> bytes:
    """Read a regular file of at most ``max_size`` bytes; anything else is an `InputError`."""
    shown = printable(path)
    try:
        # Checked before opening: opening some devices has effects of its own.
        _check_regular_file(Path(path).stat(), shown, max_size)
        with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as file:
            # Checked again on what was opened: the path may have changed since.
            _check_regular_file(os.fstat(file.fileno()), shown, max_size)
            data = file.read(max_size + 1)  # one byte over the limit is enough to know
    except FileNotFoundError as exc:
        msg = f"{shown}: no such file"
        raise InputError(msg) from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL inside the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        msg = f"{shown}: cannot read ({reason})"
        raise InputError(msg) from exc
    if len(data) > max_size:
        msg = f"{shown} is over the limit of {max_size} bytes"
        raise InputTooLargeError(msg)
    return data


def _check_regular_file(status: os.stat_result, shown: str, max_size: int) -> None:
    for is_type, kind in _FILE_TYPES:
        if is_type(status.st_mode):
            msg = f"{shown} is {kind}, not a page"
            raise InputError(msg)
    if not stat.S_ISREG(status.st_mode):
        msg = f"{shown} is not a regular file, not a page"
        raise InputError(msg)
    if status.st_size > max_size:
        msg = f"{shown} has {status.st_size} bytes, over the limit of {max_size}"
        raise InputTooLargeError(msg)


def read_file(file: IO[bytes] | IO[str], max_size: int) -> bytes | str:
    """Read at most ``max_size`` + 1 bytes or characters from a file object."""
    try:
        try:
            data = file.read(max_size + 1)
        except TypeError:  # a file-like object whose read() takes no size
            data = file.read()
    except UnicodeDecodeError as exc:
        msg = f"the text file object could not decode its bytes ({exc.reason}); open it in binary mode"
        raise DecodeError(msg) from exc
    except (OSError, ValueError, TypeError) as exc:
        msg = f"cannot read the file object ({exc})"
        raise InputError(msg) from exc
    if not isinstance(data, (bytes, str)):
        msg = f"the file object returned {type(data).__name__}, not bytes or str"
        raise InputError(msg)
    return data


def resolve_profile(profile: ProfileArg) -> Profile | None:
    """The `Profile` named or given; ``None`` (detect one) stays ``None``.

    >>> resolve_profile("traditional").name
    'traditional'
    >>> resolve_profile("klingon")
    Traceback (most recent call last):
    ...
    banmian.errors.InputError: unknown profile 'klingon': use 'mainland', 'traditional' or a banmian.Profile
    """
    if profile is None or isinstance(profile, Profile):
        return profile
    if isinstance(profile, str):
        try:
            return profile_named(profile.strip())
        except KeyError:
            names = ", ".join(repr(p.name) for p in registered_profiles())
            msg = f"unknown profile {profile[:40]!r}: use {names} or a banmian.Profile"
            raise InputError(msg) from None
    msg = f"profile must be a banmian.Profile, a profile name or None, not {type(profile).__name__}"
    raise InputTypeError(msg)


def check_limits(*, encoding: object = None, max_size: object) -> None:
    """Refuse an ``encoding`` that is not a str or None, and a ``max_size`` that is not an int >= 0."""
    if encoding is not None and not isinstance(encoding, str):
        msg = f"encoding must be a str such as 'gb18030' or None, not {type(encoding).__name__}"
        raise InputTypeError(msg)
    if isinstance(max_size, bool) or not isinstance(max_size, int):
        msg = f"max_size must be an int (a number of bytes), not {type(max_size).__name__}"
        raise InputTypeError(msg)
    if max_size < 0:
        msg = f"max_size must be 0 or more, not {max_size}"
        raise InputError(msg)
