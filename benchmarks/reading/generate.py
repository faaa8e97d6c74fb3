"""A seeded page generator: articles of one paper laid into a raw page dump with real faults.

`make_page` picks a few articles of one paper from ``articles.json``, prints
them into page lines with the faults real dumps have, and writes the page's
expected reading from the article fields (never from banmian): column breaks
mid-sentence (the tail a few blocks later, or two cut paragraphs interleaved
A B A′ B′), captions and photo items standing inside a cut paragraph, a
layout gap at the break, repeated paragraphs and clauses, page headers with
their pinyin, markdown residue, half-width punctuation, padded names in
bylines, CRLF line ends, GB18030 / Big5 / UTF-16 bytes.  Each page lists
the faults it has.  The same seed gives the same page.

    >>> import random
    >>> from benchmarks.reading.articles import load
    >>> pool = [a for a in load() if a["slug"] == "mingpao"]
    >>> make_page(pool, random.Random(5), "x.txt") == make_page(pool, random.Random(5), "x.txt")
    True
"""

from __future__ import annotations

import codecs
import random
from dataclasses import dataclass
from typing import Any, Final

from . import faults as fx
from .layout import Item, Page, Plan, base_items, closing_items, lay_article

Json = dict[str, Any]

# How often a page gets each fault (it is recorded only when it could be applied).
PROBABILITY: Final = {
    "cut": 0.7,
    "interleave": 0.3,
    "caption_in_cut": 0.35,
    "photo_in_cut": 0.25,
    "layout_gap": 0.4,
    "dup_paragraph": 0.35,
    "dup_clause": 0.35,
    "page_header": 0.5,
    "markdown": 0.2,
    "halfwidth": 0.35,
    "padded_names": 0.5,
    "crlf": 0.25,
    "encoding": 0.45,
}
FAULTS: Final = (
    "cut",
    "cut_opener",
    "tail_later",
    *(f for f in PROBABILITY if f not in ("cut", "encoding")),
    "gb18030",
    "big5",
    "utf16",
)
SECTIONS: Final = {
    "simplified": (("要闻", "YAO WEN"), ("经济", "JING JI"), ("文化", "WEN HUA"), ("民生", "MIN SHENG")),
    "traditional": (("港聞", "GANG WEN"), ("要聞", "YAO WEN"), ("經濟", "JING JI")),
}
# How many more items stand between a cut paragraph's head (and what stands in the cut) and its tail:
# mostly none (the next column goes on), sometimes a block or two of the column between.
_TAIL_AFTER: Final = (0, 1, 2)
_TAIL_WEIGHTS: Final = (4, 4, 2)
_BOLD_HEADLINE: Final = 0.5  # the share of markdown headlines also set in bold
_MIN_DUP: Final = 20  # a repeated paragraph this long is a duplicate, not a coincidence


@dataclass(frozen=True)
class GeneratedPage:
    """A page's bytes, its text (LF) and its expected reading (``Edition.to_dict()`` shape)."""

    name: str
    data: bytes
    text: str
    expected: Json
    faults: tuple[str, ...]


def _plan(article: Json, rng: random.Random) -> Plan:
    items = base_items(article)
    for caption in article["captions"]:
        blocks = [i for i, item in enumerate(items) if item[0] == "block"]
        items.insert(rng.choice(blocks) + 1, ("caption", caption))
    byline = article.get("byline") or {}
    return Plan(texts=[p["text"] for p in article["paragraphs"]], items=items, byline_raw=byline.get("raw"))


def _paragraphs(article: Json, plan: Plan, first: int = 0) -> list[int]:
    return [
        j
        for j, p in enumerate(article["paragraphs"])
        if j >= first and p["kind"] == "paragraph" and j not in plan.clauses and ("dup", j) not in plan.items
    ]


def _halfwidth(article: Json, plan: Plan, rng: random.Random) -> bool:
    changed = False
    for j in _paragraphs(article, plan):
        if (text := fx.halfwidth(plan.texts[j], rng)) is not None:
            plan.texts[j], changed = text, True
    return changed


def _markdown(article: Json, plan: Plan, rng: random.Random) -> bool:
    plan.headline_raw = rng.choice(("# ", "## ")) + (
        f"**{article['headline']}**" if rng.random() < _BOLD_HEADLINE else article["headline"]
    )
    plan.subhead_prefix = "## "
    for j in _paragraphs(article, plan, first=1)[:1]:
        plan.texts[j] = fx.bold_lead(plan.texts[j]) or plan.texts[j]
    return True


def _dup_clause(article: Json, plan: Plan, rng: random.Random) -> bool:
    for j in rng.sample(_paragraphs(article, plan), len(_paragraphs(article, plan))):
        if (done := fx.repeat_clause(plan.texts[j], rng)) is not None:
            plan.texts[j], plan.clauses[j] = done
            return True
    return False


def _dup_paragraph(article: Json, plan: Plan, rng: random.Random) -> bool:
    long = [
        j for j in _paragraphs(article, plan, first=1) if len(article["paragraphs"][j]["text"]) >= _MIN_DUP
    ]
    if not long:
        return False
    j = rng.choice(long)
    after = ("block", j + 1) if ("block", j + 1) in plan.items else ("block", j)
    plan.items.insert(plan.items.index(after) + 1, ("dup", j))
    return True


def _cuttable(article: Json, plan: Plan) -> list[int]:
    return [
        j for j in _paragraphs(article, plan) if ("block", j) in plan.items and fx.cut_points(plan.texts[j])
    ]


def _cut(plan: Plan, j: int, inside: list[Item], rng: random.Random) -> None:
    """Cut block ``j``: its head, what stands inside the cut, a few more items, then its tail."""
    at = plan.items.index(("block", j))
    plan.cuts[j] = rng.choice(fx.cut_points(plan.texts[j]))
    plan.items[at : at + 1] = [("head", j), *inside]
    tail = min(len(plan.items), at + 1 + len(inside) + rng.choices(_TAIL_AFTER, _TAIL_WEIGHTS)[0])
    plan.items.insert(tail, ("tail", j))


def _interleave(plan: Plan, j: int, rng: random.Random) -> None:
    """Cut blocks ``j`` and ``j + 1`` and print A B A′ B′."""
    for k in (j, j + 1):
        plan.cuts[k] = rng.choice(fx.cut_points(plan.texts[k]))
    a, b = plan.items.index(("block", j)), plan.items.index(("block", j + 1))
    plan.items[a], plan.items[b] = ("head", j), ("head", j + 1)
    plan.items[b + 1 : b + 1] = [("tail", j), ("tail", j + 1)]


def _spare_caption(article: Json, plan: Plan, spare: list[Json], *, credited: bool) -> Json | None:
    """A caption to stand inside a cut: one of the article's own (moved), else one of the paper's others."""
    for item in plan.items:
        if item[0] == "caption" and (item[1]["credit"] or not credited):
            plan.items.remove(item)
            return dict(item[1])
    for caption in spare:
        if caption["credit"] or not credited:
            spare.remove(caption)
            return dict(caption)
    return None


def _cuts(
    wanted: set[str], articles: list[Json], plans: list[Plan], spare: list[Json], rng: random.Random
) -> set[str]:
    """Apply the column-break faults to one article that can take them; the faults applied."""
    done: set[str] = set()
    candidates = [i for i, (a, p) in enumerate(zip(articles, plans, strict=True)) if _cuttable(a, p)]
    if not candidates or not wanted & {"cut", "interleave"}:
        return done
    i = rng.choice(candidates)
    article, plan = articles[i], plans[i]
    cuttable = _cuttable(article, plan)
    pairs = [j for j in cuttable if j + 1 in cuttable]
    if "interleave" in wanted and pairs:
        _interleave(plan, rng.choice(pairs), rng)
        done.add("interleave")
    else:
        inside: list[Item] = []
        for fault, kind, credited in (("caption_in_cut", "caption", False), ("photo_in_cut", "photo", True)):
            if fault in wanted and (caption := _spare_caption(article, plan, spare, credited=credited)):
                if kind == "photo":
                    caption["credit_word"] = "攝" if article["script"] == "traditional" else "摄"
                inside.append((kind, caption))
                done.add(fault)
        _cut(plan, rng.choice(cuttable), inside, rng)
    done |= {"cut", *_cut_kinds(article, plan)}
    if "layout_gap" in wanted:
        plan.gap_after_head = rng.randint(2, 3)
        done.add("layout_gap")
    return done


def _cut_kinds(article: Json, plan: Plan) -> set[str]:
    """``cut_opener``: the cut paragraph opens with a dateline or reporters; ``tail_later``: a tail apart."""
    kinds = set()
    if 0 in plan.cuts and article.get("opener"):
        kinds.add("cut_opener")
    if any(plan.items.index(("tail", j)) - plan.items.index(("head", j)) > 1 for j in plan.cuts):
        kinds.add("tail_later")
    return kinds


def _padded_names(articles: list[Json], plans: list[Plan]) -> bool:
    changed = False
    for article, plan in zip(articles, plans, strict=True):
        if plan.byline_raw:
            names = [a["name"] for a in article["byline"]["authors"]]
            padded = [fx.pad_names(line, names) for line in plan.byline_raw]
            changed |= padded != plan.byline_raw
            plan.byline_raw = padded
    return changed


# In this order: a clause is repeated before punctuation is printed half-width.
_ONE_ARTICLE: Final = {
    "dup_clause": _dup_clause,
    "dup_paragraph": _dup_paragraph,
    "markdown": _markdown,
    "halfwidth": _halfwidth,
}


def _apply(
    wanted: set[str], articles: list[Json], plans: list[Plan], spare: list[Json], rng: random.Random
) -> set[str]:
    done: set[str] = set()
    for fault, apply in _ONE_ARTICLE.items():
        if fault in wanted:
            i = rng.randrange(len(articles))
            if apply(articles[i], plans[i], rng):
                done.add(fault)
    done |= _cuts(wanted, articles, plans, spare, rng)
    if "padded_names" in wanted and _padded_names(articles, plans):
        done.add("padded_names")
    for plan, article in zip(plans, articles, strict=True):
        plan.items.extend(closing_items(article))
    return done


def encode(text: str, encoding: str) -> bytes:
    """The page's bytes; UTF-16 with a little-endian BOM, as Windows tools write it."""
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


def _bytes(text: str, script: str, wanted: set[str], rng: random.Random) -> tuple[bytes, str, set[str]]:
    done = {"crlf"} & wanted
    if done:
        text = text.replace("\n", "\r\n")
    if "encoding" not in wanted:
        return text.encode("utf-8"), "utf-8", done
    encoding = rng.choice(("big5" if script == "traditional" else "gb18030", "utf-16"))
    try:
        data = encode(text, encoding)
    except UnicodeEncodeError:  # a character Big5 lacks: the page goes out as UTF-16
        encoding, data = "utf-16", encode(text, "utf-16")
    return data, encoding, done | {encoding.replace("-", "")}


def make_page(pool: list[Json], rng: random.Random, name: str) -> GeneratedPage:
    """A page of 2-4 articles drawn from ``pool`` (articles of one paper), with its expected reading."""
    articles = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
    spare = [c for a in pool if a not in articles for c in a["captions"]]
    wanted = {fault for fault, p in PROBABILITY.items() if rng.random() < p}
    plans = [_plan(a, rng) for a in articles]
    done = _apply(wanted, articles, plans, spare, rng)
    page, headers = Page(), []
    if "page_header" in wanted:
        section, pinyin = rng.choice(SECTIONS[articles[0]["script"]])
        headers = [{"kind": "page_header", "text": t, "line": page.put(t)} for t in (section, pinyin)]
        page.gap()
        done.add("page_header")
    read = [lay_article(page, a, p) for a, p in zip(articles, plans, strict=True)]
    text = "\n".join(page.lines).rstrip("\n") + "\n"
    data, encoding, coded = _bytes(text, articles[0]["script"], wanted, rng)
    faults = tuple(f for f in FAULTS if f in done | coded)
    expected = {
        "source": name,
        "encoding": encoding,
        "paper": articles[0]["paper"],
        "script": articles[0]["script"],
        "faults": list(faults),
        "articles_from": [a["source"] for a in articles],
        "page_headers": [h["text"] for h in headers],
        "articles": read,
        "photos": [],
        "artifacts": headers,
        "duplicates": page.duplicates,
    }
    return GeneratedPage(name, data, text, expected, faults)
