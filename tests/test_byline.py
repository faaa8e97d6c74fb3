"""Bylines, datelines and photo credits (SPEC section 4): cases are data."""

from __future__ import annotations

import pytest

from banmian import MAINLAND, TRADITIONAL
from banmian._patterns import rules_for
from banmian._recognize import match_dateline, parse_byline, split_credit, split_names

RULES = rules_for(MAINLAND)

# (printed byline, org, [(name, role)], normalized text)
BYLINES = [
    ("青岛日报/观海新闻记者 傅 军", "青岛日报/观海新闻", [("傅军", "记者")], "青岛日报/观海新闻记者 傅军"),
    ("本报记者 杨国胜 薄克国", None, [("杨国胜", "记者"), ("薄克国", "记者")], "本报记者 杨国胜 薄克国"),
    (
        "记者 张晓帆 通讯员 祁新颖 报道",
        None,
        [("张晓帆", "记者"), ("祁新颖", "通讯员")],
        "记者 张晓帆 通讯员 祁新颖",
    ),
    ("本报记者 李媛 本报通讯员 肖玲玲", None, [("李媛", "记者"), ("肖玲玲", "通讯员")], None),
    (
        "记者 王 凯 见习记者 周亚姚 实习生 王海榕",
        None,
        [("王凯", "记者"), ("周亚姚", "见习记者"), ("王海榕", "实习生")],
        None,
    ),
    ("新华社记者 孙华", "新华社", [("孙华", "记者")], None),
    ("陈建国  王  强", None, None, None),  # bare names need a byline marker
    ("香港文匯報記者 陳家明", "香港文匯報", [("陳家明", "记者")], None),
    ("张华/文 李明/图", None, [("张华", None), ("李明", "摄影")], None),
]

NOT_BYLINES = [
    "金家岭金融区管委相关负责人介绍，路演",
    "记者了解到，青岛的103项重点会展活动",
    "青岛16件市办实事",
    "市民反映：风和日丽小区",
    "",
]


@pytest.mark.parametrize(("text", "org", "authors", "normalized"), BYLINES)
def test_parse_byline(
    text: str, org: str | None, authors: list[tuple[str, str | None]] | None, normalized: str | None
) -> None:
    byline = parse_byline(text, rules=RULES)
    if authors is None:
        assert byline is None
        return
    assert byline is not None
    assert byline.org == org
    assert [(a.name, a.role) for a in byline.authors] == authors
    if normalized is not None:
        assert byline.text == normalized


def test_bare_name_byline_with_marker() -> None:
    byline = parse_byline("陈建国  王  强", bare_names=True, rules=RULES)
    assert byline is not None
    assert [(a.name, a.role) for a in byline.authors] == [("陈建国", None), ("王强", None)]


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text, rules=RULES) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("王 凯", ("王凯",)),
        ("陈建国  王  强", ("陈建国", "王强")),
        ("张三、李四", ("张三", "李四")),
        ("王", None),
    ],
)
def test_split_names(text: str, names: tuple[str, ...] | None) -> None:
    assert split_names(text) == names


# (paragraph, dateline, reporters, rest)
DATELINES = [
    ("本报讯 近日，全市开展活动。", "本报讯", [], "近日，全市开展活动。"),
    ("本报青岛讯 12月26日，市政府透露。", "本报青岛讯", [], "12月26日，市政府透露。"),
    ("本报3月28日讯 28日上午，仪式举行。", "本报3月28日讯", [], "28日上午，仪式举行。"),
    ("【本报讯】全市开展活动。", "本报讯", [], "全市开展活动。"),
    (
        "新华社北京5月4日电（记者 刘明、赵磊）国新办举行发布会。",
        "新华社北京5月4日电",
        ["刘明", "赵磊"],
        "国新办举行发布会。",
    ),
    ("据新华社上海5月6日电 上海发布新政。", "据新华社上海5月6日电", [], "上海发布新政。"),
    ("本报北京5月6日电（记者 刘明）会议召开。", "本报北京5月6日电", ["刘明"], "会议召开。"),
    ("香港文匯報訊 特區政府昨日宣布。", "香港文匯報訊", [], "特區政府昨日宣布。"),
    ("本報訊 會議昨日舉行。", "本報訊", [], "會議昨日舉行。"),
    ("（中央社記者林志明台北4日電）捷運局今天表示。", "中央社台北4日電", ["林志明"], "捷運局今天表示。"),
    ("【記者王小明／台北報導】行政院今天通過新政策。", None, ["王小明"], "行政院今天通過新政策。"),
]


@pytest.mark.parametrize(("text", "dateline", "reporters", "rest"), DATELINES)
def test_dateline(text: str, dateline: str | None, reporters: list[str], rest: str) -> None:
    found = match_dateline(text, rules_for(TRADITIONAL) if "記者" in text else RULES)
    assert found is not None
    assert found.dateline == dateline
    names = [a.name for a in found.byline.authors] if found.byline else []
    assert names == reporters
    assert found.rest == rest


@pytest.mark.parametrize(
    "text",
    ["据了解，项目已开工。", "新时代文明实践社区发电站投用。", "本报记者走访发现，", "社区服务功能“出圈”"],
)
def test_not_a_dateline(text: str) -> None:
    assert match_dateline(text, RULES) is None


# (caption, text, credit)
CREDITS = [
    ("工人正在实施混凝土浇筑作业。张鹰摄", "工人正在实施混凝土浇筑作业。", "张鹰"),
    ("游客在樱花下拍照。 新华社记者 孙华 摄", "游客在樱花下拍照。", "新华社记者 孙华"),
    ("市民在公园晨练。本报记者 刘明 摄", "市民在公园晨练。", "本报记者 刘明"),
    ("夜景（中央社記者陳家明攝）", "夜景", "中央社記者陳家明"),
    ("这是一段话。", "这是一段话。", None),
    ("工人正在作业张鹰摄", "工人正在作业张鹰摄", None),  # no boundary before the name: not a credit
]


@pytest.mark.parametrize(("caption", "text", "credit"), CREDITS)
def test_split_credit(caption: str, text: str, credit: str | None) -> None:
    assert split_credit(caption, RULES) == (text, credit)


def test_photo_credit_is_never_a_byline() -> None:
    assert parse_byline("本报记者 孙华摄", rules=RULES) is None
    assert parse_byline("张华/文 李明/摄", rules=RULES) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The text keeps what was printed but the marker, the padding and 报道 (SPEC 3.5).
        ("文/本报记者 王明", ("文/本报记者 王明", [("王明", "记者")])),
        ("文/张华", ("文/张华", [("张华", None)])),
        ("本报记者 王明 摄影报道", ("本报记者 王明 摄影", [("王明", "记者")])),
        ("本报记者 王明 文/图", ("本报记者 王明 文/图", [("王明", "记者")])),
        ("记者：王明", ("记者：王明", [("王明", "记者")])),
        ("本报评论员", ("本报评论员", [])),
        ("首席记者 王 凯", ("首席记者 王凯", [("王凯", "记者")])),
    ],
)
def test_byline_labels_and_tails(text: str, expected: tuple[str, list[tuple[str, str | None]]]) -> None:
    byline = parse_byline(text, rules=RULES)
    assert byline is not None
    assert (byline.text, [(a.name, a.role) for a in byline.authors]) == expected
