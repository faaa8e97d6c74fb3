"""The public API: input types, results, errors, and the input boundary (SPEC section 1)."""

from __future__ import annotations

import io
import json
import os
import re
import signal
from collections.abc import Callable
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


# --- the input boundary: file types, limits, argument types, profiles by name -------------


def test_a_device_is_refused_before_it_is_read() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(banmian.InputError, match="character device"):
        banmian.load_edition("/dev/zero")


def test_a_fifo_with_no_writer_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)
    signal.alarm(10)  # a regression would block for ever: end it as an interruption instead
    try:
        with pytest.raises(banmian.InputError, match="FIFO"):
            banmian.load_edition(fifo)
        (result,) = banmian.iter_editions([fifo])
        assert result.error is not None and "FIFO" in result.error
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_the_size_limit_holds_while_reading() -> None:
    status = Path("/proc/self/status")
    if not status.is_file() or status.stat().st_size != 0:
        pytest.skip("needs a file that reports size 0 but has content (Linux /proc)")
    with pytest.raises(banmian.InputTooLargeError):  # st_size says 0: only reading can tell
        banmian.load_edition(status, max_size=16)


@pytest.mark.parametrize("text", ["标题在此处\n\n本报讯 正文一段。", "版" * 5000, "a\rb"])
def test_page_text_given_as_a_path_gets_a_one_line_hint(text: str) -> None:
    with pytest.raises(banmian.InputError) as raised:
        banmian.load_edition(text)
    message = str(raised.value)
    assert "looks like page text: use parse_edition" in message
    assert "\n" not in message and "版版" not in message and len(message) < 100


def test_a_path_with_a_line_break_that_exists_is_still_a_path(tmp_path: Path) -> None:
    path = tmp_path / "odd\nname.txt"
    path.write_bytes(SEED.read_bytes())
    assert banmian.load_edition(str(path)).articles == banmian.load_edition(SEED).articles


def test_profiles_by_name() -> None:
    page = SEED.read_text(encoding="utf-8")
    assert banmian.parse_edition(page, profile="traditional") == banmian.parse_edition(
        page, profile=banmian.TRADITIONAL
    )
    assert banmian.load_edition(SEED, profile="mainland") == banmian.load_edition(
        SEED, profile=banmian.MAINLAND
    )
    assert [r.edition for r in banmian.iter_editions([SEED], profile="traditional")] == [
        banmian.load_edition(SEED, profile=banmian.TRADITIONAL)
    ]
    with pytest.raises(banmian.InputError, match="unknown profile 'klingon': use 'mainland', 'traditional'"):
        banmian.load_edition(SEED, profile="klingon")


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: banmian.load_edition(SEED, profile=3), "profile must be a banmian.Profile"),  # type: ignore[arg-type]
        (lambda: banmian.load_edition(SEED, encoding=b"gbk"), "encoding must be a str"),  # type: ignore[arg-type]
        (lambda: banmian.load_edition(SEED, max_size="9"), "max_size must be an int"),  # type: ignore[arg-type]
        (lambda: banmian.parse_edition("x", source=Path("a")), "source must be a str"),  # type: ignore[arg-type]
        (lambda: banmian.load_edition(3.5), "load_edition takes a path, bytes or a file object"),  # type: ignore[arg-type]
        (lambda: banmian.iter_editions(b"/data/page.txt"), "not bytes; for a page's bytes use load_edition"),  # type: ignore[arg-type]
        (lambda: banmian.iter_editions(42), "not int"),  # type: ignore[arg-type]
        (lambda: banmian.iter_editions([SEED], workers=2.0), "workers must be an int"),  # type: ignore[arg-type]
        (lambda: list(banmian.iter_editions([SEED, 7])), "item 1 of the sources is int"),  # type: ignore[list-item]
    ],
)
def test_wrong_argument_types_say_what_was_expected(call: Callable[[], object], expected: str) -> None:
    with pytest.raises(banmian.InputTypeError, match=re.escape(expected)) as raised:
        call()
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, banmian.BanmianError)


def test_bytes_paths_are_paths_in_iter_editions() -> None:
    (result,) = banmian.iter_editions([os.fsencode(SEED)])
    assert result.ok and result.path == str(SEED)
    assert result.edition == banmian.load_edition(SEED)


def test_an_os_pathlike_giving_bytes_is_a_path() -> None:
    class BytesPath:
        def __fspath__(self) -> bytes:
            return os.fsencode(SEED)

    assert banmian.load_edition(BytesPath()) == banmian.load_edition(SEED)  # type: ignore[arg-type]


def test_page_text_given_to_iter_editions_is_refused() -> None:
    with pytest.raises(banmian.InputError, match="looks like page text"):
        banmian.iter_editions("标题\n\n本报讯 正文。")
