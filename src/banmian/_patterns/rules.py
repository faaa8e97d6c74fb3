"""The patterns built from a profile's lists (part of `banmian._patterns`).

A `banmian.profile.Profile` is compiled into a `Rules` value by
`rules_for`, once per profile (cached: a profile is a frozen, hashable
value, so the cache cannot change a result).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs
import regex

from .. import _lexicon as lex
from .common import _REPORTED, ENUMERATOR_RE, SPACES_RE, SPEAKER_OPENING_RE, alternation, char_class

if TYPE_CHECKING:
    from ..profile import Profile

# How many distinct profiles one process keeps compiled.
_CACHED_PROFILES: Final = 16


@attrs.frozen
class Rules:
    """The compiled patterns of one profile: what every stage that reads
    paper-specific words is given explicitly."""

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
    names_byline_re: regex.Pattern[str]
    bracket_dateline_re: regex.Pattern[str]
    said_opening_re: regex.Pattern[str]
    slash_credit_re: regex.Pattern[str]
    opener_re: regex.Pattern[str]
    lead_clause_re: regex.Pattern[str]
    closing_credit_re: regex.Pattern[str]
    folio_part_re: regex.Pattern[str]
    masthead_re: regex.Pattern[str]
    section_name_re: regex.Pattern[str]
    column_name_re: regex.Pattern[str]
    caption_lead_re: regex.Pattern[str]
    caption_lead_initials: frozenset[str]
    institutional_bylines: frozenset[str]
    byline_hint_re: regex.Pattern[str]

    def canonical_role(self, word: str) -> str:
        """The normalized role of a printed role word (本报记者 → 记者)."""
        return self.role_canon.get(word, word)

    def is_page_name(self, text: str) -> bool:
        """The paper's or a section's name (报头, 版名), also letterspaced (要　闻)."""
        text = SPACES_RE.sub("", text)
        return bool(self.masthead_re.match(text) or self.section_name_re.match(text))

    def is_column_name(self, text: str) -> bool:
        """The title of a column of short items (简讯), also letterspaced (简　讯)."""
        return bool(self.column_name_re.match(SPACES_RE.sub("", text)))

    def opens_caption(self, text: str) -> bool:
        """True when text opens with a caption lead (图为, 图：)."""
        return text[:1] in self.caption_lead_initials and self.caption_lead_re.match(text) is not None

    def opens_paragraph(self, text: str) -> bool:
        """True when text opens like a new paragraph: a dateline, an opener, an
        enumerator, a speaker."""
        return self.opens_firmly(text) or SPEAKER_OPENING_RE.match(text) is not None

    def opens_firmly(self, text: str) -> bool:
        """True when text opens a paragraph by a sign stronger than a speaker
        (a dateline, a bracket byline, an opener, an enumerator)."""
        return bool(
            self.dateline_re.match(text)
            or self.agency_dateline_re.match(text)
            or self.bracket_byline_re.match(text)
            or self.names_byline_re.match(text)
            or self.bracket_dateline_re.match(text)
            or self.said_opening_re.match(text)
            or self.opener_re.match(text)
            or ENUMERATOR_RE.match(text)
        )


@functools.lru_cache(maxsize=_CACHED_PROFILES)
def rules_for(profile: Profile) -> Rules:
    """Compile (once) the patterns of a profile."""
    canon = dict(lex.ROLE_CANON)
    canon.update(dict(profile.extra_roles))
    roles = alternation(lex.ROLE_WORDS + tuple(word for word, _ in profile.extra_roles))
    sources = alternation(profile.dateline_sources + profile.extra_dateline_sources)
    return Rules(
        profile=profile,
        role_canon=canon,
        role_re=regex.compile(roles),
        # An org printed before the role: 大众日报/大众新闻记者, 新华社记者, 香港文匯報記者;
        # a paper's or an agency's name may stand apart by a space (聯合報 記者X).
        org_before_role_re=regex.compile(
            rf"^(?P<org>[^\s，。、]{{2,20}}?)(?:(?<=[报報社网網台闻聞])\s)?(?P<role>{roles})"
        ),
        credit_tail_re=_credit_tail(roles),
        credit_line_re=_credit_line(roles, profile),
        dateline_re=_dateline(sources),
        reporters_re=_reporters(roles),
        agency_dateline_re=_agency_dateline(roles, sources),
        bracket_byline_re=_bracket_byline(roles),
        names_byline_re=_names_byline(),
        bracket_dateline_re=_bracket_dateline(sources),
        said_opening_re=_said_opening(roles),
        # X/文 Y/图, 记者 王 明/文 李 华/图: who wrote and who photographed.
        slash_credit_re=regex.compile(
            rf"(?:(?P<role>{roles})\s?)?(?P<name>{_NAME_OR_PADDED})\s?[/／]\s?"
            rf"(?P<what>{alternation(lex.SLASH_ROLES)})"
        ),
        opener_re=regex.compile("^(?:" + alternation(profile.paragraph_openers) + ")"),
        # A paragraph opener set off by a comma (据了解，… 下一步，…) opens a
        # sentence of prose; a headline drops such words.  A kicker ending in
        # a dash may keep them (近年来，…——).
        lead_clause_re=regex.compile(
            "^(?:" + alternation(profile.paragraph_openers) + rf")[，,](?!.*[{lex.DASHES}]$)"
        ),
        closing_credit_re=_closing_credit(profile),
        folio_part_re=_folio_part(profile),
        # The paper's name alone on a line, at the top or foot of a page (报头).
        masthead_re=regex.compile(rf"^\p{{Han}}{{1,5}}(?:{alternation(profile.masthead_suffixes)})$"),
        # 要闻, 综合新闻, 港聞, 理论·实践.
        section_name_re=regex.compile(
            rf"^\p{{Han}}{{0,4}}(?:{alternation(profile.section_names)})"
            r"(?:[·・]\p{Han}{2,4})?$|^\p{Han}{2,4}[·・]\p{Han}{2,4}$"
        ),
        # 简讯, 快讯, 新闻速递: the title of a column of short items.
        column_name_re=regex.compile(rf"^\p{{Han}}{{0,4}}(?:{alternation(profile.column_names)})$"),
        caption_lead_re=regex.compile(rf"^(?:{alternation(profile.caption_leads)})"),
        caption_lead_initials=frozenset(lead[:1] for lead in profile.caption_leads),
        institutional_bylines=profile.institutional_bylines,
        # What every byline but a labelled one holds somewhere: a role word, a
        # slash (X/文), or the name of an institution that signs (本报评论员).
        byline_hint_re=regex.compile(rf"{roles}|[/／]|{alternation(profile.institutional_bylines)}"),
    )


# One to three names; a two-character name may be padded to the width of three (李 强).
_NAME_OR_PADDED: Final = r"(?:\p{Han}{2,4}|\p{Han} {1,2}\p{Han}(?!\p{Han}))"
_NAMES: Final = rf"{_NAME_OR_PADDED}(?:[ 、]{_NAME_OR_PADDED}){{0,2}}"


def _credit_tail(roles: str) -> regex.Pattern[str]:
    """A photo credit closing a caption: 张鹰摄, 董梅雪 摄, 新华社记者 孙华 摄."""
    return regex.compile(
        rf"(?P<credit>(?:[^\s，。！？；、“”]{{0,16}}?(?:{roles})\s?)?{_NAMES})"
        r"\s?(?:[/／]\s?(?:摄影|攝影|摄|攝)|摄|攝)[）)]?$"
    )


def _credit_line(roles: str, profile: Profile) -> regex.Pattern[str]:
    """A line that is only a credit: 董梅雪 摄, 本报记者 刘明 摄, 新华社发."""
    return regex.compile(
        rf"^[（(]?(?:[^\s（）()，。]{{0,16}}?(?:{roles})\s?)?{_NAMES}\s?(?:摄|攝)[）)]?"
        rf"(?:[（(](?:{alternation(profile.photo_sources)})[）)])?$"
        rf"|^[（(]?(?:{alternation(profile.photo_agencies)})(?:发|發)[）)]?$"
        rf"|^[（(]?(?:{alternation(profile.photo_sources)})[）)]?$"
    )


def _dateline(sources: str) -> regex.Pattern[str]:
    """本报讯, 本报济南讯, 本报5月6日讯, 新华社北京5月4日电, 据新华社上海5月6日电,
    香港文匯報訊, 【本报讯】: a source, a place and date, then 讯 or 电.

    The paper and the known agencies need nothing after 讯/电 (本报讯近日，…);
    any other source name must be followed by a space or a bracket, so that
    prose such as 文明实践社区发电站 is not taken for a dateline.
    """
    short_name = rf"\p{{Han}}{{2,4}}(?<!{char_class(lex.NOT_PAPER_BEFORE_XUN)})(?=[讯訊]\s)"
    return regex.compile(
        r"^(?P<open>[【\[])?(?P<dateline>(?:据|據)?"
        rf"(?:(?P<known>{sources})|\p{{Han}}{{2,8}}?(?:报|報|社|台|网|網)|{short_name})"
        r"[\p{Han}\d]{0,12}?(?:讯|訊|电|電))"
        r"(?(open)[】\]]|(?(known)|(?=[\s（(]|$)))\s?(?P<rest>.*)$",
        regex.DOTALL,
    )


def _reporters(roles: str) -> regex.Pattern[str]:
    """Reporters right after a dateline.

    In brackets: （记者 刘明、赵磊）, or names alone: （李龙、程然）.  Saying so:
    【大公報訊】記者李嘉欣報道：…, 記者 李四 報道：….  Without brackets, each
    name ends at a space: 南都讯 记者林晓 通讯员陈立 5月5日，….
    """
    return regex.compile(
        rf"^\s?(?:[（(](?P<inner>(?:{roles})[^（）()]{{1,40}})[）)]"
        rf"|(?P<said>(?:{roles})\s?\p{{Han}}{{2,3}}(?:、\p{{Han}}{{2,3}})*)\s?(?:{_REPORTED})[：:]"
        rf"|(?P<bare>(?:(?:{roles})\s?\p{{Han}}{{2,3}}(?:、\p{{Han}}{{2,3}})*\s)+)"
        r"|[（(](?P<names>\p{Han}{2,3}(?:[、 ]\p{Han}{2,3}){0,4})[）)])"
        r"\s?(?P<rest>.*)$",
        regex.DOTALL,
    )


def _said_opening(roles: str) -> regex.Pattern[str]:
    """A first paragraph that opens with its reporters saying so, without a
    dateline: 本报记者 张三 报道：…."""
    return regex.compile(
        rf"^(?P<said>(?:{roles})\s?\p{{Han}}{{2,3}}(?:[、 ]\p{{Han}}{{2,3}})*)\s?(?:{_REPORTED})[：:]"
        r"\s?(?P<rest>.+)$",
        regex.DOTALL,
    )


def _agency_dateline(roles: str, sources: str) -> regex.Pattern[str]:
    """Taiwan wire style, all in parentheses: （中央社記者林志明台北4日電）, with
    several reporters (（中央社記者王思涵、林育瑄台北4日電）), and a
    correspondent's 專電 (（中央社記者楊明珠東京4日專電）).

    Names are tried at three characters first, the most common length.
    """
    name = r"(?:\p{Han}{3}|\p{Han}{2}|\p{Han}{4})"
    return regex.compile(
        rf"^[（(](?P<org>{sources}|\p{{Han}}{{2,6}}?社)(?P<role>{roles})"
        rf"(?P<name>{name}(?:、{name}){{0,3}})(?P<place>\p{{Han}}{{2,3}})"
        r"(?P<date>\d{1,2}日)(?P<end>(?:专|專)?(?:电|電))[）)]\s?(?P<rest>.*)$",
        regex.DOTALL,
    )


def _bracket_byline(roles: str) -> regex.Pattern[str]:
    """Taiwan paper style: 【記者王小明／台北報導】, also without brackets."""
    return regex.compile(
        rf"^(?P<open>[【〔\[])?(?P<role>{roles})\s?(?P<names>{_NAMES})\s?[／/](?P<place>\p{{Han}}{{2,6}})"
        rf"(?:{_REPORTED})(?(open)[】〕\]])"
        r"\s?(?P<rest>.*)$",
        regex.DOTALL,
    )


def _names_byline() -> regex.Pattern[str]:
    """Taiwan paper style with several names and no role word, in brackets:
    【王大明、李小華／台北報導】."""
    return regex.compile(
        rf"^[【〔\[](?P<names>{_NAME_OR_PADDED}(?:[、，,]\s?{_NAME_OR_PADDED}){{0,5}})\s?[／/]"
        rf"(?P<place>\p{{Han}}{{2,6}})(?:{_REPORTED})[】〕\]]\s?(?P<rest>.*)$",
        regex.DOTALL,
    )


def _bracket_dateline(sources: str) -> regex.Pattern[str]:
    """A paper's or an agency's opener in brackets, ending in 讯, 电 or 报道:
    （星島日報報道）, 【本報記者報道】, （中央社台北23日電）, （中央社雪梨23日綜合外電報導）."""
    return regex.compile(
        r"^[（(【〔\[](?P<dateline>(?:据|據)?"
        rf"(?:{sources}|\p{{Han}}{{2,8}}?(?:报|報|社|台|网|網))[\p{{Han}}\d]{{0,12}}?"
        rf"(?:讯|訊|电|電|{_REPORTED}))[）)】〕\]]\s?(?P<rest>.*)$",
        regex.DOTALL,
    )


def _closing_credit(profile: Profile) -> regex.Pattern[str]:
    """A closing source credit on its own line: 据新华社 / （新华社）/ (来源：人民日报)."""
    return regex.compile(
        rf"^(?P<open>[（(])?(?P<label>据|據|(?:{alternation(lex.SOURCE_LABELS)})[:：])?\s?"
        rf"(?:(?P<known>{alternation(profile.credit_sources)})|[\p{{Han}}]{{2,8}}(?:报|報|社|网|網))"
        r"(?:电|電)?[）)]?$"
    )


def _folio_part(profile: Profile) -> regex.Pattern[str]:
    """Folio lines (报眉): the page number (第3版, A04版, 第三版), the date with its
    weekday (2023年3月28日 星期二), also counted in 民國 years or set in Chinese
    numerals (中華民國113年5月4日 星期六, 中華民國六十七年五月四日 星期四),
    the editors (责任编辑：…, 编辑 刘梦 校对 吴兴发)."""
    numeral = f"[{lex.CHINESE_NUMERALS}]"
    era = rf"(?:{alternation(lex.ERA_NAMES)})"
    year = rf"(?:\d{{4}}|{era}(?:\d{{1,3}}|{numeral}{{1,6}})|{numeral}{{4}})"
    day = rf"(?:\d{{1,2}}|{numeral}{{1,3}})"
    labels = alternation(profile.folio_labels)
    return regex.compile(
        rf"第\s?(?:[A-Z]?\d{{1,3}}|{numeral}{{1,4}})\s?版|^[A-Z]\d{{1,2}}\b|(?:^|[\s／/])[A-Z]?\d{{1,2}}版(?:[\s／/]|$)"
        rf"|{year}年{day}月{day}日\s?(?:{alternation(lex.WEEKDAY_WORDS)})[一二三四五六日天]"
        rf"|(?:{labels})\s?[:：]"
        # Labels and names only, no colons: each label, then one to three names.
        rf"|^(?:(?:{labels})\s(?:\p{{Han}}{{2,4}}\s?){{1,3}}){{1,4}}$"
    )
