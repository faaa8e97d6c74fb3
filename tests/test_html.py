"""The HTML view of a reading (``Edition.to_html``, ``banmian show``), read as HTML.

Checked without a browser: every non-blank source line is one line element,
coloured by what it became and linked to its place in the reading; every
article is one ``<article>``; joins, datelines, warnings and decisions show
at their lines; the file fetches nothing.  tests/test_browser.py checks the
same in a real browser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import banmian
from banmian._decode import decode_bytes
from banmian.cli import main

from .conftest import ROOT, SEEDS

PAGES = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))


class ViewParser(HTMLParser):
    """Collects the view's line elements, articles, ids and links."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, list[str]] = {}  # line number -> classes, once per element
        self.articles = 0
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.scripts = 0
        self.titles: dict[int, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        classes = found.get("class", "").split()
        if "data-line" in found and tag == "li":
            number = int(found["data-line"])
            self.lines.setdefault(number, []).append(" ".join(classes))
            self.titles[number] = found.get("title", "")
        if tag == "article" and "article" in classes:
            self.articles += 1
        if "id" in found:
            self.ids.add(found["id"])
        if "href" in found:
            self.hrefs.append(found["href"])
        self.scripts += tag == "script"


def parse_view(text: str) -> ViewParser:
    parser = ViewParser()
    parser.feed(text)
    return parser


def non_blank_lines(path: Path) -> list[int]:
    return [n for n, line in enumerate(_text(path).split("\n"), start=1) if line.strip()]


def _text(path: Path) -> str:
    return decode_bytes(path.read_bytes()).text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_non_blank_line_is_one_element_linked_to_its_place(path: Path) -> None:
    edition = banmian.load_edition(path)
    view = parse_view(edition.to_html(path.read_bytes()))
    wanted = non_blank_lines(path)
    assert {n: len(view.lines.get(n, [])) for n in wanted} == dict.fromkeys(wanted, 1)
    assert [n for n in wanted if "unclaimed" in view.lines[n][0]] == []
    assert view.articles == len(edition.articles)
    assert view.scripts == 0
    targets = [h[1:] for h in view.hrefs if h.startswith("#")]
    assert [t for t in targets if t not in view.ids] == []
    assert [h for h in view.hrefs if not h.startswith("#")] == []


def test_lines_are_coloured_by_what_they_became() -> None:
    path = SEEDS / "000_b8a3ab7b253d933e.txt"
    edition = banmian.load_edition(path)
    view = parse_view(edition.to_html(path.read_bytes()))
    article = edition.articles[0]
    assert view.lines[article.title_lines[0]] == ["line title"]
    assert article.byline is not None
    assert view.lines[article.byline.lines[0]] == ["line byline"]
    assert view.lines[article.blocks[0].lines[0]] == ["line paragraph"]


def test_the_dateline_is_marked_inside_its_line() -> None:
    page = "标题在此处\n\n□本报记者 王 凯\n\n本报讯 正文一段。"
    view = banmian.parse_edition(page).to_html(page)
    assert re.search(
        r'data-line="5"[^>]*>.*?<span class="dateline">本报讯</span> 正文一段。', view, re.DOTALL
    )


def test_a_join_across_a_column_break_is_marked_at_both_ends() -> None:
    page = "标题在此处\n\n本报讯 港口这是一个被分栏的\n\n■图为港口的集装箱码头 张三 摄\n\n段落，在这里结束。"
    edition = banmian.parse_edition(page)
    assert edition.articles[0].blocks[0].lines == (3, 7)
    view = edition.to_html(page)
    assert re.search(r'data-line="7".*?<a class="join" href="#L3">', view, re.DOTALL)
    assert 'class="block paragraph joined"' in view


def test_warnings_show_at_their_lines_and_for_the_page() -> None:
    edition = banmian.parse_edition("标题在此处\n\n本报讯 正文。")
    warned = banmian.Edition(
        articles=edition.articles,
        content_lines=edition.content_lines,
        warnings=(
            banmian.ParseWarning("orphan_byline", "a byline with no article", 3),
            banmian.ParseWarning("replaced_bytes", "2 bytes replaced", None),
        ),
    )
    view = warned.to_html("标题在此处\n\n本报讯 正文。")
    assert re.search(
        r'data-line="3".*?<span class="warning" title="a byline with no article">⚠ orphan_byline', view
    )
    assert '<li class="warning">⚠ replaced_bytes: 2 bytes replaced</li>' in view


def test_decisions_show_on_hover() -> None:
    page = "标题在此处\n\n本报讯 正文。"
    view = parse_view(
        banmian.parse_edition(page).to_html(page, decisions={1: "starts-article: after-layout-gap"})
    )
    assert view.titles[1] == "line 1: title of article 1\nstarts-article: after-layout-gap"
    assert view.titles[3] == "line 3: paragraph 1 of article 1, dateline 本报讯"


def test_text_is_escaped() -> None:
    page = "<b>标题</b>在此处\n\n本报讯 正文<script>x</script>。"
    view = banmian.parse_edition(page).to_html(page)
    assert "<script>" not in view and "&lt;script&gt;" in view


def test_the_file_fetches_nothing() -> None:
    page = "标题在此处\n\n本报讯 正文。"
    view = banmian.parse_edition(page).to_html(page)
    assert "default-src 'none'" in view
    assert not re.search(r"(?:src|href)=\"(?!#)|url\(|@import", view)


def test_another_page_is_refused() -> None:
    edition = banmian.load_edition(SEEDS / "000_b8a3ab7b253d933e.txt")
    with pytest.raises(banmian.InputError, match="not its page"):
        edition.to_html("一行")


def test_text_and_bytes_give_the_same_view() -> None:
    path = SEEDS / "002_67ef5447cad4fcc2.txt"
    edition = banmian.load_edition(path)
    assert edition.to_html(path.read_bytes()) == edition.to_html(_text(path))


def test_show_writes_the_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = SEEDS / "000_b8a3ab7b253d933e.txt"
    assert main(["show", str(path), "-o", str(tmp_path / "x.html")]) == 0
    written = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert written == banmian.load_edition(path).to_html(path.read_bytes())
    assert "wrote" in capsys.readouterr().err


def test_show_reports_a_missing_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(tmp_path / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


_PAGE_LINES = st.lists(
    st.sampled_from(
        [
            "标题在此处",
            "□本报记者 王 凯",
            "本报讯 正文一段，",
            "没有结束的句子",
            "结束了。",
            "■图为港口 张三 摄",
            "",
            "",
            "精彩",
            "李",
        ]
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(_PAGE_LINES)
def test_any_page_shows_every_non_blank_line_once(lines: list[str]) -> None:
    page = "\n".join(lines)
    edition = banmian.parse_edition(page)
    view = parse_view(edition.to_html(page))
    wanted = [n for n, line in enumerate(lines, start=1) if line.strip()]
    assert {n: len(view.lines.get(n, [])) for n in wanted} == dict.fromkeys(wanted, 1)
    assert view.articles == len(edition.articles)
    assert [h for h in view.hrefs if h[1:] not in view.ids] == []


def test_the_decisions_the_reading_recorded_show_by_default() -> None:
    page = "港口航线再加密\n\n本报记者 王凯\n\n本报讯 新航线开通。"
    edition = banmian.parse_edition(page)
    recorded = [f"{d.table}: {d.rule} -> {d.outcome}" for d in edition.explain(3)]
    assert recorded
    assert parse_view(edition.to_html(page)).titles[3] == "\n".join(
        ["line 3: byline of article 1", *recorded]
    )
    assert parse_view(edition.to_html(page, decisions={})).titles[3] == "line 3: byline of article 1"
