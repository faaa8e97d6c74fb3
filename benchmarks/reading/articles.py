"""Build ``articles.json``: article records from the repository's expected readings.

Every expected reading in the repository becomes a source of articles:
``tests/gold/*.json`` (the seeds, real published pages) and
``tests/pages/*.json`` (the project's own pages written in the styles of
other papers).  An article record holds the fields a page generator needs —
kicker, headline, subtitle, byline, dateline, paragraphs (with their kinds),
captions, closing credit — plus, where the reading alone cannot say how the
line was printed, the printed text of that line taken from the page (the
byline line, the opener before the first paragraph's text such as
``本报济南5月6日电 `` or ``新华社北京5月4日电（记者 刘明、赵磊）``, the caption
lines, the mark printed before a subhead).  Each record names where it came from (file and article index).

Run from the repository root::

    python -m benchmarks.reading.articles

Nothing here runs banmian: the records come from hand-made expected readings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from .papers import PAGES

ROOT: Final = Path(__file__).resolve().parents[2]
OUT: Final = Path(__file__).with_name("articles.json")

_MARKUP_RE: Final = re.compile(r"\*\*|__")
_PREFIX_RE: Final = re.compile(r"^(?:#{1,6}\s*|>\s*)")
_SPACE_RE: Final = re.compile(r"\s+")
# Half-width punctuation folded to full width, one character for one, to find text on its line.
_FOLD: Final = str.maketrans(",:;?!()", "，：；？！（）")
# A byline line is shorter than this (a paragraph naming the reporters is not one).
_BYLINE_MAX: Final = 60
# How many characters of a paragraph's text locate it on its printed line.
_PROBE: Final = 6
# Marks a page may print before a subhead (■木栈道木条松动螺丝已维修, its text on
# the next line): how the page told its crossheads from a subtitle.
_SUBHEAD_MARKS: Final = "■▲△▼●◆"

Json = dict[str, Any]


class SkipError(Exception):
    """An article that cannot be laid out again from its record (the reason is the message)."""


def clean(line: str) -> str:
    """A printed line without converter markup (``#``, ``>``, ``**``, ``__``) and outer spaces."""
    return _MARKUP_RE.sub("", _PREFIX_RE.sub("", line.strip())).strip()


def _squash(text: str) -> str:
    return _SPACE_RE.sub("", text)


def sources() -> Iterator[tuple[str, Path, Path]]:
    """(page key, expected reading, readable UTF-8 page) for every labelled page, in name order."""
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        yield f"seeds/{path.stem}", path, ROOT / "seeds" / f"{path.stem}.txt"
    for path in sorted((ROOT / "tests" / "pages").glob("p*.json")):
        yield f"tests/pages/{path.stem}", path, path.with_suffix(".txt")


def _opener(printed: str, text: str) -> str | None:
    """What the first paragraph's line prints before the paragraph's text (dateline, reporters)."""
    at = printed.translate(_FOLD).find(text[:_PROBE].translate(_FOLD))
    if at < 0:
        msg = "the first paragraph's text is not found on its line"
        raise SkipError(msg)
    return printed[:at] or None


def _seed_byline_lines(byline: Json, page: list[str], start: int, first: int) -> list[int]:
    """The line, or two lines in a row, before the first paragraph printing every author (seeds list none)."""
    names = [a["name"] for a in byline["authors"]]
    for number in range(first - 1, start, -1):
        for run in ([number], [number - 1, number]):
            printed = [_squash(page[n - 1]) for n in run if n > start]
            joined = "".join(printed)
            if names and all(printed) and all(n in joined for n in names) and len(joined) < _BYLINE_MAX:
                return run
    return []


def _place(article: Json, lines: list[int]) -> int:
    """-1: the byline stands before the title; n: after the first n blocks."""
    titles = article.get("title_lines") or []
    if titles and max(lines) < min(titles):
        return -1
    return sum(1 for b in article["blocks"] if b["lines"][0] < min(lines))


def _byline(article: Json, page: list[str], start: int, opener: str | None) -> Json | None:
    byline = article.get("byline")
    if not byline:
        return None
    record = {k: byline[k] for k in ("text", "org", "authors")}
    if byline.get("unscored"):
        record["unscored"] = True
    lines = list(byline.get("lines") or [])
    if not lines and "title_lines" not in article:  # a seed reading lists no byline lines: find it
        lines = _seed_byline_lines(byline, page, start, article["blocks"][0]["lines"][0])
    names = [a["name"] for a in byline["authors"]]
    if lines:
        raw = [clean(page[n - 1]) for n in lines]
        return record | {"raw": raw, "at": _place(article, lines), "from": f"page lines {lines}"}
    if opener and names and all(n in _squash(opener) for n in names):
        return record | {"raw": None, "at": None, "from": "the opener of the first paragraph"}
    for number in article.get("title_lines") or []:  # set on the headline's line by a PDF extraction
        printed = clean(page[number - 1])
        if names and article["headline"] in printed and all(n in _squash(printed) for n in names):
            rest = printed.replace(article["headline"], "", 1).strip()
            return record | {"raw": [rest], "at": "headline", "from": f"the headline's line {number}"}
    return record | {"raw": ["□" + byline["text"]], "at": 0, "from": "written from the byline's text"}


def _caption(caption: Json, page: list[str]) -> Json:
    lines = list(caption.get("lines") or [caption["line"]])
    credit = caption.get("credit")
    nxt = lines[-1] + 1
    if credit and _squash(credit) not in _squash(page[lines[-1] - 1]):
        while nxt <= len(page) and not page[nxt - 1].strip():
            nxt += 1
        if nxt <= len(page) and _squash(credit) in _squash(page[nxt - 1]):
            lines.append(nxt)  # the credit printed on the next line (seed readings list one line)
    return {"text": caption["text"], "credit": credit, "raw": [clean(page[n - 1]) for n in lines]}


def _block(block: Json, page: list[str]) -> Json:
    """A block's kind and text, and the mark its page printed before a subhead."""
    record = {"kind": block["kind"], "text": block["text"]}
    printed = clean(page[block["lines"][0] - 1])
    if block["kind"] == "subhead" and printed[:1] in _SUBHEAD_MARKS and len(block["lines"]) == 1:
        record["marker"] = printed[0]
    return record


def _article(article: Json, page: list[str], start: int) -> Json:
    if not article.get("headline"):
        msg = "no headline (text continued from another page)"
        raise SkipError(msg)
    blocks = article["blocks"]
    if not any(b["kind"] == "paragraph" for b in blocks):
        msg = "no paragraph"
        raise SkipError(msg)
    first = blocks[0]
    opener = (
        _opener(clean(page[first["lines"][0] - 1]), first["text"]) if first["kind"] == "paragraph" else None
    )
    if article.get("dateline") and not opener:
        msg = "the dateline is not printed before the first paragraph's text"
        raise SkipError(msg)
    credit = None
    if article.get("credit"):
        credit = {"text": article["credit"], "raw": clean(page[article["credit_line"] - 1])}
    return {
        "kicker": article.get("kicker"),
        "headline": article["headline"],
        "subtitle": article.get("subtitle"),
        "byline": _byline(article, page, start, opener),
        "dateline": article.get("dateline"),
        "opener": opener,
        "paragraphs": [_block(b, page) for b in blocks],
        "captions": [_caption(c, page) for c in article.get("captions") or []],
        "credit": credit,
    }


def _last_line(article: Json) -> int:
    lines = [n for b in article["blocks"] for n in b["lines"]]
    lines += [n for c in article.get("captions") or [] for n in c.get("lines") or [c["line"]]]
    return max(lines, default=0)


def build() -> Json:
    """Every article record, and every article left out with the reason."""
    records: list[Json] = []
    skipped: list[Json] = []
    for key, reading_path, page_path in sources():
        paper = PAGES.get(key)
        if paper is None:
            msg = f"{key}: no paper for this page; add a line for it to benchmarks/reading/papers.py"
            raise KeyError(msg)
        reading = json.loads(reading_path.read_text(encoding="utf-8"))
        page = page_path.read_text(encoding="utf-8-sig").splitlines()
        start = 0
        for index, article in enumerate(reading["articles"]):
            where: Json = {
                "file": str(reading_path.relative_to(ROOT)),
                "page": str(page_path.relative_to(ROOT)),
            }
            where["article"] = index
            try:
                record = _article(article, page, start)
            except SkipError as why:
                skipped.append({"source": where, "why": str(why)})
            else:
                meta = {
                    "paper": paper.name,
                    "slug": paper.slug,
                    "script": paper.script,
                    "decade": paper.decade,
                }
                records.append(meta | {"real_page": paper.real, "source": where} | record)
            start = max(start, _last_line(article))
    return {"articles": records, "skipped": skipped}


def load(path: Path | None = None) -> list[Json]:
    """The committed article records, or those of ``path`` (the same shape,
    ``{"articles": [...]}``), completed with `complete`."""
    records: list[Json] = json.loads((path or OUT).read_text(encoding="utf-8"))["articles"]
    return [complete(record) for record in records]


# The fields a record must have, and the defaults of those it may leave out.
REQUIRED: Final = ("paper", "slug", "script", "headline", "paragraphs", "source")
_DEFAULTS: Final[dict[str, Any]] = {
    "decade": None,
    "real_page": True,
    "kicker": None,
    "subtitle": None,
    "byline": None,
    "dateline": None,
    "opener": None,
    "captions": [],
    "credit": None,
}


def complete(record: Json) -> Json:
    """A record with its optional fields filled in; a paragraph may be given as
    its text alone (a plain paragraph).

    A corpus of real articles kept outside the repository (such as one the
    project's planners keep beside it in ``../shared``) needs no more than
    ``paper``, ``slug``, ``script``, ``headline``, ``paragraphs`` and
    ``source`` (where the text was copied from: repository, path, commit).

    >>> complete({"paper": "某报", "slug": "x", "script": "simplified", "headline": "标题",
    ...           "paragraphs": ["第一段。"], "source": {"repository": "o/r"}})["paragraphs"]
    [{'kind': 'paragraph', 'text': '第一段。'}]
    """
    missing = [key for key in REQUIRED if key not in record]
    if missing:
        msg = f"an article record needs {', '.join(missing)}: {str(record)[:80]}"
        raise ValueError(msg)
    done = {**_DEFAULTS, **record}
    done["paragraphs"] = [
        {"kind": "paragraph", "text": p} if isinstance(p, str) else p for p in record["paragraphs"]
    ]
    return done


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    papers = {a["paper"] for a in data["articles"]}
    counts = f"{len(data['articles'])} articles of {len(papers)} papers, {len(data['skipped'])} left out"
    print(f"wrote {OUT.name}: {counts}")


if __name__ == "__main__":
    main()
