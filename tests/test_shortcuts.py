"""The shortcuts taken for speed read every input as the long way does.

Normalization skips its steps on a line with nothing to rewrite
(`banmian._normalize.is_plain_line`), testing a run of lines at once
(`banmian._normalize.normalize_lines`); the display width of a line counts
the common wide characters by code point range, or from its UTF-8 length
when it holds nothing else (`banmian._wrap.display_widths`).
Each is checked here against the long way, on generated lines that mix the
characters the steps act on with ordinary Chinese text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from banmian import MAINLAND, TRADITIONAL
from banmian._normalize import normalize_line, normalize_line_fully, normalize_lines
from banmian._patterns import NARROW_RUN_RE, UNCOMMON_WIDTH_RE, WIDE_RUN_RE
from banmian._wrap import display_width, display_widths
from banmian.profile import Profile

CHECKED = settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# What the steps act on (markdown, markers, half-width marks, quotes,
# invisible and space characters, a lone surrogate, a combining accent),
# with text around it.
_TOUCHY = list(
    " \u00a0\u3000\t\u200b\u00ad\ufeff\x07\ud800\u0301e\u00e9#->|+=*_`\\()\"',:;?!■□●【】（）"
) + list("本报讯记者王凯，。“”‘’：；１２3.5%aZ")
LINES = st.text(st.sampled_from(_TOUCHY), max_size=16) | st.text(max_size=16)
PROFILES = st.sampled_from([MAINLAND, TRADITIONAL])


@pytest.mark.slow
@CHECKED
@given(LINES, PROFILES, st.integers(0, 3))
@example(" 本报讯 今天天气很好。 ", MAINLAND, 0)
@example(" \u0301本报讯", MAINLAND, 0)
@example("本报讯\\", MAINLAND, 1)
@example("■图为市民", TRADITIONAL, 0)
def test_normalize_line_shortcut_reads_as_every_step(raw: str, profile: Profile, gap: int) -> None:
    shortcut = normalize_line(7, raw, gap_before=gap, profile=profile)
    assert shortcut == normalize_line_fully(7, raw, gap_before=gap, profile=profile)


# Pages of mostly clean lines (with a line now and then that a step
# rewrites), longer than the runs normalize_lines tests at once.
CLEAN = st.text(st.sampled_from(list("本报讯记者王凯今天天气很好。，“”—— 12ab")), max_size=20)
PAGES = st.lists(st.one_of(CLEAN, CLEAN, CLEAN, LINES), max_size=400)


@pytest.mark.slow
@settings(CHECKED, max_examples=200)
@given(PAGES, PROFILES)
def test_normalize_lines_reads_each_line_as_every_step(raws: list[str], profile: Profile) -> None:
    expected = []
    gap = 0
    for number, raw in enumerate(raws, start=1):
        if not raw.strip():
            gap += 1
            continue
        expected.append(normalize_line_fully(number, raw, gap_before=gap, profile=profile))
        gap = 0
    assert normalize_lines(enumerate(raws, start=1), profile) == tuple(expected)


def test_wide_ranges_hold_only_wide_characters() -> None:
    """Every character WIDE_RUN_RE takes as wide is East Asian Wide or Fullwidth."""
    every = "".join(chr(code) for code in range(0x3000, 0x10000))
    wide = "".join(WIDE_RUN_RE.findall(every))
    assert wide
    assert NARROW_RUN_RE.sub("", wide) == wide


def test_each_character_measured_from_utf8_length_is_measured_right() -> None:
    """The characters a line may hold to be measured from its UTF-8 length."""
    common = [chr(code) for code in range(0x10000) if not UNCOMMON_WIDTH_RE.match(chr(code))]
    assert "“" in common and "中" in common and "A" in common
    assert display_widths(common) == [1 + len(NARROW_RUN_RE.sub("", char)) for char in common]


WIDTH_TEXTS = st.text(st.sampled_from(_TOUCHY), max_size=40) | CLEAN | st.text(max_size=40)


@CHECKED
@given(st.lists(WIDTH_TEXTS, max_size=8))
@example(["5G基站“新”𠀋\u0378"])
@example(["“新”——……", "Ａ·B"])
def test_display_width_counts_as_the_properties_do(texts: list[str]) -> None:
    expected = [len(text) + len(NARROW_RUN_RE.sub("", text)) for text in texts]
    assert [display_width(text) for text in texts] == expected
    assert display_widths(texts) == expected
