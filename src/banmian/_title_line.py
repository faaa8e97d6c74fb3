"""The ``title`` row of the line table: is a line set as a title?

A title is short and unterminated and shaped like one; a line of headline
shape that reads as prose (a quotation left open, reported speech, a lead
clause that says when or where the news comes from, an interview's
question) is a title only where its neighbours say so: right over a byline
or over a paragraph that opens with a dateline.
"""

from __future__ import annotations

from ._lexicon import (
    HEADLINE_BY_FOLLOWER_MAX,
    LAYOUT_GAP,
    NON_FINAL_IN_TITLE,
    SUBHEAD_MAX_CHARS,
    TITLE_FINAL_MARKS,
)
from ._patterns import ANSWER_RE, BOLD_LEAD_IN_RE, QUESTION_RE, SALUTATION_RE, TIME_LEAD_RE
from ._recognize.reader import PageReader
from ._text import is_note, is_title_like, reads_as_prose, starts_as_continuation


def _is_headline_or_byline(ctx: PageReader, i: int) -> bool:
    return 0 <= i < len(ctx.lines) and (is_title_like(ctx.lines[i].text) or ctx.byline(i) is not None)


def is_title_line(ctx: PageReader, i: int) -> bool:
    """The ``title`` row of the line table: a line set as a title (see docs/structure.md)."""
    line = ctx.lines[i]
    if line.heading:
        return True
    text = line.text
    if " " in text and (ctx.rules.is_column_name(text) or ctx.rules.is_page_name(text)):
        # A column's or a section's name letterspaced (简　讯): set as a
        # title, its characters apart; the title tables take it for furniture.
        return True
    if _in_interview(ctx, i) or BOLD_LEAD_IN_RE.match(line.raw) or SALUTATION_RE.match(text):
        # An interview's question or answer, a paragraph that opens with its
        # lead-in in bold (**铁路部门提醒**，…), a letter's salutation
        # (编辑同志：): prose, however short.
        return False
    if text and text[-1] in TITLE_FINAL_MARKS and len(text) <= SUBHEAD_MAX_CHARS:
        # A kicker may end in a colon (省运会倒计时100天：) and a headline in a
        # question or exclamation mark; such a line is a title only inside a
        # title block: next to another title line or a byline.
        return is_title_like(text[:-1]) and (
            line.emphasis  # set in bold on a line of its own, as headings are
            or _is_headline_or_byline(ctx, i + 1)
            or (text[-1] not in "：:" and i > 0 and ctx.byline(i - 1) is not None)
        )
    if not is_title_like(text) or ctx.rules.lead_clause_re.match(text) or TIME_LEAD_RE.match(text):
        # 标题 本报记者 王凯; or a headline whose shape alone does not say so
        # (an inner ？, a short lead clause, a paragraph opener before a comma
        # as in 据了解，…, four parts), over its byline or over a paragraph
        # that opens with a dateline.
        return ctx.inline(i) is not None or _headline_by_what_follows(ctx, i)
    if is_note(text) or reads_as_prose(text) or ctx.opening(i) is not None:
        # A line wholly in parentheses (（作者单位：…）) is a note, and a line
        # that opens with a dateline or a bracket byline is the first
        # paragraph, however short a column break left it.
        return False
    if i + 1 in ctx.continuing:  # the first line of a wrapped paragraph
        return False
    following = ctx.lines[i + 1] if i + 1 < len(ctx.lines) else None
    # A title-shaped line whose next line cannot start a paragraph is the
    # first piece of that paragraph, cut by a column break.
    return following is None or not starts_as_continuation(following.text)


def _in_interview(ctx: PageReader, i: int) -> bool:
    """A question of an interview (记者：…？), or the answer under one (刘芳：…)."""
    text = ctx.lines[i].text
    return bool(QUESTION_RE.match(text)) or (
        i > 0 and ANSWER_RE.match(text) is not None and QUESTION_RE.match(ctx.lines[i - 1].text) is not None
    )


def _headline_by_what_follows(ctx: PageReader, i: int) -> bool:
    """A headline-length line with no full stop, not ending open, set right
    over a byline or over a paragraph that opens with a dateline."""
    text = ctx.lines[i].text
    if len(text) > HEADLINE_BY_FOLLOWER_MAX or "。" in text or text[-1] in NON_FINAL_IN_TITLE:
        return False
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap_before >= LAYOUT_GAP:
        return False
    return ctx.byline(i + 1) is not None or ctx.opening(i + 1) is not None
