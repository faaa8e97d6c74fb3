"""Find mojibake: text decoded with the wrong codec somewhere upstream.

A UTF-8 page once decoded as GBK shows runs like ``鏈枃`` and ``锛``; a GBK
page decoded as Latin-1 shows ``±¾±¨``.  Such text is valid Unicode, so the
decoder cannot see it; this stage re-encodes each line the way the damage
happened and checks whether the bytes then decode cleanly the other way.
Nothing is rewritten: each kind of damage becomes one warning that names
the lines, so a user can re-export the page from its source.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from ._records import Line
from .model import ParseWarning

# Lines shorter than this decode by chance too often to be evidence.
_MIN_CHARS: Final = 6
# How many line numbers a warning lists before "...".
_LINES_SHOWN: Final = 10
_HAN_RE: Final = regex.compile(r"\p{Han}")
# At most one replaced character per this many is tolerated in a repair.
_REPLACED_PER_CHARS: Final = 5
# Share of Latin-1 letters above which a line looks like bytes read as Latin-1.
_LATIN1_SHARE: Final = 0.3

# UTF-8 Chinese read as GBK: each character's first two bytes (E4-E9, then a
# continuation byte 80-BF) become one of these rare characters (涓 浜 鍦 锛
# 銆 ...).  Mojibake is dense with them; ordinary text hardly has any.
_TELLTALES: Final = frozenset(
    char
    for lead in range(0xE4, 0xEA)
    for trail in range(0x80, 0xC0)
    for char in bytes((lead, trail)).decode("gb18030", errors="ignore")
)
# How much of a line the cheap tests look at.
_SAMPLE_CHARS: Final = 40
# Share of telltale characters above which a line is checked.
_TELLTALE_SHARE: Final = 0.2

# (how the bytes were wrongly read, how they should have been read, a label)
_DAMAGE: Final = (
    ("gb18030", "utf-8", "UTF-8 text decoded as GBK/GB18030"),
    ("latin-1", "gb18030", "GBK/GB18030 text decoded as Latin-1"),
    ("latin-1", "utf-8", "UTF-8 text decoded as Latin-1"),
)


def _repaired(text: str, wrong: str, right: str) -> str | None:
    try:
        # U+FFFD in a damaged copy marks bytes already lost upstream: skip them.
        data = text.replace("\ufffd", "").encode(wrong)
    except UnicodeEncodeError:
        return None
    fixed = data.decode(right, errors="replace")
    # A damaged copy may have lost a byte here and there (a U+FFFD upstream);
    # a few replacements are tolerated, chance decodings have many.
    if fixed.count("\ufffd") * _REPLACED_PER_CHARS > len(fixed):
        return None
    return fixed if fixed != text and _HAN_RE.search(fixed) else None


def _damage_of(text: str) -> tuple[tuple[str, str, str], ...]:
    """The kinds of damage worth checking this line for (cheap tests first)."""
    if len(text) < _MIN_CHARS or text.isascii():
        return ()
    # Damage runs through a whole line: its start tells enough.
    sample = text[:_SAMPLE_CHARS]
    if max(sample) > "\xff":  # Chinese, or text read as GBK
        telltales = sum(1 for char in sample if char in _TELLTALES)
        return _DAMAGE[:1] if telltales >= _TELLTALE_SHARE * len(sample) else ()
    high = sum(1 for char in sample if char >= "\x80")
    return _DAMAGE[1:] if high >= _LATIN1_SHARE * len(sample) else ()


def find_mojibake(lines: Iterable[Line]) -> tuple[ParseWarning, ...]:
    """One ``possible_mojibake`` warning per kind of damage found, naming its lines.

    >>> from banmian._records import Line
    >>> damaged = "本报讯 今天天气很好。".encode("utf-8").decode("gb18030", errors="replace")
    >>> [w.kind for w in find_mojibake([Line(1, damaged, damaged)])]
    ['possible_mojibake']
    >>> find_mojibake([Line(1, "本报讯 今天天气很好。", "本报讯 今天天气很好。")])
    ()
    """
    found: dict[str, list[int]] = {}
    for line in lines:
        for wrong, right, label in _damage_of(line.raw):
            if _repaired(line.raw.strip(), wrong, right) is not None:
                found.setdefault(label, []).append(line.number)
                break
    warnings = []
    for label, numbers in found.items():
        shown = ", ".join(map(str, numbers[:_LINES_SHOWN])) + (" ..." if len(numbers) > _LINES_SHOWN else "")
        warnings.append(
            ParseWarning(
                kind="possible_mojibake",
                message=f"line(s) {shown} look like {label}; re-export the page from its source",
                line=numbers[0],
            )
        )
    return tuple(warnings)
