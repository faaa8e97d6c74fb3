"""Text faults of raw page dumps, applied to printed text (never to the expected reading).

Each function takes the printed text and a seeded ``random.Random`` and
returns the faulty text, or ``None`` when the fault does not apply.

    >>> import random
    >>> halfwidth("今年以来，全省外贸增长，结构优化。", random.Random(1), share=1.0)
    '今年以来,全省外贸增长,结构优化。'
    >>> pad_names("□本报记者 王凯 李明华", ["王凯", "李明华"])
    '□本报记者 王 凯 李明华'
    >>> repeat_clause("一季度，出口增长较快，进口保持稳定，结构优化。", random.Random(3))
    ('一季度，出口增长较快，出口增长较快，进口保持稳定，结构优化。', '出口增长较快，')
    >>> repeat_clause("一季度，出口增长较快。", random.Random(3))
    ('一季度，出口增长较快，出口增长较快。', '出口增长较快，')
"""

from __future__ import annotations

import random
import re
from typing import Final

_IDEOGRAPH_RE: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Full-width punctuation a converter may print half-width (SPEC 3.4 turns it back beside CJK).
_HALF: Final = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!"}
# A clause worth repeating: after a comma, plain text of this length, ending in a comma or a full stop.
_CLAUSE_RE: Final = re.compile(r"(?<=，)[^，。；：！？,:;?!“”「」『』（）《》\s]{4,20}(?=[，。])")
# The share of a paragraph, from its start, where a column break may cut it.
_CUT_FROM: Final = 0.35
_CUT_TO: Final = 0.7
_MIN_PIECE: Final = 12
_PADDED: Final = 2  # the length of the names printed with a padding space
# Two ideographs with no ideograph on either side: where a two-character name stands alone.
_LONE_PAIR_RE: Final = re.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff]{2}(?![\u3400-\u9fff])")
_MIN_LEAD: Final = 2  # a bold lead-in has at least this many characters


def is_ideograph(char: str) -> bool:
    """A CJK ideograph (not punctuation)."""
    return bool(_IDEOGRAPH_RE.fullmatch(char))


def cut_points(text: str) -> list[int]:
    """Where a column break can cut ``text`` mid-sentence: between two ideographs, inside the middle."""
    start = max(_MIN_PIECE, int(len(text) * _CUT_FROM))
    stop = min(len(text) - _MIN_PIECE, int(len(text) * _CUT_TO))
    after_markup = text.rfind("**") + 2 if "**" in text else 0
    return [
        p
        for p in range(max(start, after_markup + 1), stop)
        if is_ideograph(text[p - 1]) and is_ideograph(text[p])
    ]


def halfwidth(text: str, rng: random.Random, share: float = 0.5) -> str | None:
    """Some full-width ``，：；？！`` after an ideograph printed half-width, as a converter does."""
    chars = list(text)
    changed = False
    for i, char in enumerate(chars):
        if char in _HALF and i and is_ideograph(chars[i - 1]) and rng.random() < share:
            chars[i] = _HALF[char]
            changed = True
    return "".join(chars) if changed else None


def repeat_clause(text: str, rng: random.Random) -> tuple[str, str] | None:
    """``A，B，C`` printed ``A，B，B，C``, ``A，B。`` printed ``A，B，B。``: the text and ``B，``."""
    clauses = list(_CLAUSE_RE.finditer(text))
    if not clauses:
        return None
    clause = rng.choice(clauses)
    repeated = clause.group() + "，"
    return text[: clause.start()] + repeated + text[clause.start() :], repeated


def pad_names(line: str, names: list[str]) -> str:
    """Two-character names standing alone on a byline line padded with a space (``王凯`` → ``王 凯``)."""
    padded = {n for n in names if len(n) == _PADDED}
    return _LONE_PAIR_RE.sub(lambda m: f"{m[0][0]} {m[0][1]}" if m[0] in padded else m[0], line)


def bold_lead(text: str) -> str | None:
    """The first clause of a paragraph set in ``**bold**``, as converters leave it."""
    comma = text.find("，")
    if comma < _MIN_LEAD:
        return None
    return f"**{text[:comma]}**{text[comma:]}"
