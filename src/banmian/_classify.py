"""Line -> kind, through one ordered rule table (first match wins).

Rules see the whole tuple of lines and an index, because some conventions
are about neighbours: a vertical title is a run of one-character lines, a
caption marker followed by a hard break is a subhead, a title-shaped line
followed by text that cannot start a paragraph is a fragment of that text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from ._byline import allows_bare_names, parse_byline, split_inline_byline
from ._caption import CAPTION_LEAD_RE, CAPTION_MAX_CHARS, split_credit
from ._lexicon import (
    BYLINE_MAX_CHARS,
    CLOSING_CREDIT_RE,
    END_MARK_RE,
    FOLIO_MAX_CHARS,
    FOLIO_PART_RE,
    FOLIO_PROSE_RE,
    JUMP_RE,
    LAYOUT_GAP,
    PINYIN_HEADER_RE,
    SUBHEAD_MAX_CHARS,
    TITLE_MAX_CHARS,
    VERTICAL_MAX_CHARS,
)
from ._records import Classified, Kind, Line
from ._rules import Rules, rules_for
from ._text import has_han, is_terminated, is_title_like, starts_as_continuation


@attrs.frozen
class _Context:
    """What every rule sees: all the lines and the profile's compiled patterns."""

    lines: tuple[Line, ...]
    rules: Rules


_Rule = Callable[[_Context, int], bool]

# End marks and jump lines are a few characters in brackets.
_MARK_MAX_CHARS: Final = 12
# A credit line is an org, a role and up to three names before 摄.
_CREDIT_LINE_MAX: Final = 40
# A closing credit (据新华社) is a few characters, never a sentence.
_CLOSING_CREDIT_MAX: Final = 16
# Marks that end a sentence but may also end a kicker (：) or a headline (？！).
_TITLE_FINAL_MARKS: Final = "：:？！?!"
# A marked line this short with a hard break after it is a subhead (■标题).
_MARKED_SUBHEAD_MAX: Final = 30


def _continues(ctx: _Context, i: int) -> bool:
    return ctx.lines[i].continues


def _is_empty(ctx: _Context, i: int) -> bool:
    return not ctx.lines[i].text


def _is_short_han(line: Line) -> bool:
    return 0 < len(line.text) <= VERTICAL_MAX_CHARS and has_han(line.text) and not line.heading


def _is_vertical(ctx: _Context, i: int) -> bool:
    """One of a run of 1–2 character lines: a vertically set column title."""
    if not _is_short_han(ctx.lines[i]):
        return False
    before = i > 0 and ctx.lines[i].gap_before == 0 and _is_short_han(ctx.lines[i - 1])
    after = i + 1 < len(ctx.lines) and ctx.lines[i + 1].gap_before == 0 and _is_short_han(ctx.lines[i + 1])
    return before or after


def _is_pinyin(ctx: _Context, i: int) -> bool:
    return bool(PINYIN_HEADER_RE.match(ctx.lines[i].text))


def _is_folio(ctx: _Context, i: int) -> bool:
    text = ctx.lines[i].text
    if len(text) > FOLIO_MAX_CHARS or FOLIO_PROSE_RE.search(text):
        return False
    return FOLIO_PART_RE.search(text) is not None


def _is_end_mark(ctx: _Context, i: int) -> bool:
    return bool(END_MARK_RE.match(ctx.lines[i].text))


def _is_jump(ctx: _Context, i: int) -> bool:
    return bool(JUMP_RE.match(ctx.lines[i].text))


def _is_byline(ctx: _Context, i: int) -> bool:
    line = ctx.lines[i]
    if line.heading:
        return False
    bare = allows_bare_names(line.text, line.marker, ctx.rules)
    return parse_byline(line.text, bare_names=bare, rules=ctx.rules) is not None


def _is_credit(ctx: _Context, i: int) -> bool:
    return bool(ctx.rules.credit_line_re.match(ctx.lines[i].text))


def _is_closing_credit(ctx: _Context, i: int) -> bool:
    text = ctx.lines[i].text
    return len(text) <= _CLOSING_CREDIT_MAX and bool(CLOSING_CREDIT_RE.match(text))


def _next_is_credit(ctx: _Context, i: int) -> bool:
    return i + 1 < len(ctx.lines) and ctx.lines[i + 1].gap_before == 0 and _is_credit(ctx, i + 1)


def _is_marked_subhead(ctx: _Context, i: int) -> bool:
    """■标题 with a hard break, the text of the item on the next line."""
    line = ctx.lines[i]
    return (
        line.marker in ctx.rules.profile.caption_markers
        and line.hard_break
        and len(line.text) <= _MARKED_SUBHEAD_MAX
        and not is_terminated(line.text)
        and i + 1 < len(ctx.lines)
        and ctx.lines[i + 1].gap_before == 0
        and not _next_is_credit(ctx, i)
    )


def _is_caption(ctx: _Context, i: int) -> bool:
    """■… set apart by a layout gap or credited (on its line, the next line, or
    at the end of the next line it runs on to); or any line ending in ``XX摄``."""
    line = ctx.lines[i]
    if split_credit(line.text, ctx.rules)[1] is not None:
        return True
    if CAPTION_LEAD_RE.match(line.text) and len(line.text) <= CAPTION_MAX_CHARS:
        return True
    if line.marker not in ctx.rules.profile.caption_markers:
        return False
    return (
        _next_is_credit(ctx, i)
        or _runs_on_to_credit(ctx, i)
        or line.gap_before >= LAYOUT_GAP
        # ■ before a phrase that ends without a stop and without a hard break
        # (which would make it a subhead over its text): a caption, uncredited.
        or (not line.hard_break and not is_terminated(line.text))
    )


def _runs_on_to_credit(ctx: _Context, i: int) -> bool:
    """A caption wrapped over two lines: unterminated, and the next line ends in a credit."""
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap_before or is_terminated(ctx.lines[i].text):
        return False
    following = ctx.lines[i + 1]
    return not following.marker and split_credit(following.text, ctx.rules)[1] is not None


def _is_bullet(ctx: _Context, i: int) -> bool:
    return ctx.lines[i].bullet


def _is_headline_or_byline(ctx: _Context, i: int) -> bool:
    return 0 <= i < len(ctx.lines) and (is_title_like(ctx.lines[i].text) or _is_byline(ctx, i))


def _is_title(ctx: _Context, i: int) -> bool:
    line = ctx.lines[i]
    if line.heading:
        return True
    text = line.text
    if text and text[-1] in _TITLE_FINAL_MARKS and len(text) <= SUBHEAD_MAX_CHARS:
        # A kicker may end in a colon (省运会倒计时100天：) and a headline in a
        # question or exclamation mark; such a line is a title only inside a
        # title block: next to another title line or a byline.
        return is_title_like(text[:-1]) and (
            line.emphasis  # set in bold on a line of its own, as headings are
            or _is_headline_or_byline(ctx, i + 1)
            or (text[-1] not in "：:" and _is_byline(ctx, i - 1))
        )
    if not is_title_like(text):
        return split_inline_byline(text, ctx.rules) is not None  # 标题 本报记者 王凯
    following = ctx.lines[i + 1] if i + 1 < len(ctx.lines) else None
    if following is not None and following.continues:  # the first line of a wrapped paragraph
        return False
    # A title-shaped line whose next line cannot start a paragraph is the
    # first piece of that paragraph, cut by a column break.
    return following is None or not starts_as_continuation(following.text)


def _always(ctx: _Context, i: int) -> bool:
    return True


# (kind, rule, the longest text the rule can match or None): most lines are
# long paragraphs, and the length bound skips the rules that cannot match them.
_LINE_RULES: Final[tuple[tuple[Kind, _Rule, int | None], ...]] = (
    (Kind.EMPTY, _is_empty, 0),  # markup residue or invisible characters only
    (Kind.CONTINUATION, _continues, None),  # the next line of a hard-wrapped paragraph
    (Kind.VERTICAL, _is_vertical, VERTICAL_MAX_CHARS),  # runs of 1–2 character lines
    (Kind.PINYIN, _is_pinyin, None),  # YAO WEN under a section name
    (Kind.FOLIO, _is_folio, FOLIO_MAX_CHARS),  # 第3版, dates, 责任编辑
    (Kind.END_MARK, _is_end_mark, _MARK_MAX_CHARS),  # （完）
    (Kind.JUMP, _is_jump, _MARK_MAX_CHARS),  # （下转A06版）
    (Kind.BYLINE, _is_byline, BYLINE_MAX_CHARS),  # □…, 本报记者 …, 记者 … 报道
    (Kind.CREDIT, _is_credit, _CREDIT_LINE_MAX),  # 董梅雪 摄 on a line of its own
    (Kind.CLOSING_CREDIT, _is_closing_credit, _CLOSING_CREDIT_MAX),  # 据新华社
    (Kind.SUBHEAD, _is_marked_subhead, _MARKED_SUBHEAD_MAX),  # ■小标题 + hard break
    (Kind.CAPTION, _is_caption, None),  # ■… or a trailing XX摄 credit
    (Kind.BULLET, _is_bullet, None),  # - item
    (Kind.TITLE, _is_title, TITLE_MAX_CHARS),  # short and unterminated (a longer # heading is text)
    (Kind.TEXT, _always, None),
)


def classify(lines: tuple[Line, ...], rules: Rules | None = None) -> tuple[Classified, ...]:
    """Give every line its kind, by the first rule of ``_LINE_RULES`` that matches."""
    ctx = _Context(lines, rules or rules_for())
    return tuple(
        Classified(
            line,
            next(
                kind
                for kind, rule, longest in _LINE_RULES
                if (longest is None or len(line.text) <= longest) and rule(ctx, index)
            ),
        )
        for index, line in enumerate(lines)
    )
