"""Encodings and line ends (SPEC 3.1): the same page in any supported encoding
or line-end convention reads exactly like its UTF-8 version, and
``Edition.encoding`` names what was used.

Pages are built here (a small Chinese page, simplified and traditional) and
from the seed pages in ``seeds/``, re-encoded in memory.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import banmian

from .conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))

PAGE = (
    "\n"
    "青岛发布服务业重点项目\n"
    "\n"
    "□本报记者 王 凯\n"
    "\n"
    "本报讯 现代服务业是产业跃迁的重要支撑。今年以来，全市服务业增加值增长百分之五。\n"
    "\n"
    "据悉，青岛将加快建设一批重点项目，推动产业升级，打造经济发展“主引擎”。\n"
    "\n"
    "■工人正在实施混凝土浇筑作业。张鹰摄\n"
    "\n"
    "\n"
    "崂山区加快建设科创走廊\n"
    "\n"
    "本报记者 杨 光 通讯员 张 静\n"
    "\n"
    "本报3月28日讯 28日上午，崂山区科创走廊项目集中开工，总投资超过百亿元。\n"
)

TRADITIONAL_PAGE = (
    "香港發布服務業重點項目\n"
    "\n"
    "□本報記者 陳家明\n"
    "\n"
    "本報訊 現代服務業是產業躍遷的重要支撐。今年以來，全港服務業增加值增長百分之五。\n"
    "\n"
    "據悉，香港將加快建設一批重點項目，推動產業升級。\n"
)


def articles(edition: banmian.Edition) -> list[dict[str, Any]]:
    return [a.to_dict() for a in edition.articles]


def reading(edition: banmian.Edition) -> dict[str, Any]:
    """Everything of ``to_dict()`` except the encoding and the source name."""
    data = edition.to_dict()
    data.pop("encoding")
    data.pop("source")
    return data


def load(data: bytes, **kwargs: Any) -> banmian.Edition:
    edition = banmian.load_edition(data, **kwargs)
    audit = edition.audit()
    assert audit.ok, audit
    return edition


REFERENCE = banmian.parse_edition(PAGE)


def test_reference_page_reads_as_intended() -> None:
    first, second = REFERENCE.articles
    assert first.headline == "青岛发布服务业重点项目"
    assert first.byline is not None
    assert [a.name for a in first.byline.authors] == ["王凯"]
    assert first.dateline == "本报讯"
    assert first.captions[0].credit == "张鹰"
    assert second.dateline == "本报3月28日讯"
    assert [(a.name, a.role) for a in second.byline.authors] == [("杨光", "记者"), ("张静", "通讯员")]  # type: ignore[union-attr]


# --- the same page in every supported encoding ---------------------------------------------

ENCODED: dict[str, tuple[Callable[[str], bytes], str]] = {
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8"),
    "utf-8 BOM": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8"),
    "utf-16-le BOM": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    "utf-16-be BOM": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "utf-16-le": (lambda t: t.encode("utf-16-le"), "utf-16"),
    "utf-16-be": (lambda t: t.encode("utf-16-be"), "utf-16"),
    "utf-32 BOM": (lambda t: t.encode("utf-32"), "utf-32"),
    "gb2312": (lambda t: t.encode("gb2312"), "gb18030"),
    "gbk": (lambda t: t.encode("gbk"), "gb18030"),
    "gb18030": (lambda t: t.encode("gb18030"), "gb18030"),
}


@pytest.mark.parametrize("label", sorted(ENCODED))
def test_page_in_encoding_reads_like_utf8(label: str) -> None:
    encode, expected = ENCODED[label]
    edition = load(encode(PAGE))
    assert edition.encoding == expected
    assert articles(edition) == articles(REFERENCE)
    assert [d.to_dict() for d in edition.duplicates] == [d.to_dict() for d in REFERENCE.duplicates]
    assert [p.to_dict() for p in edition.photos] == [p.to_dict() for p in REFERENCE.photos]


@pytest.mark.parametrize("label", ["utf-8", "utf-8 BOM", "utf-16-le", "utf-16-be", "gb18030"])
def test_whole_reading_matches_utf8(label: str) -> None:
    encode, _ = ENCODED[label]
    assert reading(load(encode(PAGE))) == reading(REFERENCE)


@pytest.mark.parametrize("label", ["utf-16-le BOM", "utf-16-be BOM", "utf-32 BOM"])
def test_whole_reading_matches_utf8_with_a_utf16_or_utf32_bom(label: str) -> None:
    encode, _ = ENCODED[label]
    edition = load(encode(PAGE))
    assert reading(edition) == reading(REFERENCE)
    assert edition.content_lines == REFERENCE.content_lines


def test_blank_utf16_page_with_bom_is_empty() -> None:
    edition = load(" \n\n".encode("utf-16"))
    assert not edition.artifacts
    assert edition.content_lines == ()


def test_gb18030_only_characters() -> None:
    page = PAGE.replace("总投资超过百亿元", "总投资超过百亿元，𠮷野家与䶮字均可显示")
    edition = load(page.encode("gb18030"))
    assert edition.encoding == "gb18030"
    assert articles(edition) == articles(banmian.parse_edition(page))
    assert "𠮷野家与䶮字" in edition.articles[1].text


@pytest.mark.parametrize("codec", ["big5", "cp950", "big5hkscs"])
def test_big5_traditional_page(codec: str) -> None:
    edition = load(TRADITIONAL_PAGE.encode(codec))
    assert edition.encoding == "big5"
    reference = banmian.parse_edition(TRADITIONAL_PAGE)
    assert articles(edition) == articles(reference)
    article = edition.articles[0]
    assert article.headline == "香港發布服務業重點項目"
    assert article.dateline == "本報訊"
    assert [(a.name, a.role) for a in article.byline.authors] == [("陳家明", "记者")]  # type: ignore[union-attr]
    assert "躍遷" in article.text  # no simplified/traditional conversion (SPEC 3.6)


def test_big5_hkscs_characters() -> None:
    page = TRADITIONAL_PAGE.replace("推動產業升級", "佢哋話推動產業升級㗎")
    edition = load(page.encode("big5hkscs"))
    assert edition.encoding == "big5"
    assert "佢哋話推動產業升級㗎" in edition.articles[0].text


@pytest.mark.parametrize(
    ("codec", "name"), [("big5", "big5"), ("gb2312", "gb18030"), ("gbk", "gb18030"), ("utf-16-le", "utf-16")]
)
def test_encoding_override(codec: str, name: str) -> None:
    page = TRADITIONAL_PAGE if codec == "big5" else PAGE
    edition = load(page.encode(codec), encoding=codec)
    assert edition.encoding == name
    assert articles(edition) == articles(banmian.parse_edition(page))


# --- line ends -------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "utf-16"])
def test_crlf_and_cr_keep_lf_line_numbers(newline: str, codec: str) -> None:
    edition = load(PAGE.replace("\n", newline).encode(codec))
    if codec != "utf-16":  # the UTF-16 BOM bug is tested above
        assert reading(edition) == reading(REFERENCE)
        assert edition.content_lines == REFERENCE.content_lines
    assert articles(edition) == articles(REFERENCE)
    assert edition.articles[0].blocks[0].lines == (6,)
    assert edition.articles[1].title_lines == (13,)


def test_mixed_line_ends() -> None:
    lines = PAGE.split("\n")
    ends = ["\n", "\r\n", "\r"]
    parts = []
    for i, line in enumerate(lines[:-1]):
        end = ends[i % 3]
        if end == "\r" and not lines[i + 1]:  # CR then an empty LF line would read as one CRLF
            end = "\r\n"
        parts.append(line + end)
    mixed = "".join(parts)
    assert "\r\n" in mixed
    assert re.search("\r[^\n]", mixed)
    edition = load(mixed.encode("utf-8"))
    assert reading(edition) == reading(REFERENCE)
    assert reading(banmian.parse_edition(mixed)) == reading(REFERENCE)


def test_line_numbers_count_only_line_ends() -> None:
    # Vertical tab, form feed and the Unicode separators are not line breaks.
    page = (
        PAGE.replace("今年以来", "今年\x0b以来")
        .replace("推动产业", "推动\u2028产业")
        .replace("总投资", "总\x0c投资")
    )
    edition = load(page.encode("utf-8"))
    assert edition.content_lines == REFERENCE.content_lines
    assert [b.lines for a in edition.articles for b in a.blocks] == [
        b.lines for a in REFERENCE.articles for b in a.blocks
    ]


# --- damaged UTF-8 -----------------------------------------------------------------------------


def _damage(page: str, words: list[str], byte: bytes = b"\xff") -> bytes:
    data = page.encode("utf-8")
    for word in words:
        at = data.index(word.encode("utf-8"))
        data = data[:at] + byte + data[at:]
    return data


def _line_of(page: str, word: str) -> int:
    return page[: page.index(word)].count("\n") + 1


@pytest.mark.parametrize("byte", [b"\xff", b"\x80", b"\xc3", b"\xe4\xb8"])
def test_a_few_invalid_bytes_are_replaced_with_a_warning(byte: bytes) -> None:
    edition = load(_damage(PAGE, ["今年以来"], byte))
    assert edition.encoding == "utf-8"
    line = _line_of(PAGE, "今年以来")
    block = edition.articles[0].blocks[0]
    assert block.lines == (line,)
    assert "\ufffd" in block.text
    assert block.text.replace("\ufffd", "") == REFERENCE.articles[0].blocks[0].text
    warnings = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    assert len(warnings) == 1
    assert warnings[0].line == line
    assert str(line) in warnings[0].message


def test_damage_on_two_lines_names_both() -> None:
    edition = load(_damage(PAGE, ["今年以来", "崂山区科创走廊"]))
    assert edition.encoding == "utf-8"
    (warning,) = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    first, second = _line_of(PAGE, "今年以来"), _line_of(PAGE, "崂山区科创走廊")
    assert warning.line == first
    assert re.search(rf"\b{first}\b", warning.message)
    assert re.search(rf"\b{second}\b", warning.message)
    # apart from the replacement characters the page reads as before
    assert [a.headline for a in edition.articles] == [a.headline for a in REFERENCE.articles]


def test_truncated_last_character() -> None:
    data = PAGE.rstrip("\n").encode("utf-8")[:-1]
    edition = load(data)
    assert edition.encoding == "utf-8"
    (warning,) = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    assert warning.line == PAGE.rstrip("\n").count("\n") + 1


def test_damaged_seed_is_still_utf8() -> None:
    text = SEED_PATHS[0].read_text(encoding="utf-8")
    data = bytearray(text.encode("utf-8"))
    at = len(data) // 2
    while data[at] & 0xC0 == 0x80:  # land on the first byte of a character
        at += 1
    data[at] = 0xFF
    edition = load(bytes(data))
    assert edition.encoding == "utf-8"
    (warning,) = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    assert warning.line == text.encode("utf-8")[:at].count(b"\n") + 1


def test_replaced_bytes_warning_ignores_genuine_replacement_characters() -> None:
    page = PAGE.replace("青岛发布", "青岛\ufffd发布").replace("据悉", "\ufffd据悉")
    data = page.encode("utf-8")
    data = data.replace("\ufffd据悉".encode(), "\ufffd".encode() + b"\xff" + "据悉".encode())
    edition = load(data)
    (warning,) = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    assert warning.line == _line_of(page, "据悉")
    assert not warning.message.startswith("0 ")


# --- the seed pages, re-encoded ------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["gb18030", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-16"])
@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem[:3])
def test_seed_re_encoded(path: Path, codec: str) -> None:
    text = path.read_text(encoding="utf-8")
    reference = banmian.load_edition(path)
    assert reference.encoding == "utf-8"
    edition = load(text.encode(codec))
    assert edition.encoding == {"gb18030": "gb18030", "utf-8-sig": "utf-8"}.get(codec, "utf-16")
    assert articles(edition) == articles(reference)
    if codec != "utf-16":  # the UTF-16 BOM bug is tested above
        assert reading(edition) == reading(reference)


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem[:3])
def test_seed_with_crlf(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    reference = banmian.load_edition(path)
    for newline in ("\r\n", "\r"):
        edition = load(text.replace("\n", newline).encode("utf-8"))
        assert reading(edition) == reading(reference)


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem[:3])
def test_seed_file_on_disk_in_gb18030(path: Path, tmp_path: Path) -> None:
    target = tmp_path / path.name
    target.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    edition = banmian.load_edition(target)
    assert edition.encoding == "gb18030"
    assert edition.source == path.name
    assert edition.to_dict() | {"encoding": "utf-8"} == banmian.load_edition(path).to_dict()


# --- damaged GB18030 and Big5, named encodings, detection past 64 KB (issue 12 item 6) -----------


def _damaged_at(data: bytes, word: bytes, byte: bytes = b"\xff") -> bytes:
    at = data.index(word)
    return data[:at] + byte + data[at:]


@pytest.mark.parametrize(
    ("page", "codec", "name"),
    [(PAGE, "gb18030", "gb18030"), (TRADITIONAL_PAGE, "big5hkscs", "big5")],
)
def test_a_damaged_gb18030_or_big5_page_is_read_with_a_warning(page: str, codec: str, name: str) -> None:
    word = "今年以" if codec == "gb18030" else "今年以來"
    data = _damaged_at(page.encode(codec), word.encode(codec))
    edition = load(data)
    assert edition.encoding == name
    (warning,) = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    line = _line_of(page, word)
    assert warning.line == line
    assert re.search(rf"\b{line}\b", warning.message)
    assert name.upper() in warning.message
    reference = banmian.parse_edition(page)
    assert [a.headline for a in edition.articles] == [a.headline for a in reference.articles]


@pytest.mark.parametrize(("page", "codec"), [(PAGE, "gb18030"), (TRADITIONAL_PAGE, "big5hkscs")])
def test_a_page_cut_mid_character_is_read_with_a_warning(page: str, codec: str) -> None:
    data = page.rstrip("\n").encode(codec)[:-1]  # the last character loses its second byte
    edition = load(data)
    (warning,) = [w for w in edition.warnings if w.kind == "replaced_bytes"]
    assert warning.line == page.rstrip("\n").count("\n") + 1


def test_a_named_encoding_is_honoured_for_a_damaged_page() -> None:
    data = _damaged_at(PAGE.encode("gb18030"), "今年以".encode("gb18030"))
    edition = load(data, encoding="gb18030")
    assert edition.encoding == "gb18030"
    assert [w.kind for w in edition.warnings if w.kind == "replaced_bytes"] == ["replaced_bytes"]
    with pytest.raises(banmian.DecodeError):  # damage everywhere is not a few damaged bytes
        banmian.load_edition(PAGE.encode("gb18030"), encoding="utf-8")


def test_a_utf8_bom_page_with_one_damaged_byte_is_read_like_one_without() -> None:
    data = _damage(PAGE, ["今年以来"])
    with_bom, without = load(codecs.BOM_UTF8 + data), load(data)
    assert with_bom.encoding == "utf-8"
    assert reading(with_bom) == reading(without)


@pytest.mark.parametrize(
    ("page", "codec", "name"), [(TRADITIONAL_PAGE, "big5hkscs", "big5"), (PAGE, "gb18030", "gb18030")]
)
def test_detection_reads_past_64_kb_of_ascii(page: str, codec: str, name: str) -> None:
    head = b"Archive export, page 1 of 1.\n" * 3000  # 87 KB of ASCII before the page
    edition = load(head + page.encode(codec))
    assert edition.encoding == name
    headline = banmian.parse_edition(page).articles[0].headline
    assert headline is not None
    assert headline in edition.to_json()


@pytest.mark.parametrize(
    "path", sorted((SEEDS.parent / "tests" / "pages").glob("*.big5.txt")), ids=lambda p: p.name
)
def test_big5_test_pages_are_settled_without_chardet(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The strict trial decode is conclusive for real Big5 pages (SPEC 3.1)."""
    monkeypatch.setattr("banmian._decode.chardet.detect", _no_chardet)
    assert banmian.load_edition(path).encoding == "big5"


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem[:3])
def test_gb18030_seeds_are_settled_without_chardet(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("banmian._decode.chardet.detect", _no_chardet)
    assert load(path.read_text(encoding="utf-8").encode("gb18030")).encoding == "gb18030"


def _no_chardet(data: bytes) -> dict[str, Any]:
    msg = "chardet was asked although the trial decode was conclusive"
    raise AssertionError(msg)


# --- mojibake: which wrong decoding happened ----------------------------------------------------

_LINE = "本报讯 今天青岛天气很好，市民出行。"
_BROWSER_CP1252 = "".join(  # as browsers read it: the five bytes cp1252 lacks stay C1 controls
    chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in _LINE.encode()
)


@pytest.mark.parametrize(
    ("damaged", "label"),
    [
        (_LINE.encode().decode("latin-1"), "UTF-8 text decoded as Latin-1"),
        (_BROWSER_CP1252, "UTF-8 text decoded as cp1252"),
        (_LINE.encode().decode("cp1252", errors="replace"), "UTF-8 text decoded as cp1252"),
        (_LINE.encode("gbk").decode("latin-1"), "GBK/GB18030 text decoded as Latin-1"),
        (_LINE.encode().decode("gbk", errors="replace"), "UTF-8 text decoded as GBK/GB18030"),
    ],
    ids=["utf8-as-latin1", "utf8-as-cp1252", "utf8-as-cp1252-replaced", "gbk-as-latin1", "utf8-as-gbk"],
)
def test_mojibake_is_labelled_by_the_wrong_decoding(damaged: str, label: str) -> None:
    edition = banmian.parse_edition(f"{PAGE}\n{damaged}\n")
    (warning,) = [w for w in edition.warnings if w.kind == "possible_mojibake"]
    assert label in warning.message
    assert warning.line == PAGE.count("\n") + 2


@pytest.mark.parametrize("line", ["阿卜杜拉·阿巴斯说 café 很好，“Ångström”。", "×2 ±3 °C µm 的数据"])
def test_latin1_letters_in_real_text_are_not_mojibake(line: str) -> None:
    edition = banmian.parse_edition(f"{PAGE}\n{line}\n")
    assert not [w for w in edition.warnings if w.kind == "possible_mojibake"]
