"""The ``banmian`` command line: parse pages and print or write their articles.

banmian parse seeds/*.txt                      # JSON, one document per page
banmian parse --format text seeds/000_*.txt    # readable in a terminal
banmian parse --format jsonl --out out/ seeds/*.txt
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final, TextIO

from . import __version__
from ._api import load_edition
from .errors import BanmianError
from .model import Article, Edition

_FORMATS: Final = ("json", "jsonl", "text")
_SUFFIX: Final = {"json": ".json", "jsonl": ".jsonl", "text": ".txt"}
_RULE: Final = "─" * 40

_DESCRIPTION: Final = """\
Turn the raw text dump of a Chinese newspaper page into clean articles:
headline, byline, dateline and paragraphs, with page furniture and
repetitions removed and every piece traced to its source lines."""

_EPILOG: Final = """\
examples:
  banmian parse seeds/000_b8a3ab7b253d933e.txt
  banmian parse --format text seeds/*.txt | less
  banmian parse --format jsonl --out parsed/ seeds/*.txt

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
        metavar="DIR",
        help="write one file per page into DIR (named after the page) instead of to stdout",
    )
    parse.add_argument("--encoding", help="decode every file with this encoding instead of detecting it")
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


def _parse_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    status = 0
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    for path in args.files:
        try:
            edition = load_edition(path, encoding=args.encoding)
        except BanmianError as exc:
            where = "" if str(path) in str(exc) else f"{path}: "
            print(f"banmian: {where}{exc}", file=stderr)
            status = 1
            continue
        rendered = _render(edition, args.format)
        if args.out is None:
            stdout.write(rendered)
        else:
            (args.out / (path.stem + _SUFFIX[args.format])).write_text(rendered, encoding="utf-8")
    return status


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        return _parse_command(args, out, err)
    except BrokenPipeError:  # `banmian parse ... | head` closed the pipe: not an error
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
