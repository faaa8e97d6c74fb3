"""A seeded campaign of mutated and hostile inputs against ``load_edition`` (issue 12).

    python benchmarks/campaign.py --n 20000 --seed 1

Each input is made by one family of benchmarks/families.py from a base page
(a seed, a UTF-8 test page or a synthetic page), parsed once, and checked:

* ``exception``: anything but a ``BanmianError`` escaped;
* ``slow``: the parse took over 2 CPU-seconds per 100 KB of input (at least
  2 s; a parse is stopped at 5× its budget and counted here);
* ``line_audit``: a non-blank line not accounted for exactly once;
* ``audit_lost``: the audit reports Han characters, letters or digits lost;
* ``lost_outside_audit``: characters of the input that an independent count
  (every line of the decoded input, NFC, against every string of the JSON
  output) finds nowhere, and that the audit did not report.

The same ``--seed`` gives the same inputs.  Prints one line per family and a
total; ``--show N`` prints up to N examples of each problem.  Exit status 1
when any input had a problem other than ``audit_lost`` (a drop the audit saw).
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from families import FAMILIES
from synth import make_page

import banmian
from banmian._decode import decode_bytes

ROOT: Final = Path(__file__).resolve().parent.parent
# Issue 12: at most 2 CPU-seconds per 100 KB of input.
CPU_SECONDS_PER_100KB: Final = 2.0
_KB100: Final = 100 * 1024
# A parse is stopped at this many times its budget, so a hang cannot stall the run.
_STOP_FACTOR: Final = 5
_COUNTED_RE: Final = regex.compile(r"[\p{Han}\p{Latin}\p{Nd}]")
# Format and control characters other than the line feed, and the line and
# paragraph separators (U+2028, U+2029), which the house style removes too.
_INVISIBLE_RE: Final = regex.compile(r"[^\n\P{Cc}]|\p{Cf}|\p{Zl}|\p{Zp}")
# Words the house style takes off (contract §3.5, §4): a byline's tail, the
# mark of a photo credit (摄, 新华社发) and the 图： before it.  Longest first.
_HOUSE_STYLE_DROPS: Final = (
    *("摄影报道", "攝影報道", "报道", "報導", "報道", "报導", "专稿", "專稿", "撰文"),
    *("摄影", "攝影", "摄", "攝", "社发", "社發", "圖：", "图：", "圖:", "图:"),
)
PROBLEMS: Final = ("exception", "slow", "line_audit", "audit_lost", "lost_outside_audit")


class _StoppedError(Exception):
    pass


def _stop(signum: int, frame: Any) -> None:
    raise _StoppedError


def base_pages(seed: int) -> list[str]:
    """The seeds, the UTF-8 test pages and 20 synthetic pages."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))
    pages = []
    for path in paths:
        try:
            pages.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue  # the encoded twins: their UTF-8 originals are here already
    rng = random.Random(seed)
    return pages + [make_page(rng) for _ in range(20)]


def inputs(n: int, seed: int) -> Iterator[tuple[str, int, bytes]]:
    """``(family, index, bytes)`` for ``n`` inputs, the families taken in turn."""
    bases = base_pages(seed)
    names = sorted(FAMILIES)
    for index in range(n):
        family = names[index % len(names)]
        rng = random.Random(f"{seed}-{index}")
        yield family, index, FAMILIES[family](rng, rng.choice(bases))


def _counted(texts: Sequence[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(text)
    return Counter({c: n for c, n in counts.items() if _COUNTED_RE.match(c)})


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("warnings", "source", "encoding"):
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def lost_independently(data: bytes, edition: banmian.Edition) -> Counter[str]:
    """Characters of the decoded input that no string of the output holds."""
    # Invisible characters go before NFC, as in the house style (contract
    # §3.2): E + U+0001 + U+0302 is Ê once the control character is gone.
    text = _INVISIBLE_RE.sub("", decode_bytes(data).text.replace("\r", "\n"))
    source = unicodedata.normalize("NFC", text)
    output = unicodedata.normalize("NFC", "\n".join(_strings(edition.to_dict())))
    lost = _counted([source]) - _counted([output])
    for word in _HOUSE_STYLE_DROPS:
        missing = source.count(word) - output.count(word)
        lost -= Counter(word * max(missing, 0))
        source, output = source.replace(word, ""), output.replace(word, "")
    return lost


def check(data: bytes) -> dict[str, str]:
    """The problems of one input, by name, with a short description each."""
    budget = CPU_SECONDS_PER_100KB * max(1.0, len(data) / _KB100)
    signal.setitimer(signal.ITIMER_PROF, budget * _STOP_FACTOR)
    started = time.process_time()
    try:
        edition = banmian.load_edition(data)
    except banmian.BanmianError:
        return {}
    except _StoppedError:
        return {"slow": f"stopped after {budget * _STOP_FACTOR:.1f} CPU-s ({len(data)} bytes)"}
    except Exception as exc:  # any other exception is what the campaign looks for
        return {"exception": f"{type(exc).__name__}: {exc}"[:200]}
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    problems: dict[str, str] = {}
    spent = time.process_time() - started
    if spent > budget:
        problems["slow"] = f"{spent:.2f} CPU-s for {len(data)} bytes"
    audit = edition.audit()
    if audit.missing or audit.repeated:
        problems["line_audit"] = f"missing {audit.missing[:5]} repeated {audit.repeated[:5]}"
    if audit.lost_text:
        problems["audit_lost"] = str(audit.lost_text[:3])
    seen = Counter("".join(chars for _, chars in audit.lost_text))
    outside = lost_independently(data, edition) - seen
    if outside:
        problems["lost_outside_audit"] = "".join(outside.elements())[:60]
    return problems


def run(n: int, seed: int, show: int) -> int:
    signal.signal(signal.SIGPROF, _stop)
    totals: dict[str, Counter[str]] = {name: Counter() for name in FAMILIES}
    examples: dict[str, list[str]] = {p: [] for p in PROBLEMS}
    started = time.process_time()
    for family, index, data in inputs(n, seed):
        totals[family]["inputs"] += 1
        for problem, what in check(data).items():
            totals[family][problem] += 1
            if len(examples[problem]) < show:
                examples[problem].append(f"{family}#{index}: {what}")
    print(f"{'family':<18}{'inputs':>8}" + "".join(f"{p:>20}" for p in PROBLEMS))
    for family in sorted(totals):
        row = totals[family]
        print(f"{family:<18}{row['inputs']:>8}" + "".join(f"{row[p]:>20}" for p in PROBLEMS))
    total = sum(totals.values(), Counter())
    print(f"{'total':<18}{total['inputs']:>8}" + "".join(f"{total[p]:>20}" for p in PROBLEMS))
    print(f"CPU time: {time.process_time() - started:.1f} s")
    for problem, lines in examples.items():
        for line in lines:
            print(f"  {problem}: {line}")
    return 1 if any(total[p] for p in PROBLEMS if p != "audit_lost") else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="how many inputs (default 20000)")
    parser.add_argument("--seed", type=int, default=1, help="the seed of the inputs (default 1)")
    parser.add_argument("--show", type=int, default=5, help="examples shown per problem (default 5)")
    args = parser.parse_args(argv)
    return run(args.n, args.seed, args.show)


if __name__ == "__main__":
    sys.exit(main())
