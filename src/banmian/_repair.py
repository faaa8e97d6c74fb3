"""Join paragraphs cut by column or page breaks (SPEC section 5).  Never drops a line.

A paragraph that stops without sentence-final punctuation continues in a
later piece of the same article.  The next paragraph is that piece unless it
opens like a new paragraph (a dateline, a common paragraph opener such as
据悉 or 今年以来, an enumerator).  Then the continuation is looked for after
the next layout break (a photo, page furniture, a gap of blank lines): the
first piece there that cannot open a paragraph, or whose first clause is a
stub.  Joins never cross an article's title.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from ._records import ArticleDraft, BlockDraft, PageDraft
from ._rules import Rules, rules_for
from ._text import is_terminated, join_pieces, starts_as_continuation
from .model import ParseWarning

# A first clause this short (声轰鸣。) is the tail of a sentence begun elsewhere;
# a sentence of news prose does not open with a three-character clause.
_STUB_CLAUSE_MAX: Final = 3
_FIRST_CLAUSE_RE: Final = regex.compile(r"^[^，。；！？、,;!?]{1,8}[，。；！？、,;!?]")
# How many blocks past the next one a continuation is looked for.
_LOOKAHEAD_BLOCKS: Final = 12


def join_broken_paragraphs(page: PageDraft, rules: Rules | None = None) -> PageDraft:
    """Join every cut paragraph of every article with its continuation."""
    rules = rules or rules_for()
    warnings: list[ParseWarning] = list(page.warnings)
    articles = tuple(_join_article(a, rules, warnings) for a in page.articles)
    return attrs.evolve(page, articles=articles, warnings=tuple(warnings))


def _stub_first_clause(text: str) -> bool:
    match = _FIRST_CLAUSE_RE.match(text)
    return match is not None and len(match.group(0)) - 1 <= _STUB_CLAUSE_MAX


def _continuation(
    blocks: list[BlockDraft], after: int, used: set[int], rules: Rules
) -> tuple[int, bool] | None:
    """Index of the continuation of blocks[after], and whether blocks stand between."""
    following = [k for k in range(after + 1, len(blocks)) if k not in used]
    if not following:
        return None
    nearest = following[0]
    candidate = blocks[nearest]
    if candidate.kind == "paragraph" and not rules.opens_paragraph(candidate.text):
        return nearest, False
    for k in following[1 : 1 + _LOOKAHEAD_BLOCKS]:
        block = blocks[k]
        if block.kind != "paragraph" or not block.after_break or rules.opens_paragraph(block.text):
            continue
        if starts_as_continuation(block.text) or _stub_first_clause(block.text):
            return k, True
    return None


def _join_article(article: ArticleDraft, rules: Rules, warnings: list[ParseWarning]) -> ArticleDraft:
    blocks = list(article.blocks)
    used: set[int] = set()
    out: list[BlockDraft] = []
    for index, block in enumerate(blocks):
        if index in used:
            continue
        current, last = block, index
        if current.kind == "paragraph" and starts_as_continuation(current.text):
            warnings.append(
                ParseWarning(
                    "missing_start",
                    "a paragraph begins mid-sentence; its start is not on the page",
                    current.lines[0],
                )
            )
        while current.kind == "paragraph" and not is_terminated(current.text):
            found = _continuation(blocks, last, used, rules)
            if found is None:
                warnings.append(
                    ParseWarning(
                        "unjoined_fragment",
                        "a paragraph stops mid-sentence and no continuation was found",
                        current.lines[-1],
                    )
                )
                break
            k, across = found
            piece = blocks[k]
            used.add(k)
            if across:
                warnings.append(
                    ParseWarning(
                        kind="joined_across_blocks",
                        message=f"paragraph at line {current.lines[0]} continued at line {piece.lines[0]}, "
                        "past other blocks",
                        line=piece.lines[0],
                    )
                )
            current = attrs.evolve(
                current, text=join_pieces(current.text, piece.text), lines=current.lines + piece.lines
            )
            last = k
        out.append(current)
    return attrs.evolve(article, blocks=tuple(out))
