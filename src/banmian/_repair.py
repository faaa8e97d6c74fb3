"""Join paragraphs cut by column or page breaks (contract §5).  Never drops a line.

A paragraph that stops without sentence-final punctuation continues in a
later piece of the same article.  Which piece is decided by the
``paragraph_join`` table of `._join_rules`: the nearest piece unless it
opens a paragraph of its own or a later piece shows stronger evidence (it
cannot open a paragraph, or a word runs across the seam).  Joins never
cross an article's title.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs

from . import _warnings as warn
from ._join_rules import LATER_PIECE, Pairs, choose
from ._patterns import Rules
from ._records import ArticleDraft, BlockDraft, PageDraft
from ._text import is_terminated, seam, starts_as_continuation
from .model import Decision, ParseWarning

# How many blocks past the next one a continuation is looked for.
_LOOKAHEAD_BLOCKS: Final = 12
_TABLE: Final = "paragraph_join"


def join_broken_paragraphs(page: PageDraft, rules: Rules) -> PageDraft:
    """Join every cut paragraph of every article with its continuation."""
    warnings: list[ParseWarning] = list(page.warnings)
    decisions: list[Decision] = []
    articles = tuple(_join_article(a, rules, warnings, decisions) for a in page.articles)
    return attrs.evolve(
        page, articles=articles, warnings=tuple(warnings), decisions=page.decisions + tuple(decisions)
    )


def _repeats(blocks: list[BlockDraft]) -> set[int]:
    """The indices of paragraphs that repeat an earlier one word for word: a
    dump's repeated paragraph, which deduplication removes.  It stands in no
    column's order, so it is neither a cut head nor a piece that continues one."""
    seen: set[str] = set()
    repeats: set[int] = set()
    for k, block in enumerate(blocks):
        if block.kind == "paragraph":
            if block.text in seen:
                repeats.add(k)
            seen.add(block.text)
    return repeats


def _following(blocks: list[BlockDraft], after: int, used: set[int]) -> list[int]:
    """The indices of the next unused blocks after ``after``, at most the lookahead."""
    found: list[int] = []
    for k in range(after + 1, len(blocks)):
        if k not in used:
            found.append(k)
            if len(found) > _LOOKAHEAD_BLOCKS:
                break
    return found


def _join_article(
    article: ArticleDraft, rules: Rules, warnings: list[ParseWarning], decisions: list[Decision]
) -> ArticleDraft:
    blocks = list(article.blocks)
    pairs = Pairs([block.text for block in blocks])
    repeats = _repeats(blocks)
    used: set[int] = set(repeats)
    out: list[BlockDraft] = []
    for index, block in enumerate(blocks):
        if index in repeats:
            out.append(block)
            continue
        if index in used:
            continue
        if block.kind == "paragraph" and starts_as_continuation(block.text):
            warnings.append(warn.missing_start(block.lines[0]))
        pieces = [index]
        while block.kind == "paragraph" and not is_terminated(blocks[pieces[-1]].text):
            last = blocks[pieces[-1]].lines[-1]
            row, k = choose(pieces[-1], _following(blocks, pieces[-1], used), blocks, rules, pairs)
            decisions.append(Decision(last, _TABLE, row.name, row.outcome))
            if k is None:
                warnings.append(warn.unjoined_fragment(last))
                break
            used.add(k)
            if row.outcome == LATER_PIECE:
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
