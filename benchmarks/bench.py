"""How fast is banmian, against the floor and against its peers, on the same text?

    python benchmarks/bench.py            # the full run (a few minutes on 2 cores)
    python benchmarks/bench.py --quick    # a smoke run (about half a minute)

One run reports, on the same inputs:

1. the floor (read + decode + NFC + split lines) and ``banmian.load_edition``
   per seed page, median of repeats, with the ratio banmian/floor;
2. the peers on the same text when installed (``pip install -e ".[bench]"``):
   ``ftfy.fix_text`` and unstructured's ``group_broken_paragraphs`` +
   ``clean_extra_whitespace``; peers that are missing are reported as skipped;
3. the decode stage on the seeds re-encoded as GB18030: ``chardet.detect``,
   ``charset_normalizer.from_bytes`` and banmian's own decoder;
4. a generated corpus (``benchmarks/synth.py``, >= 2,000 pages): pages/s and
   MB/s, in memory and streamed from disk with ``iter_editions`` (1 and 2 workers);
5. time per MB from 10 KB to 10 MB of input (linearity);
6. peak memory: tracemalloc around the largest page and around the stream,
   and the process's maximum resident set.

It starts with the CPU-time ratios of ``benchmarks/speed.py`` (interleaved
rounds of ``time.process_time``: banmian / the floor, pages per second on one
core, banmian / ftfy, small pages, the same text in other encodings) and ends
with every target and whether it holds.  The sections after the first are
``time.perf_counter`` medians, for scale; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

import banmian
from banmian._corpus import iter_editions

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # a sibling script: CPU-time ratios in interleaved rounds
import synth  # a sibling script, found through the path set just above

ROOT: Final = Path(__file__).resolve().parent.parent
SEEDS: Final = sorted((ROOT / "seeds").glob("*.txt"))
MB: Final = 1_000_000
KB: Final = 1_000
# Targets of the issue "Fast and at scale" (the speed targets are in speed.py).
TARGET_FLATNESS: Final = 1.5
# Sizes of the linearity run; --quick stops at 1 MB.
SIZES: Final = (10 * KB, 100 * KB, MB, 10 * MB)
# Sizes of the worst case of near-duplicate detection (quadratic today: kept small).
STRESS_SIZES: Final = (10 * KB, 100 * KB, 300 * KB)


def median_time(fn: Callable[[], object], repeats: int, warmup: int = 1) -> float:
    """Median wall time of ``fn`` in seconds, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor(data: bytes) -> list[str]:
    """What any text tool must do at least: decode, NFC, split lines."""
    return unicodedata.normalize("NFC", data.decode("utf-8")).splitlines()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def ratio(a: float, b: float) -> str:
    return f"{a / b:7.2f}x" if b else "    n/a"


def _peer(name: str) -> tuple[Callable[[str], object] | None, str]:
    """A peer's function on text, or None and why it is skipped."""
    try:
        if name == "ftfy":
            import ftfy  # noqa: PLC0415 - optional peer, imported only when benchmarked

            return ftfy.fix_text, f"ftfy {ftfy.__version__}"
        from unstructured.__version__ import __version__ as version  # noqa: PLC0415 - optional peer
        from unstructured.cleaners.core import (  # noqa: PLC0415 - optional peer
            clean_extra_whitespace,
            group_broken_paragraphs,
        )

        return (
            lambda text: clean_extra_whitespace(group_broken_paragraphs(text)),
            f"unstructured {version}",
        )
    except Exception as exc:  # any failure to import a peer means "skipped", not a crash
        return None, f"{name} skipped ({type(exc).__name__}: {exc})"


class Report:
    """Collects the numbers the summary needs while sections print."""

    def __init__(self) -> None:
        self.values: dict[str, float] = {}
        self.speed: dict[str, float] = {}

    def section(self, title: str) -> None:
        print(f"\n== {title}")


def bench_seeds(report: Report, repeats: int) -> None:
    report.section(f"seed pages: median of {repeats} repeats (floor = read + decode + NFC + split lines)")
    peers = {name: _peer(name) for name in ("ftfy", "unstructured")}
    for fn, label in peers.values():
        print(f"   peer: {label}" if fn else f"   {label}")
    header = f"{'page':<28}{'KB':>6}{'floor':>13}{'banmian':>13}{'/floor':>9}"
    for name, (fn, _) in peers.items():
        header += f"{name:>13}{'b/' + name[:5]:>9}" if fn else ""
    print(header)
    floors, ours, theirs = [], [], {name: [] for name in peers}
    for path in SEEDS:
        data = path.read_bytes()
        text = data.decode("utf-8")
        t_floor = median_time(lambda p=path: floor(p.read_bytes()), repeats * 4)
        t_ours = median_time(lambda p=path: banmian.load_edition(p), repeats)
        floors.append(t_floor)
        ours.append(t_ours)
        row = f"{path.name[:26]:<28}{len(data) / KB:6.1f}{ms(t_floor)}{ms(t_ours)}{ratio(t_ours, t_floor)}"
        for name, (fn, _) in peers.items():
            if fn is None:
                continue
            t_peer = median_time(lambda f=fn, s=text: f(s), repeats)
            theirs[name].append(t_peer)
            row += f"{ms(t_peer)}{ratio(t_ours, t_peer)}"
        print(row)
    worst = max(o / f for o, f in zip(ours, floors, strict=True))
    report.values["floor_ratio_median"] = statistics.median(o / f for o, f in zip(ours, floors, strict=True))
    report.values["floor_ratio_worst"] = worst
    # The median row shows medians of the per-page times and of the per-page ratios.
    row = f"{'median':<34}{ms(statistics.median(floors))}{ms(statistics.median(ours))}"
    row += f"{statistics.median(o / f for o, f in zip(ours, floors, strict=True)):7.2f}x"
    for name, times in theirs.items():
        if times:
            report.values[f"{name}_ratio_median"] = statistics.median(
                o / t for o, t in zip(ours, times, strict=True)
            )
            report.values[f"{name}_ratio_worst"] = max(o / t for o, t in zip(ours, times, strict=True))
            row += f"{ms(statistics.median(times))}{report.values[f'{name}_ratio_median']:7.2f}x"
    print(row)


def bench_decode(report: Report, repeats: int) -> None:
    report.section("decode stage: the seeds re-encoded as GB18030 (median per page)")
    blobs = [p.read_text(encoding="utf-8").encode("gb18030") for p in SEEDS]
    candidates: list[tuple[str, Callable[[bytes], Any], Callable[[Any], str]]] = []
    import chardet  # noqa: PLC0415 - a runtime dependency of banmian, imported where it is measured

    candidates.append((f"chardet {chardet.__version__} detect", chardet.detect, lambda r: str(r["encoding"])))
    try:
        import charset_normalizer  # noqa: PLC0415 - optional peer

        candidates.append(
            (
                f"charset-normalizer {charset_normalizer.__version__} from_bytes().best()",
                lambda b: charset_normalizer.from_bytes(b).best(),
                lambda r: str(r.encoding) if r is not None else "None",
            )
        )
    except ImportError as exc:
        print(f"   charset-normalizer skipped ({exc})")
    try:
        from banmian._decode import decode_bytes  # noqa: PLC0415 - the stage itself, private on purpose

        candidates.append(("banmian decode_bytes (detect + decode)", decode_bytes, lambda r: r.encoding))
    except ImportError as exc:
        print(f"   banmian decode stage skipped ({exc})")
    candidates.append(("floor: bytes.decode('gb18030')", lambda b: b.decode("gb18030"), lambda _: "gb18030"))
    for label, fn, name_of in candidates:
        times = [median_time(lambda f=fn, b=blob: f(b), repeats) for blob in blobs]
        names = sorted({name_of(fn(blob)) for blob in blobs})
        print(f"   {label:<58}{ms(statistics.median(times))}  -> {', '.join(names)}")


def bench_corpus(report: Report, pages: int, seed: int) -> None:
    report.section(f"generated corpus: {pages} pages from benchmarks/synth.py (seed {seed})")
    start = time.perf_counter()
    corpus = [page.encode("utf-8") for page in synth.make_corpus(pages, seed)]
    size = sum(map(len, corpus))
    print(
        f"   generated {size / MB:.1f} MB in {time.perf_counter() - start:.1f} s; "
        f"median page {statistics.median(map(len, corpus)) / KB:.1f} KB"
    )

    def run(label: str, fn: Callable[[], int], floor_time: float | None = None) -> float:
        gc.collect()
        start = time.perf_counter()
        articles = fn()
        elapsed = time.perf_counter() - start
        extra = f"  {ratio(elapsed, floor_time)} floor" if floor_time else ""
        print(
            f"   {label:<44}{elapsed:8.2f} s {pages / elapsed:9.1f} pages/s "
            f"{size / MB / elapsed:7.2f} MB/s{extra}" + (f"  ({articles} articles)" if articles else "")
        )
        return elapsed

    t_floor = run("floor (decode + NFC + split)", lambda: sum(0 for page in corpus if floor(page) is None))
    t_ours = run(
        "load_edition(bytes), in memory",
        lambda: sum(len(banmian.load_edition(page).articles) for page in corpus),
        t_floor,
    )
    report.values["corpus_pages_per_s"] = pages / t_ours
    report.values["corpus_floor_ratio"] = t_ours / t_floor
    ftfy_fn, _ = _peer("ftfy")
    if ftfy_fn is not None:
        texts = [page.decode("utf-8") for page in corpus]
        t_ftfy = run("ftfy.fix_text(text), in memory", lambda: sum(0 for t in texts if ftfy_fn(t) is None))
        report.values["corpus_ftfy_ratio"] = t_ours / t_ftfy
    with tempfile.TemporaryDirectory() as folder:
        for number, page in enumerate(corpus):
            Path(folder, f"{number:05d}.txt").write_bytes(page)
        pattern = str(Path(folder, "*.txt"))
        for workers in (1, 2):
            elapsed = run(
                f"iter_editions(glob, workers={workers}), from disk",
                lambda w=workers: sum(
                    len(r.edition.articles) for r in iter_editions(pattern, workers=w) if r.edition
                ),
                t_floor,
            )
            report.values[f"stream_{workers}_pages_per_s"] = pages / elapsed
        gc.collect()
        tracemalloc.start()
        for _ in iter_editions(pattern, workers=1):
            pass
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"   tracemalloc peak while streaming all {pages} pages (workers=1): {peak / MB:.1f} MB")
        report.values["stream_peak_mb"] = peak / MB


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000  # kilobytes on Linux


# The peak resident set of this process, in kB: VmHWM belongs to the address
# space, which exec replaces; ru_maxrss would carry over the parent's peak.
_RSS_PROBE: Final = """
import re, resource, sys
import banmian
def peak():
    try:
        with open("/proc/self/status") as status:
            return int(re.search(r"VmHWM:\\s+(\\d+)", status.read()).group(1))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
data = open(sys.argv[1], "rb").read()
before = peak()
banmian.load_edition(data)
print(peak() - before)
"""


def _rss_growth_of_parse(data: bytes) -> float:
    """Growth of the maximum resident set of a fresh interpreter over one parse, in MB
    (a fresh process, so that what this benchmark already holds does not hide it)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "page.txt")
        path.write_bytes(data)
        probe = subprocess.run(
            [sys.executable, "-c", _RSS_PROBE, str(path)], capture_output=True, text=True, check=True
        )
    return int(probe.stdout.strip()) / 1000  # kilobytes on Linux


_DIGITS_RE: Final = re.compile(r"\d")


def formulaic(page: str) -> str:
    """The worst case of near-duplicate detection: every paragraph ends with the
    same 13 characters and has no digits (a notice page, a listing, a dump with
    a boilerplate suffix).  Paragraphs that share their first or last 10
    characters are compared pairwise, and different digits no longer rule a pair out."""
    closing = "切实解决群众急难愁盼问题。"
    return "\n".join(
        _DIGITS_RE.sub("", line) + closing if len(line) > 30 and line.endswith("。") else line  # noqa: PLR2004 - a paragraph
        for line in page.split("\n")
    )


def bench_linearity(report: Report, sizes: Sequence[int], stress_sizes: Sequence[int], seed: int) -> None:
    report.section("linearity: one page of growing size (synth.make_page_of_size), time per MB")
    print(f"   {'target':>8}{'bytes':>12}{'repeats':>8}{'floor/MB':>12}{'banmian':>11}{'banmian/MB':>12}")
    per_mb: dict[int, float] = {}
    largest = b""
    for target in sizes:
        data = synth.make_page_of_size(random.Random(seed), target).encode("utf-8")
        repeats = max(3, min(9, int(2 * MB // len(data))))
        t_floor = median_time(lambda d=data: floor(d), repeats * 3)
        gc.collect()
        t_ours = median_time(
            lambda d=data: banmian.load_edition(d), repeats, warmup=1 if len(data) < MB else 0
        )
        per_mb[target] = t_ours / (len(data) / MB)
        print(
            f"   {target / KB:>6.0f}KB{len(data):>12,}{repeats:>8}"
            f"{t_floor / (len(data) / MB) * 1000:>9.1f} ms"
            f"{t_ours:>9.2f} s{per_mb[target]:>10.2f} s"
        )
        largest = data
    first, last = sizes[0], sizes[-1]
    report.values["flatness"] = per_mb[last] / per_mb[first]
    report.values["flatness_last_kb"] = last / KB
    print(
        f"   time per MB at {last / KB:.0f} KB / at {first / KB:.0f} KB: {ratio(per_mb[last], per_mb[first])}"
    )
    rss_growth = _rss_growth_of_parse(largest)
    report.values["rss_growth_mb"] = rss_growth
    report.values["peak_input_mb"] = len(largest) / MB
    print(
        f"   max RSS of a fresh process grew by {rss_growth:.0f} MB while parsing the "
        f"{len(largest) / MB:.1f} MB page ({rss_growth / (len(largest) / MB):.1f}x the input)"
    )

    traced = synth.make_page_of_size(random.Random(seed), min(MB, sizes[-1])).encode("utf-8")
    gc.collect()
    tracemalloc.start()
    banmian.load_edition(traced)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    report.values["peak_mb"] = peak / MB
    report.values["peak_ratio"] = peak / len(traced)
    print(
        f"   tracemalloc peak for load_edition on a {len(traced) / MB:.1f} MB page: "
        f"{peak / MB:.1f} MB ({peak / len(traced):.1f}x the input)"
    )

    print("   worst case for near-duplicate detection: every paragraph ends alike, no digits (formulaic())")
    stress: dict[int, float] = {}
    for target in stress_sizes:
        data = formulaic(synth.make_page_of_size(random.Random(seed), target)).encode("utf-8")
        elapsed = median_time(lambda d=data: banmian.load_edition(d), 1, warmup=0)
        stress[target] = elapsed / (len(data) / MB)
        print(
            f"   {target / KB:>6.0f}KB{len(data):>12,}{1:>8}{'':>12}"
            f"{elapsed:>9.2f} s{stress[target]:>10.2f} s"
        )
    report.values["stress_flatness"] = stress[stress_sizes[-1]] / stress[stress_sizes[0]]
    report.values["stress_last_kb"] = stress_sizes[-1] / KB
    report.values["stress_vs_normal"] = stress[stress_sizes[0]] / per_mb[sizes[0]]
    print(
        f"   time per MB at {stress_sizes[-1] / KB:.0f} KB / at {stress_sizes[0] / KB:.0f} KB: "
        f"{ratio(stress[stress_sizes[-1]], stress[stress_sizes[0]])}; at {sizes[0] / KB:.0f} KB "
        f"{ratio(stress[stress_sizes[0]], per_mb[sizes[0]])} the ordinary page"
    )


def summary(report: Report) -> None:
    v = report.values
    report.section("targets")

    def line(ok: bool | None, text: str) -> None:
        mark = "n/a " if ok is None else ("HOLDS" if ok else "MISSES")
        print(f"   [{mark:>6}] {text}")

    for holds, sentence in speed.report(report.speed):
        line(holds, sentence)
    print(
        f"   [  info] wall clock on the seeds: median {v['floor_ratio_median']:.0f}x the floor, "
        f"worst {v['floor_ratio_worst']:.0f}x (corpus {v['corpus_floor_ratio']:.0f}x)"
        + (f"; banmian/ftfy {v['ftfy_ratio_median']:.2f}x" if "ftfy_ratio_median" in v else "")
    )
    if "unstructured_ratio_median" in v:
        print(f"   [  info] banmian/unstructured median {v['unstructured_ratio_median']:.2f}x (not a target)")
    line(
        v["flatness"] <= TARGET_FLATNESS,
        f"time per MB flat within {TARGET_FLATNESS}x from 10 KB to {v['flatness_last_kb']:.0f} KB: "
        f"{v['flatness']:.2f}x",
    )
    line(
        v["stress_flatness"] <= TARGET_FLATNESS,
        f"... also on the worst case for near-duplicate search (paragraphs end alike): "
        f"{v['stress_flatness']:.2f}x from 10 KB to {v['stress_last_kb']:.0f} KB",
    )
    print(
        f"   [  info] peak memory: tracemalloc {v['peak_ratio']:.1f}x the input; max RSS grew "
        f"{v['rss_growth_mb']:.0f} MB for the {v['peak_input_mb']:.1f} MB page; "
        f"{v['stream_peak_mb']:.1f} MB traced while streaming the corpus; max RSS {_max_rss_mb():.0f} MB"
    )
    print(
        f"   [  info] corpus: {v['corpus_pages_per_s']:.0f} pages/s in memory, "
        f"{v['stream_1_pages_per_s']:.0f} / {v['stream_2_pages_per_s']:.0f} pages/s "
        "streamed with 1 / 2 workers"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer pages, repeats and sizes (a smoke run)")
    parser.add_argument("--pages", type=int, help="pages in the generated corpus (default 2000, quick 200)")
    parser.add_argument("--seed", type=int, default=2024, help="seed of the generated pages")
    args = parser.parse_args(argv)
    pages = args.pages or (200 if args.quick else 2000)
    repeats = 3 if args.quick else 9
    sizes = SIZES[:-1] if args.quick else SIZES
    stress_sizes = STRESS_SIZES[:-1] if args.quick else STRESS_SIZES
    print(
        f"banmian {banmian.__version__} | Python {platform.python_version()} | {platform.machine()} | "
        f"{os.cpu_count()} CPUs | load average {os.getloadavg()[0]:.2f} | "
        f"{'quick' if args.quick else 'full'} run"
    )
    report = Report()
    rounds = 5 if args.quick else 15
    report.section(f"CPU time, {rounds} interleaved rounds (benchmarks/speed.py)")
    median = speed.measure(rounds)
    for name, seconds in median.items():
        print(f"   {name:<28}{seconds * 1000:9.2f} ms")
    report.speed = speed.ratios(median)
    bench_seeds(report, repeats)
    bench_decode(report, repeats)
    bench_corpus(report, pages, args.seed)
    bench_linearity(report, sizes, stress_sizes, args.seed)
    summary(report)
    print(
        f"   [  info] load average at the end: {os.getloadavg()[0]:.2f} "
        "(wall times are noisy when it is above the number of CPUs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
