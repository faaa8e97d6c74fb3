"""House style per line (contract §3); idempotent; never adds or removes a line.

``normalize_text`` is the character-level house style (Unicode NFC, invisible
characters, whitespace, GB/T 15834 punctuation next to Chinese).
``normalize_lines`` also takes the markdown residue of converters off each
line, keeping what it said (heading level, bullet, hard break) as hints on
the `Line` record rather than as text.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from typing import Final

import regex

from ._patterns import (
    CONTROL_RE,
    HALF_RUN_RE,
    HAN_RE,
    LATIN_LETTER_RE,
    MD_BULLET_RE,
    MD_EMPHASIS_RE,
    MD_HEADING_RE,
    MD_ONLY_MARKUP_RE,
    MD_QUOTE_RE,
    MD_TABLE_CELL_SEP_RE,
    MD_TABLE_ROW_RE,
    SURROGATE_RE,
    WHITESPACE_RUN_RE,
    ZERO_WIDTH_RE,
    ZH_RE,
)
from ._records import Line
from .profile import MAINLAND, Profile

# Characters that count as "Chinese" for the punctuation rules: Han ideographs
# and the full-width punctuation printed among them.
_HALF_MARKS: Final = ",:;?!"
_TO_FULL: Final = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})
# A line can start as markup only with one of these (MD_ONLY_MARKUP_RE).
_MARKUP_STARTS: Final = "-*_=#`>|:!"
# First characters the markdown steps look at: markup, quotes, tables,
# headings and bullets (``+ `` too).
_MARKDOWN_STARTS: Final = frozenset(_MARKUP_STARTS + "+")
# What a step can rewrite anywhere in a printable line (besides a run of
# spaces): half-width punctuation, parentheses and straight quotes (§3.4),
# emphasis marks, a backslash hard break.  As UTF-8 bytes, so that one
# ``bytes.translate`` finds them without a regex (an ASCII byte never stands
# inside the encoding of another character).
_REWRITTEN_BYTES: Final = b"(\"',:;?!\\*_"
# Spaces (or NBSPs) at the end of a markdown line: a hard break.
_HARD_BREAK_SPACES: Final = 2
# Lines tested at once for anything a step rewrites (`normalize_lines`): a
# run with nothing is one test, a run with something is tested line by line.
_RUN: Final = 128
# Brackets or quotes further apart than this do not enclose one phrase.
_MAX_SPAN: Final = 200


def clean_characters(text: str) -> str:
    """Remove invisible characters, apply NFC and fold whitespace (contract §3.2).

    >>> clean_characters("\\u200b本报\\u3000讯\\u00a0 ")
    '本报 讯'
    """
    if not text.isprintable():
        # Surrogates, zero-width and control characters, NBSP and the
        # ideographic space are all non-printable: printable text skips this.
        text = SURROGATE_RE.sub("", text)
        text = ZERO_WIDTH_RE.sub("", text)
        text = CONTROL_RE.sub("", text)
        text = WHITESPACE_RUN_RE.sub(" ", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = WHITESPACE_RUN_RE.sub(" ", text)
    return text.strip()


def _paren_pairs(text: str) -> list[tuple[int, int]]:
    """Matching ``(`` ``)`` pairs, innermost first (a stack; unmatched ones are left)."""
    stack: list[int] = []
    pairs = []
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            pairs.append((stack.pop(), index))
    return pairs


def _quote_pairs(text: str, quote: str) -> list[tuple[int, int]]:
    """Straight quotes paired in order of appearance; an apostrophe (Xi'an) is no quote."""
    positions = [
        index
        for index, char in enumerate(text)
        if char == quote
        and not (
            quote == "'"
            and 0 < index < len(text) - 1
            and LATIN_LETTER_RE.match(text[index - 1])
            and LATIN_LETTER_RE.match(text[index + 1])
        )
    ]
    return list(zip(positions[0::2], positions[1::2], strict=False))


def _convert_pairs(text: str, pairs: list[tuple[int, int]], marks: tuple[str, str]) -> str:
    """Replace each pair that encloses Chinese within _MAX_SPAN characters.

    All pairs are decided on the same text, so nested pairs convert together
    and a second pass finds the same pairs again: the rule is idempotent.
    """
    chars = list(text)
    for start, end in pairs:
        if end - start - 1 <= _MAX_SPAN and HAN_RE.search(text, start + 1, end):
            chars[start], chars[end] = marks
    return "".join(chars)


def fullwidth_punctuation(text: str, profile: Profile = MAINLAND) -> str:
    """Apply the GB/T 15834 punctuation of mainland house style (contract §3.4).

    Half-width ``, : ; ? !`` next to Chinese become full width; parentheses
    and straight quotes around Chinese become ``（ ）`` and the profile's
    quotes (curly “” in mainland style, 「」 in traditional style).  ASCII
    inside Latin text and numbers stays.

    >>> fullwidth_punctuation("记者:王凯")
    '记者：王凯'
    >>> fullwidth_punctuation("比分1:2, SPECT/CT")
    '比分1:2, SPECT/CT'
    >>> fullwidth_punctuation('港口集团(济南)公司,"一站式"')
    '港口集团（济南）公司，“一站式”'
    """
    if "(" in text:
        text = _convert_pairs(text, _paren_pairs(text), ("（", "）"))
    if '"' in text:
        text = _convert_pairs(text, _quote_pairs(text, '"'), profile.quotes)
    if "'" in text:
        text = _convert_pairs(text, _quote_pairs(text, "'"), profile.inner_quotes)
    if any(mark in text for mark in _HALF_MARKS):
        text = HALF_RUN_RE.sub(_full_width, text)
    return text


def _full_width(match: regex.Match[str]) -> str:
    text, (start, end) = match.string, match.span()
    if (start and ZH_RE.match(text, start - 1)) or ZH_RE.match(text, end):
        return match.group(0).translate(_TO_FULL)
    return match.group(0)


def normalize_text(text: str, profile: Profile = MAINLAND) -> str:
    """The character-level house style: clean characters, then punctuation.

    Idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.

    >>> normalize_text(" 市南区:推进\\u3000老城更新 ")
    '市南区：推进 老城更新'
    """
    return fullwidth_punctuation(clean_characters(text), profile).strip()


def _strip_markdown(text: str) -> tuple[str, int, bool]:
    """Take heading marks, bullets and emphasis off a cleaned line."""
    heading = 0
    bullet = False
    if text.startswith(">"):
        text = MD_QUOTE_RE.sub("", text)
    if text.startswith("|") and MD_TABLE_ROW_RE.match(text):  # a table row: its cells, one list item a row
        return " ".join(cell for cell in MD_TABLE_CELL_SEP_RE.split(text) if cell), 0, True
    if text.startswith("#"):
        match = MD_HEADING_RE.match(text)
        if match:
            heading = len(match.group(1))
            text = text[match.end() :]
    elif text[:1] in ("-", "*", "+") and MD_BULLET_RE.match(text):
        bullet = True
        text = MD_BULLET_RE.sub("", text, count=1)
    if "**" in text or "__" in text:
        text = MD_EMPHASIS_RE.sub("", text)
    return text.strip(), heading, bullet


def _strip_marker(text: str, markers: frozenset[str]) -> tuple[str, str]:
    if text and text[0] in markers:
        return text[1:].lstrip(), text[0]
    return text, ""


def _ends_in_hard_break(raw: str) -> bool:
    """A markdown hard break: two trailing spaces (or NBSPs) or a backslash.

    Tested by stripping, not by a regex anchored at the end, which would
    rescan a long run of spaces from each of its positions.

    >>> _ends_in_hard_break("第一行  "), _ends_in_hard_break("第一行 ")
    (True, False)
    """
    return raw.endswith("\\") or len(raw) - len(raw.rstrip(" \u00a0")) >= _HARD_BREAK_SPACES


def normalize_line(number: int, raw: str, *, gap_before: int = 0, profile: Profile = MAINLAND) -> Line:
    """Normalize one raw line into a `Line` (text plus markdown hints).

    Most lines of a page hold nothing any step would rewrite; their text is
    the line stripped (`is_plain_line`), and the steps are skipped.
    """
    text = raw.strip()
    if is_plain_line(raw, text, _line_starts(profile)):
        return Line(number=number, raw=raw, text=text, gap_before=gap_before)
    return normalize_line_fully(number, raw, gap_before=gap_before, profile=profile)


def _line_starts(profile: Profile) -> frozenset[str]:
    """First characters that make a step look at a line: markdown and the layout markers."""
    return _MARKDOWN_STARTS | profile.byline_markers | profile.caption_markers


def is_plain_line(raw: str, stripped: str, starts: frozenset[str]) -> bool:
    """True when no step of `normalize_line_fully` changes ``raw`` but the strip.

    Printable text has no invisible, control or non-ASCII space character
    (`clean_characters` skips it); its first character is none of
    ``starts`` (markdown, layout markers); and it holds nothing else that a
    step rewrites (`rewrites_nothing`).

    >>> starts = _line_starts(MAINLAND)
    >>> is_plain_line(" 本报讯 今天天气很好。", "本报讯 今天天气很好。", starts)
    True
    >>> is_plain_line("记者:王凯", "记者:王凯", starts), is_plain_line("■图为", "■图为", starts)
    (False, False)
    """
    return bool(stripped) and raw.isprintable() and stripped[0] not in starts and rewrites_nothing(raw)


def rewrites_nothing(text: str) -> bool:
    """True when ``text`` holds nothing a step rewrites wherever it stands:
    none of `_REWRITTEN_BYTES`, no run of spaces, nothing NFC changes (a
    line's first character, which markdown steps look at, is tested apart).

    Holds for several lines joined by newlines exactly when it holds for each:
    none of the tests reaches across a newline (NFC composes nothing with it).

    >>> rewrites_nothing("本报讯 今天天气很好。\\n第二行"), rewrites_nothing("比分1:2")
    (True, False)
    """
    if "  " in text:
        return False
    # A lone surrogate (a line that is not printable, tested on its own
    # anyway) encodes to bytes none of which is one of _REWRITTEN_BYTES.
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded.translate(None, _REWRITTEN_BYTES)) == len(encoded) and unicodedata.is_normalized(
        "NFC", text
    )


def normalize_line_fully(number: int, raw: str, *, gap_before: int = 0, profile: Profile = MAINLAND) -> Line:
    """`normalize_line` through every step (its result for any line)."""
    hard_break = _ends_in_hard_break(raw) and bool(raw.strip())
    cleaned = clean_characters(raw)
    # a rule (---), a lone # or ** : no text at all
    if cleaned and cleaned[0] in _MARKUP_STARTS and MD_ONLY_MARKUP_RE.match(cleaned):
        return Line(number=number, raw=raw, text="", gap_before=gap_before)
    emphasis = len(cleaned) > 4 and cleaned[:2] in ("**", "__") and cleaned[-2:] == cleaned[:2]  # noqa: PLR2004
    text, heading, bullet = _strip_markdown(cleaned)
    text, marker = _strip_marker(text, profile.byline_markers | profile.caption_markers)
    return Line(
        number=number,
        raw=raw,
        text=normalize_text(text, profile),
        heading=heading,
        bullet=bullet,
        marker=marker,
        hard_break=hard_break,
        gap_before=gap_before,
        emphasis=emphasis,
    )


def normalize_lines(lines: Iterable[tuple[int, str]], profile: Profile = MAINLAND) -> tuple[Line, ...]:
    """Normalize every non-blank raw line; blank lines become ``gap_before`` counts.

    A line is blank when it holds only whitespace (including NBSP and the
    ideographic space).  Lines that hold something else but normalize to
    nothing (markup, invisible characters) are kept with empty text, so the
    caller can account for them.
    """
    out: list[Line] = []
    gap = 0
    starts = _line_starts(profile)
    numbered = iter(lines)
    while run := list(itertools.islice(numbered, _RUN)):
        # normalize_line's shortcut, the run's lines tested at once
        clean = rewrites_nothing("\n".join([raw for _, raw in run]))
        for number, raw in run:
            text = raw.strip()
            if not text:
                gap += 1
                continue
            if raw.isprintable() and text[0] not in starts and (clean or rewrites_nothing(raw)):
                # tuple.__new__ itself: a named tuple's own __new__ is a Python
                # function, twice the cost, and a page makes a record per line
                out.append(tuple.__new__(Line, (number, raw, text, 0, False, "", False, gap, False)))
            else:
                out.append(normalize_line_fully(number, raw, gap_before=gap, profile=profile))
            gap = 0
    return tuple(out)
