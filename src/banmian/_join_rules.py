"""Which piece continues a cut paragraph: the ``paragraph_join`` decision table.

A paragraph that stops without sentence-final punctuation was cut by a
column or page break; its tail is a later piece of the same article.  The
table is asked once per cut head, over the pieces that follow it (the
nearest first).  Its rows weigh what each piece shows:

* it *cannot open* a paragraph (it opens with a particle, a pause mark or a
  closing quotation mark: ``的``, ``、``, ``”``);
* it *opens* one (a dateline, an opener such as ``据悉``, an enumerator, a
  speaker: ``法国内政部说，``);
* the two characters that meet at the *seam* make a word: a common word of
  the language (发|展, the seam word list) or a pair the article prints
  elsewhere near the head (a name, a term);
* it opens with a *stub*, a clause or sentence too short to open a paragraph;
* it stands *after a layout break* (a photo, a gap, page furniture).

The nearest piece continues the head unless it opens a paragraph of its own
or a later piece shows stronger evidence; the row that decided is recorded
(`banmian.model.Edition.explain`, table ``paragraph_join``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Final, Literal

import attrs

from ._patterns import Rules
from ._records import BlockDraft
from ._seam import han_pair, stub_opening, word_across
from ._segment.table import always
from ._text import is_terminated, starts_as_continuation

# How far around a cut paragraph's head its seam's pair is looked for.
_SEARCH_REACH: Final = 4_096

NEXT_PIECE: Final = "next_piece"
LATER_PIECE: Final = "later_piece"
UNJOINED: Final = "unjoined"


class Pairs:
    """The article's text, its blocks apart, where a seam's pair is looked for.

    The search stays near the head whose seam is tested (a column break
    keeps the pieces of a paragraph within a few thousand characters), so
    the work is linear in the article's length however many paragraphs are
    cut.
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, texts: Sequence[str]) -> None:
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


class Piece:
    """The evidence about one piece that may continue a cut head.

    Each fact is read on first use (the opener patterns only when a row asks),
    so a head with an obvious continuation costs a test or two.

    Attributes:
        block: The piece.
        distance: 0 for the nearest piece after the head, 1 for the one after it, ...
        nearest_continues: The nearest piece is a paragraph that does not open
            one of its own (shared by every piece of the head).
    """

    def __init__(self, block: BlockDraft, head: str, distance: int, context: _HeadContext) -> None:
        self.block = block
        self.distance = distance
        self._head = head
        self._context = context

    @property
    def nearest_continues(self) -> bool:
        return self._context.nearest_continues()

    @property
    def nearest_cut(self) -> bool:
        """The nearest piece is itself cut: it stops without sentence-final
        punctuation, and it is set apart from the head (a blank line or more
        between them).  On the very next line it goes on with the head, as a
        wrapped line does: a chain of pieces of one paragraph, not two cut
        paragraphs interleaved."""
        near = self._context.nearest
        return (
            near is not None
            and near.block.lines[0] > self._context.head_end + 1
            and not is_terminated(near.block.text)
        )

    @property
    def paragraph(self) -> bool:
        return self.block.kind == "paragraph"

    @functools.cached_property
    def cannot_open(self) -> bool:
        """It opens with a particle, a pause mark or a closing mark (的, 、, ”)."""
        return starts_as_continuation(self.block.text)

    @functools.cached_property
    def opens(self) -> bool:
        """It opens like a new paragraph: a dateline, an opener, an enumerator, a speaker."""
        return self._context.rules.opens_paragraph(self.block.text)

    @functools.cached_property
    def opens_firmly(self) -> bool:
        """It opens a paragraph by a sign stronger than its speaker (which a
        common word across the seam outweighs: 首席执|行官近期也表示，)."""
        return self.opens and (not self.word_seam or self._context.rules.opens_firmly(self.block.text))

    @functools.cached_property
    def _pair(self) -> str:
        return han_pair(self._head, self.block.text)

    @functools.cached_property
    def word_seam(self) -> bool:
        """The characters at the seam make a common word (发|展)."""
        return word_across(self._head, self.block.text)

    @functools.cached_property
    def seam(self) -> bool:
        """The characters at the seam make a word: a common one, or a pair the
        article prints elsewhere near the head (a name, a term)."""
        if self.word_seam:
            return True
        return bool(self._pair) and self._context.pairs.near(self._pair, self._context.head_index)

    @functools.cached_property
    def stub(self) -> bool:
        """It opens with a clause or a sentence too short to open a paragraph."""
        return stub_opening(self.block.text)

    @property
    def after_break(self) -> bool:
        return self.block.after_break


@attrs.define
class _HeadContext:
    """What every piece of one head shares: the rules, the article's pairs, the nearest piece."""

    rules: Rules
    pairs: Pairs
    head_index: int
    head_end: int  # the head's last source line
    nearest: Piece | None = None
    _continues: bool | None = None

    def nearest_continues(self) -> bool:
        if self._continues is None:
            near = self.nearest
            self._continues = near is not None and near.paragraph and not near.opens
        return self._continues


Reach = Literal["nearest", "next_but_one", "later"]


@attrs.frozen
class JoinRow:
    """One row of ``paragraph_join``.

    Attributes:
        name: The row's name, as the docs and `Edition.explain` show it.
        outcome: ``next_piece``, ``later_piece`` or ``unjoined``.
        reach: Which pieces the row looks at: the ``nearest``, the one after
            it (``next_but_one``) or every ``later`` piece in order.
        test: A small function over a piece's evidence.
        example: What the row decides, for the docs.
    """

    name: str
    outcome: str
    reach: Reach
    test: Callable[[Piece], bool]
    example: str


def _continues_at_once(p: Piece) -> bool:
    return p.paragraph and (p.cannot_open or p.seam) and not p.opens_firmly


def _tail_past_a_break(p: Piece) -> bool:
    return p.nearest_continues and p.paragraph and (p.after_break or p.distance == 1) and p.cannot_open


def _stub_with_seam(p: Piece) -> bool:
    return p.nearest_continues and p.paragraph and p.stub and p.seam and not p.opens


def _word_across_the_seam(p: Piece) -> bool:
    return p.nearest_continues and p.paragraph and p.word_seam and not p.opens


def _interleaved_heads(p: Piece) -> bool:
    return p.nearest_cut and p.paragraph and not p.opens


def _next_piece(p: Piece) -> bool:
    return p.nearest_continues


def _continuation_past_an_opener(p: Piece) -> bool:
    return p.paragraph and (p.cannot_open or (p.after_break and p.stub) or p.seam) and not p.opens


def _past_one_opener(p: Piece) -> bool:
    return not p.nearest_continues and p.paragraph and not p.opens


PARAGRAPH_JOIN: Final[tuple[JoinRow, ...]] = (
    JoinRow(
        "continues_at_once",
        NEXT_PIECE,
        "nearest",
        _continues_at_once,
        "新线开通后，沿线居民 / 的出行时间缩短一半。",
    ),
    JoinRow(
        "interleaved_heads",
        LATER_PIECE,
        "next_but_one",
        _interleaved_heads,
        "新线开通后，沿线居民 / 港区客流稳步增长，外贸 / 出行时间缩短了一半。 / 订单增多。",
    ),
    JoinRow(
        "tail_past_a_break",
        LATER_PIECE,
        "later",
        _tail_past_a_break,
        "新线开通后，沿线居民 / 港区客流稳步增长。 / 的出行时间缩短一半。",
    ),
    JoinRow(
        "stub_with_seam",
        LATER_PIECE,
        "later",
        _stub_with_seam,
        "港口新开通了航 / 今年以来，客流稳步增长。 / 线十条。",
    ),
    JoinRow(
        "word_across_the_seam",
        LATER_PIECE,
        "next_but_one",
        _word_across_the_seam,
        "新线开通后，全市经济社会发 / 今年以来，客流稳步增长。 / 展步伐加快。",
    ),
    JoinRow("next_piece", NEXT_PIECE, "nearest", _next_piece, "新线开通后，沿线居民 / 出行时间缩短一半。"),
    JoinRow(
        "continuation_past_an_opener",
        LATER_PIECE,
        "later",
        _continuation_past_an_opener,
        "新线开通后，沿线居民 / 据悉，新线全长20公里。 / 的出行时间缩短一半。",
    ),
    JoinRow(
        "past_one_opener",
        LATER_PIECE,
        "next_but_one",
        _past_one_opener,
        "新线开通后，沿线居民 / 据悉，新线全长二十公里。 / 出行时间缩短了一半。",
    ),
    JoinRow("unjoined", UNJOINED, "nearest", always, "新线开通后，沿线居民 / (no piece can continue it)"),
)


def choose(
    head: int, candidates: Sequence[int], blocks: Sequence[BlockDraft], rules: Rules, pairs: Pairs
) -> tuple[JoinRow, int | None]:
    """The row that decides which of ``candidates`` (block indices, nearest
    first) continues ``blocks[head]``, and that piece (``None`` when unjoined)."""
    context = _HeadContext(rules, pairs, head, blocks[head].lines[-1])
    text = blocks[head].text
    pieces = [Piece(blocks[k], text, n, context) for n, k in enumerate(candidates)]
    context.nearest = pieces[0] if pieces else None
    for row in PARAGRAPH_JOIN:
        if row.outcome == UNJOINED:
            return row, None
        if row.reach == "nearest":
            looked = pieces[:1]
        elif row.reach == "next_but_one":
            looked = pieces[1:2]
        else:
            looked = pieces[1:]
        for piece in looked:
            if row.test(piece):
                return row, candidates[piece.distance]
    # Unreachable: the last row holds always (a test checks it).
    msg = "paragraph_join must end in a row that always holds"
    raise AssertionError(msg)
