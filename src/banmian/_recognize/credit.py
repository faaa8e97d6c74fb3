"""Recognize a photo credit: caption text -> text and credit (contract §4: 图片说明).

Credits close a caption: ``张鹰摄``, ``董梅雪 摄``, ``新华社记者 孙华 摄``,
``（中央社記者陳家明攝）``, ``（圖：路透社）``, ``記者林俊良／攝影``.  The credit
is taken out of the text; an org or a role before the name stays in the credit.
"""

from __future__ import annotations

from .._lexicon import CREDIT_WINDOW
from .._patterns import (
    CREDIT_LEAD_RE,
    CREDIT_PAREN_RE,
    CREDIT_START_RE,
    CREDIT_SUFFIX_RE,
    PHOTO_SOURCE_TAIL_RE,
    Rules,
)
from .._records import CaptionSplit
from .byline import split_names


def split_credit(text: str, rules: Rules) -> CaptionSplit:
    """Split a caption into its text and its credit (``None`` when uncredited).

    >>> from banmian._patterns import rules_for
    >>> from banmian.profile import MAINLAND
    >>> rules = rules_for(MAINLAND)
    >>> tuple(split_credit("工人在新码头调试岸桥。李强摄", rules))
    ('工人在新码头调试岸桥。', '李强')
    >>> tuple(split_credit("游客在樱花下拍照。 新华社记者 孙华 摄", rules))
    ('游客在樱花下拍照。', '新华社记者 孙华')
    >>> tuple(split_credit("这是一段话。", rules))
    ('这是一段话。', None)
    """
    start = max(0, len(text) - CREDIT_WINDOW)
    tail = text[start:]
    # Every credit has 摄 (photographed by) or 图： (picture:) near the end:
    # most lines stop here.
    if "摄" not in tail and "攝" not in tail and "：" not in tail and ":" not in tail:
        return CaptionSplit(text, None)
    paren = CREDIT_PAREN_RE.search(text, start)
    if paren is not None:
        credit = paren.group("source") or paren.group("inner")
        return CaptionSplit(text[: paren.start()].rstrip(), credit.strip())
    for match in rules.credit_tail_re.finditer(text, start, overlapped=True):
        begin = match.start()
        if begin > 0 and not CREDIT_START_RE.match(text[begin - 1]):
            continue
        credit = _unpadded(match.group("credit").strip(), rules)
        if credit is not None:
            return CaptionSplit(text[:begin].rstrip(), credit)
    return CaptionSplit(text, None)


def _unpadded(credit: str, rules: Rules) -> str | None:
    """``李 强`` → ``李强``, an org or role in front kept as printed; ``None``
    when what stands after the role is not names (so not a credit at all)."""
    roles = list(rules.role_re.finditer(credit))
    head = credit[: roles[-1].end()] if roles else ""
    names = split_names(credit[len(head) :])
    return f"{head} {' '.join(names)}".strip() if names else None


def credit_of_line(text: str, rules: Rules) -> str:
    """The credit of a line that is only a credit (``董梅雪 摄`` → ``董梅雪``).

    >>> from banmian._patterns import rules_for
    >>> from banmian.profile import MAINLAND
    >>> credit_of_line("（本报记者 孙华摄）", rules_for(MAINLAND))
    '本报记者 孙华'
    >>> credit_of_line("张三摄（影像中国）", rules_for(MAINLAND))
    '张三（影像中国）'
    """
    source = PHOTO_SOURCE_TAIL_RE.search(text)  # 张三摄（影像中国）: the desk stays in the credit
    if source is not None and source.start() > 0:
        return credit_of_line(text[: source.start()], rules) + source.group(0)
    text = CREDIT_LEAD_RE.sub("", text.strip("（）()"))
    credit = CREDIT_SUFFIX_RE.sub("", text).strip()
    return _unpadded(credit, rules) or credit
