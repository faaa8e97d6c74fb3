"""House-style profiles: the rules that differ between papers.

Mainland papers (GB/T 15834) and Hong Kong/Taiwan papers differ in quotes
(“” against 「」), in the words that open a paragraph, in their agencies and
in the role words of bylines.  A `Profile` holds those differences as
one frozen value; `MAINLAND` is the default, `TRADITIONAL` the
profile for papers set in traditional characters, and `detect_profile`
picks one from the text.  Define your own with `attrs.evolve` or the
constructor — no library code needs editing::

    import attrs, banmian
    evening = attrs.evolve(banmian.MAINLAND, name="evening-paper",
                           extra_roles=(("首席记者", "记者"),),
                           extra_dateline_sources=("晚报",))
    banmian.load_edition("page.txt", profile=evening)
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from ._lexicon import BYLINE_MARKERS, CAPTION_MARKERS, PARAGRAPH_OPENERS

__all__ = ["MAINLAND", "TRADITIONAL", "Profile", "detect_profile"]


@attrs.frozen
class Profile:
    """A paper's house style, as far as parsing depends on it.

    Attributes:
        name: A label for the profile (reported nowhere else; for humans).
        quotes: What straight double quotes around Chinese become.
        inner_quotes: What straight single quotes around Chinese become.
        byline_markers: Characters printed before a byline (``□``).
        caption_markers: Characters printed before a caption (``■``).
        extra_roles: More byline role words, each with the role it is
            normalized to, e.g. ``(("首席记者", "记者"),)``.
        extra_dateline_sources: More agencies or papers that open a dateline.
        paragraph_openers: Words that open a new paragraph (never the
            continuation of a paragraph cut by a column break).
    """

    name: str
    quotes: tuple[str, str] = ("“", "”")
    inner_quotes: tuple[str, str] = ("‘", "’")
    byline_markers: frozenset[str] = BYLINE_MARKERS
    caption_markers: frozenset[str] = CAPTION_MARKERS
    extra_roles: tuple[tuple[str, str], ...] = ()
    extra_dateline_sources: tuple[str, ...] = ()
    paragraph_openers: tuple[str, ...] = PARAGRAPH_OPENERS


MAINLAND: Final = Profile(name="mainland")
"""The default: mainland house style (GB/T 15834-2011), curly quotes “”."""

_TRADITIONAL_OPENERS: Final = (
    "據悉",
    "據了解",
    "據介紹",
    "據統計",
    "據報道",
    "據報導",
    "目前",
    "此外",
    "另外",
    "同時",
    "與此同時",
    "近日",
    "日前",
    "近年來",
    "今年以來",
    "對此",
    "為此",
    "隨後",
    "此前",
    "記者了解到",
)

TRADITIONAL: Final = Profile(
    name="traditional",
    quotes=("「", "」"),
    inner_quotes=("『", "』"),
    extra_roles=(("特派記者", "记者"), ("採訪記者", "记者"), ("實習記者", "实习记者")),
    extra_dateline_sources=("中央社", "香港文匯報", "大公報", "明報", "聯合報", "中國時報", "自由時報"),
    paragraph_openers=PARAGRAPH_OPENERS + _TRADITIONAL_OPENERS,
)
"""Hong Kong and Taiwan papers: traditional characters, corner quotes 「」."""

# Characters written differently in the two scripts, common in news prose
# (simplified form first).  Counting them decides which script a page uses.
_PAIRS: Final = (
    "这這 国國 会會 为為 们們 说說 对對 时時 发發 经經 过過 还還 进進 与與 "
    "报報 记記 讯訊 电電 业業 区區 开開 关關 门門 长長 问問 间間 现現 实實"
)
_SIMPLIFIED_RE: Final = regex.compile("[" + "".join(p[0] for p in _PAIRS.split()) + "]")
_TRADITIONAL_RE: Final = regex.compile("[" + "".join(p[1] for p in _PAIRS.split()) + "]")
# Only the start of a page is looked at: a few thousand characters decide.
_DETECT_CHARS: Final = 4_000


def detect_profile(text: str) -> Profile:
    """Pick `TRADITIONAL` for a page in traditional characters, else `MAINLAND`.

    >>> detect_profile("香港文匯報訊 特區政府昨日宣布這項措施").name
    'traditional'
    >>> detect_profile("本报讯 这项措施").name
    'mainland'
    """
    sample = text[:_DETECT_CHARS]
    traditional = len(_TRADITIONAL_RE.findall(sample))
    simplified = len(_SIMPLIFIED_RE.findall(sample))
    return TRADITIONAL if traditional > simplified else MAINLAND
