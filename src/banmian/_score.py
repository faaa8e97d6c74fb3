"""A reading against an expected reading, aspect by aspect: the project's scorer.

The expected reading is JSON in the shape of ``Edition.to_dict()`` (a user
labels a page by correcting banmian's own output).  Text is compared on a
canonical key, NFKC with whitespace removed, so that punctuation width and
spacing do not decide the structure scores; house style is scored apart
(``bad_punct``, ``md_noise``).  Articles are matched by their whole title
(kicker + headline + subtitle), so whether a title line is a kicker or a
subtitle does not change the score.  A page's score is the mean of ten
aspects, each from 0 to 1; the report's mean is the mean over pages.
"""

from __future__ import annotations

import difflib
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from ._api import load_edition
from ._patterns import SCORE_BAD_PUNCT_RE, SCORE_CREDIT_ROLE_RE, SCORE_MD_HEADING_RE, SPACES_RE
from .errors import BanmianError, InputError
from .model import Edition

__all__ = ["PageScore", "ScoreReport", "score", "score_edition"]

# Two titles name the same article when their keys are this similar
# (difflib ratio): an OCR slip or a moved dash does not unmatch an article.
_TITLE_MATCH: Final = 0.8
# An artifact shorter than this (a page number, one vertical character)
# says nothing when found inside article text.
_MIN_ARTIFACT_KEY: Final = 2
# An org or role before a photographer's name may sit in the credit or not.
_ROLE_CANON: Final = {
    "記者": "记者",
    "通訊員": "通讯员",
    "實習生": "实习生",
    "見習記者": "见习记者",
    "攝影": "摄影",
}
_TITLE_KEYS: Final = ("kicker", "headline", "subtitle")

Json = Mapping[str, Any]


@attrs.frozen
class PageScore:
    """How one page was read, against its expected reading.

    Attributes:
        source: The page's file name (``source`` of the expected reading).
        score: The mean of the ten aspects below that are fractions (title,
            blocks, blocks in their article, joins, bylines, datelines,
            captions) or pass/fail (no duplicate left, no artifact leaked,
            clean house style); 0.0 when the page could not be read.
        articles_expected: Articles in the expected reading.
        articles_read: Articles in the reading.
        title_f1: F1 of articles matched by title.
        titles_exact: Matched articles whose title keys are equal.
        block_f1: F1 of the edition's blocks as a multiset of texts.
        block_in_article: Expected blocks found in the matched article.
        joins_found: Expected blocks read from several lines (joins) found whole.
        joins_expected: Expected blocks read from several lines.
        byline_acc: Articles whose byline authors (name, role) are right.
        dateline_acc: Articles whose dateline is right.
        caption_f1: F1 of (caption text, credit) over articles and photos.
        dup_left: Blocks the reading keeps more than once.
        artifact_leaks: Expected artifacts found as a title or block.
        bad_punct: Half-width ``, : ; ? !`` beside a CJK character.
        md_noise: Markdown residue (``**``, a leading ``#``) in the text.
        error: Why the page could not be read, else ``None``.
    """

    source: str
    score: float
    articles_expected: int = 0
    articles_read: int = 0
    title_f1: float = 0.0
    titles_exact: int = 0
    block_f1: float = 0.0
    block_in_article: float = 0.0
    joins_found: int = 0
    joins_expected: int = 0
    byline_acc: float = 0.0
    dateline_acc: float = 0.0
    caption_f1: float = 0.0
    dup_left: int = 0
    artifact_leaks: int = 0
    bad_punct: int = 0
    md_noise: int = 0
    error: str | None = None


@attrs.frozen
class ScoreReport:
    """The scores of a set of pages, with their mean; ``str()`` gives the table."""

    pages: tuple[PageScore, ...]

    @property
    def mean(self) -> float:
        """The mean page score (1.0 is a perfect reading of every page; 0.0 for no pages)."""
        return sum(p.score for p in self.pages) / len(self.pages) if self.pages else 0.0

    def to_table(self) -> str:
        """A table for a terminal: one row per page (the aspects), then the mean."""
        width = max((len(p.source) for p in self.pages), default=0) + 2
        rows = ["page".ljust(width) + " ".join(h.rjust(w) for h, w, _ in _COLUMNS)]
        for page in self.pages:
            if page.error is not None:
                rows.append(f"{page.source.ljust(width)}{0.0:>{_COLUMNS[0][1]}.3f} ERROR {page.error}")
            else:
                rows.append(
                    page.source.ljust(width) + " ".join(cell(page).rjust(w) for _, w, cell in _COLUMNS)
                )
        rows.append(f"mean score {self.mean:.3f} over {len(self.pages)} pages")
        return "\n".join(rows)

    def __str__(self) -> str:
        return self.to_table()


def _fraction(value: float) -> str:
    return f"{value:.3f}"


# The table's columns: heading, width, cell.
_COLUMNS: Final[tuple[tuple[str, int, Callable[[PageScore], str]], ...]] = (
    ("score", 6, lambda p: _fraction(p.score)),
    ("titles", 6, lambda p: _fraction(p.title_f1)),
    ("exact", 6, lambda p: f"{p.titles_exact}/{p.articles_expected}"),
    ("blocks", 6, lambda p: _fraction(p.block_f1)),
    ("in_art", 6, lambda p: _fraction(p.block_in_article)),
    ("joins", 6, lambda p: f"{p.joins_found}/{p.joins_expected}"),
    ("byline", 6, lambda p: _fraction(p.byline_acc)),
    ("dateln", 6, lambda p: _fraction(p.dateline_acc)),
    ("capts", 6, lambda p: _fraction(p.caption_f1)),
    ("dups", 4, lambda p: str(p.dup_left)),
    ("leaks", 5, lambda p: str(p.artifact_leaks)),
    ("punct", 5, lambda p: str(p.bad_punct)),
    ("md", 3, lambda p: str(p.md_noise)),
)


def _key(text: str | None) -> str:
    return SPACES_RE.sub("", unicodedata.normalize("NFKC", text)) if text else ""


def _title_key(article: Json) -> str:
    return _key("".join(article.get(k) or "" for k in _TITLE_KEYS))


def _credit_key(credit: str | None) -> str:
    return _key(SCORE_CREDIT_ROLE_RE.sub("", _key(credit)))


def _role_key(role: str | None) -> str:
    return _ROLE_CANON.get(role or "", role or "")


def _f1(hits: int, n_read: int, n_expected: int) -> float:
    if n_read == 0 and n_expected == 0:
        return 1.0
    precision = hits / n_read if n_read else 0.0
    recall = hits / n_expected if n_expected else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _blocks(article: Json) -> list[Json]:
    return list(article.get("blocks") or ())


def _match(expected: list[Json], read: list[Json]) -> dict[int, int]:
    """Expected article index -> read article index, greedily by title similarity, best first."""
    pairs = []
    for i, want in enumerate(expected):
        for j, got in enumerate(read):
            ratio = difflib.SequenceMatcher(None, _title_key(want), _title_key(got), autojunk=False).ratio()
            if ratio >= _TITLE_MATCH:
                pairs.append((ratio, i, j))
    match: dict[int, int] = {}
    for _, i, j in sorted(pairs, reverse=True):
        if i not in match and j not in match.values():
            match[i] = j
    return match


def _block_keys(articles: Iterable[Json]) -> Counter[str]:
    return Counter(k for a in articles for b in _blocks(a) if (k := _key(b.get("text"))))


def _in_article(expected: list[Json], read: list[Json], match: Mapping[int, int]) -> float:
    found = total = 0
    for i, want in enumerate(expected):
        keys = Counter(_key(b.get("text")) for b in _blocks(want))
        total += sum(keys.values())
        if i in match:
            found += sum((keys & Counter(_key(b.get("text")) for b in _blocks(read[match[i]]))).values())
    return found / total if total else 1.0


def _leaks(expected: Json, read: list[Json]) -> int:
    keys = {k for x in expected.get("artifacts") or () if len(k := _key(x.get("text"))) >= _MIN_ARTIFACT_KEY}
    shown = {_key(a.get(k)) for a in read for k in _TITLE_KEYS}
    shown |= {_key(b.get("text")) for a in read for b in _blocks(a)}
    return len(keys & shown)


def _people(article: Json) -> list[tuple[str, str]]:
    authors = (article.get("byline") or {}).get("authors") or ()
    return [(a.get("name"), _role_key(a.get("role"))) for a in authors]


def _bylines_and_datelines(
    expected: list[Json], read: list[Json], match: Mapping[int, int]
) -> tuple[float, float]:
    """Shares of expected articles with the right authors and dateline (unmatched ones are wrong)."""
    bylines = datelines = 0
    byline_total = len(expected)
    for i, j in match.items():
        want, got = expected[i], read[j]
        datelines += _key(want.get("dateline")) == _key(got.get("dateline"))
        if (want.get("byline") or {}).get("unscored"):  # a real byline whose roles are ambiguous
            byline_total -= 1
        else:
            bylines += _people(want) == _people(got)
    by_acc = bylines / byline_total if byline_total else 1.0
    return by_acc, (datelines / len(expected) if expected else 1.0)


def _captions(edition: Json) -> Counter[tuple[str, str]]:
    items = [c for a in edition.get("articles") or () for c in a.get("captions") or ()]
    items += list(edition.get("photos") or ())
    return Counter((_key(c.get("text")), _credit_key(c.get("credit"))) for c in items)


def _style_faults(edition: Json) -> tuple[int, int]:
    """(half-width punctuation beside CJK, markdown residue) in every text of the reading."""
    texts = [a.get(k) or "" for a in edition.get("articles") or () for k in _TITLE_KEYS]
    texts += [b.get("text") or "" for a in edition.get("articles") or () for b in _blocks(a)]
    texts += [c.get("text") or "" for a in edition.get("articles") or () for c in a.get("captions") or ()]
    texts += [c.get("text") or "" for c in edition.get("photos") or ()]
    punct = sum(len(SCORE_BAD_PUNCT_RE.findall(t)) for t in texts)
    return punct, sum(t.count("**") + bool(SCORE_MD_HEADING_RE.match(t)) for t in texts)


def score_edition(expected: Json, reading: Edition | Json) -> PageScore:
    """Score one reading (an Edition or its ``to_dict()``) against an expected reading.

    >>> import banmian
    >>> page = "济南发布新一批重点项目\\n\\n□本报记者 李 明\\n\\n本报讯 新一批重点项目总投资超千亿元。"
    >>> edition = banmian.parse_edition(page, source="p.txt")
    >>> score_edition(edition.to_dict(), edition).score
    1.0
    """
    read = reading.to_dict() if isinstance(reading, Edition) else reading
    want, got = list(expected.get("articles") or ()), list(read.get("articles") or ())
    match = _match(want, got)
    want_blocks, got_blocks = _block_keys(want), _block_keys(got)
    joined = [_key(b.get("text")) for a in want for b in _blocks(a) if len(b.get("lines") or ()) > 1]
    joins = sum(1 for k in joined if got_blocks.get(k))
    bylines, datelines = _bylines_and_datelines(want, got, match)
    want_caps, got_caps = _captions(expected), _captions(read)
    punct, noise = _style_faults(read)
    page = PageScore(
        source=str(expected.get("source") or read.get("source") or ""),
        score=0.0,
        articles_expected=len(want),
        articles_read=len(got),
        title_f1=_f1(len(match), len(got), len(want)),
        titles_exact=sum(_title_key(want[i]) == _title_key(got[j]) for i, j in match.items()),
        block_f1=_f1(sum((want_blocks & got_blocks).values()), got_blocks.total(), want_blocks.total()),
        block_in_article=_in_article(want, got, match),
        joins_found=joins,
        joins_expected=len(joined),
        byline_acc=bylines,
        dateline_acc=datelines,
        caption_f1=_f1(sum((want_caps & got_caps).values()), got_caps.total(), want_caps.total()),
        dup_left=sum(c - 1 for c in got_blocks.values() if c > 1),
        artifact_leaks=_leaks(expected, got),
        bad_punct=punct,
        md_noise=noise,
    )
    return attrs.evolve(page, score=_page_score(page))


def _page_score(page: PageScore) -> float:
    """The mean of the ten aspects, rounded to three places as the table shows them."""
    joins = page.joins_found / page.joins_expected if page.joins_expected else 1.0
    parts = (  # rounded where the project's scorer rounds before averaging
        page.title_f1,
        page.block_f1,
        round(page.block_in_article, 3),
        joins,
        round(page.byline_acc, 3),
        round(page.dateline_acc, 3),
        page.caption_f1,
        float(page.dup_left == 0),
        float(page.artifact_leaks == 0),
        float(page.bad_punct == 0 and page.md_noise == 0),
    )
    return round(sum(parts) / len(parts), 3)


def score(expected_dir: str | os.PathLike[str], pages_dir: str | os.PathLike[str]) -> ScoreReport:
    """Read every page that has an expected reading and score it.

    Each ``EXPECTED_DIR/*.json`` (in name order) is an expected reading; its
    page is ``PAGES_DIR/<its "source">``, or ``PAGES_DIR/<the file name of
    its "source">`` when that is a path that is not under ``PAGES_DIR`` (as
    ``banmian parse pages/p1.txt`` writes it), or ``<its stem>.txt``
    without a source.
    A page that cannot be read scores 0.0 with its error; the others go on.

    Raises:
        InputError: ``expected_dir`` holds no ``.json`` file, or one that is
            not JSON.
    """
    files = sorted(Path(expected_dir).glob("*.json"))
    if not files:
        msg = f"{expected_dir}: no expected readings (*.json) in it"
        raise InputError(msg)
    return ScoreReport(tuple(_score_file(path, Path(pages_dir)) for path in files))


def _score_file(path: Path, pages_dir: Path) -> PageScore:
    try:
        expected = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        msg = f"{path}: not a JSON file ({exc})"
        raise InputError(msg) from exc
    if not isinstance(expected, dict):
        msg = f"{path}: an expected reading is a JSON object, not {type(expected).__name__}"
        raise InputError(msg)
    source = str(expected.get("source") or path.stem + ".txt")
    page = pages_dir / source
    if not page.exists():  # a source written as a path (banmian parse records the path as given)
        page = pages_dir / Path(source).name
    try:
        edition = load_edition(page)
    except BanmianError as exc:
        return PageScore(source=source, score=0.0, error=str(exc))
    return score_edition(expected, edition)
