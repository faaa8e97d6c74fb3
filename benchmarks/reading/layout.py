"""Lay one article into page lines and write its expected reading from the article's fields.

A `Plan` says which faults the article carries; `lay_article` prints the
article into a `Page` and returns the article in the JSON shape of
``Edition.to_dict()``, with the 1-based source lines of everything it
printed.  Duplicates it printed go to ``page.duplicates``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

Json = dict[str, Any]
_PADDED: Final = 2  # a two-character name is printed with a padding space
# A body item: (what, which) — ("block", j), ("head", j), ("tail", j), ("dup", j),
# ("caption", caption), ("photo", caption), ("byline", None), ("credit", None).
Item = tuple[str, Any]


@dataclass
class Page:
    """The printed lines of a page, and the removed repeats it holds."""

    lines: list[str] = field(default_factory=list)
    duplicates: list[Json] = field(default_factory=list)

    def put(self, text: str) -> int:
        """Print a line; its 1-based number."""
        self.lines.append(text)
        return len(self.lines)

    def gap(self, blank: int = 1) -> None:
        """Blank lines between units (two or more: a layout gap)."""
        self.lines.extend([""] * blank)


@dataclass
class Plan:
    """How an article is printed: its texts after faults, where it is cut, what stands in the cuts."""

    texts: list[str]  # printed text of each block (faults applied, no opener)
    items: list[Item]  # body items in printed order
    cuts: dict[int, int] = field(default_factory=dict)  # block -> cut position in its printed text
    clauses: dict[int, str] = field(default_factory=dict)  # block -> clause printed twice
    byline_raw: list[str] | None = None
    headline_raw: str | None = None
    subhead_prefix: str = ""
    gap_after_head: int = 1


def base_items(article: Json) -> list[Item]:
    """The article's body in its own order: blocks, the byline where it stood, captions after blocks."""
    blocks = article["paragraphs"]
    at = (article.get("byline") or {}).get("at")
    raw = (article.get("byline") or {}).get("raw")
    items: list[Item] = []
    if raw is not None and at == 0:
        items.append(("byline", None))
    for j in range(len(blocks)):
        items.append(("block", j))
        if raw is not None and at == j + 1 and j + 1 < len(blocks):
            items.append(("byline", None))
    return items


def closing_items(article: Json) -> list[Item]:
    """What closes the article: a byline after the last paragraph, the source credit."""
    byline = article.get("byline") or {}
    items: list[Item] = []
    at = byline.get("at")
    if byline.get("raw") is not None and isinstance(at, int) and at >= len(article["paragraphs"]):
        items.append(("byline", None))
    if article.get("credit"):
        items.append(("credit", None))
    return items


def _print_block(page: Page, article: Json, plan: Plan, j: int, text: str) -> int:
    block = article["paragraphs"][j]
    prefix = (article.get("opener") or "") if j == 0 else ""
    if block["kind"] == "subhead":
        prefix = plan.subhead_prefix
    elif block["kind"] == "list_item":
        prefix = "- "
    return page.put(prefix + text)


def _marked_subhead(article: Json, plan: Plan, item: Item, following: Item | None) -> bool:
    """A subhead its page printed after a mark, over its paragraph with a hard
    break (■小标题␣␣ / 正文): printed so when its paragraph follows it."""
    what, j = item
    return (
        what == "block"
        and bool(article["paragraphs"][j].get("marker"))
        and not plan.subhead_prefix
        and following in (("block", j + 1), ("head", j + 1))
    )


def _print_item(
    page: Page, article: Json, plan: Plan, item: Item, out: Json, *, following: Item | None = None
) -> None:
    what, which = item
    if _marked_subhead(article, plan, item, following):
        block = article["paragraphs"][which]
        out["lines"][which].append(page.put(block["marker"] + plan.texts[which] + "  "))
        return  # its paragraph follows on the next line
    if what == "block":
        number = _print_block(page, article, plan, which, plan.texts[which])
        out["lines"][which].append(number)
        if which in plan.clauses:
            clause = plan.clauses[which]
            page.duplicates.append({"text": clause, "line": number, "of_line": number, "lines": [number]})
    elif what == "head":
        out["lines"][which].append(
            _print_block(page, article, plan, which, plan.texts[which][: plan.cuts[which]])
        )
        page.gap(plan.gap_after_head)
        return
    elif what == "tail":
        out["lines"][which].append(page.put(plan.texts[which][plan.cuts[which] :]))
    elif what == "dup":
        number = page.put(plan.texts[which])
        text = article["paragraphs"][which]["text"]
        page.duplicates.append(
            {"text": text, "line": number, "of_line": out["lines"][which][0], "lines": [number]}
        )
    elif what in ("caption", "photo"):
        out["captions"].append(_print_caption(page, which, two_lines=what == "photo"))
    elif what == "byline":
        out["byline_lines"] = [page.put(line) for line in plan.byline_raw or ()]
    elif what == "credit":
        out["credit_line"] = page.put(article["credit"]["raw"])
    page.gap()


def _print_caption(page: Page, caption: Json, *, two_lines: bool) -> Json:
    if two_lines:  # the caption, then its credit on a line of its own
        credit = caption["credit"]
        padded = f"{credit[0]} {credit[1]}" if len(credit) == _PADDED else credit
        lines = [page.put("■" + caption["text"]), page.put(f"{padded} {caption.get('credit_word', '摄')}")]
    else:
        lines = [page.put(line) for line in caption["raw"]]
    return {"text": caption["text"], "credit": caption["credit"], "line": lines[0], "lines": lines}


def _title(page: Page, article: Json, plan: Plan) -> list[int]:
    lines = []
    for key in ("kicker", "headline", "subtitle"):
        if article.get(key):
            text = plan.headline_raw if key == "headline" and plan.headline_raw else article[key]
            if key == "headline" and (article.get("byline") or {}).get("at") == "headline":
                text += " " + (plan.byline_raw or [""])[0]  # the byline on the headline's line
            lines.append(page.put(text))
            page.gap()
    return lines


def lay_article(page: Page, article: Json, plan: Plan) -> Json:
    """Print ``article`` by ``plan``; its expected reading (``Article.to_dict()`` shape)."""
    out: Json = {"lines": {j: [] for j in range(len(article["paragraphs"]))}, "captions": []}
    byline = article.get("byline")
    if byline and byline.get("at") == -1:
        _print_item(page, article, plan, ("byline", None), out)
    title_lines = _title(page, article, plan)
    for k, item in enumerate(plan.items):
        following = plan.items[k + 1] if k + 1 < len(plan.items) else None
        _print_item(page, article, plan, item, out, following=following)
    expected_byline = None
    if byline:
        expected_byline = {k: byline[k] for k in ("text", "org", "authors")}
        expected_byline["lines"] = out.get("byline_lines", [])
        if byline.get("unscored"):
            expected_byline["unscored"] = True
    blocks = [
        {"kind": b["kind"], "text": b["text"], "lines": out["lines"][j]}
        for j, b in enumerate(article["paragraphs"])
    ]
    return {
        "kicker": article.get("kicker"),
        "headline": article["headline"],
        "subtitle": article.get("subtitle"),
        "byline": expected_byline,
        "dateline": article.get("dateline"),
        "blocks": blocks,
        "captions": out["captions"],
        "title_lines": title_lines,
        "credit": (article.get("credit") or {}).get("text"),
        "credit_line": out.get("credit_line"),
    }
