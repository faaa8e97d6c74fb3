"""The ``banmian`` command line: parse pages and print or write their articles.

banmian parse seeds/*.txt                      # JSON, one document per page
banmian parse --format text seeds/000_*.txt    # readable in a terminal
banmian parse --format jsonl --out out/ seeds/*.txt
banmian parse --jobs 2 --format jsonl --out corpus.jsonl pages/*.txt
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Final, TextIO

from . import __version__
from ._cli_view import add_commands
from ._corpus import iter_editions
from .model import Article, Edition

_FORMATS: Final = ("json", "jsonl", "text")
_SUFFIX: Final = {"json": ".json", "jsonl": ".jsonl", "text": ".txt"}
_RULE: Final = "─" * 40
# The progress line (on a terminal only) appears once a run has lasted this
# long and is redrawn at most this often: short runs print nothing extra.
_PROGRESS_AFTER_S: Final = 1.0
_PROGRESS_EVERY_S: Final = 0.5
# Carriage return and "erase to end of line": a message replaces the progress line.
_CLEAR_LINE: Final = "\r\x1b[K"

_DESCRIPTION: Final = """\
Turn the raw text dump of a Chinese newspaper page into clean articles:
headline, byline, dateline and paragraphs, with page furniture and
repetitions removed and every piece traced to its source lines."""

_EPILOG: Final = """\
examples:
  banmian parse seeds/000_b8a3ab7b253d933e.txt
  banmian parse --format text seeds/*.txt | less
  banmian parse --format jsonl --out parsed/ seeds/*.txt
  banmian parse --jobs 0 --format jsonl --out corpus.jsonl pages/*.txt

exit status: 0 when every file parsed, 1 when a file could not be read or
parsed (the others are still written), 2 for a usage error."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="banmian",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"banmian {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse newspaper pages (text files) into articles",
        description="Parse each FILE (UTF-8, GB18030, Big5 or UTF-16 text) into articles.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument("files", nargs="+", metavar="FILE", type=Path, help="text dump of a page")
    parse.add_argument(
        "--format",
        choices=_FORMATS,
        default="json",
        help="json: one JSON document per page (default); jsonl: one line per page; "
        "text: headline, byline, dateline and paragraphs for reading",
    )
    parse.add_argument(
        "--out",
        type=Path,
        metavar="DIR|FILE.jsonl",
        help="write one file per page into DIR (named after the page) instead of to stdout; "
        "with --format jsonl, a path ending in .jsonl gets every page, one line each, in input order",
    )
    parse.add_argument("--encoding", help="decode every file with this encoding instead of detecting it")
    parse.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse with N processes (0: one per CPU); output stays in input order (default 1)",
    )
    parse.add_argument(
        "--summary",
        action="store_true",
        help="print pages, articles, warnings, errors and pages/s on stderr at the end "
        "(always done when stderr is a terminal)",
    )
    add_commands(commands)
    return parser


def format_text(edition: Edition) -> str:
    """Render an edition for reading in a terminal."""
    out: list[str] = []
    if edition.page_headers:
        out.append("版面 " + " / ".join(edition.page_headers))
    for number, article in enumerate(edition.articles, start=1):
        out.append(_RULE)
        out.extend(_article_text(number, article))
    for photo in edition.photos:
        out.append(_RULE)
        credit = f"（{photo.credit} 摄）" if photo.credit else ""
        out.append(f"[图] {photo.text}{credit}")
    out.append(_RULE)
    counts = (
        (len(edition.articles), "article"),
        (len(edition.photos), "photo"),
        (len(edition.artifacts), "artifact"),
        (len(edition.duplicates), "duplicate"),
        (len(edition.warnings), "warning"),
    )
    out.append(", ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts))
    return "\n".join(out) + "\n"


def _article_text(number: int, article: Article) -> list[str]:
    out: list[str] = []
    if article.kicker:
        out.append(f"   {article.kicker}")
    out.append(f"{number:>2} {article.headline or '（无标题）'}")
    if article.subtitle:
        dash = "" if article.subtitle.startswith("—") else "——"
        out.append(f"   {dash}{article.subtitle}")
    meta = [x for x in (article.byline.text if article.byline else None, article.dateline) if x]
    if meta:
        out.append("   " + " · ".join(meta))
    for block in article.blocks:
        out.append("")
        if block.kind == "subhead":
            out.append(f"  【{block.text}】")
        elif block.kind == "list_item":
            out.append(f"  • {block.text}")
        else:
            out.append(f"  {block.text}")
    for caption in article.captions:
        credit = f"（{caption.credit} 摄）" if caption.credit else ""
        out.append("")
        out.append(f"  [图] {caption.text}{credit}")
    return out


def _render(edition: Edition, fmt: str) -> str:
    if fmt == "json":
        return edition.to_json(indent=2) + "\n"
    if fmt == "jsonl":
        return edition.to_json() + "\n"
    return format_text(edition)


class _Tally:
    """Counts for the summary, and the progress line of long runs on a terminal."""

    def __init__(self, total: int, stderr: TextIO, *, progress: bool) -> None:
        self.total, self.stderr, self.progress = total, stderr, progress
        self.pages = self.articles = self.warnings = self.errors = 0
        self.start = self.drawn = time.perf_counter()

    def count(self, edition: Edition | None) -> None:
        if edition is None:
            self.errors += 1
        else:
            self.pages += 1
            self.articles += len(edition.articles)
            self.warnings += len(edition.warnings)
        now = time.perf_counter()
        if self.progress and now - self.start >= _PROGRESS_AFTER_S and now - self.drawn >= _PROGRESS_EVERY_S:
            self.drawn = now
            done = self.pages + self.errors
            rate = done / (now - self.start)
            self.stderr.write(
                f"\rbanmian: {done}/{self.total} files, {rate:.0f} pages/s, {self.errors} errors"
            )
            self.stderr.flush()

    def summary(self) -> str:
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        clear = _CLEAR_LINE if self.progress else ""
        return (
            f"{clear}banmian: {self.pages} pages, {self.articles} articles, {self.warnings} warnings, "
            f"{self.errors} errors in {elapsed:.1f} s ({self.pages / elapsed:.1f} pages/s)"
        )


def _one_jsonl_file(args: argparse.Namespace) -> Path | None:
    """``--format jsonl --out corpus.jsonl``: every page into one file."""
    if args.format == "jsonl" and args.out is not None and args.out.suffix == ".jsonl":
        return Path(args.out)
    return None


def _parse_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    if args.jobs < 0:
        print(f"banmian: --jobs must be 0 (one per CPU) or more, not {args.jobs}", file=stderr)
        return 2
    jobs = args.jobs or os.cpu_count() or 1
    single = _one_jsonl_file(args)
    if args.out is not None and single is None:
        args.out.mkdir(parents=True, exist_ok=True)
    interactive = stderr.isatty()
    tally = _Tally(len(args.files), stderr, progress=interactive)
    with contextlib.ExitStack() as stack:
        sink: IO[str] = stdout
        if single is not None:
            single.parent.mkdir(parents=True, exist_ok=True)
            sink = stack.enter_context(single.open("w", encoding="utf-8"))
        # Closed on the way out, even on an error such as a closed pipe: the workers end.
        results = stack.enter_context(
            contextlib.closing(iter_editions(args.files, workers=jobs, encoding=args.encoding))
        )
        for path, result in zip(args.files, results, strict=True):
            tally.count(result.edition)
            if result.edition is None:
                error = result.error or "cannot be read"
                where = "" if str(path) in error else f"{path}: "
                print(f"{_CLEAR_LINE if interactive else ''}banmian: {where}{error}", file=stderr)
                continue
            rendered = _render(result.edition, args.format)
            if args.out is None or single is not None:
                sink.write(rendered)
            else:
                (args.out / (path.stem + _SUFFIX[args.format])).write_text(rendered, encoding="utf-8")
    if interactive or args.summary:
        print(tally.summary(), file=stderr)
    return 1 if tally.errors else 0


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        if args.command != "parse":  # show, score: see _cli_view.py
            return int(args.run(args, out, err))
        return _parse_command(args, out, err)
    except BrokenPipeError:  # `banmian parse ... | head` closed the pipe: not an error
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
