"""The public API: input types, results, errors (SPEC section 1)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest

import banmian

from .conftest import SEEDS

SEED = SEEDS / "000_b8a3ab7b253d933e.txt"


def test_all_input_types_give_the_same_edition() -> None:
    data = SEED.read_bytes()
    by_path = banmian.load_edition(SEED)
    assert banmian.load_edition(str(SEED)) == by_path
    assert banmian.load_edition(io.BytesIO(data)).articles == by_path.articles
    assert banmian.load_edition(data).articles == by_path.articles
    assert banmian.load_edition(io.StringIO(data.decode("utf-8"))).articles == by_path.articles
    assert banmian.parse_edition(data.decode("utf-8")).articles == by_path.articles


def test_source_is_the_file_name_and_never_decides_anything(tmp_path: Path) -> None:
    renamed = tmp_path / "something-else.txt"
    renamed.write_bytes(SEED.read_bytes())
    assert banmian.load_edition(SEED).source == SEED.name
    assert banmian.load_edition(renamed).articles == banmian.load_edition(SEED).articles


def test_results_are_frozen() -> None:
    edition = banmian.load_edition(SEED)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        edition.articles[0].headline = "x"  # type: ignore[misc]


def test_empty_input_gives_an_empty_edition() -> None:
    for empty in (b"", b"\n\n  \n", "\u3000\n"):
        edition = banmian.load_edition(empty) if isinstance(empty, bytes) else banmian.parse_edition(empty)
        assert edition.articles == () and edition.artifacts == ()


def test_to_json_round_trips_and_keeps_chinese_readable() -> None:
    edition = banmian.load_edition(SEED)
    text = edition.to_json()
    assert "济青双都市圈" in text
    assert json.loads(text) == edition.to_dict()


def test_article_text_and_paragraphs() -> None:
    article = banmian.load_edition(SEED).articles[3]
    assert article.text.split("\n") == [b.text for b in article.blocks]
    assert len(article.paragraphs) == sum(b.kind == "paragraph" for b in article.blocks)


@pytest.mark.parametrize(
    ("source", "error"),
    [
        (42, banmian.InputError),
        (Path("/nonexistent/page.txt"), banmian.InputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", banmian.NotTextError),
        (b"%PDF-1.7\n", banmian.NotTextError),
    ],
)
def test_errors_are_banmian_errors(source: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        banmian.load_edition(source)  # type: ignore[arg-type]


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(banmian.InputError, match="directory"):
        banmian.load_edition(tmp_path)


def test_size_limit() -> None:
    with pytest.raises(banmian.InputTooLargeError):
        banmian.load_edition(b"x" * 101, max_size=100)
    with pytest.raises(banmian.InputTooLargeError):
        banmian.parse_edition("x" * 101, max_size=100)


def test_encoding_override_and_detection() -> None:
    page = SEED.read_text(encoding="utf-8").encode("gb18030")
    assert banmian.load_edition(page).encoding == "gb18030"
    assert banmian.load_edition(page, encoding="gbk").encoding == "gb18030"
    with pytest.raises(banmian.DecodeError):
        banmian.load_edition(page, encoding="utf-8")
    with pytest.raises(banmian.DecodeError):
        banmian.load_edition(page, encoding="no-such-codec")


def test_custom_profile_changes_roles() -> None:
    page = "标题在这里出现了\n\n□特派员 王明\n\n正文。"
    default = banmian.parse_edition(page).articles[0].byline
    assert default is not None and [(a.name, a.role) for a in default.authors] == [
        ("特派员", None),
        ("王明", None),
    ]
    envoy = attrs.evolve(banmian.MAINLAND, name="envoy", extra_roles=(("特派员", "记者"),))
    byline = banmian.parse_edition(page, profile=envoy).articles[0].byline
    assert byline is not None and [(a.name, a.role) for a in byline.authors] == [("王明", "记者")]


def test_public_names() -> None:
    for name in banmian.__all__:
        assert getattr(banmian, name) is not None
