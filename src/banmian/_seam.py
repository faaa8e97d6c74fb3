"""The seam of a paragraph cut by a column break: what ties two pieces together.

A column break cuts a paragraph between any two characters, often inside a
word (发|展): when the head's last character and a piece's first make a
common two-character word, the piece goes on with the head.  A piece that
opens with a stub (a clause or sentence too short to open a paragraph) is
the end of a sentence begun elsewhere.  Read by the ``paragraph_join``
table and by the title rows that tell a cut paragraph's head from a subhead.
"""

from __future__ import annotations

import functools
import importlib.resources
from typing import Final

from ._patterns import FIRST_CLAUSE_RE, FIRST_SENTENCE_RE

# A first clause this short (声轰鸣，) is the tail of a sentence begun elsewhere;
# a sentence of news prose does not open with a three-character clause.
_STUB_CLAUSE_MAX: Final = 3
# Nor does it open with a whole sentence of eight characters or fewer
# (满负荷运转。): such a sentence is the end of one begun in another column.
_STUB_SENTENCE_MAX: Final = 8
_PAIR: Final = 2
_WORDS_FILE: Final = "_seam_words.txt"


@functools.cache
def seam_words() -> frozenset[str]:
    """The common two-character words of the seam test (read once, on first use)."""
    text = importlib.resources.files(__package__).joinpath(_WORDS_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def han_pair(head: str, tail: str) -> str:
    """The two characters that meet at the seam, when both are Han ideographs; else ''."""
    pair = head[-1:] + tail[:1]
    return pair if len(pair) == _PAIR and all("\u4e00" <= char <= "\u9fff" for char in pair) else ""


def word_across(head: str, tail: str) -> bool:
    """The head's last character and the tail's first make a common word (发|展).

    >>> word_across("经济社会发", "展步伐加快"), word_across("沿线居民", "出行时间")
    (True, False)
    """
    pair = han_pair(head, tail)
    return bool(pair) and pair in seam_words()


def stub_opening(text: str) -> bool:
    """The piece opens with the tail of a sentence: a clause of a few characters
    (声轰鸣，) or a whole sentence too short to open a paragraph (满负荷运转。)."""
    clause = FIRST_CLAUSE_RE.match(text)
    if clause is not None and len(clause.group(0)) - 1 <= _STUB_CLAUSE_MAX:
        return True
    sentence = FIRST_SENTENCE_RE.match(text)
    return sentence is not None and len(sentence.group(0)) - 1 <= _STUB_SENTENCE_MAX
