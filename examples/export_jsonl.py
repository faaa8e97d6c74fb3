"""Parse a folder of pages into one JSON Lines file: one ``Edition.to_dict()`` per line.

    python examples/export_jsonl.py                          # seeds/ -> editions.jsonl
    python examples/export_jsonl.py pages/ out/pages.jsonl

Pages that cannot be read are reported on stderr and skipped; the exit
status is then 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import banmian

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SEEDS, help="folder of *.txt pages")
    parser.add_argument("output", nargs="?", type=Path, default=Path("editions.jsonl"))
    args = parser.parse_args(argv)
    status = written = 0
    with args.output.open("w", encoding="utf-8") as out:
        for path in sorted(args.folder.glob("*.txt")):
            try:
                edition = banmian.load_edition(path)
            except banmian.BanmianError as exc:
                print(f"skipped {path}: {exc}", file=sys.stderr)
                status = 1
                continue
            out.write(edition.to_json() + "\n")
            written += 1
    print(f"wrote {written} editions to {args.output}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
