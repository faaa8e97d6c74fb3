"""House style per line (SPEC section 3): cases are data, including text that must not change."""

from __future__ import annotations

import pytest

from banmian import TRADITIONAL
from banmian._lines import split_lines
from banmian._normalize import normalize_line, normalize_lines, normalize_text

# (input, expected) — what the house style does.
CHANGES = [
    ("记者:王凯", "记者：王凯"),
    ("李沧区产业园区招商步伐加快,新旧动能", "李沧区产业园区招商步伐加快，新旧动能"),
    ("真的吗?是的!", "真的吗？是的！"),
    ("一是;二是", "一是；二是"),
    ("山东高速(青岛)私募基金", "山东高速（青岛）私募基金"),
    ('打造"一刻钟便民生活圈"', "打造“一刻钟便民生活圈”"),
    ("他说'好'", "他说‘好’"),
    ("本报\u3000讯", "本报 讯"),
    ("本报\u00a0讯", "本报 讯"),
    ("本\u200b报\u200d讯", "本报讯"),
    ("  多个   空格  ", "多个 空格"),
    ("控制\x07字符", "控制字符"),
    ("e\u0301", "\u00e9"),  # NFC
    ("年,企业", "年，企业"),
]

# Text the house style must leave alone: ASCII inside Latin and numbers.
UNCHANGED = [
    "比分1:2",
    "增长3.5%",
    "SPECT/CT",
    "5G+工业互联网",
    "Hello, world!",
    "(1)",
    '"quoted English"',
    "（已是全角）",
    "“已是弯引号”",
]


@pytest.mark.parametrize(("raw", "expected"), CHANGES)
def test_house_style(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_latin_and_numbers_alone(text: str) -> None:
    assert normalize_text(text) == text


@pytest.mark.parametrize(("raw", "expected"), CHANGES + [(t, t) for t in UNCHANGED])
def test_idempotent_on_cases(raw: str, expected: str) -> None:
    assert normalize_text(normalize_text(raw)) == normalize_text(raw)


def test_traditional_profile_uses_corner_quotes() -> None:
    assert normalize_text('他說"及時而到位"', TRADITIONAL) == "他說「及時而到位」"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("### 城市更新更美  ", ("城市更新更美", 3, False, "", True)),
        ("- 最美志愿者:**", ("最美志愿者：", 0, True, "", False)),
        ("□青岛日报/观海新闻记者 傅 军", ("青岛日报/观海新闻记者 傅 军", 0, False, "□", False)),
        ("■规范化提升后的农贸市场。", ("规范化提升后的农贸市场。", 0, False, "■", False)),
        ("**加粗的标题**", ("加粗的标题", 0, False, "", False)),
        ("#话题标签", ("#话题标签", 0, False, "", False)),
    ],
)
def test_markdown_residue(raw: str, expected: tuple[str, int, bool, str, bool]) -> None:
    """expected: (text, heading level, bullet, marker, hard break)."""
    line = normalize_line(1, raw)
    assert (line.text, line.heading, line.bullet, line.marker, line.hard_break) == expected


def test_lines_are_numbered_before_rewriting() -> None:
    lines = normalize_lines(split_lines("标题\r\n\r\n\u3000\r\n正文。\r末行"))
    assert [(line.number, line.text, line.gap_before) for line in lines] == [
        (1, "标题", 0),
        (4, "正文。", 2),
        (5, "末行", 0),
    ]


def test_markup_only_line_is_kept_with_empty_text() -> None:
    (line,) = normalize_lines(split_lines("**"))
    assert (line.number, line.text) == (1, "")
