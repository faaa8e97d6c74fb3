"""Duplicates -> kept blocks and `Duplicate` records (contract §5).

Within one edition (never across calls: there is no global cache):

* an exact repeat of a paragraph is dropped, the first stays;
* a near repeat (an OCR or conversion variant: same opening or same ending,
  at least 90 % alike, the same numbers, no difference longer than two
  characters) is dropped likewise;
* a clause repeated immediately inside a paragraph (``A，B，B。``) is dropped.

Every removal is recorded with its line and the line of the text kept.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs

from ._patterns import CLAUSE_RE, DIGITS_RE, SENTENCE_MARK_RE, SPACES_RE
from ._records import ArticleDraft, BlockDraft, PageDraft
from .model import Duplicate

# Paragraphs shorter than this are left alone: short lines ("（完）", list
# entries, names) legitimately repeat on a page.
_MIN_DUPLICATE_CHARS: Final = 8
# Near duplicates: only paragraphs of at least this length are compared, by
# their first and last _ANCHOR characters, and must be this similar.
_MIN_NEAR_CHARS: Final = 30
_ANCHOR: Final = 10
_NEAR_RATIO: Final = 0.9
# Near duplicates are looked for among paragraphs up to this length (a
# page's paragraphs are shorter; longer ones are compared exactly only), and
# with at most _CANDIDATES others sharing an anchor and a similar length:
# each comparison is linear, so the search stays linear in the page.
_MAX_NEAR_CHARS: Final = 1500
_CANDIDATES: Final = 4
# The walk of _is_variant skips equal text this many characters at a time,
# and after a difference needs this many equal characters to go on.
_STRIDE: Final = 32
_RESYNC_CHARS: Final = 3
# Skips at a difference, cheapest first: one character dropped, added or
# changed, then two.
_SKIPS: Final = ((1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 1), (1, 2), (2, 2))
# A repeated clause shorter than this may be deliberate (“好，好，好”).
_MIN_CLAUSE_CHARS: Final = 4

# An OCR variant misreads a character or two in a row, not a whole word.
_MAX_VARIANT_SPAN: Final = 2
_CLAUSE_MARKS: Final = "，。；！？"


def _is_variant(text: str, other: str) -> bool:
    """An OCR or conversion variant: at least 90 % alike, the same numbers, and
    no difference longer than a character or two.  Parallel sentences about two
    cities (济南市…12.3% / 青岛市…13.5%) differ in whole words and in numbers.

    One walk along both texts, linear in their length: equal stretches are
    skipped in slices, and at each difference the walk resyncs by skipping at
    most two characters on either side; it stops as soon as the differences
    pass the 10 % budget or a difference is longer than two characters.

    >>> _is_variant("市南区推进老城区更新改造工作", "市南区推进老城区更薪改造工作")
    True
    >>> _is_variant("市南区推进老城区更新改造工作", "市北区开展新城区建设规划工作")
    False
    """
    if DIGITS_RE.findall(text) != DIGITS_RE.findall(other):
        return False
    budget = (1 - _NEAR_RATIO) * (len(text) + len(other))
    i = j = unmatched = 0
    while True:
        i, j = _skip_equal(text, i, other, j)
        if i == len(text) or j == len(other):
            tail = len(text) - i + len(other) - j
            return max(len(text) - i, len(other) - j) <= _MAX_VARIANT_SPAN and unmatched + tail <= budget
        step = _resync(text, i, other, j)
        if step is None:
            return False
        unmatched += step[0] + step[1]
        if unmatched > budget:
            return False
        i, j = i + step[0], j + step[1]


def _skip_equal(text: str, i: int, other: str, j: int) -> tuple[int, int]:
    """Move past the characters both texts share from ``i`` and ``j`` on."""
    while text[i : i + _STRIDE] == other[j : j + _STRIDE] and i < len(text) and j < len(other):
        i, j = i + _STRIDE, j + _STRIDE
    while i < len(text) and j < len(other) and text[i] == other[j]:
        i, j = i + 1, j + 1
    return min(i, len(text)), min(j, len(other))


def _resync(text: str, i: int, other: str, j: int) -> tuple[int, int] | None:
    """The cheapest skip (at most two characters on each side) after which the
    texts agree again for a few characters, or to their ends."""
    for skip_text, skip_other in _SKIPS:
        a, b = i + skip_text, j + skip_other
        if a <= len(text) and b <= len(other):
            ahead = text[a : a + _RESYNC_CHARS]
            if ahead == other[b : b + _RESYNC_CHARS] and (
                len(ahead) == _RESYNC_CHARS or (a + len(ahead) == len(text) and b + len(ahead) == len(other))
            ):
                return skip_text, skip_other
    return None


def _key(text: str) -> str:
    """Text compared without spacing differences.  Width differences are gone
    already: the house style made the punctuation beside Chinese full width."""
    return SPACES_RE.sub("", text)


@attrs.define
class _Seen:
    exact: dict[str, int] = attrs.Factory(dict)
    by_anchor: dict[str, list[tuple[str, int]]] = attrs.Factory(dict)

    def original(self, key: str) -> int | None:
        if key in self.exact:
            return self.exact[key]
        if not _MIN_NEAR_CHARS <= len(key) <= _MAX_NEAR_CHARS:
            return None
        for anchor in (key[:_ANCHOR], key[-_ANCHOR:]):
            # Only the latest few paragraphs sharing an anchor are compared:
            # a page of paragraphs opening alike (据介绍，…) must not make the
            # search quadratic in their count.
            for other, line in self.by_anchor.get(anchor, ())[-_CANDIDATES:]:
                longer, shorter = max(len(key), len(other)), min(len(key), len(other))
                if 2 * shorter >= _NEAR_RATIO * (longer + shorter) and _is_variant(key, other):
                    return line
        return None

    def add(self, key: str, line: int) -> None:
        self.exact.setdefault(key, line)
        if _MIN_NEAR_CHARS <= len(key) <= _MAX_NEAR_CHARS:
            for anchor in {key[:_ANCHOR], key[-_ANCHOR:]}:
                self.by_anchor.setdefault(anchor, []).append((key, line))


def remove_duplicates(page: PageDraft) -> tuple[PageDraft, tuple[Duplicate, ...]]:
    """Drop repeated paragraphs and clauses; return the page and what was removed."""
    seen = _Seen()
    duplicates: list[Duplicate] = []
    articles = tuple(_dedupe_article(a, seen, duplicates) for a in page.articles)
    return attrs.evolve(page, articles=articles), tuple(duplicates)


def _dedupe_article(article: ArticleDraft, seen: _Seen, duplicates: list[Duplicate]) -> ArticleDraft:
    kept: list[BlockDraft] = []
    for block in article.blocks:
        if block.kind != "paragraph":
            kept.append(block)
            continue
        cleaned = _drop_repeated_clauses(block, duplicates)
        key = _key(cleaned.text)
        if len(key) >= _MIN_DUPLICATE_CHARS:
            original = seen.original(key)
            if original is not None:
                duplicates.append(Duplicate(cleaned.text, cleaned.lines[0], original, cleaned.lines))
                continue
            seen.add(key, cleaned.lines[0])
        kept.append(cleaned)
    return attrs.evolve(article, blocks=tuple(kept))


def drop_repeated_clauses(text: str) -> tuple[str, tuple[str, ...]]:
    """Drop a clause repeated immediately after itself; return the text and the drops.

    >>> drop_repeated_clauses("会上，奖项公布，名次公布，名次公布。")
    ('会上，奖项公布，名次公布。', ('名次公布，',))
    >>> drop_repeated_clauses("好，好，好。")
    ('好，好，好。', ())
    """
    parts = SENTENCE_MARK_RE.split(text)
    if not any(a == b and len(a) >= _MIN_CLAUSE_CHARS for a, b in itertools.pairwise(parts)):
        return text, ()  # the common case, found with one split
    kept: list[str] = []
    dropped: list[str] = []
    for piece in CLAUSE_RE.findall(text):
        content = piece.rstrip(_CLAUSE_MARKS)
        if kept and len(content) >= _MIN_CLAUSE_CHARS and kept[-1].rstrip(_CLAUSE_MARKS) == content:
            dropped.append(kept.pop())  # the later copy stays: it carries the closing mark
        kept.append(piece)
    if not dropped:
        return text, ()
    return "".join(kept), tuple(dropped)


def _drop_repeated_clauses(block: BlockDraft, duplicates: list[Duplicate]) -> BlockDraft:
    text, dropped = drop_repeated_clauses(block.text)
    if not dropped:
        return block
    line = block.lines[0]
    duplicates.extend(Duplicate(clause, line, line, ()) for clause in dropped)
    return attrs.evolve(block, text=text)
