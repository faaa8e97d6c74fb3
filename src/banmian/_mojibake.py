"""Find mojibake: text decoded with the wrong codec somewhere upstream.

A UTF-8 page once decoded as GBK shows runs like ``鏈枃`` and ``锛``; a GBK
page decoded as Latin-1 shows ``±¾±¨``; a UTF-8 page decoded as Latin-1 or
as Windows-1252 (cp1252) shows ``æ\x9c¬æ\x8a¥`` or ``æœ¬æŠ¥``.  Such text is valid Unicode, so the
decoder cannot see it; one scan of the page finds the lines that hold the
characters mojibake is made of, and this stage re-encodes each such line the
way the damage happened and checks whether the bytes then decode cleanly the other way.
Nothing is rewritten: each kind of damage becomes one warning that names
the lines, so a user can re-export the page from its source.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Final

from . import _warnings as warn
from ._lexicon import MOJIBAKE_TELLTALES
from ._patterns import HAN_RE, MOJIBAKE_SUSPECT_RE
from ._records import Line
from .model import ParseWarning

# Lines shorter than this decode by chance too often to be evidence.
_MIN_CHARS: Final = 6
# How many line numbers a warning lists before "...".
_LINES_SHOWN: Final = 10
# At most one replaced character per this many is tolerated in a repair.
_REPLACED_PER_CHARS: Final = 5
# Share of Latin-1 letters above which a line looks like bytes read as Latin-1.
_LATIN1_SHARE: Final = 0.3

# Bytes 80-9F read as Windows-1252 (cp1252) become these letters and signs
# (€ ‚ ƒ „ … œ ™ ...); the five bytes cp1252 leaves undefined stay C1 controls.
_CP1252_SIGNS: Final = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))
# cp1252's signs back to the bytes they were read from, as Latin-1 characters.
_CP1252_TO_LATIN1: Final = {ord(sign): ord(sign.encode("cp1252").decode("latin-1")) for sign in _CP1252_SIGNS}
# How much of a line the cheap tests look at.
_SAMPLE_CHARS: Final = 40
# Share of telltale characters above which a line is checked.
_TELLTALE_SHARE: Final = 0.2

# (how the bytes were wrongly read, how they should have been read, a label).
# UTF-8 is tried before GBK: UTF-8 bytes often happen to be valid GBK too,
# while GBK bytes are hardly ever valid UTF-8.
_READ_AS_GBK: Final = (("gb18030", "utf-8", "UTF-8 text decoded as GBK/GB18030"),)
_READ_AS_LATIN1: Final = (
    ("latin-1", "utf-8", "UTF-8 text decoded as Latin-1"),
    ("latin-1", "gb18030", "GBK/GB18030 text decoded as Latin-1"),
)
_READ_AS_CP1252: Final = (
    ("cp1252", "utf-8", "UTF-8 text decoded as cp1252 (Windows-1252)"),
    ("cp1252", "gb18030", "GBK/GB18030 text decoded as cp1252 (Windows-1252)"),
)


def _as_bytes(text: str, wrong: str) -> bytes | None:
    """The bytes ``text`` was read from, assuming it was read as ``wrong``."""
    if wrong == "cp1252":  # bytes cp1252 leaves undefined come through as C1 controls
        text = text.translate(_CP1252_TO_LATIN1)
        wrong = "latin-1"
    try:
        return text.encode(wrong)
    except UnicodeEncodeError:
        return None


def _repaired(text: str, wrong: str, right: str) -> str | None:
    # U+FFFD in a damaged copy marks bytes already lost upstream: skip them.
    data = _as_bytes(text.replace("\ufffd", ""), wrong)
    if data is None:
        return None
    fixed = data.decode(right, errors="replace")
    # A damaged copy may have lost a byte here and there (a U+FFFD upstream);
    # a few replacements are tolerated, chance decodings have many.
    if fixed.count("\ufffd") * _REPLACED_PER_CHARS > len(fixed):
        return None
    return fixed if fixed != text and HAN_RE.search(fixed) else None


def _damage_of(text: str) -> tuple[tuple[str, str, str], ...]:
    """The kinds of damage worth checking this line for (cheap tests first)."""
    if len(text) < _MIN_CHARS or text.isascii():
        return ()
    # Damage runs through a whole line: its start tells enough.
    sample = text[:_SAMPLE_CHARS]
    high = sum(1 for char in sample if "\x80" <= char <= "\xff" or char in _CP1252_SIGNS)
    if high >= _LATIN1_SHARE * len(sample):
        return _READ_AS_CP1252 if any(char in _CP1252_SIGNS for char in sample) else _READ_AS_LATIN1
    telltales = sum(1 for char in sample if char in MOJIBAKE_TELLTALES)
    return _READ_AS_GBK if telltales >= _TELLTALE_SHARE * len(sample) else ()


def _suspects(lines: Sequence[Line]) -> list[Line]:
    """The lines holding a character mojibake is made of, found by one page-level scan."""
    page = "\n".join([line.raw for line in lines])
    match = MOJIBAKE_SUSPECT_RE.search(page)
    if match is None:  # most pages: no line offsets needed
        return []
    starts = list(itertools.accumulate([len(line.raw) + 1 for line in lines], initial=0))
    found: list[Line] = []
    while match is not None:
        index = bisect.bisect_right(starts, match.start()) - 1
        found.append(lines[index])
        match = MOJIBAKE_SUSPECT_RE.search(page, starts[index + 1])  # on to the next line
    return found


def find_mojibake(lines: Sequence[Line]) -> tuple[ParseWarning, ...]:
    """One ``possible_mojibake`` warning per kind of damage found, naming its lines.

    >>> from banmian._records import Line
    >>> damaged = "本报讯 今天天气很好。".encode("utf-8").decode("gb18030", errors="replace")
    >>> [w.message for w in find_mojibake([Line(1, damaged, damaged)])]
    ['line(s) 1 look like UTF-8 text decoded as GBK/GB18030; re-export the page from its source']
    >>> find_mojibake([Line(1, "本报讯 今天天气很好。", "本报讯 今天天气很好。")])
    ()
    """
    found: dict[str, list[int]] = {}
    for line in _suspects(lines):
        for wrong, right, label in _damage_of(line.raw):
            if _repaired(line.raw.strip(), wrong, right) is not None:
                found.setdefault(label, []).append(line.number)
                break
    warnings = []
    for label, numbers in found.items():
        shown = ", ".join(map(str, numbers[:_LINES_SHOWN])) + (" ..." if len(numbers) > _LINES_SHOWN else "")
        warnings.append(warn.possible_mojibake(label, shown, numbers[0]))
    return tuple(warnings)
