"""Build ``src/banmian/_seam_words.txt``: the common two-character words of Chinese.

Not a benchmark: the tool that made a data file of the library, kept here
with the other development tools so that the file can be rebuilt and its
making checked.

A column break cuts a paragraph between any two characters, often inside a
word (发|展).  When the last character of a cut paragraph's head and the first
of a later piece make a common word, the piece continues the head; the
repair stage (``_join_rules.py``) reads that evidence from this list.

The list is the ``--top`` most frequent two-character words of jieba's
dictionary (``jieba/dict.txt``, MIT licence, Sun Junyi), each also in the
traditional spellings OpenCC gives (``s2t``, ``s2tw``, ``s2hk``;
opencc-python-reimplemented, Apache License 2.0).  The file keeps both
notices in its header.  Rebuild with::

    pip install jieba==0.42.1 opencc-python-reimplemented==0.1.7
    python benchmarks/seam_words.py            # writes the file
    python benchmarks/seam_words.py --check    # exit 1 if the file differs
"""

from __future__ import annotations

import argparse
import importlib.resources
import re
import sys
from pathlib import Path
from typing import Final

OUT: Final = Path(__file__).resolve().parent.parent / "src" / "banmian" / "_seam_words.txt"
TOP: Final = 10_000
_TWO_HAN: Final = re.compile(r"[\u4e00-\u9fff]{2}")
HEADER: Final = """\
# Common two-character words of Chinese, in simplified and traditional spellings:
# where a column break cut a word, its two halves make one of these.
# Made by benchmarks/seam_words.py from the {top} most frequent two-character
# words of jieba 0.42.1's dictionary (jieba/dict.txt), with the traditional
# spellings of opencc-python-reimplemented 0.1.7 (s2t, s2tw, s2hk).
#
# jieba's dictionary is under the MIT License:
#
#   The MIT License (MIT)
#   Copyright (c) 2013 Sun Junyi
#
#   Permission is hereby granted, free of charge, to any person obtaining a copy
#   of this software and associated documentation files (the "Software"), to deal
#   in the Software without restriction, including without limitation the rights
#   to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
#   copies of the Software, and to permit persons to whom the Software is
#   furnished to do so, subject to the following conditions:
#
#   The above copyright notice and this permission notice shall be included in
#   all copies or substantial portions of the Software.
#
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
#   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
#   FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
#   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
#   LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
#   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
#   THE SOFTWARE.
#
# The traditional spellings come from OpenCC's dictionaries (Apache License 2.0,
# Copyright (c) 2010-2020 Carbo Kuo and contributors) as packaged by
# opencc-python-reimplemented (Apache License 2.0).
"""


def common_words(top: int) -> list[str]:
    """The ``top`` most frequent two-Han-character words of jieba's dictionary."""
    text = importlib.resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    counted = []
    for line in text.splitlines():
        word, frequency, *_ = line.split()
        if _TWO_HAN.fullmatch(word):
            counted.append((-int(frequency), word))
    return [word for _, word in sorted(counted)[:top]]


def with_traditional(words: list[str]) -> list[str]:
    """The words and their traditional spellings, sorted, each once."""
    from opencc import OpenCC  # noqa: PLC0415 - a tool's dependency, not the library's

    converters = [OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    spelled = set(words)
    for word in words:
        spelled.update(c.convert(word) for c in converters)
    return sorted(w for w in spelled if _TWO_HAN.fullmatch(w))


def render(top: int) -> str:
    return HEADER.format(top=top) + "\n".join(with_traditional(common_words(top))) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--top", type=int, default=TOP)
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file differs")
    args = parser.parse_args(argv)
    text = render(args.top)
    if args.check:
        same = OUT.read_text("utf-8") == text
        print("up to date" if same else f"{OUT} differs from what the tool makes")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
