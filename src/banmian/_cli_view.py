"""The ``show`` and ``score`` commands of the ``banmian`` command line.

``banmian show PAGE.txt -o page.html`` writes the HTML view of a page's
reading; ``banmian score EXPECTED_DIR PAGES_DIR`` scores readings against
expected JSON and prints a table.  ``cli.py`` registers them with
`add_commands` and runs the function each sets as ``run``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Final, TextIO

from ._api import load_edition
from ._score import score
from .errors import BanmianError

__all__ = ["add_commands"]

_SHOW_EPILOG: Final = """\
examples:
  banmian show seeds/000_b8a3ab7b253d933e.txt -o page.html
  banmian show page.txt > page.html

The file is self-contained (no script, no network): open it in any browser.
Each source line on the left is coloured by what it became; click it to see
its place in the reading on the right, and a line number there to go back."""

_SCORE_EPILOG: Final = """\
examples:
  banmian score tests/gold seeds
  banmian score my-labels/ my-pages/ --min 0.95

Each EXPECTED_DIR/*.json is an expected reading (the shape of banmian parse's
JSON; start from banmian's own output and correct it); its page is
PAGES_DIR/<its "source">.  exit status: 0, or 1 when a page could not be read
or the mean is under --min."""


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``show`` and ``score`` on the ``banmian`` parser's subcommands."""
    raw = argparse.RawDescriptionHelpFormatter
    show = commands.add_parser(
        "show",
        help="write an HTML view of how a page was read",
        description="Parse PAGE and write one self-contained HTML file: the source lines beside the reading.",
        epilog=_SHOW_EPILOG,
        formatter_class=raw,
    )
    show.add_argument("page", type=Path, metavar="PAGE", help="text dump of a page")
    show.add_argument(
        "-o", "--output", type=Path, metavar="FILE.html", help="write here instead of to stdout"
    )
    show.add_argument("--encoding", help="decode the page with this encoding instead of detecting it")
    show.set_defaults(run=_show)
    scores = commands.add_parser(
        "score",
        help="score readings against expected JSON, aspect by aspect",
        description="Read every page that has an expected reading and print a per-page and mean table.",
        epilog=_SCORE_EPILOG,
        formatter_class=raw,
    )
    scores.add_argument(
        "expected", type=Path, metavar="EXPECTED_DIR", help="folder of expected readings (*.json)"
    )
    scores.add_argument("pages", type=Path, metavar="PAGES_DIR", help="folder of the pages they name")
    scores.add_argument("--min", type=float, default=0.0, metavar="SCORE", help="exit with 1 under this mean")
    scores.set_defaults(run=_score)


def _show(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    try:
        edition = load_edition(args.page, encoding=args.encoding)
        view = edition.to_html(args.page.read_bytes())
    except (BanmianError, OSError) as exc:
        print(f"banmian: {exc}", file=stderr)
        return 1
    if args.output is None:
        stdout.write(view)
    else:
        args.output.write_text(view, encoding="utf-8")
        print(f"banmian: wrote {args.output} ({len(edition.articles)} articles)", file=stderr)
    return 0


def _score(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    try:
        report = score(args.expected, args.pages)
    except BanmianError as exc:
        print(f"banmian: {exc}", file=stderr)
        return 1
    print(report.to_table(), file=stdout)
    failed = any(page.error is not None for page in report.pages)
    return 1 if failed or report.mean < args.min else 0
