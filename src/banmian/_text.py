"""Small pure predicates and helpers on normalized text, shared by the stages."""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Final

from ._lexicon import (
    CLOSERS,
    COUPLET_MIN_PART,
    DASHES,
    NON_FINAL_IN_TITLE,
    NON_INITIAL,
    OPEN_CLOSE_PAIRS,
    SENTENCE_END,
    SUBHEAD_MAX_CHARS,
    TITLE_MAX_CHARS,
)
from ._patterns import CLAUSE_SPLIT_RE, HAN_RE, INNER_STOP_RE, SPEECH_CLAUSE_RE

# Latin letters and digits: two runs of them joined across a break need a space.
_LATIN_OR_DIGIT: Final = frozenset(string.ascii_letters + string.digits)
# A title has at most a kicker-like lead and two balanced halves.
_MAX_TITLE_CLAUSES: Final = 3
# A couplet subhead has two halves.
_COUPLET_PARTS: Final = 2
# Dash and ellipsis glyphs that end a kicker (——) or a trailing-off sentence (……).


def join_pieces(first: str, second: str) -> str:
    """Join two pieces of one text cut by a line or column break.

    Chinese needs no space at the seam; two Latin or digit runs do.

    >>> join_pieces("新建", "公园")
    '新建公园'
    >>> join_pieces("YAO", "WEN")
    'YAO WEN'
    """
    return first + seam(first, second) + second


def join_all(first: str, pieces: Iterable[str]) -> str:
    """`join_pieces` over many pieces in turn, joined once: linear in their
    total length however many pieces a hard-wrapped paragraph has.

    >>> join_all("新建", ["公园", "YAO", "WEN"])
    '新建公园YAO WEN'
    """
    parts = [first]
    tail = first[-1:]  # the seam needs the last character joined so far
    for piece in pieces:  # `seam`, inline: a wrapped paragraph has a piece per line
        if tail in _LATIN_OR_DIGIT and piece[:1] in _LATIN_OR_DIGIT:
            parts.append(" ")
        parts.append(piece)
        tail = piece[-1:] or tail
    return "".join(parts)


def seam(first: str, second: str) -> str:
    """What stands between two pieces joined across a break: a space between
    two Latin or digit runs, nothing beside Chinese."""
    # Only the two characters at the seam are looked at: ``first`` may be a
    # long paragraph that grows by one line per join.
    return " " if first[-1:] in _LATIN_OR_DIGIT and second[:1] in _LATIN_OR_DIGIT else ""


def is_terminated(text: str) -> bool:
    """True when text ends a sentence (句末点号, optionally inside closing marks).

    >>> is_terminated("问题已经解决。”")
    True
    >>> is_terminated("以“一刻钟”")
    False
    >>> is_terminated("新线开通后，沿线居民")
    False
    """
    stripped = text.rstrip(CLOSERS)
    if not stripped:
        return False
    if stripped[-1] in SENTENCE_END:
        return True
    return stripped.endswith(("……", "..."))


def starts_as_continuation(text: str) -> bool:
    """True when text cannot begin a paragraph: it opens with a closing mark,
    a pause mark or a particle that attaches to what precedes, or it closes a
    quotation it never opened.

    >>> starts_as_continuation("的工作人员表示")
    True
    >>> starts_as_continuation("型”，带动就业")
    True
    >>> starts_as_continuation("今年以来，全市")
    False
    """
    if not text:
        return False
    if text[0] in NON_INITIAL:
        return True
    close = text.find("”")
    return close != -1 and "“" not in text[:close]


def has_han(text: str) -> bool:
    """True when text holds at least one Han character."""
    return bool(HAN_RE.search(text))


def clauses(text: str) -> list[str]:
    """Split a title-like line at commas, semicolons and spaces."""
    return [part for part in CLAUSE_SPLIT_RE.split(text) if part]


def is_title_like(text: str) -> bool:
    """True for a line shaped like a title: short, unterminated, no inner full
    stop, not ending in a word that leaves a clause open, at most three clauses
    of headline length.

    >>> is_title_like("港口扩能提速，航线加密增班")
    True
    >>> is_title_like("市交通局有关负责人介绍，新线")
    False
    >>> is_title_like("春耕备耕有序推进。")
    False
    """
    if not text or len(text) > TITLE_MAX_CHARS or not has_han(text):
        return False
    if is_terminated(text) and not text.endswith(("——", "—")):
        return False
    if INNER_STOP_RE.search(text):
        return False
    bare = text.rstrip(CLOSERS + DASHES)
    if not bare or bare[-1] in NON_FINAL_IN_TITLE:
        return False
    parts = clauses(text)
    if len(parts) > _MAX_TITLE_CLAUSES:
        return False
    return len(parts) == 1 or min(len(p) for p in parts) >= COUPLET_MIN_PART - 1


def is_subhead_like(text: str) -> bool:
    """True for a subhead (小标题) shape: a short phrase or a balanced couplet.

    >>> is_subhead_like("优化营商环境，激发市场活力")
    True
    >>> is_subhead_like("这家由科研人员创办的生物科技企业去年营收翻了一番，负责人说")
    False
    """
    if not is_title_like(text) or len(text) > SUBHEAD_MAX_CHARS:
        return False
    parts = clauses(text)
    if len(parts) > _COUPLET_PARTS:
        return False
    return len(parts) == 1 or min(len(p) for p in parts) >= COUPLET_MIN_PART


def reads_as_prose(text: str) -> bool:
    """A title-shaped line that is a piece of prose: a quotation or a bracket
    opened and not closed (a column break cut the sentence inside it), or a
    clause that reports speech, a finding or its source (报告说，…, 官员表示：…,
    数据显示，…, 据中国侨网消息，…).

    >>> reads_as_prose("市交通局负责人表示，新线")
    True
    >>> reads_as_prose("他说“新线开通后")
    True
    >>> reads_as_prose("港口扩能提速，航线加密增班")
    False
    """
    if any(text.count(opening) > text.count(closing) for opening, closing in OPEN_CLOSE_PAIRS):
        return True
    return SPEECH_CLAUSE_RE.search(text) is not None


def is_note(text: str) -> bool:
    """A line wholly in round brackets: an author's note or a source, never a title.

    >>> is_note("（作者单位：中国人民大学）")
    True
    >>> is_note("港口航线再加密")
    False
    """
    return text[:1] in "（(" and text[-1:] in "）)"
