"""Hostile and malformed input (SPEC sections 1 and 6).

Whatever goes in, ``load_edition`` / ``parse_edition`` give either a sane
:class:`banmian.Edition` (every non-blank line accounted for exactly once,
serializable) or a :class:`banmian.BanmianError` subclass -- never another
exception type, and always in bounded time (nothing here asserts wall-clock
time; a hang shows up as a CI timeout).

Inputs are built in memory or written to pytest's ``tmp_path``.  Inputs that
once broke these promises stay as regression cases.
"""

from __future__ import annotations

import codecs
import difflib
import io
import json
import random
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import banmian

PAGE = (
    "青岛发布服务业重点项目\n"
    "\n"
    "□本报记者 王 凯\n"
    "\n"
    "本报讯 现代服务业是产业跃迁的重要支撑。今年以来，全市服务业增加值增长百分之五。\n"
    "\n"
    "据悉，青岛将加快建设一批重点项目，推动产业升级。\n"
)


# --- helpers -------------------------------------------------------------------


def strings(value: Any) -> list[str]:
    """Every string inside a ``to_dict()`` result."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings(v)]
    return []


def check_sane(edition: banmian.Edition) -> banmian.Edition:
    """A sane Edition: the provenance invariant holds and it serializes."""
    assert isinstance(edition, banmian.Edition)
    audit = edition.audit()
    assert audit.ok, audit
    assert edition.unaccounted_lines() == ()
    assert json.loads(edition.to_json())["articles"] == json.loads(json.dumps(edition.to_dict()))["articles"]
    return edition


def outcome(source: Any, **kwargs: Any) -> banmian.Edition | banmian.BanmianError:
    """``load_edition`` giving a sane Edition or a BanmianError (anything else fails the test)."""
    try:
        edition = banmian.load_edition(source, **kwargs)
    except banmian.BanmianError as exc:
        return exc
    return check_sane(edition)


def is_empty(edition: banmian.Edition) -> bool:
    return not (edition.articles or edition.photos or edition.artifacts or edition.duplicates)


def articles(edition: banmian.Edition) -> list[dict[str, Any]]:
    return [a.to_dict() for a in edition.articles]


# --- binary files ----------------------------------------------------------------

BINARY_HEADERS = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)),
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(40)),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01",
}


@pytest.mark.parametrize("kind", sorted(BINARY_HEADERS))
def test_binary_file_is_refused_as_not_text(tmp_path: Path, kind: str) -> None:
    data = BINARY_HEADERS[kind] + random.Random(kind).randbytes(2000)
    path = tmp_path / f"page.{kind}"
    path.write_bytes(data)
    for source in (data, path, str(path), io.BytesIO(data)):
        with pytest.raises(banmian.NotTextError):
            banmian.load_edition(source)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 500, 4096, 100_000])
@pytest.mark.parametrize("seed", range(4))
def test_random_bytes_give_an_edition_or_a_banmian_error(seed: int, size: int) -> None:
    data = random.Random(seed * 1_000_003 + size).randbytes(size)
    outcome(data)


def test_random_bytes_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(20240328).randbytes(50_000))
    outcome(path)
    with path.open("rb") as file:
        outcome(file)


# --- NUL and control characters --------------------------------------------------


@pytest.mark.parametrize("nuls", [1, 3, 20])
def test_nul_bytes_inside_text(nuls: int) -> None:
    rng = random.Random(nuls)
    data = bytearray(PAGE.encode("utf-8"))
    for _ in range(nuls):  # at the end of a non-blank line, never inside a multi-byte character
        ends = [i for i, b in enumerate(data) if b == 0x0A and i > 0 and data[i - 1] != 0x0A]
        cut = rng.choice(ends)
        data[cut:cut] = b"\x00"
    result = outcome(bytes(data))
    if isinstance(result, banmian.Edition):
        assert not any("\x00" in s for s in strings(result.to_dict())), result


def test_nul_byte_inside_a_line_is_removed_from_the_text() -> None:
    edition = check_sane(banmian.load_edition(PAGE.replace("现代服务业", "现代\x00服务业").encode()))
    assert edition.articles[0].paragraphs[0].startswith("现代服务业")


def test_utf16_looking_nul_pattern() -> None:
    # ASCII with NULs between the characters: UTF-16 without a BOM, or binary.
    outcome("banmian 版面 test\n".encode("utf-16-le") * 50)
    outcome(b"a\x00" * 1000 + b"\x00\x00\x00")


@pytest.mark.parametrize("code", [c for c in range(0x20) if chr(c) not in "\n\r"] + [0x7F, 0x85, 0x9B])
def test_control_character_inside_text(code: int) -> None:
    char = chr(code)
    text = PAGE.replace("现代服务业", f"现代{char}服务业").replace("青岛发布", f"青岛{char}发布")
    edition = check_sane(banmian.parse_edition(text))
    assert edition.articles
    for s in strings(edition.to_dict()):
        assert char not in s or char == "\t", (char, s)
    outcome(text.encode("utf-8"))


def test_control_characters_everywhere() -> None:
    rng = random.Random(7)
    controls = [chr(c) for c in range(0x20) if chr(c) not in "\n\r"]
    noisy = "".join(ch + rng.choice(controls) if rng.random() < 0.2 else ch for ch in PAGE)
    check_sane(banmian.parse_edition(noisy))
    outcome(noisy.encode("utf-8"))


def test_mostly_control_characters_are_binary() -> None:
    with pytest.raises(banmian.NotTextError):
        banmian.load_edition(bytes(range(1, 32)) * 20)


# --- lone surrogates ----------------------------------------------------------------

SURROGATE_TEXTS = [
    "\ud800",
    "\udfff\n\ud800\udc00",  # a pair written as two lone code units
    PAGE.replace("现代", "现\ud83d代"),
    PAGE.replace("青岛发布", "青岛\udcff发布"),
    "标题在这里\n\n\ud800\udfff\n\n本报讯 正文在这里。",
]


@pytest.mark.parametrize("text", SURROGATE_TEXTS)
def test_lone_surrogates_in_str(text: str) -> None:
    check_sane(banmian.parse_edition(text))
    outcome(io.StringIO(text))


@pytest.mark.parametrize("line", ["\ud800", "\ud800\udfff", "\x00", "\x07\x1b", "\x7f"])
def test_output_of_an_invisible_line_is_clean(line: str) -> None:
    edition = check_sane(banmian.parse_edition(f"标题在这里\n\n{line}\n\n本报讯 正文在这里。"))
    edition.to_json().encode("utf-8")
    for s in strings(edition.to_dict()):
        assert not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in s), repr(s)


# --- size -----------------------------------------------------------------------------


def _han_line(n_chars: int, seed: int) -> str:
    rng = random.Random(seed)
    words = ["现代服务业", "产业", "跃迁", "重要", "支撑", "青岛", "项目", "建设", "发展", "推动", "全市"]
    marks = ["，", "。", "、", "；", "“", "”", "（", "）", ",", ":", "!", "(", ")", '"', " ", "记者", "摄"]
    parts: list[str] = []
    size = 0
    while size < n_chars:
        piece = rng.choice(words) if rng.random() < 0.8 else rng.choice(marks)
        parts.append(piece)
        size += len(piece)
    return "".join(parts)


FIVE_MB_CHARS = 1_900_000  # mostly Chinese, three UTF-8 bytes a character: over 5 MiB


@pytest.mark.parametrize("prefix", ["", "本报讯 ", "■", "# "])
def test_single_five_megabyte_line_finishes(prefix: str) -> None:
    line = prefix + _han_line(FIVE_MB_CHARS, seed=len(prefix))
    data = line.encode("utf-8")
    assert len(data) >= 5 * 1024 * 1024
    edition = check_sane(banmian.load_edition(data))
    assert edition.content_lines == (1,)


@pytest.mark.parametrize("shape", ["parens", "quotes", "halfwidth", "dateline"])
def test_single_long_line_with_hostile_repetition(shape: str) -> None:
    n = 400_000
    line = {
        "parens": "(" * n + "讯" + ")" * n,
        "quotes": '"' * n + "讯",
        "halfwidth": "讯" + ",:;?!" * (n // 5),
        "dateline": "据" + "报" * n + "讯",
    }[shape]
    check_sane(banmian.parse_edition(line))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_two_hundred_thousand_empty_lines(newline: str) -> None:
    data = (newline * 200_000).encode("ascii")
    edition = check_sane(banmian.load_edition(data))
    assert is_empty(edition)
    assert edition.content_lines == ()
    tail = check_sane(banmian.load_edition(data + "正文在最后一行。".encode()))
    assert tail.content_lines == (200_001,)


def test_over_max_size_is_refused(tmp_path: Path) -> None:
    data = PAGE.encode("utf-8")
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    limit = len(data) - 1
    for source in (data, bytearray(data), path, str(path), io.BytesIO(data)):
        with pytest.raises(banmian.InputTooLargeError):
            banmian.load_edition(source, max_size=limit)
    with pytest.raises(banmian.InputTooLargeError):
        banmian.load_edition(io.StringIO(PAGE), max_size=len(PAGE) - 1)
    with pytest.raises(banmian.InputTooLargeError):
        banmian.parse_edition(PAGE, max_size=len(PAGE) - 1)
    assert issubclass(banmian.InputTooLargeError, banmian.BanmianError)
    # exactly at the limit is accepted
    check_sane(banmian.load_edition(data, max_size=len(data)))
    check_sane(banmian.load_edition(path, max_size=len(data)))
    check_sane(banmian.parse_edition(PAGE, max_size=len(PAGE)))


# --- empty and blank ------------------------------------------------------------------


def test_empty_file_and_empty_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    for source in (b"", bytearray(), memoryview(b""), path, str(path), io.BytesIO(b""), io.StringIO("")):
        edition = check_sane(banmian.load_edition(source))
        assert is_empty(edition), source
        assert edition.warnings == ()
    edition = check_sane(banmian.parse_edition(""))
    assert is_empty(edition)
    assert edition.encoding is None


@pytest.mark.parametrize(
    "text",
    [" ", "\n", "\t\t\n  \n", "\r\n\r\n", "\u3000\u3000\n", "\u00a0\n \u00a0 ", " \n" * 1000, "\x0b\x0c"],
)
def test_whitespace_only_gives_an_empty_edition(text: str) -> None:
    assert is_empty(check_sane(banmian.parse_edition(text)))
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        edition = check_sane(banmian.load_edition(text.encode(encoding)))
        assert is_empty(edition), (encoding, edition)


# --- paths, types and file objects --------------------------------------------------------


def test_directory_path_is_an_input_error(tmp_path: Path) -> None:
    for source in (tmp_path, str(tmp_path)):
        with pytest.raises(banmian.InputError):
            banmian.load_edition(source)


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "page.txt"
    for source in (missing, str(missing), tmp_path / "缺失的版面.txt"):
        with pytest.raises(banmian.InputError):
            banmian.load_edition(source)


def test_path_with_nul_character_is_an_input_error() -> None:
    with pytest.raises(banmian.InputError):
        banmian.load_edition("seeds/000\x00.txt")


def test_text_file_opened_with_the_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(PAGE.encode("gb18030"))
    with path.open(encoding="utf-8") as file, pytest.raises(banmian.DecodeError):
        banmian.load_edition(file)
    # decoders that never fail give mojibake, but still a sane Edition
    with path.open(encoding="latin-1") as file:
        check_sane(banmian.load_edition(file))
    with path.open(encoding="utf-8", errors="replace") as file:
        check_sane(banmian.load_edition(file))
    # the same file in binary mode is detected
    with path.open("rb") as file:
        edition = check_sane(banmian.load_edition(file))
    assert edition.encoding == "gb18030"
    assert edition.source == "gb.txt"
    assert articles(edition) == articles(banmian.parse_edition(PAGE))


def test_encoding_override_on_a_text_file_object_is_not_misreported() -> None:
    try:
        edition = banmian.load_edition(io.StringIO(PAGE), encoding="no-such-codec")
    except banmian.BanmianError:
        return
    assert edition.encoding != "no-such-codec"


@pytest.mark.parametrize("value", [42, 3.5, None, ["标题"], {"text": "标题"}, object(), True])
def test_unsupported_type_is_an_input_error(value: object) -> None:
    with pytest.raises(banmian.InputError):
        banmian.load_edition(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [42, b"bytes", None, io.StringIO("x")])
def test_parse_edition_takes_only_str(value: object) -> None:
    with pytest.raises(banmian.InputError):
        banmian.parse_edition(value)  # type: ignore[arg-type]


def test_closed_and_broken_file_objects() -> None:
    closed = io.BytesIO(PAGE.encode())
    closed.close()
    with pytest.raises(banmian.InputError):
        banmian.load_edition(closed)

    class Weird:
        def read(self, size: int = -1) -> object:
            return 12

    with pytest.raises(banmian.InputError):
        banmian.load_edition(Weird())  # type: ignore[arg-type]


def test_bytes_like_sources_agree() -> None:
    data = PAGE.encode("utf-8")
    expected = banmian.load_edition(data).to_dict()
    for source in (bytearray(data), memoryview(data), io.BytesIO(data)):
        assert banmian.load_edition(source).to_dict() == expected


# --- encoding= override ------------------------------------------------------------------


def test_gbk_override() -> None:
    data = PAGE.encode("gbk")
    edition = check_sane(banmian.load_edition(data, encoding="gbk"))
    assert edition.encoding in {"gbk", "gb18030"}
    assert articles(edition) == articles(banmian.parse_edition(PAGE))
    # a named encoding is decoded strictly: UTF-8 bytes are not GBK-only text
    assert isinstance(outcome(PAGE.encode("utf-8"), encoding="gbk"), (banmian.Edition, banmian.DecodeError))


def test_wrong_override_is_a_decode_error() -> None:
    with pytest.raises(banmian.DecodeError):
        banmian.load_edition(PAGE.encode("gb18030"), encoding="utf-8")


@pytest.mark.parametrize("name", ["no-such-codec", "", "utf-9", "gb-18030-xx"])
def test_unknown_encoding_name_is_a_decode_error(name: str) -> None:
    with pytest.raises(banmian.DecodeError):
        banmian.load_edition(PAGE.encode(), encoding=name)


@pytest.mark.parametrize("name", ["base64", "rot13", "hex", "zlib", "bz2", "uu", "quopri", "utf-8\x00"])
def test_non_text_codec_name_is_a_decode_error(name: str) -> None:
    with pytest.raises(banmian.BanmianError):
        banmian.load_edition(PAGE.encode(), encoding=name)


# --- structural hostility -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "□青岛日报/观海新闻\n记者 傅 军",  # an org set on a line of its own
        "□陈建国  王  强\n记者 杨国胜",  # bare names, then a role
        "\n".join(["本报记者 杨 光 通讯员 张 静"] * 4),  # together over BYLINE_MAX_CHARS
    ],
)
def test_adjacent_byline_lines_never_crash(text: str) -> None:
    check_sane(banmian.parse_edition(f"青岛发布服务业重点项目\n\n{text}\n\n本报讯 正文在这里。"))


def test_byline_and_marker_soup() -> None:
    soup = "\n".join(
        ["□", "■", "□□□", "■■", "□本报记者", "记者", "摄", "■摄", "□ 王", "本报讯", "【】", "（）"]
    )
    check_sane(banmian.parse_edition(soup))
    check_sane(banmian.parse_edition(soup.replace("\n", "\n\n")))


def test_markdown_residue_only() -> None:
    text = "\n".join(["#", "######", "**", "__", "****", "# **", "  "])
    edition = check_sane(banmian.parse_edition(text))
    assert not edition.articles
    assert {a.kind for a in edition.artifacts} == {"markup"}


def _rule_page(rule: str) -> str:
    return (
        f"标题在这里\n\n本报讯 金家岭金融区管委相关负责人介绍，路演\n\n{rule}\n\n平台核心是为全省产业服务。"
    )


@pytest.mark.parametrize("rule", ["---", "***", "___", "* * *", "----------", "===="])
def test_markdown_rule_is_markup(rule: str) -> None:
    edition = check_sane(banmian.parse_edition(_rule_page(rule)))
    body = "".join(article.text for article in edition.articles)
    assert not (set(rule) - {" "}) & set(body), body
    assert [a.kind for a in edition.artifacts] == ["markup"]


@pytest.mark.parametrize("rule", ["- - -", "- - - -"])
def test_markdown_rule_is_not_body_text(rule: str) -> None:
    text = _rule_page(rule)
    edition = check_sane(banmian.parse_edition(text))
    body = "".join(article.text for article in edition.articles)
    assert not (set(rule) - {" "}) & set(body), body


# --- bounded work (no clocks) -------------------------------------------------------------------
#
# SPEC 6 asks for bounded time.  Instead of timing, these tests count the lines
# of banmian's own code executed while parsing (sys.settrace) for a page of n
# and of 3n repeated units: linear work grows about 3x, quadratic work about 9x.


def work(text: str) -> int:
    """Lines of banmian code executed while parsing ``text``."""
    executed = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal executed
        if event == "line":
            executed += 1
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return local if "banmian" in frame.f_code.co_filename else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        banmian.parse_edition(text)
    finally:
        sys.settrace(previous)
    return executed


def growth(page: Callable[[int], str]) -> float:
    return work(page(900)) / work(page(300))


LINEAR_PAGES: dict[str, Callable[[int], str]] = {
    "articles": lambda n: "\n\n".join(
        f"青岛发布第{i}批重点项目\n\n□本报记者 王 凯\n\n本报讯 现代服务业是第{i}个重要支撑。"
        for i in range(n)
    ),
    "terminated paragraphs": lambda n: (
        "标题在这里\n\n" + "\n\n".join(f"据悉，第{i}个项目进展顺利。" for i in range(n))
    ),
    "captions": lambda n: (
        "标题在这里\n\n" + "\n\n".join(f"■工人正在实施第{i}次浇筑作业。张鹰摄" for i in range(n))
    ),
    "exact duplicates": lambda n: "标题在这里\n\n" + "\n\n".join(["现代服务业是产业跃迁的重要支撑。"] * n),
    "vertical text": lambda n: "\n".join(["精", "彩"] * n),
    "list items": lambda n: "标题在这里\n\n" + "\n".join(f"- 第{i}项内容" for i in range(n)),
}


@pytest.mark.parametrize("shape", sorted(LINEAR_PAGES))
def test_work_grows_linearly(shape: str) -> None:
    assert growth(LINEAR_PAGES[shape]) < 4.0


@pytest.mark.parametrize(
    "shape",
    [
        "unterminated paragraphs that open a paragraph",
        "a chain of continuations",
        "paragraphs between closing credits",
    ],
)
def test_work_grows_linearly_for_unterminated_paragraphs(shape: str) -> None:
    page = {
        "unterminated paragraphs that open a paragraph": lambda n: (
            "标题在这里\n\n" + "\n\n".join(f"据悉，第{i}个项目进展顺利" for i in range(n))
        ),
        "a chain of continuations": lambda n: (
            "标题在这里\n\n" + "\n\n".join(f"的项目进展顺利{i}" for i in range(n))
        ),
        "paragraphs between closing credits": lambda n: (
            "标题在这里\n\n" + "\n\n".join(["正文一段。", "据新华社"] * n)
        ),
    }[shape]
    assert growth(page) < 4.0


def test_work_grows_linearly_for_orphan_bylines() -> None:
    assert growth(lambda n: "\n\n".join(["记者 王 凯", "正文一段。"] * n)) < 4.0


def test_work_grows_linearly_for_paragraphs_with_a_common_opening() -> None:
    assert (
        growth(
            lambda n: (
                "标题在这里\n\n"
                + "\n\n".join(
                    f"现代服务业是产业跃迁的重要支撑今年以来全市服务业增加值增长第{i:05d}个百分点。"
                    for i in range(n)
                )
            )
        )
        < 4.0
    )


def test_near_duplicate_search_is_not_quadratic(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    ratio = difflib.SequenceMatcher.ratio

    def counting_ratio(self: difflib.SequenceMatcher[str]) -> float:
        nonlocal calls
        calls += 1
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counting_ratio)
    rng = random.Random(11)
    alphabet = "的一是在不了有和人这中大为上个国我以要他时"
    n = 80
    paragraphs = [
        "开头相同的十个字符啊" + "".join(rng.choice(alphabet) for _ in range(40)) + "。" for _ in range(n)
    ]
    edition = check_sane(banmian.parse_edition("标题在这里啊\n\n" + "\n\n".join(paragraphs)))
    assert len(edition.articles[0].blocks) + len(edition.duplicates) >= n
    # A bounded number of full comparisons per paragraph keeps the whole page linear.
    assert calls <= 8 * n, f"{calls} full comparisons for {n} paragraphs"


def test_bom_only_and_bom_plus_blank() -> None:
    for data in (codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n", codecs.BOM_UTF8 + "\u3000\n".encode()):
        assert is_empty(check_sane(banmian.load_edition(data)))
