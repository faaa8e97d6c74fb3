"""Byline text -> `Byline` (contract §4).

Handles an org printed before the role (``大众日报/大众新闻记者``), several
roles in a row (``记者 X 通讯员 Y Z``), names padded to the width of three
characters (``王 凯`` → ``王凯``), the trailing ``报道``, ``X/文 Y/图`` credits and
bare-name bylines.  Returns ``None`` for text that is not a byline, so the
same function is the byline test of the classifier.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from ._lexicon import (
    AFFILIATION_RE,
    BYLINE_LEAD_RE,
    BYLINE_MAX_CHARS,
    BYLINE_TAIL_RE,
    INSTITUTIONAL_BYLINES,
    NAME,
    NOT_NAMES,
    PADDED_NAMES_RE,
)
from ._rules import Rules, rules_for
from ._text import is_title_like
from .model import Author, Byline

_NAME_FULL_RE: Final = regex.compile(rf"^{NAME}$")
_SEPARATORS_RE: Final = regex.compile(r"[\s、，,／/：:]+")
_BRACKETS_RE: Final = regex.compile(r"^[【\[（(](?P<inner>[^】\]）)]{2,60})[】\]）)]$")
_SLASH_ROLES: Final = {
    "文": None,
    "图": "摄影",
    "圖": "摄影",
    "摄": "摄影",
    "攝": "摄影",
    "摄影": "摄影",
    "攝影": "摄影",
}
_SPACES_RE: Final = regex.compile(r"\s+")
# Two single characters padded apart (王 凯): one two-character name.
_PADDED_PAIR_RE: Final = regex.compile(r"(?<!\p{Han})(\p{Han})\s{1,3}(\p{Han})(?!\p{Han})")
_REPORTED_RE: Final = regex.compile(r"\s*(?:报道|報導|報道)$")
# Two-character names are set in the width of three with a space between
# (王 凯): two single characters in a row make one name.
_PADDED_NAME_CHARS: Final = 2
_SINGLE_HAN_RE: Final = regex.compile(r"^\p{Han}$")


def allows_bare_names(text: str, marker: str, rules: Rules) -> bool:
    """Whether a line may be a byline of names alone: a byline marker (□)
    says so, and so does the padding only names get (李  静)."""
    return marker in rules.profile.byline_markers or bool(PADDED_NAMES_RE.match(text))


def split_names(text: str) -> tuple[str, ...] | None:
    """Split a run of names; join single characters padded apart (``王 凯``).

    Returns ``None`` when a piece is not a plausible Han name.

    >>> split_names("陈建国  王  强")
    ('陈建国', '王强')
    >>> split_names("傅 军")
    ('傅军',)
    >>> split_names("这不是名字，真的")
    """
    tokens = [t for t in _SEPARATORS_RE.split(text) if t]
    names: list[str] = []
    pending = ""
    for token in tokens:
        if _SINGLE_HAN_RE.match(token):
            pending += token
            if len(pending) == _PADDED_NAME_CHARS:
                names.append(pending)
                pending = ""
            continue
        if pending:
            return None
        names.append(token)
    if pending:
        return None
    if not names or not all(_NAME_FULL_RE.match(n) for n in names):
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
            _SPACES_RE.sub("", m.group("name")),
            rules.canonical_role(m.group("role")) if m.group("role") else _SLASH_ROLES[m.group("what")],
        )
        for m in matches
    )
    text = " ".join(
        (f"{m.group('role')} " if m.group("role") else "")
        + _SPACES_RE.sub("", m.group("name"))
        + "/"
        + m.group("what")
        for m in matches
    )
    return Byline(text=text, org=None, authors=authors, lines=lines)


def parse_byline(
    text: str, lines: tuple[int, ...] = (), *, bare_names: bool = False, rules: Rules | None = None
) -> Byline | None:
    """Parse a byline; ``None`` when the text is not one.

    ``bare_names`` allows a byline of names without a role (column and
    commentary bylines); the caller passes it when a byline marker (``□``)
    says the line is a byline.  ``rules`` are those of the page's profile
    (role words); the mainland profile by default.

    >>> b = parse_byline("大众日报/大众新闻记者 李 明 通讯员 赵 阳")
    >>> b.org, [(a.name, a.role) for a in b.authors]
    ('大众日报/大众新闻', [('李明', '记者'), ('赵阳', '通讯员')])
    >>> parse_byline("记者 杨国胜 报道").text
    '记者 杨国胜'
    >>> parse_byline("市交通局有关负责人介绍，新线") is None
    True
    """
    text = text.strip()
    if not text or len(text) > BYLINE_MAX_CHARS:
        return None
    rules = rules or rules_for()
    if not (bare_names or _may_be_byline(text, rules)):
        return None
    byline = _read_byline(text, lines, bare_names=bare_names, rules=rules)
    if byline is None:
        return None
    # The byline as printed: only the marker, the padding inside two-character
    # names, the brackets and the trailing 报道 go (contract §3.5); labels, places
    # and affiliations stay in the text, though not among the authors.
    return attrs.evolve(byline, text=printed_byline(text))


def split_inline_byline(text: str, rules: Rules | None = None) -> tuple[str, Byline] | None:
    """A headline with its byline set on the same line, after a space.

    The byline has no ``lines``: its line is the headline's (every line is
    accounted for once, by the title).

    >>> title, byline = split_inline_byline("青岛港吞吐量创新高 本报记者 王凯")
    >>> title, [(a.name, a.role) for a in byline.authors]
    ('青岛港吞吐量创新高', [('王凯', '记者')])
    """
    rules = rules or rules_for()
    role = rules.role_re.search(text)
    if role is None or role.start() == 0 or not text[role.start() - 1].isspace():
        return None
    title = text[: role.start()].rstrip()
    byline = parse_byline(text[role.start() :], rules=rules)
    if byline is None or not byline.authors or not is_title_like(title):
        return None
    return title, byline


def _may_be_byline(text: str, rules: Rules) -> bool:
    """A cheap first test: a role word, a slash credit, a label or an institution."""
    return bool(
        rules.role_re.search(text)
        or "/" in text
        or "／" in text
        or BYLINE_LEAD_RE.match(text.lstrip("（(【[〔"))
        or any(name in text for name in INSTITUTIONAL_BYLINES)
    )


def printed_byline(text: str) -> str:
    """The printed byline without brackets, name padding and the trailing 报道.

    >>> printed_byline("（记者 王 凯 深圳报道）")
    '记者 王凯 深圳'
    """
    bracketed = _BRACKETS_RE.match(text.strip())
    if bracketed:
        text = bracketed.group("inner")
    text = _REPORTED_RE.sub("", text.strip())
    text = _PADDED_PAIR_RE.sub(r"\1\2", text)
    return _SPACES_RE.sub(" ", text).strip()


def _read_byline(text: str, lines: tuple[int, ...], *, bare_names: bool, rules: Rules) -> Byline | None:
    """The authors and org of a byline (its text is set by the caller)."""
    text, labelled = _strip_labels(text, rules)
    if text in INSTITUTIONAL_BYLINES:
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
    bracketed = _BRACKETS_RE.match(text)
    if bracketed:
        text = bracketed.group("inner").strip()
    text = BYLINE_TAIL_RE.sub("", text).strip()
    text = AFFILIATION_RE.sub("", text)  # 作者：张伟，系某大学教授
    lead = None if rules.slash_credit_re.match(text) else BYLINE_LEAD_RE.match(text)
    if lead is None:
        return text, False
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
