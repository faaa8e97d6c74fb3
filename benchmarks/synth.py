"""Synthetic newspaper pages for the benchmark and the corpus tests.

Pages are assembled from a vocabulary of phrases with a seeded
:class:`random.Random`, never copied from ``seeds/``: the conventions are those
of SPEC sections 3-5 (titles with kicker and subtitle, bylines, datelines,
paragraphs cut mid-sentence by column breaks, captions with credits,
subheads, bullets, page headers with their pinyin, vertical column titles,
repeated paragraphs and clauses, half-width punctuation and markdown residue
from converters, CRLF line ends).  The same seed gives the same pages.

    >>> import random
    >>> make_page(random.Random(7)) == make_page(random.Random(7))
    True
    >>> len(make_corpus(3, seed=1))
    3
    >>> 10_000 <= len(make_page_of_size(random.Random(2), 10_000).encode()) < 20_000
    True
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Final

# --- vocabulary (data) ---------------------------------------------------------

# Common surnames and given-name characters (names are 2-3 characters).
SURNAMES: Final = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾"
    "侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚"
)
GIVEN: Final = (
    "凯军华明强静磊伟芳敏丽勇艳杰涛超秀霞平刚桂英玉兰萍红娟鹏飞宇浩然晨阳雪梅婷琳洁楠"
    "鑫斌辉健波亮旭东峰瑞榕鹰光帆德国晓媛玲"
)
CITIES: Final = (
    "青岛",
    "济南",
    "烟台",
    "潍坊",
    "日照",
    "威海",
    "东营",
    "淄博",
    "临沂",
    "德州",
    "聊城",
    "滨州",
)
# Section names of page headers with the pinyin printed under them.
SECTION_PREFIX: Final = (("精彩", "JING CAI"), ("活力", "HUO LI"), ("品质", "PIN ZHI"), ("魅力", "MEI LI"))
# (name, pinyin, what the name takes when it stands in prose)
DISTRICTS: Final = (
    ("李沧", "LI CANG", "区"),
    ("市北", "SHI BEI", "区"),
    ("崂山", "LAO SHAN", "区"),
    ("黄岛", "HUANG DAO", "区"),
    ("即墨", "JI MO", "区"),
    ("城阳", "CHENG YANG", "区"),
    ("胶州", "JIAO ZHOU", "市"),
    ("平度", "PING DU", "市"),
    ("莱西", "LAI XI", "市"),
    ("市南", "SHI NAN", "区"),
    ("西海岸", "XI HAI AN", "新区"),
)
ORGS: Final = (
    "市委",
    "政府",
    "发展改革委",
    "工业和信息化局",
    "商务局",
    "科技局",
    "卫生健康委",
    "纪委监委",
    "街道办事处",
    "管委会",
    "人社局",
    "住房城乡建设局",
    "生态环境局",
    "文化和旅游局",
)
SUBJECTS: Final = (
    "该企业",
    "相关负责人",
    "项目方",
    "园区",
    "社区居民",
    "各有关部门",
    "基层干部",
    "合作社",
    "高校",
    "金融机构",
)
VERBS: Final = (
    "加快推进",
    "持续深化",
    "全面落实",
    "着力打造",
    "积极探索",
    "统筹推进",
    "不断完善",
    "大力发展",
    "稳步推进",
    "精准对接",
    "深入实施",
    "有效提升",
    "聚力攻坚",
    "系统谋划",
    "全力保障",
    "持续优化",
)
OBJECTS: Final = (
    "现代产业体系",
    "营商环境",
    "科技创新",
    "乡村振兴",
    "城市更新",
    "海洋经济",
    "数字经济",
    "先进制造业",
    "重点项目建设",
    "公共服务",
    "生态环境保护",
    "人才引育",
    "招商引资",
    "民生实事",
    "产业链供应链",
    "高端医疗器械产业",
    "绿色低碳转型",
    "文化旅游融合发展",
    "跨境电商",
    "智慧交通",
    "老旧小区改造",
    "基层治理",
    "就业创业服务",
    "农村人居环境",
)
LEADS: Final = (
    "今年以来",
    "近年来",
    "目前",
    "下一步",
    "据了解",
    "去年",
    "此外",
    "与此同时",
    "在此基础上",
    "围绕高质量发展",
    "截至目前",
    "记者了解到",
    "会上",
    "活动现场",
)
TAILS: Final = (
    "为全市经济社会发展提供有力支撑",
    "实现年产值{n}亿元",
    "带动{n}余人就业",
    "同比增长{p}%",
    "完成率达到{p}%",
    "总投资{n}亿元",
    "覆盖{n}个社区",
    "服务企业超{n}家",
    "形成一批可复制可推广的经验",
    "让群众有更多获得感",
    "切实解决群众急难愁盼问题",
    "推动各项工作落地见效",
    "打造{q}样板",
    "助力{q}迈上新台阶",
    "进一步激发市场主体活力",
    "把蓝图变成施工图",
)
FACT_VERBS: Final = ("累计达到", "已达", "新增", "超过", "完成", "惠及", "涉及")
UNITS: Final = ("个", "家", "亿元", "万元", "人次", "项", "公里", "平方米", "万人", "户")
# Quoted terms (“一谷”“两翼”) of news prose.
TERMS: Final = (
    "一谷",
    "两翼",
    "强引擎",
    "主引擎",
    "一站式",
    "一网通办",
    "五全",
    "双招双引",
    "邻里中心",
    "绿色通道",
)
SPEAKER_ROLES: Final = ("相关负责人", "党委书记", "总经理", "主任", "副局长", "董事长")
COUPLET_VERBS: Final = ("聚焦", "打造", "深化", "激活", "筑牢", "畅通", "做强", "优化")
COUPLET_NOUNS: Final = (
    "园区建设",
    "发展引擎",
    "民生保障",
    "创新生态",
    "产业集群",
    "服务体系",
    "治理效能",
    "要素保障",
)
SECTION_WORDS: Final = ("作风建设", "实体经济", "城市更新", "民生热线", "产业观察", "区市动态")
WEEKDAYS: Final = "一二三四五六日"

# --- probabilities of the optional parts (tuned by eye on the seeds) -------------

P_KICKER: Final = 0.3
P_SUBTITLE: Final = 0.4
P_SPLIT_HEADLINE: Final = 0.1
P_MD_HEADING: Final = 0.15
P_BYLINE_BEFORE_TITLE: Final = 0.08
P_DATELINE: Final = 0.6
P_CUT: Final = 0.12
P_CAPTION_IN_CUT: Final = 0.3
P_SUBHEAD: Final = 0.12
P_CAPTION: Final = 0.25
P_BULLETS: Final = 0.08
P_DUPLICATE: Final = 0.03
P_NEAR_DUPLICATE: Final = 0.03
P_REPEATED_CLAUSE: Final = 0.03
P_QUOTE: Final = 0.2
P_CLOSING_CREDIT: Final = 0.05
P_PHOTO: Final = 0.3
P_VERTICAL: Final = 0.3
P_HALF_WIDTH_PAGE: Final = 0.25
P_CRLF_PAGE: Final = 0.1
P_BOLD: Final = 0.05
# Which of the byline and dateline styles of SPEC section 4 an article gets.
BYLINE_STYLES: Final = ("box", "box_org", "reporter_report", "two_lines", "none")
BYLINE_WEIGHTS: Final = (4, 3, 3, 1, 1)


def _chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def _pick(rng: random.Random, items: Sequence[str]) -> str:
    return items[rng.randrange(len(items))]


def _name(rng: random.Random) -> str:
    given = rng.choice((1, 2, 2))
    return _pick(rng, SURNAMES) + "".join(_pick(rng, GIVEN) for _ in range(given))


def _printed_name(name: str) -> str:
    """Two-character names are set in the width of three: 王 凯."""
    return f"{name[0]} {name[1]}" if len(name) == 2 else name  # noqa: PLR2004 - a two-character name


def _place(rng: random.Random) -> str:
    if _chance(rng, 0.5):
        return _pick(rng, CITIES)
    district, _, suffix = rng.choice(DISTRICTS)
    return district + suffix


def _clause(rng: random.Random) -> str:
    tail = _pick(rng, TAILS).format(
        n=rng.randint(2, 900), p=f"{rng.randint(1, 99)}.{rng.randint(0, 9)}", q=_place(rng)
    )
    verb, obj = _pick(rng, VERBS), _pick(rng, OBJECTS)
    if _chance(rng, 0.3):
        obj = f"“{_pick(rng, TERMS)}”{obj}"
    return f"{verb}{obj}，{tail}"


def _lead(rng: random.Random) -> str:
    if _chance(rng, 0.3):
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    return _pick(rng, LEADS)


def _fact(rng: random.Random) -> str:
    """A closing clause with a number: no two paragraphs end alike by chance."""
    return f"{_pick(rng, OBJECTS)}{_pick(rng, FACT_VERBS)}{rng.randint(2, 9999)}{_pick(rng, UNITS)}"


def _sentence(rng: random.Random) -> str:
    subject = _place(rng) + _pick(rng, ORGS) if _chance(rng, 0.7) else _place(rng) + _pick(rng, SUBJECTS)
    parts = [f"{_lead(rng)}，{subject}{_clause(rng)}"]
    parts.extend(_clause(rng) for _ in range(rng.randint(0, 2)))
    parts.append(_fact(rng))
    text = "，".join(parts) + "。"
    if _chance(rng, P_QUOTE):  # quoted speech: inner quotation marks become single ones
        text = text.replace("“", "‘").replace("”", "’")
        text = f"“{text}”{_place(rng)}{_pick(rng, ORGS)}{_pick(rng, SPEAKER_ROLES)}{_name(rng)}表示。"
    return text


def _paragraph(rng: random.Random) -> str:
    text = "".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
    if _chance(rng, P_REPEATED_CLAUSE):  # a converter repeated a clause: A，B，B。
        head, sep, rest = text.partition("，")
        clause, sep2, tail = rest.partition("，")
        if sep and sep2 and len(clause) >= 4:  # noqa: PLR2004 - banmian keeps clauses under four chars
            text = f"{head}，{clause}，{clause}，{tail}"
    return text


def _headline(rng: random.Random) -> str:
    if _chance(rng, 0.4):
        return (
            f"{_pick(rng, COUPLET_VERBS)}{_pick(rng, COUPLET_NOUNS)} {_pick(rng, VERBS)}{_pick(rng, OBJECTS)}"
        )
    return f"{_place(rng)}{_pick(rng, VERBS)}{_pick(rng, OBJECTS)}"


def _subhead(rng: random.Random) -> str:
    return f"{_pick(rng, COUPLET_VERBS)}{_pick(rng, COUPLET_NOUNS)}，{_pick(rng, VERBS)}“{_pick(rng, TERMS)}”"


def _caption(rng: random.Random) -> list[str]:
    what = f"■{_place(rng)}{_pick(rng, OBJECTS)}项目现场，工人正在作业。"
    credit = _name(rng)
    style = rng.randrange(3)
    if style == 0:
        return [what + credit + "摄"]
    if style == 1:
        return [what + "  ", f"{credit} 摄"]
    return [f"{what} 新华社记者 {_printed_name(credit)} 摄"]


def _byline(rng: random.Random) -> list[str]:
    style = rng.choices(BYLINE_STYLES, BYLINE_WEIGHTS)[0]
    first, second = _printed_name(_name(rng)), _printed_name(_name(rng))
    if style == "box":
        return [f"□本报记者 {first}"]
    if style == "box_org":
        extra = f" 实习生 {second}" if _chance(rng, 0.4) else ""
        return [f"□{_pick(rng, CITIES)}日报/观海新闻记者 {first}{extra}"]
    if style == "reporter_report":
        return [f"□记者 {first} 通讯员 {second} 报道"]
    if style == "two_lines":
        return [f"□本报记者 {first}", f"本报通讯员 {second}"]
    return []


def _dateline(rng: random.Random, *, has_byline: bool) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if not has_byline:
        return f"新华社{_pick(rng, CITIES)}{month}月{day}日电（记者 {_name(rng)}）"
    return rng.choice(("本报讯", f"本报{month}月{day}日讯", f"本报{_pick(rng, CITIES)}讯"))


def _title(rng: random.Random, *, heading: bool) -> list[str]:
    lines: list[str] = []
    mark = "### " if heading else ""
    if _chance(rng, P_KICKER):
        lines += [f"{_pick(rng, VERBS)}{_pick(rng, OBJECTS)}——", ""]
    headline = _headline(rng)
    if _chance(rng, P_SPLIT_HEADLINE):  # a headline set in two short lines
        lines += [f"{_place(rng)}{_pick(rng, VERBS)}  ", _pick(rng, OBJECTS)]
    else:
        lines.append(mark + headline)
    if _chance(rng, P_SUBTITLE):
        lines += [
            "",
            f"{_place(rng)}{_pick(rng, ORGS)}{_pick(rng, VERBS)}{_pick(rng, OBJECTS)}，{_clause(rng)}",
        ]
    return lines


def _cut(rng: random.Random, text: str) -> tuple[str, str] | None:
    """Cut a paragraph mid-sentence, as a column break does."""
    lo, hi = len(text) // 3, 2 * len(text) // 3
    for _ in range(8):
        at = rng.randint(lo, max(lo, hi))
        if 0 < at < len(text) and text[at - 1] not in "。！？；：…，”" and text[at] not in "，。、；：”":
            return text[:at], text[at:]
    return None


def _body(rng: random.Random, dateline: str | None, kept: list[str]) -> list[str]:
    lines: list[str] = []
    for index in range(rng.randint(3, 10)):
        if index and _chance(rng, P_SUBHEAD):
            sub = _subhead(rng)
            lines += [f"**{sub}**" if _chance(rng, P_BOLD) else sub, ""]
        if index and _chance(rng, P_BULLETS):
            lines += [f"- {_pick(rng, OBJECTS)}：{_clause(rng)}" for _ in range(rng.randint(2, 4))] + [""]
        text = _paragraph(rng)
        if index == 0 and dateline:
            text = f"{dateline} {text}"
        if kept and _chance(rng, P_DUPLICATE):
            text = rng.choice(kept)
        elif kept and _chance(rng, P_NEAR_DUPLICATE):  # an OCR variant: one character differs
            base = rng.choice(kept)
            at = len(base) // 2
            text = base[:at] + "的" + base[at + 1 :]
        kept.append(text)
        pieces = _cut(rng, text) if _chance(rng, P_CUT) else None
        if pieces is None:
            lines += [text, ""]
        elif _chance(rng, P_CAPTION_IN_CUT):
            lines += [pieces[0], "", "", *_caption(rng), "", "", pieces[1], ""]
        else:
            lines += [pieces[0], "", pieces[1], ""]
        if _chance(rng, P_CAPTION / 3):
            lines += ["", *_caption(rng), "", ""]
    return lines


def make_article(rng: random.Random, kept: list[str] | None = None) -> list[str]:
    """The lines of one article (blank lines as ``""``).

    ``kept`` collects paragraph texts across the articles of one page, so that
    later articles can repeat earlier paragraphs (duplicates within an edition).
    """
    kept = [] if kept is None else kept
    byline = _byline(rng)
    title = _title(rng, heading=_chance(rng, P_MD_HEADING))
    if byline and _chance(rng, P_BYLINE_BEFORE_TITLE):
        head = [*byline, "", *title, ""]
    else:
        head = [*title, "", *byline, ""] if byline else [*title, ""]
    dateline = _dateline(rng, has_byline=bool(byline)) if _chance(rng, P_DATELINE) or not byline else None
    lines = head + _body(rng, dateline, kept)
    if _chance(rng, P_CLOSING_CREDIT):
        lines += ["据新华社", ""]
    return ["", "", *lines]


def make_header(rng: random.Random) -> list[str]:
    """Page furniture: section name with its pinyin, folio lines, a vertical title."""
    (prefix, prefix_pinyin), (district, district_pinyin, _) = (
        rng.choice(SECTION_PREFIX),
        rng.choice(DISTRICTS),
    )
    lines = [f"{prefix}{district}", f"{prefix_pinyin} {district_pinyin}", ""]
    if _chance(rng, 0.5):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        lines += [f"第{rng.randint(1, 16)}版", f"2024年{month}月{day}日 星期{_pick(rng, WEEKDAYS)}", ""]
    if _chance(rng, 0.5):
        lines += [f"责任编辑：{_name(rng)}", ""]
    if _chance(rng, P_VERTICAL):
        lines += [*_pick(rng, SECTION_WORDS), ""]
    return lines


def _finish(rng: random.Random, lines: list[str]) -> str:
    text = "\n".join(lines).strip("\n") + "\n"
    if _chance(rng, P_HALF_WIDTH_PAGE):  # a converter that printed half-width punctuation
        text = text.translate(str.maketrans({"，": ",", "：": ":", "；": ";"}))
    if _chance(rng, P_CRLF_PAGE):
        text = text.replace("\n", "\r\n")
    return text


def make_page(rng: random.Random) -> str:
    """One synthetic page of 3-9 articles, standalone photos and page furniture."""
    lines = make_header(rng)
    kept: list[str] = []
    for _ in range(rng.randint(3, 9)):
        lines += make_article(rng, kept)
        if _chance(rng, P_PHOTO / 3):
            lines += ["", "", *_caption(rng), ""]
    return _finish(rng, lines)


def make_corpus(n: int, seed: int = 0) -> list[str]:
    """``n`` pages from one seed; the same arguments always give the same pages."""
    rng = random.Random(seed)
    return [make_page(rng) for _ in range(n)]


def make_page_of_size(rng: random.Random, target_bytes: int) -> str:
    """One page of at least ``target_bytes`` bytes of UTF-8 (a bundled dump of many pages).

    Articles are added until the size is reached, so the result is at most one
    article (a few kilobytes) over the target.
    """
    lines = make_header(rng)
    size = sum(len(line.encode()) + 1 for line in lines)
    kept: list[str] = []
    while size < target_bytes:
        article = make_article(rng, kept)
        size += sum(len(line.encode()) + 1 for line in article)
        lines += article
        if len(kept) > 200:  # noqa: PLR2004 - repeats come from nearby articles, as in a real dump
            del kept[:100]
    return "\n".join(lines).strip("\n") + "\n"
