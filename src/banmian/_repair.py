"""Join paragraphs cut by column or page breaks (contract §5).  Never drops a line.

A paragraph that stops without sentence-final punctuation continues in a
later piece of the same article.  The next paragraph is that piece unless it
opens like a new paragraph (a dateline, a common paragraph opener such as
据悉 or 今年以来, an enumerator).  Then the continuation is looked for after
the next layout break (a photo, page furniture, a gap of blank lines): the
first piece there that cannot open a paragraph, or whose first clause is a
stub.  Joins never cross an article's title.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs

from . import _warnings as warn
from ._patterns import FIRST_CLAUSE_RE, FIRST_SENTENCE_RE, Rules
from ._records import ArticleDraft, BlockDraft, PageDraft
from ._text import is_terminated, seam, starts_as_continuation
from .model import ParseWarning

# A first clause this short (声轰鸣。) is the tail of a sentence begun elsewhere;
# a sentence of news prose does not open with a three-character clause.
_STUB_CLAUSE_MAX: Final = 3
# Nor does it open with a whole sentence of eight characters or fewer
# (满负荷运转。): such a sentence is the end of one begun in another column.
_STUB_SENTENCE_MAX: Final = 8
# How far around a cut paragraph's head its seam's pair is looked for.
_SEARCH_REACH: Final = 4_096
# How many blocks past the next one a continuation is looked for.
_LOOKAHEAD_BLOCKS: Final = 12


def join_broken_paragraphs(page: PageDraft, rules: Rules) -> PageDraft:
    """Join every cut paragraph of every article with its continuation."""
    warnings: list[ParseWarning] = list(page.warnings)
    articles = tuple(_join_article(a, rules, warnings) for a in page.articles)
    return attrs.evolve(page, articles=articles, warnings=tuple(warnings))


def _stub_opening(text: str) -> bool:
    """The piece opens with the tail of a sentence: a clause of a few characters
    (声轰鸣，) or a whole sentence too short to open a paragraph (满负荷运转。)."""
    clause = FIRST_CLAUSE_RE.match(text)
    if clause is not None and len(clause.group(0)) - 1 <= _STUB_CLAUSE_MAX:
        return True
    sentence = FIRST_SENTENCE_RE.match(text)
    return sentence is not None and len(sentence.group(0)) - 1 <= _STUB_SENTENCE_MAX


def _is_tail(block: BlockDraft) -> bool:
    """A paragraph piece after a layout break that cannot open a paragraph."""
    return block.kind == "paragraph" and block.after_break and starts_as_continuation(block.text)


def _stub_tail(block: BlockDraft, head: str, pairs: _Pairs, rules: Rules, at: int) -> bool:
    """A later piece that opens with a stub of a sentence whose seam with the
    head is a word of the article: two weak signs that agree."""
    return (
        block.kind == "paragraph"
        and _seam_seen(head, block.text, pairs, at)
        and _stub_opening(block.text)
        and not rules.opens_paragraph(block.text)
    )


def _following(blocks: list[BlockDraft], after: int, used: set[int]) -> list[int]:
    """The indices of the next unused blocks after ``after``, at most the lookahead."""
    found: list[int] = []
    for k in range(after + 1, len(blocks)):
        if k not in used:
            found.append(k)
            if len(found) > _LOOKAHEAD_BLOCKS:
                break
    return found


class _Pairs:
    """The article's text, its blocks apart, where a seam's pair is looked for.

    The search stays near the head whose seam is tested (a column break
    keeps the pieces of a paragraph within a few thousand characters), so
    the work is linear in the article's length however many paragraphs are
    cut.
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, texts: list[str]) -> None:
        self._text = "\n".join(texts)
        self._starts: list[int] = []
        position = 0
        for text in texts:
            self._starts.append(position)
            position += len(text) + 1

    def near(self, pair: str, block: int) -> bool:
        """Whether ``pair`` stands in the text within reach of block ``block``."""
        start = self._starts[block]
        return self._text.find(pair, max(0, start - _SEARCH_REACH), start + _SEARCH_REACH) != -1


def _seam_seen(head: str, tail: str, pairs: _Pairs, at: int) -> bool:
    """The two characters that meet at the seam stand together elsewhere in
    the article, near the head (block ``at``): a word cut by the column break
    (中国|市场, 报|道)."""
    pair = head[-1:] + tail[:1]
    return len(pair) == 2 and all("\u4e00" <= char <= "\u9fff" for char in pair) and pairs.near(pair, at)  # noqa: PLR2004


def _continuation(
    blocks: list[BlockDraft], after: int, used: set[int], rules: Rules, pairs: _Pairs
) -> tuple[int, bool] | None:
    """Index of the continuation of blocks[after], and whether blocks stand between.

    ``pairs`` are the article's character pairs, for the seam test.
    """
    following = _following(blocks, after, used)
    if not following:
        return None
    nearest = following[0]
    candidate = blocks[nearest]
    head = blocks[after].text
    if candidate.kind == "paragraph" and not rules.opens_paragraph(candidate.text):
        if starts_as_continuation(candidate.text) or _seam_seen(head, candidate.text, pairs, after):
            return nearest, False
        # When the next paragraph could open one, a later piece is the tail if
        # it cannot open a paragraph (after a layout break), or if it opens
        # with the stub of a sentence and its seam with the head is a word of
        # the article: the tail landed past a complete paragraph, or two cut
        # paragraphs interleave (A B A′ B′).
        tail = next((k for k in following[1:] if _is_tail(blocks[k])), None)
        if tail is None:
            tail = next((k for k in following[1:] if _stub_tail(blocks[k], head, pairs, rules, after)), None)
        return (tail, True) if tail is not None else (nearest, False)
    for k in following[1:]:
        block = blocks[k]
        # A piece that cannot open a paragraph is a continuation wherever it
        # stands; a piece that opens with a stub of a sentence is one right
        # after a layout break (a photo, a gap), where columns are cut; and
        # so is a piece whose seam with the head is a word of the article.
        # (The cheap tests go first; the opener patterns only for a hit.)
        if (
            block.kind == "paragraph"
            and (
                starts_as_continuation(block.text)
                or (block.after_break and _stub_opening(block.text))
                or _seam_seen(head, block.text, pairs, after)
            )
            and not rules.opens_paragraph(block.text)
        ):
            return k, True
    return None


def _join_article(article: ArticleDraft, rules: Rules, warnings: list[ParseWarning]) -> ArticleDraft:
    blocks = list(article.blocks)
    pairs = _Pairs([block.text for block in blocks])
    used: set[int] = set()
    out: list[BlockDraft] = []
    for index, block in enumerate(blocks):
        if index in used:
            continue
        if block.kind == "paragraph" and starts_as_continuation(block.text):
            warnings.append(warn.missing_start(block.lines[0]))
        pieces = [index]
        while block.kind == "paragraph" and not is_terminated(blocks[pieces[-1]].text):
            found = _continuation(blocks, pieces[-1], used, rules, pairs)
            if found is None:
                warnings.append(warn.unjoined_fragment(blocks[pieces[-1]].lines[-1]))
                break
            k, across = found
            used.add(k)
            if across:
                warnings.append(warn.joined_across_blocks(block.lines[0], blocks[k].lines[0]))
            pieces.append(k)
        out.append(block if len(pieces) == 1 else _joined(blocks, pieces))
    return attrs.evolve(article, blocks=tuple(out))


def _joined(blocks: list[BlockDraft], pieces: list[int]) -> BlockDraft:
    """One block from the pieces of a cut paragraph, in reading order (linear time)."""
    texts = [blocks[pieces[0]].text]
    for previous, k in itertools.pairwise(pieces):
        texts.append(seam(blocks[previous].text, blocks[k].text) + blocks[k].text)
    lines = tuple(line for k in pieces for line in blocks[k].lines)
    return attrs.evolve(blocks[pieces[0]], text="".join(texts), lines=lines)
