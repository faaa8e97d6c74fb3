"""Recognize a byline: text -> `Byline` (contract §4).

Handles an org printed before the role (``大众日报/大众新闻记者``), several
roles in a row (``记者 X 通讯员 Y Z``), names padded to the width of three
characters (``王 凯`` → ``王凯``), the trailing ``报道``, ``X/文 Y/图`` credits and
bare-name bylines.  Returns ``None`` for text that is not a byline, so the
same function is the byline test of the classifier, and what it read is
kept on the line (the segmenter never parses a byline line again).
"""

from __future__ import annotations

import attrs
import regex

from .._lexicon import BYLINE_MAX_CHARS, NOT_NAMES, PADDED_NAME_CHARS, SLASH_ROLES
from .._patterns import (
    AFFILIATION_RE,
    BYLINE_BRACKETS_RE,
    BYLINE_LEAD_RE,
    BYLINE_TAIL_RE,
    FILED_FROM_PLACE_RE,
    NAME_FULL_RE,
    NAME_SEPARATORS_RE,
    PADDED_NAMES_RE,
    PADDED_PAIR_RE,
    REPORTED_RE,
    SINGLE_HAN_RE,
    SPACES_RE,
    Rules,
)
from .._records import InlineByline
from .._text import is_title_like
from ..model import Author, Byline


def allows_bare_names(text: str, marker: str, rules: Rules) -> bool:
    """Whether a line may be a byline of names alone: a byline marker (□)
    says so, and so does the padding names get (李  静) -- unless the padded
    characters spell a column's, a section's or the paper's name, which
    are letterspaced too (简　讯, 要　闻)."""
    if marker in rules.profile.byline_markers:
        return True
    return bool(PADDED_NAMES_RE.match(text)) and not (rules.is_column_name(text) or rules.is_page_name(text))


def split_names(text: str) -> tuple[str, ...] | None:
    """Split a run of names; join single characters padded apart (``王 凯``).

    Returns ``None`` when a piece is not a plausible Han name.

    >>> split_names("陈建国  王  强")
    ('陈建国', '王强')
    >>> split_names("傅 军")
    ('傅军',)
    >>> split_names("这不是名字，真的")
    """
    tokens = [t for t in NAME_SEPARATORS_RE.split(text) if t]
    names: list[str] = []
    pending = ""
    for token in tokens:
        if SINGLE_HAN_RE.match(token):
            pending += token
            if len(pending) == PADDED_NAME_CHARS:
                names.append(pending)
                pending = ""
            continue
        if pending:
            return None
        names.append(token)
    if pending:
        return None
    if not names or not all(NAME_FULL_RE.match(n) for n in names):
        return None
    return tuple(names)


def _slash_credits(text: str, lines: tuple[int, ...], rules: Rules) -> Byline | None:
    """``X/文 Y/图`` (a role may stand before a name): who wrote, who photographed."""
    if "/" not in text and "／" not in text:
        return None
    matches = list(rules.slash_credit_re.finditer(text))
    if not matches or rules.slash_credit_re.sub("", text).strip():
        return None
    authors = tuple(
        Author(
            SPACES_RE.sub("", m.group("name")),
            rules.canonical_role(m.group("role")) if m.group("role") else SLASH_ROLES[m.group("what")],
        )
        for m in matches
    )
    text = " ".join(
        (f"{m.group('role')} " if m.group("role") else "")
        + SPACES_RE.sub("", m.group("name"))
        + "/"
        + m.group("what")
        for m in matches
    )
    return Byline(text=text, org=None, authors=authors, lines=lines)


def parse_byline(
    text: str, lines: tuple[int, ...] = (), *, bare_names: bool = False, rules: Rules
) -> Byline | None:
    """Parse a byline; ``None`` when the text is not one.

    ``bare_names`` allows a byline of names without a role (column and
    commentary bylines); the caller passes it when a byline marker (``□``)
    says the line is a byline.  ``rules`` are those of the page's profile
    (role words).

    >>> from banmian._patterns import rules_for
    >>> from banmian.profile import MAINLAND
    >>> rules = rules_for(MAINLAND)
    >>> b = parse_byline("大众日报/大众新闻记者 李 明 通讯员 赵 阳", rules=rules)
    >>> b.org, [(a.name, a.role) for a in b.authors]
    ('大众日报/大众新闻', [('李明', '记者'), ('赵阳', '通讯员')])
    >>> parse_byline("记者 杨国胜 报道", rules=rules).text
    '记者 杨国胜'
    >>> parse_byline("市交通局有关负责人介绍，新线", rules=rules) is None
    True
    """
    text = text.strip()
    if not text or len(text) > BYLINE_MAX_CHARS:
        return None
    if not (bare_names or _may_be_byline(text, rules)):
        return None
    byline = _read_byline(text, lines, bare_names=bare_names, rules=rules)
    if byline is None:
        return None
    # The byline as printed: only the marker, the padding inside two-character
    # names, the brackets and the trailing 报道 go (contract §3.5); labels, places
    # and affiliations stay in the text, though not among the authors.
    return attrs.evolve(byline, text=printed_byline(text))


def split_inline_byline(text: str, rules: Rules) -> InlineByline | None:
    """A headline with its byline set on the same line, after a space.

    The byline has no ``lines``: its line is the headline's (every line is
    accounted for once, by the title).

    >>> from banmian._patterns import rules_for
    >>> from banmian.profile import MAINLAND
    >>> found = split_inline_byline("青岛港吞吐量创新高 本报记者 王凯", rules_for(MAINLAND))
    >>> found.title, [(a.name, a.role) for a in found.byline.authors]
    ('青岛港吞吐量创新高', [('王凯', '记者')])
    """
    role = rules.role_re.search(text)
    if role is None or role.start() == 0 or not text[role.start() - 1].isspace():
        return None
    title = text[: role.start()].rstrip()
    byline = parse_byline(text[role.start() :], rules=rules)
    if byline is None or not byline.authors or not is_title_like(title):
        return None
    return InlineByline(title, byline)


def _may_be_byline(text: str, rules: Rules) -> bool:
    """A cheap first test: a role word, a slash credit, an institution, or a label."""
    return bool(rules.byline_hint_re.search(text) or BYLINE_LEAD_RE.match(text.lstrip("（(【[〔")))


def printed_byline(text: str) -> str:
    """The printed byline without brackets, name padding and the trailing 报道.

    >>> printed_byline("（记者 王 凯 深圳报道）")
    '记者 王凯 深圳'
    """
    bracketed = BYLINE_BRACKETS_RE.match(text.strip())
    if bracketed:
        text = bracketed.group("inner")
    text = REPORTED_RE.sub("", text.strip())
    text = PADDED_PAIR_RE.sub(_unpad, text)
    return SPACES_RE.sub(" ", text).strip()


def _unpad(match: regex.Match[str]) -> str:
    return match[1] + match[2]


def _read_byline(text: str, lines: tuple[int, ...], *, bare_names: bool, rules: Rules) -> Byline | None:
    """The authors and org of a byline (its text is set by the caller)."""
    text, labelled = _strip_labels(text, rules)
    if text in rules.institutional_bylines:
        return Byline(text=text, org=None, authors=(), lines=lines)
    slash = _slash_credits(text, lines, rules)
    if slash is not None:
        return slash
    if text.endswith(("摄", "攝")):
        return None  # 本报记者 孙华摄 credits a photo; it does not sign an article
    first = rules.role_re.search(text)
    if first is None:
        names = split_names(text) if bare_names or labelled else None
        if names is None:
            return None
        return Byline(
            text=" ".join(names), org=None, authors=tuple(Author(n, None) for n in names), lines=lines
        )
    return _role_byline(text, first, lines, rules)


def _strip_labels(text: str, rules: Rules) -> tuple[str, bool]:
    """Take off brackets, the trailing 报道 and a leading 文/; say whether a label was there."""
    filed = FILED_FROM_PLACE_RE.search(text) is not None  # ／台北報導 only ends a byline
    bracketed = BYLINE_BRACKETS_RE.match(text)
    if bracketed:
        text = bracketed.group("inner").strip()
    text = BYLINE_TAIL_RE.sub("", text).strip()
    text = AFFILIATION_RE.sub("", text)  # 作者：张伟，系某大学教授
    lead = None if rules.slash_credit_re.match(text) else BYLINE_LEAD_RE.match(text)
    if lead is None:
        return text, filed
    return text[lead.end() :], True  # 文/张华: the label says it is a byline


def _role_byline(text: str, first: regex.Match[str], lines: tuple[int, ...], rules: Rules) -> Byline | None:
    """A byline with role words: an optional org, then roles each followed by names."""
    org: str | None = None
    if text[: first.start()].strip():
        match = rules.org_before_role_re.match(text)
        if match is None or match.end("role") != first.end():
            return None
        org = match.group("org")
    authors: list[Author] = []
    parts: list[str] = []
    roles = list(rules.role_re.finditer(text, first.start()))
    for index, role_match in enumerate(roles):
        end = roles[index + 1].start() if index + 1 < len(roles) else len(text)
        names = split_names(text[role_match.end() : end])
        if names is None or any(name in NOT_NAMES for name in names):
            return None
        word = role_match.group(0)
        authors.extend(Author(n, rules.canonical_role(word)) for n in names)
        label = (org or "") + word if index == 0 else word
        parts.append(" ".join((label, *names)))
    return Byline(text=" ".join(parts), org=org, authors=tuple(authors), lines=lines)
