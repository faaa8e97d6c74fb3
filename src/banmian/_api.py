"""``load_edition`` and ``parse_edition``: coerce the input, apply the limits,
run the stages in order.  The order of the pipeline lives here and nowhere else.
"""

from __future__ import annotations

import operator
import os
from pathlib import Path
from typing import IO, Final, Union

import attrs

from ._build import build_edition
from ._classify import classify
from ._dateline import extract_datelines
from ._decode import Decoded, decode_bytes
from ._dedupe import remove_duplicates
from ._input import ProfileArg, check_limits, printable, read_file, read_path, resolve_profile, source_path
from ._lines import numbered_lines
from ._mojibake import find_mojibake
from ._normalize import normalize_lines
from ._patterns import rules_for
from ._repair import join_broken_paragraphs
from ._segment import segment
from ._wrap import find_wrapped
from .errors import BanmianError, InputTooLargeError, InputTypeError
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
    profile: ProfileArg = None,
    max_size: int = DEFAULT_MAX_BYTES,
) -> Edition:
    """Parse a page that is already text in memory.

    Args:
        text: The page.
        source: A name to record as ``Edition.source`` (never read, never
            used to decide anything).
        profile: The house style of the paper (a `Profile`
            or its name, ``"mainland"`` or ``"traditional"``); detected from
            the text when not given.
        max_size: The largest input accepted, in characters.

    Returns:
        The parsed `Edition`; ``encoding`` is ``None`` since
        the text was never bytes.

    Raises:
        InputTypeError: ``text`` is not a ``str``, or another argument has
            the wrong type.
        InputError: ``profile`` names no known profile.
        InputTooLargeError: ``text`` is longer than ``max_size``.

    >>> edition = parse_edition("标题在此处\\n\\n□本报记者 王 凯\\n\\n本报讯 正文一段。")
    >>> edition.articles[0].headline, edition.articles[0].dateline
    ('标题在此处', '本报讯')
    """
    if not isinstance(text, str):
        msg = f"parse_edition takes str, not {type(text).__name__}; use load_edition for bytes and files"
        raise InputTypeError(msg)
    if source is not None and not isinstance(source, str):
        msg = f"source must be a str (a name to record) or None, not {type(source).__name__}"
        raise InputTypeError(msg)
    check_limits(max_size=max_size)
    chosen = resolve_profile(profile)
    if len(text) > max_size:
        msg = f"the text has {len(text)} characters, over the limit of {max_size}"
        raise InputTooLargeError(msg)
    return _run(Decoded(text, ""), source=source, encoding=None, profile=chosen)


def load_edition(
    source: Source,
    *,
    encoding: str | None = None,
    profile: ProfileArg = None,
    max_size: int = DEFAULT_MAX_BYTES,
) -> Edition:
    """Read and parse one page.

    Args:
        source: A path (``str`` or ``os.PathLike``), the page's bytes, or a
            binary or text file object.  A path must name a regular file:
            a device, a FIFO or a socket is refused before it is opened.
        encoding: Decode with this encoding instead of detecting one.
        profile: The house style of the paper (`banmian.MAINLAND`,
            `banmian.TRADITIONAL`, their names ``"mainland"`` and
            ``"traditional"``, or your own profile); detected from the text
            when not given.
        max_size: The largest input accepted, in bytes (characters for a
            text file object); never more than one byte over it is read.

    Returns:
        The parsed `Edition`.

    Raises:
        InputTypeError: ``source`` is not a path, bytes or a file, or another
            argument has the wrong type.
        InputError: The path is missing, a directory or not a regular file;
            a ``str`` looks like page text (use `parse_edition`);
            ``profile`` names no known profile.
        NotTextError: The input is binary (an image, a PDF, an archive).
        InputTooLargeError: The input is over ``max_size``.
        DecodeError: The bytes are not valid text in any supported encoding.
    """
    check_limits(encoding=encoding, max_size=max_size)
    chosen = resolve_profile(profile)
    data, name = _read(source, max_size)
    return _parse_data(data, name, encoding=encoding, profile=chosen, max_size=max_size)


def load_path(path: str, *, encoding: str | None, profile: Profile | None, max_size: int) -> Edition:
    """`load_edition` for a str that is known to be a path (an item of iter_editions).

    The options were checked by the caller, and no str is taken for page text.
    """
    data = read_path(path, max_size)
    return _parse_data(
        data, printable(Path(path).name), encoding=encoding, profile=profile, max_size=max_size
    )


def _parse_data(
    data: bytes | str, name: str | None, *, encoding: str | None, profile: Profile | None, max_size: int
) -> Edition:
    if len(data) > max_size:
        unit = "characters" if isinstance(data, str) else "bytes"
        msg = f"the input is over the limit of {max_size} {unit}"
        raise InputTooLargeError(msg)
    if isinstance(data, str):  # a text file object decoded it already: no encoding to report
        return _run(Decoded(data, ""), source=name, encoding=None, profile=profile)
    decoded = decode_bytes(data, encoding=encoding)
    return _run(decoded, source=name, encoding=decoded.encoding, profile=profile)


def _read(source: Source, max_size: int) -> tuple[bytes | str, str | None]:
    """The page's bytes (or text) and the file name to record as ``Edition.source``."""
    if isinstance(source, (str, os.PathLike)):
        path = source_path(source) if isinstance(source, str) else os.fsdecode(os.fspath(source))
        return read_path(path, max_size), printable(Path(path).name)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    if hasattr(source, "read"):
        file_name = getattr(source, "name", None)
        name = printable(Path(file_name).name) if isinstance(file_name, str) else None
        return read_file(source, max_size), name
    msg = f"load_edition takes a path, bytes or a file object, not {type(source).__name__}"
    raise InputTypeError(msg)


# Decisions are sorted by their line with a C-level key: a page has one or more per line.
_BY_LINE: Final = operator.attrgetter("line")


def _run(decoded: Decoded, *, source: str | None, encoding: str | None, profile: Profile | None) -> Edition:
    profile = profile or detect_profile(decoded.text)
    rules = rules_for(profile)
    try:
        lines = normalize_lines(numbered_lines(decoded.text), profile)
        items, kinds = classify(lines, rules, continuing=find_wrapped(lines))
        page = segment(items, rules)
        page = attrs.evolve(page, decisions=kinds + page.decisions)
        page = extract_datelines(page)
        page = join_broken_paragraphs(page, rules)
        page = attrs.evolve(page, decisions=tuple(sorted(page.decisions, key=_BY_LINE)))
        page, duplicates = remove_duplicates(page)
        warnings = decoded.warnings + find_mojibake(lines)
        return build_edition(page, duplicates, lines, source=source, encoding=encoding, warnings=warnings)
    except RecursionError as exc:  # pragma: no cover - no stage recurses; kept as a guard
        msg = "the input is too deeply nested to parse"
        raise BanmianError(msg) from exc
