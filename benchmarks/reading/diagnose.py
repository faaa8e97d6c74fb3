"""What went wrong on a generated page, by failure class, from the source lines.

The scorer says how much of a reading is right; this says why the rest is
wrong, in classes a rule can fix: where did the head of a cut paragraph go,
was a caption read as a caption, was an article's title found.  Each class is
read off the source lines: the expected reading says what a line is, the
reading says where banmian put it.

    >>> from banmian import parse_edition
    >>> page = "济南发布新一批重点项目\\n\\n□本报记者 李 明\\n\\n本报讯 新一批重点项目总投资超千亿元。"
    >>> reading = parse_edition(page)
    >>> expected = reading.to_dict()
    >>> failures(expected, reading)
    []
    >>> expected["articles"][0]["dateline"] = "本报济南讯"
    >>> failures(expected, reading)
    ['dateline_wrong']
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any, Final

from banmian import Edition
from banmian._score import _match as match_articles  # the scorer's own matching

Json = dict[str, Any]
_ROLES: Final = {
    "記者": "记者",
    "通訊員": "通讯员",
    "實習生": "实习生",
    "見習記者": "见习记者",
    "攝影": "摄影",
}

CLASSES: Final = (
    ("head_as_title", "the head of a cut paragraph read as a title line (a new article or a subtitle)"),
    ("head_as_subhead", "the head of a cut paragraph read as a subhead"),
    ("not_joined", "a cut paragraph's pieces left as separate blocks"),
    ("wrong_join", "a cut piece joined with text that is not its own"),
    ("caption_as_text", "a caption read as a paragraph, or joined into one"),
    ("caption_missed", "a caption read as something else (title, artifact, ...)"),
    ("article_lost", "an article whose title was not found"),
    ("byline_wrong", "an article found with the wrong byline authors"),
    ("dateline_wrong", "an article found with the wrong dateline"),
    ("unreadable", "a page banmian refused"),
)


def _places(reading: Edition) -> dict[int, tuple[str, tuple[int, ...]]]:
    """Source line -> (what banmian made of it, the lines of that unit)."""
    where: dict[int, tuple[str, tuple[int, ...]]] = {}
    for article in reading.articles:
        for n in article.title_lines:
            where[n] = ("title", tuple(article.title_lines))
        for block in article.blocks:
            for n in block.lines:
                where[n] = (block.kind, block.lines)
        for caption in article.captions:
            for n in caption.lines or (caption.line,):
                where[n] = ("caption", tuple(caption.lines))
    for photo in reading.photos:
        for n in photo.lines or (photo.line,):
            where[n] = ("caption", tuple(photo.lines))
    for artifact in reading.artifacts:
        where[artifact.line] = ("artifact", (artifact.line,))
    return where


def _cut_failures(expected: Json, where: dict[int, tuple[str, tuple[int, ...]]]) -> Iterator[str]:
    for article in expected["articles"]:
        for block in article["blocks"]:
            lines = tuple(block["lines"])
            if len(lines) < 2:  # noqa: PLR2004 - a cut paragraph has two pieces or more
                continue
            kind, got = where.get(lines[0], ("none", ()))
            if kind == "title":
                yield "head_as_title"
            elif kind == "subhead":
                yield "head_as_subhead"
            elif set(got) - set(lines):
                yield "wrong_join"
            elif got != lines:
                yield "not_joined"


def _caption_failures(expected: Json, where: dict[int, tuple[str, tuple[int, ...]]]) -> Iterator[str]:
    for article in expected["articles"]:
        for caption in article["captions"]:
            kind, _ = where.get(caption["line"], ("none", ()))
            if kind in ("paragraph", "list_item", "subhead"):
                yield "caption_as_text"
            elif kind != "caption":
                yield "caption_missed"


def _matched(expected: list[Json], read: list[Json]) -> dict[int, int]:
    """Expected article -> read article, matched by title as the scorer matches them."""
    return match_articles(expected, read)


def _article_failures(expected: Json, reading: Edition) -> Iterator[str]:
    read = [a.to_dict() for a in reading.articles]
    match = _matched(expected["articles"], read)
    for i, article in enumerate(expected["articles"]):
        if i not in match:
            yield "article_lost"
            continue
        got = read[match[i]]
        if _people(article) != _people(got) and not (article["byline"] or {}).get("unscored"):
            yield "byline_wrong"
        if _key(article.get("dateline")) != _key(got.get("dateline")):
            yield "dateline_wrong"


def _people(article: Json) -> list[tuple[str, str]]:
    authors = (article.get("byline") or {}).get("authors") or []
    return [(a["name"], _ROLES.get(a["role"] or "", a["role"] or "")) for a in authors]


def _key(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def failures(expected: Json, reading: Edition) -> list[str]:
    """The failure classes of one reading, one entry per failing unit."""
    where = _places(reading)
    found = [*_cut_failures(expected, where), *_caption_failures(expected, where)]
    return found + list(_article_failures(expected, reading))


def table(counts: Counter[str], pages: Counter[str]) -> str:
    """A markdown table of the failure classes, most frequent first."""
    rows = ["| failure class | units | pages | what |", "| --- | --- | --- | --- |"]
    what = dict(CLASSES)
    for name, count in counts.most_common():
        rows.append(f"| `{name}` | {count} | {pages[name]} | {what[name]} |")
    return "\n".join(rows)
