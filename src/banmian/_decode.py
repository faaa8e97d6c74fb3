"""Bytes -> text and the name of its encoding (contract §3.1).

Order of evidence: a byte-order mark; then strict UTF-8 (the fast path for
nearly every modern dump); then detection with ``chardet`` among the Chinese
encodings (GB18030, which contains GB2312 and GBK; Big5) and UTF-16.  Bytes
that are mostly UTF-8 with a few broken sequences are decoded with U+FFFD in
their place and a warning that says on which lines.  Binary data (images,
PDFs, archives) is refused with `NotTextError`.
Never guesses silently: what it had to repair is returned as warnings.
"""

from __future__ import annotations

import codecs
from typing import Final

import attrs
import chardet
import regex

from .errors import DecodeError, NotTextError
from .model import ParseWarning

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# File signatures of binary formats people point a text parser at by mistake.
_BINARY_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

# chardet's names -> the codec banmian decodes with and the name it reports.
# GB2312 and GBK are subsets of GB18030, so GB18030 decodes all three; Big5
# is decoded as Big5-HKSCS, its superset with the Hong Kong characters.
_CODECS: Final = {
    "gb2312": ("gb18030", "gb18030"),
    "gbk": ("gb18030", "gb18030"),
    "gb18030": ("gb18030", "gb18030"),
    "hz-gb-2312": ("hz", "hz"),
    "big5": ("big5hkscs", "big5"),
    "big5hkscs": ("big5hkscs", "big5"),
    "cp950": ("big5hkscs", "big5"),
    "utf-16": ("utf-16", "utf-16"),
    "utf-16-le": ("utf-16-le", "utf-16"),
    "utf-16le": ("utf-16-le", "utf-16"),
    "utf-16-be": ("utf-16-be", "utf-16"),
    "utf-16be": ("utf-16-be", "utf-16"),
    "utf-32": ("utf-32", "utf-32"),
    "utf-8": ("utf-8", "utf-8"),
    "ascii": ("utf-8", "utf-8"),
}
# Tried in this order when detection gives no usable answer.
_FALLBACKS: Final = (("gb18030", "gb18030"), ("big5hkscs", "big5"))

# At most this share of invalid UTF-8 sequences (one in 500 bytes, and never
# fewer than 4) is taken for damage in a UTF-8 file rather than another encoding.
_DAMAGE_RATIO: Final = 500
_DAMAGE_MIN: Final = 4
# Valid non-ASCII characters needed per damage site before a file that fails
# strict UTF-8 is still taken for UTF-8 (text in GB18030 or Big5 read as
# UTF-8 has almost no valid multi-byte sequences).
_VALID_PER_DAMAGED: Final = 5
# The longest UTF-8 sequence.
_UTF8_MAX_BYTES: Final = 4
# How many damaged line numbers a warning lists before "...".
_LINES_SHOWN: Final = 10
# How much of the start of the input is sniffed for NUL bytes.
_SNIFF_BYTES: Final = 4096
# Control characters other than the whitespace ones (tab, line ends, FF, VT).
_DROP_CONTROLS: Final = dict.fromkeys(c for c in range(0x20) if chr(c) not in "\t\n\r\f\v")
_CONTROL_RE: Final = regex.compile("[" + "".join(map(chr, _DROP_CONTROLS)) + "]")
# chardet looks at this much of the input: enough to tell the encodings apart,
# and detection is the slowest step of decoding.
_DETECT_BYTES: Final = 64 * 1024
# Share of control characters above which decoded text is taken for binary.
_MAX_CONTROL_SHARE: Final = 0.10


@attrs.frozen
class Decoded:
    """Decoded text, the encoding's name and what had to be repaired."""

    text: str
    encoding: str
    warnings: tuple[ParseWarning, ...] = ()


def decode_bytes(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode the bytes of a page.

    >>> decode_bytes("本报讯".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes(b"\\xef\\xbb\\xbfabc")
    Decoded(text='abc', encoding='utf-8', warnings=())
    """
    if encoding is not None:
        return _decode_as(data, encoding)
    if not data:
        return Decoded("", "utf-8")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):  # the mark is not text: cut it off before decoding
            return _strict(data[len(bom) :], codec, name)
    _refuse_binary(data)
    if b"\x00" in data[:_SNIFF_BYTES]:  # UTF-16/32 without a BOM, or binary
        return _detect(data)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    return _detect(data)


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        codec = codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError) as exc:
        msg = f"unknown encoding {encoding!r}"
        raise DecodeError(msg) from exc
    codec, name = _CODECS.get(codec, (codec, codec))
    return _strict(data, codec, name)


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        msg = f"the bytes are not valid {name} (at byte {exc.start})"
        raise DecodeError(msg) from exc
    except (LookupError, ValueError, TypeError) as exc:  # base64, rot13, ...: not text encodings
        msg = f"{name!r} is not a text encoding"
        raise DecodeError(msg) from exc
    return _checked(text, name)


def _checked(text: str, name: str) -> Decoded:
    if not _CONTROL_RE.search(text):
        return Decoded(text, name)
    controls = len(text) - len(text.translate(_DROP_CONTROLS))
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        msg = f"the input decodes as {name} but is mostly control characters: binary data, not a page"
        raise NotTextError(msg)
    return Decoded(text, name)


def _refuse_binary(data: bytes) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            msg = f"the input is {what}, not a text page"
            raise NotTextError(msg)


def _damage_sites(data: bytes, limit: int) -> list[int]:
    """Offsets of the damaged places, at most ``limit`` + 1 of them.

    Invalid sequences that follow each other directly and together span no
    more than a character's width are one place (a stray byte inside a
    character breaks its other bytes too).  The decoder stops at each error,
    so the scan is linear in the input.
    """
    view = memoryview(data)
    sites: list[int] = []
    position = 0
    last_end = -1
    while position < len(data) and len(sites) <= limit:
        try:
            codecs.utf_8_decode(view[position:], "strict", True)
        except UnicodeDecodeError as exc:
            start, end = position + exc.start, position + exc.end
            if not (sites and start == last_end and end - sites[-1] <= _UTF8_MAX_BYTES):
                sites.append(start)
            last_end = end
            position = end
        else:
            break
    return sites


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line (LF, CRLF or CR endings) of a byte offset."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _damaged_utf8(data: bytes, *, lenient: bool = False) -> Decoded | None:
    """Decode mostly-valid UTF-8 with replacement, recording where the damage is.

    A damage site is one invalid sequence (a stray byte, a cut character).
    Strict mode takes few sites and many valid characters; lenient mode, the
    last resort, takes any input with more valid non-ASCII characters than
    damage sites.
    """
    limit = len(data) if lenient else max(_DAMAGE_MIN, len(data) // _DAMAGE_RATIO)
    sites = _damage_sites(data, limit)
    if not sites or len(sites) > limit:
        return None
    text = data.decode("utf-8", errors="replace")
    valid = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if valid <= len(sites) if lenient else valid < _VALID_PER_DAMAGED * len(sites):
        return None
    lines = sorted({_line_of(data, site) for site in sites[:_LINES_SHOWN]})
    shown = ", ".join(map(str, lines)) + (" ..." if len(sites) > _LINES_SHOWN else "")
    warning = ParseWarning(
        kind="replaced_bytes",
        message=f"{len(sites)} invalid UTF-8 byte sequence(s) replaced with U+FFFD on line(s) {shown}",
        line=lines[0],
    )
    decoded = _checked(text, "utf-8")
    return Decoded(decoded.text, "utf-8", (warning,))


def _detect(data: bytes) -> Decoded:
    guess = chardet.detect(data[:_DETECT_BYTES])
    if guess.get("encoding") is None and str(guess.get("mime_type", "")).startswith(
        ("image/", "application/")
    ):
        mime = guess.get("mime_type")
        msg = f"the input looks like binary data ({mime}), not a text page"
        raise NotTextError(msg)
    candidates = []
    name = str(guess.get("encoding") or "").lower()
    if name:
        try:
            canonical = codecs.lookup(name).name
        except LookupError:
            canonical = name
        # Only the encodings Chinese pages come in (contract §3.1): a guess of a
        # Greek or Cyrillic code page for damaged UTF-8 is not taken.
        supported = _CODECS.get(name) or _CODECS.get(canonical)
        if supported is not None:
            candidates.append(supported)
    candidates.extend(_FALLBACKS)
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return _checked(text, label)
    damaged = _damaged_utf8(data, lenient=True)
    if damaged is not None:
        return damaged
    if b"\x00" in data:
        msg = "the input contains NUL bytes and is not valid text in any supported encoding"
        raise NotTextError(msg)
    msg = "the bytes are not valid UTF-8, GB18030, Big5 or UTF-16; pass encoding= to choose one"
    raise DecodeError(msg)
