"""Linear time on the inputs that were once quadratic (issue 12 item 4, issue 10 item 6).

Work is counted, never timed: Python calls (``sys.setprofile``, C calls
included) and the characters handed to regular expressions (every compiled
pattern of the package is wrapped by a counting proxy while a test runs).
Together they catch a loop that runs once per damage site over the rest of
the input, and a regex run over a paragraph that grows by one line per join.
Inside one regex call, linearity rests on the patterns: the runs they match
are possessive (``++``) or bounded, so no input can make them backtrack.

For each former hotspot the input doubles from 125 K to 1 M characters and
the work may grow at most 2.5× per doubling.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, Final

import pytest
import regex

import banmian
from banmian._decode import decode_bytes
from banmian._normalize import normalize_line, normalize_text

SIZES: Final = (125_000, 250_000, 500_000, 1_000_000)
MAX_GROWTH: Final = 2.5
PROSE: Final = "今年以来，青岛市围绕高质量发展目标持续推进重点项目建设，取得明显成效。"
_SCANS: Final = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class _Counter:
    calls = 0
    regex_chars = 0


class _CountingPattern:
    """A compiled pattern that adds the characters each call may scan to a count."""

    def __init__(self, pattern: regex.Pattern[str] | re.Pattern[str], counter: type[_Counter]) -> None:
        self._pattern = pattern
        self._counter = counter

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in _SCANS:
            return method

        def counted(*args: Any, **kwargs: Any) -> Any:
            string = args[1] if name in ("sub", "subn") else args[0]
            position = args[2] if name not in ("sub", "subn", "split") and len(args) > 2 else 0
            if isinstance(string, (str, bytes)):
                self._counter.regex_chars += len(string) - position
            return method(*args, **kwargs)

        return counted


def _patterns() -> Iterator[tuple[object, str, regex.Pattern[str] | re.Pattern[str]]]:
    for name, module in list(sys.modules.items()):
        if name == "banmian" or name.startswith("banmian."):
            for attribute, value in list(vars(module).items()):
                if isinstance(value, (regex.Pattern, re.Pattern)):  # the standard re too
                    yield module, attribute, value


def work(
    monkeypatch: pytest.MonkeyPatch, run: Callable[[], object], *, profile: bool = True
) -> tuple[int, int]:
    """(Python and C calls, characters handed to regexes) that ``run`` costs."""

    class Counter(_Counter):
        pass

    with monkeypatch.context() as patch:
        for module, attribute, pattern in _patterns():
            patch.setattr(module, attribute, _CountingPattern(pattern, Counter))

        def count(frame: FrameType, event: str, arg: object) -> None:
            if event in ("call", "c_call"):
                Counter.calls += 1

        sys.setprofile(count if profile else None)
        try:
            run()
        finally:
            sys.setprofile(None)
    return Counter.calls, Counter.regex_chars


def assert_linear(monkeypatch: pytest.MonkeyPatch, make: Callable[[int], Callable[[], object]]) -> None:
    counts = [work(monkeypatch, make(size)) for size in SIZES]
    for smaller, larger in itertools.pairwise(counts):
        for before, after, what in zip(smaller, larger, ("calls", "regex characters"), strict=True):
            assert after <= MAX_GROWTH * max(before, 1), (what, counts)


def _prose(size: int) -> str:
    return (PROSE * (size // len(PROSE) + 1))[:size]


def _damaged_utf8(size: int) -> Callable[[], object]:
    data = bytearray(_prose(size).encode())
    for at in range(1000, len(data), 3000):  # one bad byte every 1,000 characters
        data[at] = 0xFF
    return lambda: decode_bytes(bytes(data))


def _damaged_gb18030(size: int) -> Callable[[], object]:
    data = bytearray(_prose(size).encode("gb18030"))
    for at in range(1000, len(data), 2000):
        data[at] = 0xFF
    return lambda: decode_bytes(bytes(data))


def _big5(size: int) -> Callable[[], object]:
    data = ("今年以來，青島市圍繞高質量發展目標持續推進重點項目建設。" * (size // 28 + 1))[:size]
    return lambda: decode_bytes(data.encode("big5"))


def _half_width_marks(size: int) -> Callable[[], object]:
    line = (",:;?!" * (size // 5 + 1))[:size]
    return lambda: normalize_line(1, line)


def _space_run(size: int) -> Callable[[], object]:
    line = "前" + " \u00a0" * (size // 2) + "后"
    return lambda: normalize_line(1, line)


def _hard_wrapped(size: int) -> Callable[[], object]:
    # Parsed whole; only the regex characters are counted (see the test).
    body = _prose(size)
    page = "标题在这里\n\n" + "\n".join(body[i : i + 30] for i in range(0, len(body), 30)) + "\n"
    return lambda: banmian.parse_edition(page)


def _near_duplicates(size: int) -> Callable[[], object]:
    paragraph = _prose(1400)
    variants = []
    for index in range(size // 1400):
        at = (index * 37) % 1300 + 50
        variants.append(paragraph[:at] + "的" + paragraph[at + 1 :])
    page = "标题在这里\n\n" + "\n\n".join(variants) + "\n"
    return lambda: banmian.parse_edition(page)


@pytest.mark.parametrize(
    "make",
    [_damaged_utf8, _damaged_gb18030, _big5, _half_width_marks, _space_run, _near_duplicates],
    ids=lambda f: f.__name__.lstrip("_"),
)
def test_work_grows_linearly(
    monkeypatch: pytest.MonkeyPatch, make: Callable[[int], Callable[[], object]]
) -> None:
    assert_linear(monkeypatch, make)


def test_hard_wrapped_text_runs_no_regex_over_the_growing_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each wrapped line is joined to its paragraph without a regex over the
    paragraph so far.  Calls are not counted here: profiling a 1 M-character
    parse costs seconds, and the per-line work is counted on the stages above."""
    counts = [work(monkeypatch, _hard_wrapped(size), profile=False)[1] for size in SIZES]
    for before, after in itertools.pairwise(counts):
        assert after <= MAX_GROWTH * before, counts


def _decodes(run: Callable[[], object]) -> int:
    """How many times banmian hands bytes to a decoder (each is one pass over them;
    chardet, given a bounded sample, is not counted)."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "c_call" and getattr(arg, "__name__", "").endswith("decode"):
            count += "banmian" in frame.f_code.co_filename

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("make", [_damaged_utf8, _damaged_gb18030], ids=lambda f: f.__name__.lstrip("_"))
def test_damage_is_found_in_a_few_passes(make: Callable[[int], Callable[[], object]]) -> None:
    """The passes over the bytes do not grow with the number of damaged places
    (the old scan decoded the rest of the input once per place)."""
    # A damaged GB18030 page is read as UTF-8, tried strictly as GB18030,
    # Big5 and chardet's guess, then with escapes in each and once replaced.
    assert _decodes(make(10_000)) == _decodes(make(400_000)) <= 12


def test_a_line_without_trigger_characters_runs_no_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    """Normalization runs a pattern only when the line has the character it acts on."""
    _, chars = work(monkeypatch, lambda: normalize_line(1, "本报讯 今年以来青岛市持续推进重点项目建设"))
    assert chars == 0
    assert work(monkeypatch, lambda: normalize_text("记者:王凯"))[1] > 0  # the counting works
