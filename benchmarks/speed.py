"""CPU time of banmian against the floor and ftfy, in interleaved rounds.

Machines are shared and noisy, so nothing here is a wall-clock time: each
candidate's CPU time (``time.process_time``) is taken over the same pages in
every round, the candidates take turns within a round, and every figure is a
ratio within one run (the median over rounds).  Run it alone with

    python benchmarks/speed.py [--rounds N]

or as the first section of ``benchmarks/bench.py``.

Candidates, on the same text:

- the floor: read + decode + NFC + split lines;
- ``banmian.load_edition`` on the seed pages (UTF-8), and on the same text
  encoded as GB18030 and UTF-16, and on a traditional-script test page as
  UTF-8 and Big5 (Big5 cannot hold the simplified seeds);
- ``ftfy.fix_text`` (when installed), on the seed pages and on small pages
  (the first 1.5 KB of each seed, cut at a line end).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

import banmian

ROOT: Final = Path(__file__).resolve().parent.parent
SEEDS: Final = sorted((ROOT / "seeds").glob("*.txt"))
# A traditional-script page of the test corpus, for the Big5 ratio.
TRADITIONAL_PAGE: Final = ROOT / "tests" / "pages" / "p12_hongkong.txt"
SMALL_PAGE_BYTES: Final = 1_500

# Targets of the segmentation-redesign issue.
TARGET_FLOOR: Final = 35.0
STRETCH_FLOOR: Final = 25.0
TARGET_PAGES_PER_S: Final = 600.0
TARGET_FTFY: Final = 0.35
TARGET_SMALL_FTFY: Final = 1.0
TARGET_ENCODING: Final = 1.3


def floor(data: bytes) -> list[str]:
    """What any text tool must do at least: decode, NFC, split lines."""
    return unicodedata.normalize("NFC", data.decode("utf-8")).splitlines()


def _small(data: bytes) -> bytes:
    """The first ~1.5 KB of a page, cut at a line end."""
    cut = data.rfind(b"\n", 0, SMALL_PAGE_BYTES)
    return data[: cut if cut > 0 else SMALL_PAGE_BYTES]


def _ftfy() -> Callable[[str], str] | None:
    try:
        import ftfy  # noqa: PLC0415 - an optional peer

        return ftfy.fix_text  # type: ignore[no-any-return]
    except ImportError:
        return None


def candidates() -> dict[str, Callable[[], object]]:
    """Every candidate, each a call over its whole batch of pages."""
    seeds = [p.read_bytes() for p in SEEDS]
    texts = [s.decode("utf-8") for s in seeds]
    small = [_small(s) for s in seeds]
    small_texts = [s.decode("utf-8") for s in small]
    gb = [t.encode("gb18030") for t in texts]
    utf16 = [t.encode("utf-16") for t in texts]
    trad = TRADITIONAL_PAGE.read_bytes()
    big5 = trad.decode("utf-8").encode("big5")
    found: dict[str, Callable[[], object]] = {
        "floor": lambda: [floor(s) for s in seeds],
        "banmian": lambda: [banmian.load_edition(s) for s in seeds],
        "banmian gb18030": lambda: [banmian.load_edition(s) for s in gb],
        "banmian utf-16": lambda: [banmian.load_edition(s) for s in utf16],
        "banmian traditional utf-8": lambda: banmian.load_edition(trad),
        "banmian traditional big5": lambda: banmian.load_edition(big5),
        "banmian small": lambda: [banmian.load_edition(s) for s in small],
    }
    fix = _ftfy()
    if fix is not None:
        found["ftfy"] = lambda: [fix(t) for t in texts]
        found["ftfy small"] = lambda: [fix(t) for t in small_texts]
    return found


def measure(rounds: int, repeat: int = 3) -> dict[str, float]:
    """Median CPU seconds per batch of each candidate, over interleaved rounds."""
    found = candidates()
    for call in found.values():  # warm up: caches of compiled patterns, imports
        call()
    times: dict[str, list[float]] = {name: [] for name in found}
    for _ in range(rounds):
        for name, call in found.items():
            start = time.process_time()
            for _ in range(repeat):
                call()
            times[name].append((time.process_time() - start) / repeat)
    return {name: statistics.median(values) for name, values in times.items()}


def ratios(median: dict[str, float]) -> dict[str, float]:
    """The figures the targets are about, all ratios within one run (and pages/s)."""
    out = {
        "floor_ratio": median["banmian"] / median["floor"],
        "pages_per_s_per_core": len(SEEDS) / median["banmian"],
        "gb18030_ratio": median["banmian gb18030"] / median["banmian"],
        "utf16_ratio": median["banmian utf-16"] / median["banmian"],
        "big5_ratio": median["banmian traditional big5"] / median["banmian traditional utf-8"],
    }
    if "ftfy" in median:
        out["ftfy_ratio"] = median["banmian"] / median["ftfy"]
        out["small_ftfy_ratio"] = median["banmian small"] / median["ftfy small"]
    return out


def report(values: dict[str, float]) -> list[tuple[bool | None, str]]:
    """(holds, sentence) for every target."""
    lines: list[tuple[bool | None, str]] = [
        (
            values["floor_ratio"] <= TARGET_FLOOR,
            f"banmian / floor on the seeds: {values['floor_ratio']:.1f}x "
            f"(target <= {TARGET_FLOOR:.0f}x, stretch {STRETCH_FLOOR:.0f}x)",
        ),
        (
            values["pages_per_s_per_core"] >= TARGET_PAGES_PER_S,
            f"seed pages per second on one core: {values['pages_per_s_per_core']:.0f} "
            f"(target >= {TARGET_PAGES_PER_S:.0f})",
        ),
    ]
    if "ftfy_ratio" in values:
        lines.append(
            (
                values["ftfy_ratio"] <= TARGET_FTFY,
                f"banmian / ftfy.fix_text on the same text: {values['ftfy_ratio']:.2f}x "
                f"(target <= {TARGET_FTFY})",
            )
        )
        lines.append(
            (
                values["small_ftfy_ratio"] <= TARGET_SMALL_FTFY,
                f"small pages (~1.5 KB): banmian / ftfy {values['small_ftfy_ratio']:.2f}x (target <= 1)",
            )
        )
    else:
        lines.append((None, "ftfy not installed: pip install -e '.[bench]'"))
    for name in ("gb18030", "utf16", "big5"):
        value = values[f"{name}_ratio"]
        lines.append(
            (
                value <= TARGET_ENCODING,
                f"same text as {name} / as UTF-8: {value:.2f}x (target <= {TARGET_ENCODING})",
            )
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds (default 15)")
    args = parser.parse_args(argv)
    median = measure(args.rounds)
    print(f"== CPU time per batch, median of {args.rounds} interleaved rounds")
    for name, seconds in median.items():
        print(f"   {name:<28}{seconds * 1000:9.2f} ms")
    for holds, sentence in report(ratios(median)):
        mark = "  info" if holds is None else (" holds" if holds else "missed")
        print(f"   [{mark}] {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
