"""Bytes -> text and the name of its encoding (contract §3.1).

Order of evidence: a byte-order mark; then strict UTF-8 (the fast path for
nearly every modern dump); then a strict trial decode of the whole input as
GB18030 and as Big5, which settles the encoding when its evidence is
conclusive; ``chardet`` decides the rest (and UTF-16 without a BOM).  A page
with a few damaged bytes (a stray byte, a character cut in two) is decoded
with U+FFFD in their place and a ``replaced_bytes`` warning that says on
which lines, in UTF-8, GB18030 and Big5 alike, and also when the encoding is
named by the caller.  Binary data (images, PDFs, archives) is refused with
`NotTextError`.  Never guesses silently: what it had
to repair is returned as warnings.  Every step is linear in the input.
"""

from __future__ import annotations

import codecs
import itertools
from typing import Final

import attrs
import chardet

from . import _warnings as warn
from ._lexicon import DROPPED_CONTROLS
from ._patterns import DROPPED_CONTROL_RE, ESCAPED_RUN_RE, NON_ASCII_BYTE_RE
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
_GB: Final = ("gb18030", "gb18030")
_BIG5: Final = ("big5hkscs", "big5")
# Tried in this order when detection gives no usable answer.
_FALLBACKS: Final = (_GB, _BIG5)

# At most this share of damage sites (one in 500 bytes, and never fewer
# than 4) is taken for damage in a page rather than another encoding.
_DAMAGE_RATIO: Final = 500
_DAMAGE_MIN: Final = 4
# Valid non-ASCII characters needed per damage site before a file that fails
# strict UTF-8 is still taken for UTF-8 (text in GB18030 or Big5 read as
# UTF-8 has almost no valid multi-byte sequences).
_VALID_PER_DAMAGED: Final = 5
# The longest character in UTF-8 and in GB18030: bad bytes closer together
# than this are one damaged place.
_MAX_CHAR_BYTES: Final = 4
# How many damaged line numbers a warning lists before "...".
_LINES_SHOWN: Final = 10
# How much of the start of the input is sniffed for NUL bytes.
_SNIFF_BYTES: Final = 4096
# Control characters other than the whitespace ones (tab, line ends, FF, VT).
_DROP_CONTROLS: Final = dict.fromkeys(map(ord, DROPPED_CONTROLS))
# chardet looks at this much of the input, from its first non-ASCII byte:
# enough to tell the encodings apart (detection is the slowest step).
_DETECT_BYTES: Final = 64 * 1024
# Share of control characters above which decoded text is taken for binary.
_MAX_CONTROL_SHARE: Final = 0.10
# Trial decode: the share of non-ASCII characters outside GB2312 when the
# bytes are read as GB18030.  Simplified text keeps under 2 % (rare names);
# traditional text encoded in GB18030 about 30 %; Big5 bytes read as GB18030
# land on GBK's extension rows for 55-70 % of their characters (measured on
# the test pages).  Between the two bounds chardet decides.
_GB_IS_CONCLUSIVE: Final = 0.10
_BIG5_IS_CONCLUSIVE: Final = 0.45


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
            return _decode_known(data[len(bom) :], codec, name)
    _refuse_binary(data)
    if b"\x00" in data[:_SNIFF_BYTES]:  # UTF-16/32 without a BOM, or binary
        return _detect(data)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _damaged(data, "utf-8", "utf-8") or _trial(data) or _detect(data)


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        codec = codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError) as exc:
        msg = f"unknown encoding {encoding!r}"
        raise DecodeError(msg) from exc
    codec, name = _CODECS.get(codec, (codec, codec))
    return _decode_known(data, codec, name)


def _decode_known(data: bytes, codec: str, name: str) -> Decoded:
    """Decode in an encoding that is known (a BOM, the caller's choice):
    strictly, or with a few damaged bytes replaced and reported."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        damaged = _damaged(data, codec, name)
        if damaged is not None:
            return damaged
        msg = f"the bytes are not valid {name} (at byte {exc.start})"
        raise DecodeError(msg) from exc
    except (LookupError, ValueError, TypeError) as exc:  # base64, rot13, ...: not text encodings
        msg = f"{name!r} is not a text encoding"
        raise DecodeError(msg) from exc
    return _checked(text, name)


def _checked(text: str, name: str) -> Decoded:
    if not DROPPED_CONTROL_RE.search(text):
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


@attrs.frozen
class _Damage:
    """Where a decode failed: the damaged places and the text around them."""

    escaped: str  # the input decoded with every bad byte as a lone surrogate
    sites: tuple[int, ...]  # offsets in ``escaped`` of each damaged place
    bad_chars: int  # how many bytes were bad


def _damage(data: bytes, codec: str, limit: int) -> _Damage | None:
    """The damaged places of ``data`` read as ``codec``, or None past ``limit``.

    One decode with every bad byte escaped (PEP 383), then one scan for runs
    of escapes: linear in the input, however many places are damaged.  Bad
    bytes that follow each other and together span no more than a character
    are one place (a stray byte inside a character breaks its other bytes).
    """
    try:
        escaped = data.decode(codec, "surrogateescape")
    except (LookupError, ValueError, TypeError):
        return None
    sites: list[int] = []
    bad = 0
    for run in itertools.islice(ESCAPED_RUN_RE.finditer(escaped), limit + 1):
        start, end = run.span()
        bad += end - start
        sites.extend(range(start, end, _MAX_CHAR_BYTES))
    if len(sites) > limit:
        return None
    return _Damage(escaped, tuple(sites), bad)


def _site_lines(text: str, sites: tuple[int, ...]) -> list[int]:
    """The 1-based lines (LF, CRLF or CR endings) of the first few sites."""
    lines: list[int] = []
    line, previous = 1, 0
    for site in sites[:_LINES_SHOWN]:
        line += text.count("\n", previous, site) + text.count("\r", previous, site)
        line -= text.count("\r\n", previous, site)
        previous = site
        lines.append(line)
    return sorted(set(lines))


def _rare_damage(data: bytes, codec: str) -> _Damage | None:
    """The damage of ``data`` read as ``codec`` when it is rare enough to repair:
    few damaged places, and many valid non-ASCII characters for each (so that
    text in another encoding is not taken for damage, even when the caller
    named the encoding)."""
    limit = max(_DAMAGE_MIN, len(data) // _DAMAGE_RATIO)
    damage = _damage(data, codec, limit)
    if damage is None or not damage.sites:
        return None
    non_ascii = len(damage.escaped) - len(damage.escaped.encode("ascii", "ignore"))
    if non_ascii - damage.bad_chars < _VALID_PER_DAMAGED * len(damage.sites):
        return None
    return damage


def _damaged(data: bytes, codec: str, name: str) -> Decoded | None:
    """Decode with a few damaged places replaced, or None when damage is not rare."""
    damage = _rare_damage(data, codec)
    return None if damage is None else _replaced(data, codec, name, damage)


def _replaced(data: bytes, codec: str, name: str, damage: _Damage) -> Decoded:
    lines = _site_lines(damage.escaped, damage.sites)
    count = len(damage.sites)
    shown = ", ".join(map(str, lines)) + (" ..." if count > _LINES_SHOWN else "")
    label = "UTF-8" if name == "utf-8" else name.upper()
    warning = warn.replaced_bytes(count, label, shown, lines[0])
    decoded = _checked(data.decode(codec, errors="replace"), name)
    return Decoded(decoded.text, name, (warning,))


def _outside_gb2312(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that GB2312 lacks."""
    ascii_chars = len(text.encode("ascii", "ignore"))
    non_ascii = len(text) - ascii_chars
    if not non_ascii:
        return 0.0
    in_gb2312 = (len(text.encode("gb2312", "ignore")) - ascii_chars) // 2
    return 1 - in_gb2312 / non_ascii


def _conclusive(as_gb: str) -> str | None:
    """The codec a GB18030 reading points to, when its evidence is conclusive."""
    share = _outside_gb2312(as_gb)
    if share < _GB_IS_CONCLUSIVE:
        return _GB[0]
    return _BIG5[0] if share > _BIG5_IS_CONCLUSIVE else None


def _trial(data: bytes) -> Decoded | None:
    """Strict trial decodes of the whole input as GB18030 and Big5.

    Conclusive when only one of them succeeds, or when the GB18030 reading
    is plainly simplified text or plainly Big5 bytes (see the bounds above);
    None leaves the choice to chardet.
    """
    try:
        as_gb: str | None = data.decode("gb18030")
    except UnicodeDecodeError:
        as_gb = None
    choice = _conclusive(as_gb) if as_gb is not None else _BIG5[0]
    if as_gb is not None and choice == _GB[0]:
        return _checked(as_gb, "gb18030")
    try:
        as_big5 = data.decode("big5hkscs")
    except UnicodeDecodeError:
        return _checked(as_gb, "gb18030") if as_gb is not None else None
    return _checked(as_big5, "big5") if choice == _BIG5[0] else None


def _chardet_candidates(data: bytes) -> list[tuple[str, str]]:
    """chardet's guess on a sample from the first non-ASCII byte, then the fallbacks."""
    first = NON_ASCII_BYTE_RE.search(data)
    start = first.start() if first is not None and b"\x00" not in data[:_SNIFF_BYTES] else 0
    guess = chardet.detect(data[start : start + _DETECT_BYTES])
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
        # Greek or Cyrillic code page for damaged text is not taken.
        supported = _CODECS.get(name) or _CODECS.get(canonical)
        if supported is not None:
            candidates.append(supported)
    candidates.extend(c for c in _FALLBACKS if c not in candidates)
    return candidates


def _detect(data: bytes) -> Decoded:
    candidates = _chardet_candidates(data)
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return _checked(text, label)
    # No candidate reads every byte: the page is damaged.  The encoding the
    # GB2312 share of the GB18030 reading points to wins when it is
    # conclusive, then the one with the fewest damaged places, then chardet's.
    if b"\x00" not in data:
        found = [
            (damage, codec, label)
            for codec, label in candidates
            if (damage := _rare_damage(data, codec)) is not None
        ]
        if found:
            choice = next((_conclusive(d.escaped) for d, c, _ in found if c == _GB[0]), None)
            damage, codec, label = min(found, key=lambda item: (item[1] != choice, len(item[0].sites)))
            return _replaced(data, codec, label, damage)
        lenient = _lenient_utf8(data)
        if lenient is not None:
            return lenient
    if b"\x00" in data:
        msg = "the input contains NUL bytes and is not valid text in any supported encoding"
        raise NotTextError(msg)
    msg = "the bytes are not valid UTF-8, GB18030, Big5 or UTF-16; pass encoding= to choose one"
    raise DecodeError(msg)


def _lenient_utf8(data: bytes) -> Decoded | None:
    """The last resort: UTF-8 with more valid non-ASCII characters than damage."""
    damage = _damage(data, "utf-8", len(data))
    if damage is None or not damage.sites:
        return None
    non_ascii = len(damage.escaped) - len(damage.escaped.encode("ascii", "ignore"))
    if non_ascii - damage.bad_chars <= len(damage.sites):
        return None
    return _replaced(data, "utf-8", "utf-8", damage)
