"""Caption text -> caption and photo credit (contract §4: 图片说明).

Credits close a caption: ``张鹰摄``, ``董梅雪 摄``, ``新华社记者 孙华 摄``,
``（中央社記者陳家明攝）``, ``（圖：路透社）``, ``記者林俊良／攝影``.  The credit
is taken out of the text; an org or a role before the name stays in the credit.
"""

from __future__ import annotations

from typing import Final

import regex

from ._byline import split_names
from ._lexicon import CREDIT_PAREN_RE
from ._rules import Rules, rules_for

# Credits are short; only the end of a caption is searched for one, so a
# long line costs nothing.
_CREDIT_WINDOW: Final = 40
# A credit starts the caption or follows a sentence end, a closing mark or a space.
_CREDIT_START_RE: Final = regex.compile(r"[\s。！？…”’）)]")
# Every credit has 摄 (photographed by) or 图： (picture:) near the end.
_CREDIT_HINTS: Final = ("摄", "攝", "：", ":")
_CREDIT_SUFFIX_RE: Final = regex.compile(r"\s?(?:摄|攝|发|發)$")
# A caption introduced as such: 图为…, 图：…, 圖為….
CAPTION_LEAD_RE: Final = regex.compile(r"^(?:图为|圖為|图片为|图[:：]|圖[:：])")
# A caption is a sentence or two; a longer line opening with 图为 is prose.
CAPTION_MAX_CHARS: Final = 150
_CREDIT_LEAD_RE: Final = regex.compile(r"^(?:图为?[:：]?|图片[:：]?)")


def split_credit(text: str, rules: Rules | None = None) -> tuple[str, str | None]:
    """Split a caption into its text and its credit (``None`` when uncredited).

    >>> split_credit("工人在新码头调试岸桥。李强摄")
    ('工人在新码头调试岸桥。', '李强')
    >>> split_credit("游客在樱花下拍照。 新华社记者 孙华 摄")
    ('游客在樱花下拍照。', '新华社记者 孙华')
    >>> split_credit("这是一段话。")
    ('这是一段话。', None)
    """
    start = max(0, len(text) - _CREDIT_WINDOW)
    tail = text[start:]
    if not any(hint in tail for hint in _CREDIT_HINTS):  # no 摄, no 图：: most lines stop here
        return text, None
    rules = rules or rules_for()
    paren = CREDIT_PAREN_RE.search(text, start)
    if paren is not None:
        credit = paren.group("source") or paren.group("inner")
        return text[: paren.start()].rstrip(), credit.strip()
    for match in rules.credit_tail_re.finditer(text, start, overlapped=True):
        begin = match.start()
        if begin > 0 and not _CREDIT_START_RE.match(text[begin - 1]):
            continue
        credit = _unpadded(match.group("credit").strip(), rules)
        if credit is not None:
            return text[:begin].rstrip(), credit
    return text, None


def _unpadded(credit: str, rules: Rules) -> str | None:
    """``李 强`` → ``李强``, an org or role in front kept as printed; ``None``
    when what stands after the role is not names (so not a credit at all)."""
    roles = list(rules.role_re.finditer(credit))
    head = credit[: roles[-1].end()] if roles else ""
    names = split_names(credit[len(head) :])
    return f"{head} {' '.join(names)}".strip() if names else None


def credit_of_line(text: str, rules: Rules | None = None) -> str:
    """The credit of a line that is only a credit (``董梅雪 摄`` → ``董梅雪``).

    >>> credit_of_line("（本报记者 孙华摄）")
    '本报记者 孙华'
    """
    text = _CREDIT_LEAD_RE.sub("", text.strip("（）()"))
    credit = _CREDIT_SUFFIX_RE.sub("", text).strip()
    return _unpadded(credit, rules or rules_for()) or credit
