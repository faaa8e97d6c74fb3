"""The ``banmian`` command line: parse pages and print or write their articles.

banmian parse seeds/*.txt                      # JSON, one document per page
banmian parse --format text seeds/000_*.txt    # readable in a terminal
banmian parse --out parsed/ archive/           # a folder, recursively; outputs mirror it
banmian parse --jobs 2 --out corpus.jsonl --files-from list.txt

It never writes over an input, refuses existing output without ``--force``,
writes every file whole, and ends every failure with one line on standard
error and an exit status of its own (see ``_EPILOG``); docs/cli.md has the
details.  The pieces: ``_cli_inputs`` (what to read), ``_cli_sinks`` and
``_cli_output`` (where to write), ``_cli_render`` (how a page looks) and
``_cli_progress`` (the progress line and summary).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import sys
from collections.abc import Generator, Sequence
from typing import BinaryIO, Final, TextIO

import attrs

from . import __version__
from ._api import load_edition
from ._cli_inputs import (
    STDIN,
    Collected,
    Input,
    UsageError,
    absolute,
    check_stdin_alone,
    collect_inputs,
    read_list,
)
from ._cli_output import OutputError, Sink, choose_format, out_is_file
from ._cli_progress import Tally
from ._cli_render import FORMATS, escape, format_text, render
from ._cli_sinks import open_sink
from ._cli_view import add_commands
from ._corpus import CorpusResult, FailedPage, ParsedPage, available_cpus, iter_editions
from ._input import printable
from .errors import BanmianError
from .profile import registered_profiles

__all__ = ["format_text", "main"]

EXIT_OK: Final = 0
EXIT_SOME_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_OUTPUT: Final = 3
EXIT_BUG: Final = 70  # EX_SOFTWARE of sysexits.h
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT, what a shell reports for Ctrl-C
EXIT_CLOSED_PIPE: Final = 141  # 128 + SIGPIPE, what a shell reports for `... | head`
_STDIN_SOURCE: Final = "<stdin>"

_DESCRIPTION: Final = """\
Turn the raw text dump of a Chinese newspaper page into clean articles:
headline, byline, dateline and paragraphs, with page furniture and
repetitions removed and every piece traced to its source lines."""

_EPILOG: Final = """\
examples:
  banmian parse seeds/000_b8a3ab7b253d933e.txt
  banmian parse --format text seeds/*.txt | less
  banmian parse --out parsed/ archive/            (every *.txt under archive/)
  banmian parse --jobs 0 --out corpus.jsonl --files-from list.txt
  find archive -name '*.txt' | xargs banmian parse --append --out corpus.jsonl
  cat page.txt | banmian parse --format text -

output: --out PATH is one file when PATH ends in .json, .jsonl or .txt (the
format follows the suffix), else a folder; a folder gets one file per page,
named by the page's path relative to the folder the inputs share.  Inputs
are never written over; existing output is refused unless --force.

exit status:
  0    every page parsed and written
  1    some inputs could not be read or parsed (the others were written)
  2    usage error: bad options, or output that would replace an input or an
       existing file without --force (nothing was parsed)
  3    an output could not be written (full disk, no permission); the run
       stopped, files written before stay whole
  70   a bug in banmian (please report it)
  130  interrupted (Ctrl-C); files written before stay whole
  141  standard output was closed (... | head); nothing is printed"""


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
        description="Parse each page (UTF-8, GB18030, Big5 or UTF-16 text) into articles.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(parse)
    _add_output_options(parse)
    _add_run_options(parse)
    add_commands(commands)
    return parser


def _add_input_options(parse: argparse.ArgumentParser) -> None:
    parse.add_argument(
        "files",
        nargs="*",
        metavar="FILE|DIR|-",
        help="a page; a folder (every file under it that matches --glob); - for one page on stdin",
    )
    parse.add_argument(
        "--files-from",
        metavar="LIST",
        help="also read the pages (or folders) listed in LIST, one per line (- for stdin)",
    )
    parse.add_argument(
        "--glob", default="*.txt", metavar="PATTERN", help="which files of a folder to read (default *.txt)"
    )
    parse.add_argument("--encoding", help="decode every file with this encoding instead of detecting it")
    parse.add_argument(
        "--profile",
        choices=tuple(profile.name for profile in registered_profiles()),
        help="the house style of every page (default: detected per page)",
    )


def _add_output_options(parse: argparse.ArgumentParser) -> None:
    parse.add_argument(
        "--format",
        choices=FORMATS,
        help="json: one JSON document per page (default); jsonl: one line per page; "
        "text: each page's file, headline, byline, dateline, paragraphs and warnings, for reading",
    )
    parse.add_argument(
        "--out",
        metavar="DIR|FILE",
        help="write to a folder (one file per page, mirroring the inputs' paths) or to one "
        "file ending in .json (one page), .jsonl or .txt, instead of to stdout",
    )
    parse.add_argument("--force", action="store_true", help="replace existing output files")
    parse.add_argument(
        "--append", action="store_true", help="add to the --out file (.jsonl or .txt) instead of refusing it"
    )


def _add_run_options(parse: argparse.ArgumentParser) -> None:
    parse.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse with N processes (0: one per CPU; never more than CPUs or pages); "
        "output stays in input order (default 1)",
    )
    parse.add_argument(
        "--summary",
        action="store_true",
        help="print pages, articles, warnings by kind, errors and pages/s on stderr at the end "
        "(always done when stderr is a terminal)",
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    """Run the command line; return the exit status."""
    out = stdout if stdout is not None else _utf8(sys.stdout, errors="strict")
    err = stderr if stderr is not None else _utf8(sys.stderr, errors="backslashreplace")
    args = _parser().parse_args(argv)
    try:
        if args.command != "parse":  # show, score: see _cli_view.py
            return int(args.run(args, out, err))
        return _parse_command(args, out, err, stdin if stdin is not None else sys.stdin.buffer)
    except UsageError as exc:
        return _say(err, str(exc), EXIT_USAGE)
    except OutputError as exc:
        return _say(err, str(exc), EXIT_OUTPUT)
    except BrokenPipeError:  # `banmian parse ... | head`: the reader has all it wanted
        if stdout is None:
            _silence_stdout()
        return EXIT_CLOSED_PIPE
    except KeyboardInterrupt:
        return _say(err, "interrupted", EXIT_INTERRUPTED)
    except BanmianError as exc:
        return _say(err, str(exc), EXIT_SOME_FAILED)
    except Exception as exc:
        if os.environ.get("BANMIAN_TRACEBACK"):
            raise
        message = f"internal error ({type(exc).__name__}: {exc}); please report it"
        return _say(err, message, EXIT_BUG)


def _utf8(stream: TextIO, *, errors: str) -> TextIO:
    """The real stdout or stderr, set to UTF-8 (JSON is UTF-8 whatever the locale)."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors=errors)
    return stream


def _say(stderr: TextIO, message: str, status: int) -> int:
    with contextlib.suppress(OSError):
        print(f"banmian: {escape(message)}", file=stderr, flush=True)
    return status


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit finds no closed pipe to complain of."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _parse_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: BinaryIO) -> int:
    _check_options(args)
    fmt = choose_format(args.format, args.out)
    collected = _collect(args, stdin)
    sink = open_sink(args.out, fmt, collected.inputs, force=args.force, append=args.append, stdout=stdout)
    interactive = stderr.isatty()
    to_screen = args.out is None and stdout.isatty()  # a progress line would break into the pages
    tally = Tally(
        len(collected.inputs) + len(collected.problems), stderr, progress=interactive and not to_screen
    )
    for problem in collected.problems:
        tally.count(None)
        tally.say(f"banmian: {escape(problem)}")
    status = _parse_all(args, collected.inputs, sink, tally, fmt=fmt, stdin=stdin)
    if status == EXIT_OK and (interactive or args.summary):
        tally.say(tally.summary())
    return status if status != EXIT_OK else (EXIT_SOME_FAILED if tally.errors else EXIT_OK)


def _check_options(args: argparse.Namespace) -> None:
    if args.jobs < 0:
        msg = f"--jobs must be 0 (one per CPU) or more, not {args.jobs}"
        raise UsageError(msg)
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except LookupError as exc:  # better said once than once per page
            msg = f"--encoding {args.encoding}: no such encoding"
            raise UsageError(msg) from exc


def _collect(args: argparse.Namespace, stdin: BinaryIO) -> Collected:
    if check_stdin_alone(args.files, args.files_from):
        return Collected(inputs=(Input(path=STDIN, base=""),), problems=())
    items = list(args.files)
    if args.files_from is not None:
        items.extend(read_list(args.files_from, stdin))
    if not items:
        msg = "no input: give FILE, DIR, - (a page on stdin) or --files-from LIST"
        raise UsageError(msg)
    skip = None if args.out is None or out_is_file(args.out) else absolute(args.out)
    return collect_inputs(items, pattern=args.glob, skip=skip)


def _parse_all(
    args: argparse.Namespace, inputs: Sequence[Input], sink: Sink, tally: Tally, *, fmt: str, stdin: BinaryIO
) -> int:
    """Parse and write every page; an interruption or an output error stops the run with one line."""
    try:
        with contextlib.closing(_results(args, inputs, stdin)) as results:
            for item, result in zip(inputs, results, strict=True):
                tally.count(result.edition)
                source = _source_name(item.path)
                if result.edition is None:
                    tally.say(f"banmian: {escape(_error_line(source, result.error))}")
                    continue
                sink.write(item, render(attrs.evolve(result.edition, source=source), fmt))
        sink.finish()
    except KeyboardInterrupt:
        return _stop(tally, sink, f"interrupted after {tally.done} of {tally.total} files", EXIT_INTERRUPTED)
    except OutputError as exc:
        return _stop(tally, sink, str(exc), EXIT_OUTPUT)
    except BaseException:
        sink.abort()
        raise
    return EXIT_OK


def _stop(tally: Tally, sink: Sink, message: str, status: int) -> int:
    note = sink.abort()
    tally.say(f"banmian: {escape(message if note is None else f'{message}; {note}')}")
    return status


def _source_name(path: str) -> str:
    """The page's path as given, as valid text (the JSON's ``source``); ``<stdin>`` for ``-``."""
    return _STDIN_SOURCE if path == STDIN else printable(path)


def _error_line(source: str, error: str | None) -> str:
    error = error or "cannot be read"
    return error if source in error else f"{source}: {error}"


def _results(
    args: argparse.Namespace, inputs: Sequence[Input], stdin: BinaryIO
) -> Generator[CorpusResult, None, None]:
    """One result per input, in input order; a page on stdin is read here, files by iter_editions."""
    if len(inputs) == 1 and inputs[0].path == STDIN:
        yield _read_stdin(args, stdin)
        return
    jobs = max(1, min(args.jobs or available_cpus(), available_cpus(), len(inputs)))
    paths = (item.path for item in inputs)
    # Closing this generator closes iter_editions' too: its worker processes end.
    yield from iter_editions(paths, workers=jobs, encoding=args.encoding, profile=args.profile)


def _read_stdin(args: argparse.Namespace, stdin: BinaryIO) -> CorpusResult:
    try:
        edition = load_edition(stdin, encoding=args.encoding, profile=args.profile)
    except BanmianError as exc:
        return FailedPage(path=_STDIN_SOURCE, error=str(exc))
    return ParsedPage(path=_STDIN_SOURCE, edition=edition)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
