"""Property tests of the invariants of SPEC section 6.

* Normalization is idempotent (``normalize_text`` on arbitrary text and on
  text drawn from a newspaper-like alphabet).
* Parsing is deterministic and does not depend on the file name.
* Nothing is lost: every non-blank source line is accounted for exactly once
  (``Edition.audit().ok``), and never only by the ``unplaced`` safety net;
  and no Han character, letter or digit of it is lost (``audit().lost_text``),
  on generated pages and on every seed and test page.
* Any bytes or any str give an ``Edition`` or a ``BanmianError``.

Hypothesis runs derandomized and without an example database, so CI is
reproducible; inputs that once broke an invariant stay as explicit
``@example``s.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, reject, settings
from hypothesis import strategies as st

import banmian
from banmian._normalize import normalize_text

from .conftest import ROOT, SEEDS

FAST = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
THOROUGH = settings(FAST, max_examples=500)


def parse(text: str, **kwargs: Any) -> banmian.Edition:
    return banmian.parse_edition(text, **kwargs)


def load(data: bytes, **kwargs: Any) -> banmian.Edition | None:
    """``load_edition``: the Edition, or None for a BanmianError; anything else propagates."""
    try:
        return banmian.load_edition(data, **kwargs)
    except banmian.BanmianError:
        return None


def assert_accounted(edition: banmian.Edition) -> None:
    audit = edition.audit()
    assert audit.ok, audit
    assert not [w for w in edition.warnings if w.kind == "unplaced"], edition.warnings


# --- strategies ------------------------------------------------------------------------------

HAN = "的一是在不了有和人这中大为上本报讯记者王凯青岛发布服务业项目产业建设摄社电据新华"
FULLWIDTH = "，。、；：？！“”‘’（）《》【】…—「」"
HALFWIDTH = ",:;?!()\"'"
SPACES = [" ", "\t", "\u00a0", "\u3000", "  "]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060", "\u202a"]
MARKDOWN = ["#", "# ", "## ", "**", "__", "- ", "* ", "> ", "`", "|", "\\", "  "]
OTHER = [*"0123456789.%/+-abcXYZ■□●", "e\u0301", "\u0301", "Å", "ﬁ", "①"]

NEWSPAPER_ALPHABET = list(HAN) + list(FULLWIDTH) + list(HALFWIDTH) + SPACES + INVISIBLE + MARKDOWN + OTHER
newspaper_text = st.lists(st.sampled_from(NEWSPAPER_ALPHABET), max_size=40).map("".join)
# The same without the half-width marks that the house style converts.
quiet_text = st.lists(
    st.sampled_from([c for c in NEWSPAPER_ALPHABET if c not in HALFWIDTH]), max_size=40
).map("".join)

word = st.one_of(
    st.text(alphabet=HAN, min_size=1, max_size=6),
    st.sampled_from(["SPECT/CT", "5G", "3.5", "2023", "GDP", "CEO", "1:2", "A股", "iPhone"]),
)


@st.composite
def wrapped_word(draw: st.DrawFn) -> str:
    inner = draw(word)
    left, right = draw(
        st.sampled_from([("", ""), ("(", ")"), ('"', '"'), ("'", "'"), ("“", "”"), ("（", "）")])
    )
    return left + inner + right


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """Words joined by single half-width or full-width marks, with stray spacing and
    invisible characters -- newspaper prose as converters leave it."""
    parts = [draw(wrapped_word())]
    for _ in range(draw(st.integers(0, 6))):
        mark = draw(st.sampled_from([*",:;?!", "，", "。", "、", "：", " ", ""]))
        pad = draw(st.sampled_from(["", "", " ", "\u00a0", "\u3000", "\u200b"]))
        parts.append(mark + pad + draw(wrapped_word()))
    end = draw(st.sampled_from(["", "。", "!", "?", "！", "……"]))
    return "".join(parts) + end


# Lines of a page, by kind.
TITLES = [
    "济青双都市圈联动，促产业与资本互动",
    "青岛发布服务业重点项目",
    "打造经济发展“主引擎”——",
    "路演平台、科技金融服务中心启用，助力全省产业集群培育和成长",
    "聚焦园区建设",
    "# 市北区生命健康产业基地启用",
    "## 小标题在此",
    "### 第三级标题",
    "精彩李沧",
    "JING CAI LI CANG",
    "第3版",
    "2023年3月28日 星期二",
    "责任编辑：王明",
]
BYLINES = [
    "□本报记者 王 凯",
    "本报记者 杨 光 通讯员 张 静",
    "记者 杨国胜 报道",
    "□青岛日报/观海新闻记者 傅 军",
    "□陈建国  王  强",
    "本报通讯员 李 明",
    "王 凯/文 张 鹰/图",
    "■香港文匯報記者 陳家明",
]
DATELINES = [
    "本报讯 现代服务业是产业跃迁的重要支撑。",
    "本报3月28日讯 28日上午，项目发布。",
    "新华社北京5月4日电（记者 刘明、赵磊）国务院召开会议。",
    "【本报讯】会议在青岛举行。",
    "本报青岛讯",
    "香港文匯報訊（記者 陳家明）本港經濟穩步復蘇。",
]
CAPTIONS = [
    "■工人正在实施混凝土浇筑作业。张鹰摄",
    "■游客在樱花下拍照。",
    "董梅雪 摄",
    "■市民在公园游玩  ",
    "游客在樱花下拍照。 新华社记者 孙华 摄",
    "（中央社記者陳家明攝）",
    "新华社发",
]
CREDITS = ["据新华社", "（新华社）", "（来源：人民日报）"]
BULLETS = [
    "- 第一项内容",
    "* 第二项内容。",
    "+ 第三项",
    "1. 第一条",
    "一、总体要求",
    "（一）工作目标",
    "①首先",
]
PARAGRAPHS = [
    "都市圈的构建，不仅打破了地域限制，拉近城市之间的距离，",
    "更将城市间的产业协同合作推向新的高度。",
    "金家岭金融区管委相关负责人介绍，路演",
    "平台“五全实施机制”核心是为全省产业服务。",
    "的企业负责人表示，将加大投入。",
    "会上，榜单揭晓，名单揭晓，名单揭晓。",
    "据悉，该平台是由省工信厅指导",
    "声轰鸣。工人们正有序开展生产",
    '他说:"我们要加快发展(重点)产业!"',
    "3.5亿元, SPECT/CT, 5G+工业互联网, 1:2",
    "**加粗的导语文字。**",
    "今年以来，青岛服务业增加值同比增长百分之五点二，高于全国平均水平零点八个百分点。",
]
RESIDUE = ["---", "***", "#", "**", "__", "\u200b", "\\", "> 引用", "`code`", "|", "\x07", "\ufeff"]
VERTICAL = ["精", "彩", "李沧", "沧", "视", "点"]
BLANKS = ["", "", "", "\u3000", " \t", "\u00a0"]

page_line = st.one_of(
    st.sampled_from(TITLES),
    st.sampled_from(BYLINES),
    st.sampled_from(DATELINES),
    st.sampled_from(CAPTIONS),
    st.sampled_from(CREDITS),
    st.sampled_from(BULLETS),
    st.sampled_from(PARAGRAPHS),
    st.sampled_from(RESIDUE),
    st.sampled_from(VERTICAL),
    st.sampled_from(BLANKS),
    st.sampled_from(BLANKS),
    sentence(),
    newspaper_text,
)


@st.composite
def page(draw: st.DrawFn) -> str:
    """A page: a random mix of lines, some runs repeated (duplicates), random line ends."""
    lines = draw(st.lists(page_line, max_size=40))
    for _ in range(draw(st.integers(0, 2))):
        if lines:
            start = draw(st.integers(0, len(lines) - 1))
            stop = draw(st.integers(start, min(len(lines), start + 6)))
            at = draw(st.integers(0, len(lines)))
            lines[at:at] = lines[start:stop]
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    trailing = draw(st.sampled_from(["", newline]))
    return newline.join(lines) + trailing


# --- normalization is idempotent --------------------------------------------------------------


@THOROUGH
@given(st.text(alphabet=st.characters(blacklist_characters=HALFWIDTH)))
def test_normalize_idempotent_on_arbitrary_text_without_halfwidth_marks(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@THOROUGH
@given(quiet_text)
def test_normalize_idempotent_on_newspaper_alphabet_without_halfwidth_marks(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@THOROUGH
@given(sentence())
def test_normalize_idempotent_on_newspaper_sentences(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@THOROUGH
@example("[。！？!?]")
@given(st.text())
def test_normalize_idempotent_on_arbitrary_text(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@THOROUGH
@example("好!!")
@example("真的吗??")
@example("(a(讯)b)")
@example("''讯''")
@example("他说: : 好")
@given(newspaper_text)
def test_normalize_idempotent_on_newspaper_alphabet(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@FAST
@given(newspaper_text)
def test_normalized_text_has_no_invisible_characters(text: str) -> None:
    once = normalize_text(text)
    assert once == once.strip()
    assert not any(ch in once for ch in [*INVISIBLE, "\u00a0", "\u3000", "\t", "\x07", "  "])


# --- parsing is deterministic and independent of the file name ----------------------------------


@FAST
@given(page())
def test_parse_is_deterministic_and_ignores_the_source_name(text: str) -> None:
    first = parse(text).to_dict()
    assert parse(text).to_dict() == first
    assert first.pop("source") is None
    for name in ("000_b8a3ab7b253d933e.txt", "版面.txt", "gb18030.txt", "a/b/c.md"):
        other = parse(text, source=name).to_dict()
        assert other.pop("source") == name
        assert other == first


@FAST
@given(page(), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_load_is_deterministic(text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        reject()
    first = load(data)
    second = load(data)
    assert (first and first.to_dict()) == (second and second.to_dict())


def test_result_does_not_depend_on_the_file_name(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        data = seed.read_bytes()
        readings = []
        for name in (seed.name, "page.txt", "版面 2023-03-28.txt", "x.gb18030", "noext"):
            target = tmp_path / name
            target.write_bytes(data)
            reading = banmian.load_edition(target).to_dict()
            assert reading.pop("source") == name
            readings.append(reading)
        assert all(r == readings[0] for r in readings), seed.name


_DUMP = """
import sys
import banmian
for path in sys.argv[1:]:
    print(banmian.load_edition(path).to_json())
"""


def test_parse_is_deterministic_across_processes() -> None:
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    outputs = []
    for hash_seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, *seeds],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count("\n") == len(seeds)


# --- nothing is lost ------------------------------------------------------------------------------


@THOROUGH
@given(page())
def test_nothing_lost(text: str) -> None:
    edition = parse(text)
    audit = edition.audit()
    assert not audit.missing and not audit.repeated, audit
    assert not [w for w in edition.warnings if w.kind == "unplaced"], edition.warnings
    non_blank = [
        n
        for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)
        if line.strip()
    ]
    assert list(edition.content_lines) == non_blank


@THOROUGH
@given(page())
def test_no_text_lost(text: str) -> None:
    assert parse(text).audit().lost_text == ()


@pytest.mark.parametrize(
    "path",
    sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt")),
    ids=lambda p: p.name,
)
def test_no_text_lost_on_the_seeds_and_test_pages(path: Path) -> None:
    assert banmian.load_edition(path).audit().lost_text == ()


@pytest.mark.parametrize(
    ("page", "lost"),
    [
        ("王飞摄\n5 孙立摄", "王飞"),
        ("■游客在樱花下拍照。张鹰摄\n董梅雪 摄", "张鹰"),
        (
            "标题在此处\n\n正文一段。\n■游客在樱花下拍照。（中央社記者陳家明攝）\n（中央社記者陳家明攝）",
            "中央社記者陳家明",
        ),
    ],
)
def test_a_second_credit_keeps_the_first(page: str, lost: str) -> None:
    """A credit line next to a caption that has a credit of its own is not
    taken as that caption's credit, which it replaced (issue 12): one of the
    two stands alone, as an orphan credit."""
    edition = parse(page)
    assert edition.audit().lost_text == ()
    captions = [*edition.photos, *(c for a in edition.articles for c in a.captions)]
    held = [c.credit or "" for c in captions] + [a.text for a in edition.artifacts]
    assert any(lost in text.replace(" ", "") for text in held)
    assert [a.kind for a in edition.artifacts] == ["orphan_credit"]


@pytest.mark.parametrize(
    "opening",
    [
        "新京报讯（记者 陆一）",
        "新华社北京5月4日电（记者 刘明、赵磊） ",
        "（中央社記者王小明台北23日電）",
        "香港文匯報訊（記者 陳家明）",
    ],
)
def test_dateline_reporters_are_kept_beside_a_byline(opening: str) -> None:
    """Reporters after a dateline leave the paragraph; beside a byline line
    they join that byline instead of going nowhere (issue 12)."""
    page = f"青岛发布服务业重点项目\n\n□本报记者 王 凯\n\n{opening}现代服务业是产业跃迁的重要支撑。"
    edition = parse(page)
    assert edition.audit().lost_text == ()
    (article,) = edition.articles
    assert article.byline is not None
    assert article.byline.lines == (3,)
    assert article.byline.authors[0].name == "王凯"
    assert len(article.byline.authors) > 1
    assert article.paragraphs == ("现代服务业是产业跃迁的重要支撑。",)


def test_the_audit_names_lost_text() -> None:
    """The audit sees text that went nowhere, and names its line."""
    lost = banmian.Edition(
        artifacts=(banmian.Artifact("orphan_credit", "孙立摄", 2),),
        content_lines=(1, 2),
        content_text=("王飞摄", "5 孙立摄"),
    ).audit()
    assert not lost.ok
    assert lost.missing == (1,)
    assert lost.lost_text == ((1, "王飞摄"), (2, "5"))


def test_a_byline_s_closing_word_may_stand_cut_across_wrapped_lines_elsewhere() -> None:
    """The 报道 a byline drops is forgiven even when the same word, cut across
    two lines of a hard-wrapped paragraph (…经济报 / 道记者…), stands whole in
    the joined paragraph (the hostile-input campaign found this)."""
    paragraph = (
        "与同行相比，北辰新能源的盈利能力处于行业前列。经济报道记者梳理发现，三家动力电池企业的海外收入均有增长。"
        * 4
    )
    width = 26  # the line ends in 经济报, the next opens with 道记者
    wrapped = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    assert any(line.endswith("经济报") for line in wrapped)
    edition = parse("\n".join(["动力电池出海提速", "", "本报记者 曹晓 北京报道", "", *wrapped]))
    (article,) = edition.articles
    assert article.byline is not None and article.byline.text == "本报记者 曹晓 北京"
    assert len(article.blocks) == 1
    assert edition.audit().ok, edition.audit().lost_text


@FAST
@given(st.lists(st.one_of(sentence(), st.sampled_from(PARAGRAPHS), st.sampled_from(BLANKS)), max_size=30))
def test_nothing_lost_in_prose(lines: list[str]) -> None:
    assert_accounted(parse("青岛发布服务业重点项目\n\n□本报记者 王 凯\n\n" + "\n".join(lines)))


@FAST
@example(["□青岛日报/观海新闻", "记者 傅 军"])
@example(["□陈建国  王  强", "记者 杨国胜"])
@given(st.lists(st.sampled_from(BYLINES), min_size=2, max_size=5))
def test_nothing_lost_with_adjacent_bylines(bylines: list[str]) -> None:
    text = "青岛发布服务业重点项目\n" + "\n".join(bylines) + "\n\n本报讯 正文在这里。"
    assert_accounted(banmian.parse_edition(text))


# --- any input gives an Edition or a BanmianError ------------------------------------------------


@THOROUGH
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    edition = load(data)
    if edition is not None:
        assert_accounted(edition)


@FAST
@given(page(), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "gb18030", "big5", "utf-32"]), st.data())
def test_any_bytes_near_a_page(text: str, codec: str, data: st.DataObject) -> None:
    raw = bytearray(text.encode(codec, errors="replace"))
    for _ in range(data.draw(st.integers(0, 4))):
        if raw:
            at = data.draw(st.integers(0, len(raw) - 1))
            raw[at] = data.draw(st.integers(0, 255))
    if raw and data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    edition = load(bytes(raw))
    if edition is not None:
        assert_accounted(edition)


@FAST
@given(st.text(max_size=400))
def test_any_str(text: str) -> None:
    assert_accounted(parse(text))


@FAST
@given(st.binary(max_size=500), st.sampled_from([None, "gbk", "big5", "utf-16", "latin-1", "utf-8", "ascii"]))
def test_any_bytes_with_a_named_encoding(data: bytes, encoding: str | None) -> None:
    edition = load(data, encoding=encoding)
    if edition is not None:
        assert_accounted(edition)
