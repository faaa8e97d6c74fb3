"""Score banmian on generated pages: per paper, per script and per fault, against a committed baseline.

Run from the repository root::

    python -m benchmarks.reading.run                     # the table, and the gate
    python -m benchmarks.reading.run --pages-per-paper 10
    python -m benchmarks.reading.run --classes           # and the failure classes
    python -m benchmarks.reading.run --update-baseline   # after an improvement
    python -m benchmarks.reading.run --write /tmp/pages  # then: banmian show /tmp/pages/mingpao-003.txt
    python -m benchmarks.reading.run --articles ../shared/articles.json  # records kept outside the repo

Pages are generated in memory with a fixed seed (`generate.make_page`),
read with `banmian.load_edition` from their bytes and scored with
`banmian.score_edition`, the project's scorer.  The exit status is 1 when
the mean drops more than 0.005 below the baseline of the same seed and
page count.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import banmian
from banmian import PageScore

from . import diagnose
from .articles import load
from .generate import FAULTS, GeneratedPage, make_page

BASELINE: Final = Path(__file__).with_name("baseline.json")
PAGES_PER_PAPER: Final = 20
SEED: Final = 2026
TOLERANCE: Final = 0.005

# Columns of the tables: heading, mean of what over the pages of a row.
_ASPECTS: Final[tuple[tuple[str, Callable[[PageScore], float]], ...]] = (
    ("score", lambda p: p.score),
    ("titles", lambda p: p.title_f1),
    ("blocks", lambda p: p.block_f1),
    ("in_art", lambda p: p.block_in_article),
    ("joins", lambda p: p.joins_found / p.joins_expected if p.joins_expected else 1.0),
    ("byline", lambda p: p.byline_acc),
    ("dateln", lambda p: p.dateline_acc),
    ("capts", lambda p: p.caption_f1),
    ("no_dup", lambda p: float(p.dup_left == 0)),
    ("no_leak", lambda p: float(p.artifact_leaks == 0)),
    ("style", lambda p: float(p.bad_punct == 0 and p.md_noise == 0)),
)


@dataclass(frozen=True)
class Result:
    """One generated page and its score."""

    page: GeneratedPage
    score: PageScore


def pools(articles: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """The article records of each paper (by slug), in the order of articles.json
    (or of the ``articles`` file given).

    The articles of the seeds (real pages) make pools of their own (``<slug>-seed``),
    so that pages of real text are measured apart from pages written in a paper's style.
    """
    by_paper: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in load(articles):
        seed = _origin_of(article["source"]) == "seed pages"
        by_paper[article["slug"] + ("-seed" if seed else "")].append(article)
    return dict(sorted(by_paper.items()))


def generate(
    pages_per_paper: int = PAGES_PER_PAPER,
    seed: int = SEED,
    papers: Sequence[str] = (),
    articles: Path | None = None,
) -> list[GeneratedPage]:
    """``pages_per_paper`` pages of every paper (or of the ``papers`` slugs given),
    from the committed records or from the ``articles`` file given.

    Page ``i`` of a paper depends only on the seed, the paper and ``i``.
    """
    pages = []
    for slug, pool in pools(articles).items():
        if papers and slug not in papers:
            continue
        for i in range(pages_per_paper):
            pages.append(make_page(pool, random.Random(f"{seed}:{slug}:{i}"), f"{slug}-{i:03d}.txt"))
    return pages


def score_page(page: GeneratedPage) -> Result:
    """Read the page's bytes with banmian and score the reading against the page's expected reading."""
    try:
        edition = banmian.load_edition(page.data)
    except banmian.BanmianError as exc:
        return Result(page, PageScore(source=page.name, score=0.0, error=str(exc)))
    return Result(page, banmian.score_edition(page.expected, edition))


def run(
    pages_per_paper: int = PAGES_PER_PAPER,
    seed: int = SEED,
    papers: Sequence[str] = (),
    articles: Path | None = None,
) -> list[Result]:
    """Generate and score every page."""
    return [score_page(page) for page in generate(pages_per_paper, seed, papers, articles)]


def mean(results: Sequence[Result]) -> float:
    """The mean page score (0.0 for no pages)."""
    return round(sum(r.score.score for r in results) / len(results), 4) if results else 0.0


def _origin_of(source: dict[str, Any]) -> str:
    file = source.get("file", "")
    if file.startswith("tests/gold/"):
        return "seed pages"
    return "test pages" if file.startswith("tests/pages/") else "other records"


def origin(page: GeneratedPage) -> str:
    """Whether the page's articles come from the seeds (real pages), the test
    pages, records given with ``--articles``, or several of these."""
    kinds = {_origin_of(a) for a in page.expected["articles_from"]}
    return kinds.pop() if len(kinds) == 1 else "both"


def groups(results: Sequence[Result]) -> dict[str, dict[str, list[Result]]]:
    """The results by paper, script, origin of the articles, and fault (a page counts under each fault)."""
    out: dict[str, dict[str, list[Result]]] = {"paper": {}, "script": {}, "articles": {}, "fault": {}}
    for r in results:
        paper = r.page.expected["paper"] + (" (seeds)" if origin(r.page) == "seed pages" else "")
        out["paper"].setdefault(paper, []).append(r)
        out["script"].setdefault(r.page.expected["script"], []).append(r)
        out["articles"].setdefault(origin(r.page), []).append(r)
        for fault in r.page.faults or ("none",):
            out["fault"].setdefault(fault, []).append(r)
    out["fault"] = {f: out["fault"][f] for f in (*FAULTS, "none") if f in out["fault"]}
    out["paper"] = dict(
        sorted(out["paper"].items(), key=lambda item: (mean(item[1]), item[0]))
    )  # worst first
    return out


def table(title: str, rows: dict[str, list[Result]]) -> str:
    """A markdown table: one row per group, the mean of each aspect over its pages."""
    head = f"| {title} | pages | " + " | ".join(name for name, _ in _ASPECTS) + " |"
    lines = [head, "|" + " --- |" * (len(_ASPECTS) + 2)]
    for name, results in rows.items():
        cells = [f"{sum(get(r.score) for r in results) / len(results):.3f}" for _, get in _ASPECTS]
        lines.append(f"| {name} | {len(results)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(results: Sequence[Result]) -> str:
    """The three tables and the overall mean."""
    parts = [table(kind, rows) for kind, rows in groups(results).items()]
    errors = [f"{r.page.name}: {r.score.error}" for r in results if r.score.error]
    parts.append(
        f"mean score {mean(results):.4f} over {len(results)} pages" + "".join(f"\n{e}" for e in errors)
    )
    return "\n\n".join(parts)


def summary(results: Sequence[Result], pages_per_paper: int, seed: int) -> dict[str, Any]:
    """What the baseline keeps: the run's settings, its mean, and the mean of every group."""
    means = {kind: {k: mean(v) for k, v in rows.items()} for kind, rows in groups(results).items()}
    return {
        "seed": seed,
        "pages_per_paper": pages_per_paper,
        "pages": len(results),
        "mean": mean(results),
        **means,
    }


def gate(results: Sequence[Result], baseline: dict[str, Any]) -> tuple[bool, str]:
    """Whether the run's mean holds against the baseline, and a sentence saying so."""
    now, then = mean(results), float(baseline["mean"])
    if now < then - TOLERANCE:
        return False, f"FAIL: mean {now:.4f} is below the baseline {then:.4f} - {TOLERANCE}"
    return True, f"ok: mean {now:.4f}, baseline {then:.4f}"


def failure_table(results: Sequence[Result]) -> str:
    """The failure classes of the run (`diagnose.failures`), most frequent first."""
    counts: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    for r in results:
        try:
            found = diagnose.failures(r.page.expected, banmian.load_edition(r.page.data))
        except banmian.BanmianError:
            found = ["unreadable"]
        counts.update(found)
        pages.update(set(found))
    return diagnose.table(counts, pages)


def write(results: Sequence[Result], folder: Path) -> None:
    """Each page's bytes and ``<stem>.json``, its expected reading: ``banmian score DIR DIR`` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in results:
        (folder / r.page.name).write_bytes(r.page.data)
        expected = json.dumps(r.page.expected, ensure_ascii=False, indent=1) + "\n"
        (folder / r.page.name).with_suffix(".json").write_text(expected, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.reading.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--pages-per-paper", type=int, default=PAGES_PER_PAPER)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--update-baseline", action="store_true", help="write the run's means to baseline.json"
    )
    parser.add_argument(
        "--paper",
        action="append",
        default=[],
        metavar="SLUG",
        help="only this paper (mingpao, qingdao-seed, ...)",
    )
    parser.add_argument("--classes", action="store_true", help="also count the failures by class")
    parser.add_argument(
        "--write", metavar="DIR", type=Path, help="also write each page and its expected reading"
    )
    parser.add_argument(
        "--articles",
        metavar="FILE",
        type=Path,
        help="lay out the article records of FILE instead of articles.json (not gated)",
    )
    args = parser.parse_args(argv)
    if args.articles and args.update_baseline:
        parser.error("the baseline is of articles.json: --update-baseline takes no --articles")
    unknown = set(args.paper) - set(pools(args.articles))
    if args.paper and args.update_baseline:
        parser.error("the baseline is of every paper: --update-baseline takes no --paper")
    if unknown:
        parser.error(f"no paper {', '.join(sorted(unknown))}; the papers are {', '.join(pools())}")
    results = run(args.pages_per_paper, args.seed, args.paper, args.articles)
    if args.write:
        write(results, args.write)
    if args.classes:
        print(failure_table(results) + "\n")
    print(report(results))
    now = summary(results, args.pages_per_paper, args.seed)
    if args.update_baseline:
        BASELINE.write_text(json.dumps(now, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE.name}")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    sample = (baseline["seed"], baseline["pages_per_paper"]) == (args.seed, args.pages_per_paper)
    if not sample or args.paper or args.articles:
        print(f"no baseline for this sample (seed {args.seed}, {args.pages_per_paper} per paper): not gated")
        return 0
    ok, sentence = gate(results, baseline)
    print(sentence)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
