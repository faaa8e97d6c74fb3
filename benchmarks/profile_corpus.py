"""Where does ``load_edition`` spend its time?  cProfile over a generated corpus.

    python benchmarks/profile_corpus.py                 # 2,000 pages
    python benchmarks/profile_corpus.py --pages 300 --big-mb 1 --top 25

Prints the share of each pipeline stage (cumulative time of the stage's entry
function), then the functions with the most time of their own.  With
``--big-mb`` it profiles one page of that size too (the linearity case).
``--out FILE`` keeps the raw profile for ``python -m pstats`` or snakeviz.
(Not named ``profile.py``: that would shadow the standard module cProfile uses.)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import banmian

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # a sibling script, found through the path set just above

# The entry function of each stage, as _api._run calls them, by (module file, function).
STAGES: Final = (
    ("_decode.py", "decode_bytes"),
    ("profile.py", "detect_profile"),
    ("_lines.py", "numbered_lines"),
    ("_normalize.py", "normalize_lines"),
    ("_wrap.py", "find_wrapped"),
    ("_classify.py", "classify"),
    ("_segment/__init__.py", "segment"),
    ("_dateline.py", "extract_datelines"),
    ("_repair.py", "join_broken_paragraphs"),
    ("_dedupe.py", "remove_duplicates"),
    ("_mojibake.py", "find_mojibake"),
    ("_build.py", "build_edition"),
)


def stage_shares(stats: pstats.Stats) -> None:
    raw = stats.stats  # type: ignore[attr-defined]  # pstats keeps its table in an undocumented attribute
    total = next(
        (ct for (file, _, name), (_, _, _, ct, _) in raw.items() if name == "load_edition"), stats.total_tt
    )
    print(f"{'stage':<42}{'seconds':>9}{'share':>8}")
    for file_name, function in STAGES:
        cumulative = sum(
            ct
            for (file, _, name), (_, _, _, ct, _) in raw.items()
            if name == function and file.endswith(file_name)
        )
        print(f"{file_name + ':' + function:<42}{cumulative:>9.3f}{cumulative / total:>8.1%}")
    print(f"{'load_edition (total)':<42}{total:>9.3f}")


def profile(label: str, pages: Sequence[bytes], top: int, out: str | None) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        banmian.load_edition(page)
    profiler.disable()
    print(f"\n######## {label}: {len(pages)} page(s), {sum(map(len, pages)) / 1e6:.1f} MB\n")
    stats = pstats.Stats(profiler)
    stage_shares(stats)
    print()
    stats.sort_stats("tottime").print_stats(top)
    if out:
        stats.dump_stats(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--big-mb", type=float, default=0.0, help="also profile one page of this many MB")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--out", help="write the corpus profile here")
    args = parser.parse_args(argv)
    corpus = [page.encode("utf-8") for page in synth.make_corpus(args.pages, args.seed)]
    banmian.load_edition(corpus[0])  # warm the caches (compiled rules) outside the profile
    profile("corpus", corpus, args.top, args.out)
    if args.big_mb:
        big = synth.make_page_of_size(random.Random(args.seed), int(args.big_mb * 1e6)).encode("utf-8")
        profile(f"one page of {args.big_mb:g} MB", [big], args.top, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
