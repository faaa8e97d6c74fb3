"""The seam word list: the data behind the ``word_across_the_seam`` evidence of
``paragraph_join`` (built by ``benchmarks/seam_words.py`` from jieba's dictionary)."""

from __future__ import annotations

import importlib.resources

import regex

from banmian._seam import seam_words

_TWO_HAN = regex.compile(r"\p{Han}{2}")


def _lines() -> list[str]:
    text = importlib.resources.files("banmian").joinpath("_seam_words.txt").read_text("utf-8")
    return text.splitlines()


def test_the_file_is_two_character_words_sorted_once_each_under_its_notices() -> None:
    lines = _lines()
    header = [line for line in lines if line.startswith("#")]
    words = [line for line in lines if not line.startswith("#")]
    assert any("MIT License" in line for line in header)
    assert any("Apache License 2.0" in line for line in header)
    assert words == sorted(set(words))
    assert all(_TWO_HAN.fullmatch(word) for word in words)
    assert 10_000 <= len(words) <= 20_000


def test_common_words_are_there_in_both_scripts() -> None:
    words = seam_words()
    for simplified, traditional in (("发展", "發展"), ("经济", "經濟"), ("记者", "記者"), ("市场", "市場")):
        assert simplified in words
        assert traditional in words


def test_pairs_that_are_no_word_are_not_there() -> None:
    words = seam_words()
    assert not {"民出", "的码", "了一", "民港"} & words
    assert not [w for w in words if w.startswith("#")]
