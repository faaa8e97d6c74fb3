"""A `Profile` compiled into the patterns the stages use.

Patterns that depend on the profile (role words, dateline sources, paragraph
openers) are built here once per profile and cached; a profile is a frozen,
hashable value, so the cache can never change a result.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from ._lexicon import DATELINE_SOURCES, ENUMERATOR_RE, ROLE_CANON, ROLE_WORDS
from .profile import MAINLAND, Profile

# A paper's short name right before 讯 and a space (南都讯 …); words that end
# in 讯 themselves (通讯, 资讯, 简讯, 快讯, 喜讯, 视讯) are not papers.
_SHORT_NAME_BEFORE_XUN: Final = r"\p{Han}{2,4}(?<![通资資简簡快喜视視短传傳])(?=[讯訊]\s)"
# How many distinct profiles one process keeps compiled.
_CACHED_PROFILES: Final = 16


@attrs.frozen
class Rules:
    """The compiled patterns of one profile."""

    profile: Profile
    role_canon: dict[str, str]
    role_re: regex.Pattern[str]
    org_before_role_re: regex.Pattern[str]
    credit_tail_re: regex.Pattern[str]
    credit_line_re: regex.Pattern[str]
    dateline_re: regex.Pattern[str]
    reporters_re: regex.Pattern[str]
    agency_dateline_re: regex.Pattern[str]
    bracket_byline_re: regex.Pattern[str]
    slash_credit_re: regex.Pattern[str]
    opener_re: regex.Pattern[str]

    def canonical_role(self, word: str) -> str:
        """The normalized role of a printed role word (本报记者 → 记者)."""
        return self.role_canon.get(word, word)

    def opens_paragraph(self, text: str) -> bool:
        """True when text opens like a new paragraph: a dateline, an opener, an enumerator."""
        return bool(
            self.dateline_re.match(text)
            or self.agency_dateline_re.match(text)
            or self.bracket_byline_re.match(text)
            or self.opener_re.match(text)
            or ENUMERATOR_RE.match(text)
        )


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so 本报记者 wins over 记者.
    return "|".join(map(regex.escape, sorted(set(words), key=len, reverse=True)))


@functools.lru_cache(maxsize=_CACHED_PROFILES)
def rules_for(profile: Profile = MAINLAND) -> Rules:
    """Compile (once) the patterns of a profile."""
    canon = dict(ROLE_CANON)
    canon.update(dict(profile.extra_roles))
    roles = _alternation(ROLE_WORDS + tuple(word for word, _ in profile.extra_roles))
    sources = _alternation(DATELINE_SOURCES + profile.extra_dateline_sources)
    # One to three names; a two-character name may be padded to the width of
    # three (李 强).
    name = r"(?:\p{Han}{2,4}|\p{Han} {1,2}\p{Han}(?!\p{Han}))"
    names = rf"{name}(?:[ 、]{name}){{0,2}}"
    return Rules(
        profile=profile,
        role_canon=canon,
        role_re=regex.compile(roles),
        # An org printed before the role: 大众日报/大众新闻记者, 新华社记者, 香港文匯報記者.
        org_before_role_re=regex.compile(rf"^(?P<org>[^\s，。、]{{2,20}}?)(?P<role>{roles})"),
        # A photo credit closing a caption: 张鹰摄, 董梅雪 摄, 新华社记者 孙华 摄.
        credit_tail_re=regex.compile(
            rf"(?P<credit>(?:[^\s，。！？；、“”]{{0,16}}?(?:{roles})\s?)?{names})"
            r"\s?(?:[/／]\s?(?:摄影|攝影|摄|攝)|摄|攝)[）)]?$"
        ),
        # A line that is only a credit: 董梅雪 摄, 本报记者 刘明 摄, 新华社发.
        credit_line_re=regex.compile(
            rf"^[（(]?(?:[^\s（）()，。]{{0,16}}?(?:{roles})\s?)?{names}\s?(?:摄|攝)[）)]?$"
            r"|^[（(]?(?:新华社|新華社|中新社)(?:发|發)[）)]?$"
        ),
        # 本报讯, 本报济南讯, 本报5月6日讯, 新华社北京5月4日电, 据新华社上海5月6日电,
        # 香港文匯報訊, 【本报讯】: a source, a place and date, then 讯 or 电.
        # The paper and the known agencies need nothing after 讯/电 (本报讯近日，…);
        # any other source name must be followed by a space or a bracket, so
        # that prose such as 文明实践社区发电站 is not taken for a dateline.
        dateline_re=regex.compile(
            r"^(?P<open>[【\[])?(?P<dateline>(?:据|據)?"
            rf"(?:(?P<known>{sources})|\p{{Han}}{{2,8}}?(?:报|報|社|台|网|網)|{_SHORT_NAME_BEFORE_XUN})"
            r"[\p{Han}\d]{0,12}?(?:讯|訊|电|電))"
            r"(?(open)[】\]]|(?(known)|(?=[\s（(]|$)))\s?(?P<rest>.*)$",
            regex.DOTALL,
        ),
        # Reporters in parentheses right after a dateline: （记者 刘明、赵磊）.
        # Without brackets, each name ends at a space: 南都讯 记者林晓 通讯员陈立 5月5日，…
        # or the reporter says so: 【大公報訊】記者李嘉欣報道：…
        reporters_re=regex.compile(
            rf"^\s?(?:[（(](?P<inner>(?:{roles})[^（）()]{{1,40}})[）)]"
            rf"|(?P<bare>(?:(?:{roles})\s?\p{{Han}}{{2,3}}(?:、\p{{Han}}{{2,3}})*\s)+)"
            rf"|(?P<said>(?:{roles})\s?\p{{Han}}{{2,3}}(?:、\p{{Han}}{{2,3}})*)(?:报道|報道|報導)[：:])"
            r"\s?(?P<rest>.*)$",
            regex.DOTALL,
        ),
        # Taiwan wire style, all in parentheses: （中央社記者林志明台北4日電）.  Names
        # are tried at three characters first, the most common length.
        agency_dateline_re=regex.compile(
            rf"^[（(](?P<org>{sources}|\p{{Han}}{{2,6}}?社)(?P<role>{roles})"
            r"(?P<name>\p{Han}{3}|\p{Han}{2}|\p{Han}{4})(?P<place>\p{Han}{2,3})"
            r"(?P<date>\d{1,2}日)(?P<end>电|電)[）)]\s?(?P<rest>.*)$",
            regex.DOTALL,
        ),
        # Taiwan paper style: 【記者王小明／台北報導】, also without brackets.
        bracket_byline_re=regex.compile(
            rf"^(?P<open>[【〔\[])?(?P<role>{roles})\s?(?P<names>{names})\s?[／/](?P<place>\p{{Han}}{{2,6}})"
            r"(?:報導|报道|報道)(?(open)[】〕\]])"
            r"\s?(?P<rest>.*)$",
            regex.DOTALL,
        ),
        # X/文 Y/图, 记者 王 明/文 李 华/图: who wrote and who photographed.
        slash_credit_re=regex.compile(
            rf"(?:(?P<role>{roles})\s?)?(?P<name>{name})\s?[/／]\s?(?P<what>文|图|圖|摄|攝|摄影|攝影)"
        ),
        opener_re=regex.compile("^(?:" + _alternation(profile.paragraph_openers) + ")"),
    )
