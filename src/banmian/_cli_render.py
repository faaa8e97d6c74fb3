"""What the command line prints: a page as JSON, JSON Lines or text, and names made safe for a terminal.

Rendering is pure: an `Edition` in, a ``str`` out.  ``escape``
is applied to everything the command line prints that it did not make itself
(file names, error messages that quote them), so a file name can never move
the cursor, change colours or forge a line of output.
"""

from __future__ import annotations

import re
from typing import Final

from ._patterns import UNSAFE_FOR_TERMINAL_RE
from .model import Article, Caption, Edition

__all__ = ["FORMATS", "escape", "format_text", "render"]

FORMATS: Final = ("json", "jsonl", "text")
_RULE: Final = "─" * 40

# os.fsdecode turns an undecodable byte 0xNN into the lone surrogate U+DCNN.
_ESCAPED_BYTES: Final = range(0xDC80, 0xDD00)
_LATIN1_END: Final = 0x100  # below it, two hex digits name the character


def escape(text: str) -> str:
    r"""``text`` with every character that could act on a terminal shown as an escape.

    >>> escape("page\x1b[2J.txt")
    'page\\x1b[2J.txt'
    >>> escape("a\nb\udcff.txt")
    'a\\nb\\xff.txt'
    >>> escape("青岛日报.txt")
    '青岛日报.txt'
    """
    return UNSAFE_FOR_TERMINAL_RE.sub(_escape_char, text)


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    named = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}.get(code)
    if named is not None:
        return named
    return f"\\x{code:02x}" if code < _LATIN1_END else f"\\u{code:04x}"


def render(edition: Edition, fmt: str) -> str:
    """One page in ``fmt`` (``json``, ``jsonl`` or ``text``), ending with a newline."""
    if fmt == "json":
        return edition.to_json(indent=2) + "\n"
    if fmt == "jsonl":
        return edition.to_json() + "\n"
    return format_text(edition)


def format_text(edition: Edition) -> str:
    """Render an edition for reading in a terminal.

    The first line names the page's file; the last counts what was parsed and
    set aside, and the warnings are listed just above it.
    """
    out: list[str] = []
    if edition.source is not None:
        encoding = f" ({edition.encoding})" if edition.encoding else ""
        out.append(f"文件 {escape(edition.source)}{encoding}")
    if edition.page_headers:
        out.append("版面 " + " / ".join(edition.page_headers))
    for number, article in enumerate(edition.articles, start=1):
        out.append(_RULE)
        out.extend(_article_text(number, article))
    for photo in edition.photos:
        out.append(_RULE)
        out.append(f"[图] {_caption_text(photo)}")
    out.append(_RULE)
    out.extend(
        f"! {warning.kind}{'' if warning.line is None else f' (line {warning.line})'}: {warning.message}"
        for warning in edition.warnings
    )
    out.append(part_counts(edition, ", "))
    return "\n".join(out) + "\n"


def _caption_text(caption: Caption) -> str:
    credit = f"（{caption.credit} 摄）" if caption.credit else ""
    return f"{caption.text}{credit}"


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
        out.append("")
        out.append(f"  [图] {_caption_text(caption)}")
    return out


def part_counts(edition: Edition, separator: str) -> str:
    """``5 articles, 0 photos, 1 artifact, ...``: how many of each part a reading has."""
    counts = (
        (len(edition.articles), "article"),
        (len(edition.photos), "photo"),
        (len(edition.artifacts), "artifact"),
        (len(edition.duplicates), "duplicate"),
        (len(edition.warnings), "warning"),
    )
    return separator.join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts)
