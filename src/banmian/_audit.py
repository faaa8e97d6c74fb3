"""The character half of the nothing-lost audit (contract §6, issue 12).

``Edition.audit`` checks that every non-blank line is accounted for once;
this module checks that its text is too: every Han character, Latin letter
and digit of the input (so every word) is in the output (titles,
bylines, datelines, blocks, captions and credits, photos, artifacts,
duplicates), or was taken off by a house-style rule that says so (the
``摄`` or ``发`` of a photo credit, the ``报道`` closing a byline: contract
§3.5 and §4).

Output records are grouped with the input lines they claim; records that
claim a common line (a paragraph and a clause dropped from it) form one
group, and so do all the parts of one article, whose dateline and inline
byline are cut from its lines, and the duplicates removed from among its
lines.  Within a group the input's tokens are
counted against the output's, so a character moved from a line to another
record of the same article is not lost, and one that went nowhere is.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final

from ._lexicon import BYLINE_TAILS
from ._patterns import COUNTED_RE

if TYPE_CHECKING:
    from .model import Article, Caption, Edition

# Words the house style takes off a byline (contract §3.5: the trailing 报道,
# 专稿, ...).  Their characters may be missing from the output as many times
# as the word is missing from it; longer words first (摄影报道 before 报道).
_BYLINE_TAILS: Final = tuple(sorted(BYLINE_TAILS, key=len, reverse=True))
# What a photo credit may lose (contract §4, §4.1): its 摄/攝影/发 and the 图：
# label before it.  A caption with a credit may lack these in its text.
_CREDIT_MARKS: Final = "摄攝影发發图圖"

# One record of the output: the input lines it claims, the text it holds,
# and a line of the record it belongs with (the article it is part of).
_Record = tuple[tuple[int, ...], tuple[str, ...], int | None]


def _article_parts(article: Article) -> list[_Record]:
    """The parts of an article, each with its lines; what is cut from a line
    (the dateline, an inline byline) goes with the part it was cut from."""
    blocks: list[_Record] = [(b.lines, (b.text,), None) for b in article.blocks]
    titles = [t for t in (article.kicker, article.headline, article.subtitle) if t]
    if article.dateline:
        if blocks:
            first_lines, first_texts, _ = blocks[0]
            blocks[0] = (first_lines, (article.dateline, *first_texts), None)
        else:
            titles.append(article.dateline)
    parts: list[_Record] = []
    if article.byline is not None:
        byline = article.byline
        names = (byline.text, *(a.name for a in byline.authors if a.name not in byline.text))
        if byline.lines:
            parts.append((byline.lines, names, None))
        else:
            titles.extend(names)
    parts.append((article.title_lines, tuple(titles), None))
    parts.extend(blocks)
    for caption in article.captions:
        parts.append((caption.lines or (caption.line,), _caption_texts(caption), None))
    if article.credit_line is not None:
        parts.append(((article.credit_line,), (article.credit or "",), None))
    anchor = next((lines[0] for lines, _, _ in parts if lines), None)
    return [(lines, texts, anchor) for lines, texts, _ in parts]


def _caption_texts(caption: Caption) -> tuple[str, ...]:
    if caption.credit is None:
        return (caption.text,)
    return caption.text, caption.credit, _CREDIT_MARKS


def _records(edition: Edition) -> Iterator[_Record]:
    anchors: list[tuple[int, int]] = []  # (first line, anchor) of each article
    for article in edition.articles:
        parts = _article_parts(article)
        yield from parts
        claimed = [n for part_lines, _, _ in parts for n in part_lines]
        if claimed and parts[0][2] is not None:
            anchors.append((min(claimed), parts[0][2]))
    for photo in edition.photos:
        yield photo.lines or (photo.line,), _caption_texts(photo), None
    for artifact in edition.artifacts:
        yield (artifact.line,), (artifact.text,), None
    # A paragraph removed as a duplicate leaves its dateline in its article:
    # a duplicate is grouped with the article whose lines it stands among.
    anchors.sort()
    firsts = [first for first, _ in anchors]
    for duplicate in edition.duplicates:
        removed = duplicate.lines or (duplicate.line,)
        at = bisect.bisect_right(firsts, removed[0]) - 1
        yield removed, (duplicate.text,), anchors[at][1] if at >= 0 else None


class _Groups:
    """Union-find over line numbers: records sharing a line are one group."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, line: int) -> int:
        root = self.parent.setdefault(line, line)
        while root != self.parent[root]:
            root = self.parent[root]
        while line != root:  # path compression keeps every find near constant
            self.parent[line], line = root, self.parent[line]
        return root

    def join(self, lines: Iterable[int]) -> int | None:
        first: int | None = None
        for line in lines:
            root = self.find(line)
            if first is None:
                first = root
            elif root != first:
                self.parent[root] = first
        return first


def _tokens(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(text)
    return Counter({char: n for char, n in counts.items() if COUNTED_RE.match(char)})


def _forgiven(source: Iterable[str], output: Iterable[str]) -> Counter[str]:
    """Tokens of the house-style words the output no longer holds."""
    # The source lines are joined as a wrapped paragraph's are (a word such as
    # 报道 may be cut across two of them and stand whole in the output).
    source_text, output_text = "".join(source), "\n".join(output)
    forgiven: Counter[str] = Counter()
    for word in _BYLINE_TAILS:
        missing = source_text.count(word) - output_text.count(word)
        forgiven.update(word * max(missing, 0))
        # a longer word's characters are not counted again by a shorter one
        source_text, output_text = source_text.replace(word, ""), output_text.replace(word, "")
    return forgiven


def lost_text(edition: Edition) -> tuple[tuple[int, str], ...]:
    """``(line, characters)`` for the input text the output holds nowhere.

    >>> from banmian.model import Artifact, Caption, Edition
    >>> page = Edition(photos=(Caption("", "王飞", 1),), content_lines=(1,), content_text=("王飞摄",))
    >>> lost_text(page)
    ()
    >>> lost_text(Edition(artifacts=(Artifact("x", "飞", 1),), content_lines=(1,), content_text=("王飞",)))
    ((1, '王'),)
    """
    groups = _Groups()
    outputs: dict[int, list[str]] = {}
    own: dict[int, list[str]] = {}  # the texts of the records that claim each line
    for lines, texts, anchor in _records(edition):
        root = groups.join((*lines, anchor) if anchor is not None else lines)
        if root is not None:
            outputs.setdefault(root, []).extend(texts)
        for line in lines:
            own.setdefault(line, []).extend(texts)
    merged: dict[int, list[str]] = {}
    for root, held in outputs.items():  # roots may have been joined since
        merged.setdefault(groups.find(root), []).extend(held)
    sources: dict[int, list[tuple[int, str]]] = {}
    for number, text in zip(edition.content_lines, edition.content_text, strict=False):
        sources.setdefault(groups.find(number), []).append((number, text))
    lost: dict[int, str] = {}
    for root, source in sources.items():
        missing = _tokens(t for _, t in source) - _tokens(merged.get(root, []))
        missing -= _forgiven((t for _, t in source), merged.get(root, []))
        if missing:
            _attribute(source, missing, own, lost)
    return tuple(sorted(lost.items()))


def _attribute(
    lines: list[tuple[int, str]], missing: Counter[str], own: dict[int, list[str]], lost: dict[int, str]
) -> None:
    """Name the lines ``missing`` came from: first the lines whose own records
    lack the character, then any line of the group that holds it."""
    for only_unclaimed in (True, False):
        for number, text in lines:
            held = "".join(own.get(number, ())) if only_unclaimed else ""
            for char in text:
                if missing[char] > 0 and char not in held:
                    missing[char] -= 1
                    lost[number] = lost.get(number, "") + char
