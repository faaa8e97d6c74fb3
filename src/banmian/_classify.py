"""Line -> kind, through one ordered rule table (first match wins).

Rules see the whole tuple of lines and an index, because some conventions
are about neighbours: a vertical title is a run of one-character lines, a
caption marker followed by a hard break is a subhead, a title-shaped line
followed by text that cannot start a paragraph is a fragment of that text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ._byline import parse_byline
from ._caption import split_credit
from ._lexicon import (
    BYLINE_MARKERS,
    CAPTION_MARKERS,
    CLOSING_CREDIT_RE,
    CREDIT_LINE_RE,
    FOLIO_RE,
    LAYOUT_GAP,
    PINYIN_HEADER_RE,
    VERTICAL_MAX_CHARS,
)
from ._records import Classified, Kind, Line
from ._text import has_han, is_terminated, is_title_like, starts_as_continuation

_Rule = Callable[[tuple[Line, ...], int], bool]

# A closing credit (据新华社) is a few characters, never a sentence.
_CLOSING_CREDIT_MAX: Final = 16
# A marked line this short with a hard break after it is a subhead (■标题).
_MARKED_SUBHEAD_MAX: Final = 30


def _is_empty(lines: tuple[Line, ...], i: int) -> bool:
    return not lines[i].text


def _is_short_han(line: Line) -> bool:
    return 0 < len(line.text) <= VERTICAL_MAX_CHARS and has_han(line.text) and not line.heading


def _is_vertical(lines: tuple[Line, ...], i: int) -> bool:
    """One of a run of 1–2 character lines: a vertically set column title."""
    if not _is_short_han(lines[i]):
        return False
    before = i > 0 and lines[i].gap_before == 0 and _is_short_han(lines[i - 1])
    after = i + 1 < len(lines) and lines[i + 1].gap_before == 0 and _is_short_han(lines[i + 1])
    return before or after


def _is_pinyin(lines: tuple[Line, ...], i: int) -> bool:
    return bool(PINYIN_HEADER_RE.match(lines[i].text))


def _is_folio(lines: tuple[Line, ...], i: int) -> bool:
    return bool(FOLIO_RE.match(lines[i].text))


def _is_byline(lines: tuple[Line, ...], i: int) -> bool:
    line = lines[i]
    if line.heading:
        return False
    return parse_byline(line.text, bare_names=line.marker in BYLINE_MARKERS) is not None


def _is_credit(lines: tuple[Line, ...], i: int) -> bool:
    return bool(CREDIT_LINE_RE.match(lines[i].text))


def _is_closing_credit(lines: tuple[Line, ...], i: int) -> bool:
    text = lines[i].text
    return len(text) <= _CLOSING_CREDIT_MAX and bool(CLOSING_CREDIT_RE.match(text))


def _next_is_credit(lines: tuple[Line, ...], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].gap_before == 0 and _is_credit(lines, i + 1)


def _is_marked_subhead(lines: tuple[Line, ...], i: int) -> bool:
    """■标题 with a hard break, the text of the item on the next line."""
    line = lines[i]
    return (
        line.marker in CAPTION_MARKERS
        and line.hard_break
        and len(line.text) <= _MARKED_SUBHEAD_MAX
        and not is_terminated(line.text)
        and i + 1 < len(lines)
        and lines[i + 1].gap_before == 0
        and not _next_is_credit(lines, i)
    )


def _is_caption(lines: tuple[Line, ...], i: int) -> bool:
    """■… set apart by a layout gap or credited; or any line ending in ``XX摄``."""
    line = lines[i]
    if split_credit(line.text)[1] is not None:
        return True
    if line.marker not in CAPTION_MARKERS:
        return False
    return _next_is_credit(lines, i) or line.gap_before >= LAYOUT_GAP


def _is_bullet(lines: tuple[Line, ...], i: int) -> bool:
    return lines[i].bullet


def _is_title(lines: tuple[Line, ...], i: int) -> bool:
    line = lines[i]
    if line.heading:
        return True
    if not is_title_like(line.text):
        return False
    following = lines[i + 1] if i + 1 < len(lines) else None
    # A title-shaped line whose next line cannot start a paragraph is the
    # first piece of that paragraph, cut by a column break.
    return following is None or not starts_as_continuation(following.text)


def _always(lines: tuple[Line, ...], i: int) -> bool:
    return True


_LINE_RULES: Final[tuple[tuple[Kind, _Rule], ...]] = (
    (Kind.EMPTY, _is_empty),  # markup residue or invisible characters only
    (Kind.VERTICAL, _is_vertical),  # runs of 1–2 character lines
    (Kind.PINYIN, _is_pinyin),  # JING CAI LI CANG under a section name
    (Kind.FOLIO, _is_folio),  # 第3版, dates, 责任编辑
    (Kind.BYLINE, _is_byline),  # □…, 本报记者 …, 记者 … 报道
    (Kind.CREDIT, _is_credit),  # 董梅雪 摄 on a line of its own
    (Kind.CLOSING_CREDIT, _is_closing_credit),  # 据新华社
    (Kind.SUBHEAD, _is_marked_subhead),  # ■小标题 + hard break
    (Kind.CAPTION, _is_caption),  # ■… or a trailing XX摄 credit
    (Kind.BULLET, _is_bullet),  # - item
    (Kind.TITLE, _is_title),  # short and unterminated
    (Kind.TEXT, _always),
)


def classify(lines: tuple[Line, ...]) -> tuple[Classified, ...]:
    """Give every line its kind, by the first rule of ``_LINE_RULES`` that matches."""
    return tuple(
        Classified(line, next(kind for kind, rule in _LINE_RULES if rule(lines, index)))
        for index, line in enumerate(lines)
    )
