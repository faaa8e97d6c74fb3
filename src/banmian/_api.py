"""``load_edition`` and ``parse_edition``: coerce the input, apply the limits,
run the stages in order.  The order of the pipeline lives here and nowhere else.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Final, Union

from ._build import build_edition
from ._classify import classify
from ._dateline import extract_datelines
from ._decode import Decoded, decode_bytes
from ._dedupe import remove_duplicates
from ._lines import split_lines
from ._mojibake import find_mojibake
from ._normalize import normalize_lines
from ._repair import join_broken_paragraphs
from ._rules import rules_for
from ._segment import segment
from ._wrap import mark_wrapped
from .errors import BanmianError, DecodeError, InputError, InputTooLargeError
from .model import Edition
from .profile import Profile, detect_profile

__all__ = ["DEFAULT_MAX_BYTES", "Source", "load_edition", "parse_edition"]

# A newspaper page is tens of kilobytes; a whole edition a few megabytes.
# 64 MiB leaves room for bundled dumps while keeping memory bounded (the
# parser holds a few copies of the text at once).
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
"""The default ``max_size``: 64 MiB; larger input raises InputTooLargeError."""

Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes], IO[str]]
"""What `load_edition` reads: a path, raw bytes, or a binary or text file object."""


def parse_edition(
    text: str,
    *,
    source: str | None = None,
    profile: Profile | None = None,
    max_size: int = DEFAULT_MAX_BYTES,
) -> Edition:
    """Parse a page that is already text in memory.

    Args:
        text: The page.
        source: A name to record as ``Edition.source`` (never read, never
            used to decide anything).
        profile: The house style of the paper; detected from the text
            (mainland or traditional) when not given.
        max_size: The largest input accepted, in characters.

    Returns:
        The parsed `Edition`; ``encoding`` is ``None`` since
        the text was never bytes.

    Raises:
        InputError: ``text`` is not a ``str``.
        InputTooLargeError: ``text`` is longer than ``max_size``.

    >>> edition = parse_edition("标题在此处\\n\\n□本报记者 王 凯\\n\\n本报讯 正文一段。")
    >>> edition.articles[0].headline, edition.articles[0].dateline
    ('标题在此处', '本报讯')
    """
    if not isinstance(text, str):
        msg = f"parse_edition takes str, not {type(text).__name__}; use load_edition for bytes and files"
        raise InputError(msg)
    if len(text) > max_size:
        msg = f"the text has {len(text)} characters, over the limit of {max_size}"
        raise InputTooLargeError(msg)
    return _run(Decoded(text, ""), source=source, encoding=None, profile=profile)


def load_edition(
    source: Source,
    *,
    encoding: str | None = None,
    profile: Profile | None = None,
    max_size: int = DEFAULT_MAX_BYTES,
) -> Edition:
    """Read and parse one page.

    Args:
        source: A path (``str`` or ``os.PathLike``), the page's bytes, or a
            binary or text file object.
        encoding: Decode with this encoding instead of detecting one.
        profile: The house style of the paper (`banmian.MAINLAND`,
            `banmian.TRADITIONAL` or your own); detected from the text
            when not given.
        max_size: The largest input accepted, in bytes (characters for a
            text file object).

    Returns:
        The parsed `Edition`.

    Raises:
        InputError: The path is missing or a directory, or ``source`` is not
            a path, bytes or a file.
        NotTextError: The input is binary (an image, a PDF, an archive).
        InputTooLargeError: The input is over ``max_size``.
        DecodeError: The bytes are not valid text in any supported encoding.
    """
    name: str | None = None
    if isinstance(source, (str, os.PathLike)):
        try:
            path = Path(source)
        except TypeError as exc:  # an os.PathLike whose __fspath__ gives bytes
            msg = f"cannot use {source!r} as a path ({exc})"
            raise InputError(msg) from exc
        name = _printable(path.name)
        data: bytes | str = _read_path(path, max_size)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif hasattr(source, "read"):
        data = _read_file(source, max_size)
        file_name = getattr(source, "name", None)
        name = _printable(Path(file_name).name) if isinstance(file_name, str) else None
    else:
        msg = f"load_edition takes a path, bytes or a file object, not {type(source).__name__}"
        raise InputError(msg)
    if len(data) > max_size:
        unit = "characters" if isinstance(data, str) else "bytes"
        msg = f"the input is over the limit of {max_size} {unit}"
        raise InputTooLargeError(msg)
    if isinstance(data, str):  # a text file object decoded it already: no encoding to report
        return _run(Decoded(data, ""), source=name, encoding=None, profile=profile)
    decoded = decode_bytes(data, encoding=encoding)
    return _run(decoded, source=name, encoding=decoded.encoding, profile=profile)


def _read_path(path: Path, max_size: int) -> bytes:
    try:
        if path.is_dir():
            msg = f"{path} is a directory, not a page"
            raise InputError(msg)
        size = path.stat().st_size
        if size > max_size:
            msg = f"{path} has {size} bytes, over the limit of {max_size}"
            raise InputTooLargeError(msg)
        return path.read_bytes()
    except FileNotFoundError as exc:
        msg = f"{path}: no such file"
        raise InputError(msg) from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL inside the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        msg = f"{_printable(str(path))}: cannot read ({reason})"
        raise InputError(msg) from exc


def _printable(name: str) -> str:
    """A file name as valid text: undecodable bytes (surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "replace").decode("utf-8")


def _read_file(file: IO[bytes] | IO[str], max_size: int) -> bytes | str:
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


def _run(decoded: Decoded, *, source: str | None, encoding: str | None, profile: Profile | None) -> Edition:
    profile = profile or detect_profile(decoded.text)
    rules = rules_for(profile)
    try:
        lines = mark_wrapped(normalize_lines(split_lines(decoded.text), profile))
        page = segment(classify(lines, rules), rules)
        page = extract_datelines(page, rules)
        page = join_broken_paragraphs(page, rules)
        page, duplicates = remove_duplicates(page)
        warnings = decoded.warnings + find_mojibake(lines)
        return build_edition(page, duplicates, lines, source=source, encoding=encoding, warnings=warnings)
    except RecursionError as exc:  # pragma: no cover - no stage recurses; kept as a guard
        msg = "the input is too deeply nested to parse"
        raise BanmianError(msg) from exc
