"""The families of mutated and hostile inputs of the campaign (benchmarks/campaign.py).

Each family is a function ``(rng, base) -> bytes``: ``base`` is a page's text
(a seed, a test page or a synthetic page of benchmarks/synth.py), ``rng`` a
seeded :class:`random.Random`, so one seed always gives the same inputs.
The families damage pages the way archives of real dumps are damaged, or
build the inputs that once made a parser hang, lose text or crash:

* bytes: ``flip_bits``, ``overwrite_bytes``, ``insert_bytes``, ``truncate``,
  ``binary_junk``;
* encodings: ``gb18030_damaged``, ``big5_damaged``, ``utf16_damaged``,
  ``bom_lies``, ``big5_after_ascii``, ``mojibake`` (UTF-8 read as Latin-1,
  cp1252 or GBK, GBK read as Latin-1), ``mixed_encodings``;
* lines: ``shuffle_lines``, ``cut_lines``, ``join_lines``,
  ``drop_and_repeat``, ``line_ends``, ``hard_wrap``, ``one_char_lines``;
* characters: ``hostile_chars`` (controls, zero-width, surrogate escapes,
  combining marks, NBSP and ideographic spaces), ``markdown_residue``,
  ``halfwidth_marks``;
* pathological lines: ``long_lines`` (20 KB of ``,:;?!``, 100 KB of spaces
  or NBSPs inside a line, a 200 KB line of Han, alternating marks and Han);
* structure: ``stacked_bylines``, ``stacked_credits``, ``dateline_combos``,
  ``near_duplicates``, ``splice_pages``.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable
from typing import Final

Family = Callable[[random.Random, str], bytes]

_HOSTILE: Final = [
    *"\x00\x01\x07\x0b\x0c\x1b\x7f\x85\u200b\u200c\u200d\u200e\u202e\u2060\ufeff\u00ad",
    *"\u00a0\u3000\u2028\u2029\t\r",
    "e\u0301",
    "\u0301",
    "\ufffd",
    "\U0001f600",
    "\u0e01\u0e34",
    "Å",
    "ﬁ",
    "①",
]
_MARKDOWN: Final = ["# ", "## ", "**", "__", "- ", "* ", "> ", "`", "| ", "\\", "  ", "---", "![图](x.png)"]
_BYLINES: Final = [
    "□本报记者 王 凯",
    "本报记者 杨 光 通讯员 张 静",
    "记者 杨国胜 报道",
    "□青岛日报/观海新闻记者 傅 军",
    "□陈建国  王  强",
    "■香港文匯報記者 陳家明",
    "【王大明、李小華／台北報導】",
    "文/李 明",
]
_CREDITS: Final = [
    "张鹰摄",
    "董梅雪 摄",
    "新华社记者 孙华 摄",
    "（中央社記者陳家明攝）",
    "王飞摄",
    "5 孙立摄",
    "据新华社",
]
_DATELINES: Final = [
    "本报讯",
    "本报3月28日讯",
    "新华社北京5月4日电（记者 刘明、赵磊）",
    "【本报讯】",
    "香港文匯報訊（記者 陳家明）",
    "（中央社記者王小明台北23日電）",
    "新京报讯（记者 陆一）",
]


def _chance(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def _flip(data: bytes, rng: random.Random, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def flip_bits(rng: random.Random, base: str) -> bytes:
    return _flip(base.encode(), rng, rng.choice([1, 2, 5, 30, 300]))


def overwrite_bytes(rng: random.Random, base: str) -> bytes:
    out = bytearray(base.encode())
    for _ in range(rng.randint(1, 40)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def insert_bytes(rng: random.Random, base: str) -> bytes:
    out = bytearray(base.encode())
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(out) + 1)
        out[at:at] = rng.randbytes(rng.randint(1, 4))
    return bytes(out)


def truncate(rng: random.Random, base: str) -> bytes:
    data = base.encode(rng.choice(["utf-8", "gb18030", "utf-16"]))
    at = rng.randrange(len(data) + 1)
    return data[:at] if _chance(rng, 0.7) else data[at:]


def binary_junk(rng: random.Random, base: str) -> bytes:
    head = rng.choice([b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04", b"\x1f\x8b"])
    return head + rng.randbytes(rng.randint(0, 4000)) + base.encode()[: rng.randint(0, 200)]


def gb18030_damaged(rng: random.Random, base: str) -> bytes:
    data = _flip(base.encode("gb18030"), rng, rng.randint(0, 4))
    return data[: rng.randrange(len(data) + 1)] if _chance(rng, 0.3) else data


def big5_damaged(rng: random.Random, base: str) -> bytes:
    data = _flip(base.encode("big5hkscs", errors="replace"), rng, rng.randint(0, 4))
    return data[: rng.randrange(len(data) + 1)] if _chance(rng, 0.3) else data


def utf16_damaged(rng: random.Random, base: str) -> bytes:
    data = base.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
    damage = rng.choice(["cut", "cut", "flip", "flip", "drop"])
    if damage == "cut":
        return data[: rng.randrange(len(data) + 1)]
    if damage == "flip":
        return _flip(data, rng, rng.randint(1, 10))
    at = rng.randrange(len(data))
    return data[:at] + data[at + 1 :]


def bom_lies(rng: random.Random, base: str) -> bytes:
    bom = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
    body = base.encode(rng.choice(["utf-8", "gb18030", "utf-16-be"]))
    if bom == codecs.BOM_UTF8 and _chance(rng, 0.5):
        body = _flip(body, rng, 1)
    return bom + body[: rng.randrange(len(body) + 1)]


def big5_after_ascii(rng: random.Random, base: str) -> bytes:
    ascii_head = ("Page 1 of the archive, exported 2023-03-28.\n" * rng.randint(1, 2000)).encode()
    return ascii_head + base.encode(rng.choice(["big5hkscs", "gb18030"]), errors="replace")


def mojibake(rng: random.Random, base: str) -> bytes:
    wrong = rng.choice(["latin-1", "cp1252", "gb18030"])
    right = "gb18030" if wrong != "gb18030" and _chance(rng, 0.3) else "utf-8"
    lines = base.split("\n")
    for i in rng.sample(range(len(lines)), k=min(len(lines), rng.randint(1, 10))):
        lines[i] = lines[i].encode(right, errors="replace").decode(wrong, errors="replace")
    return "\n".join(lines).encode()


def mixed_encodings(rng: random.Random, base: str) -> bytes:
    return b"\n".join(
        line.encode(rng.choice(["utf-8", "gb18030", "big5"]), errors="replace") for line in base.split("\n")
    )


def shuffle_lines(rng: random.Random, base: str) -> bytes:
    lines = base.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines).encode()


def cut_lines(rng: random.Random, base: str) -> bytes:
    out = []
    share = rng.choice([0.05, 0.2, 0.5])
    for line in base.split("\n"):
        if line and rng.random() < share:
            at = rng.randrange(len(line) + 1)
            out.append(line[:at] + rng.choice(["\n", "\n\n"]) + line[at:])
        else:
            out.append(line)
    return "\n".join(out).encode()


def join_lines(rng: random.Random, base: str) -> bytes:
    pieces = base.split("\n")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _chance(rng, 0.2):
            out[-1] += piece
        else:
            out.append(piece)
    return "\n".join(out).encode()


def drop_and_repeat(rng: random.Random, base: str) -> bytes:
    out: list[str] = []
    for line in base.split("\n"):
        if _chance(rng, 0.1):
            continue
        out.append(line)
        if _chance(rng, 0.15):
            out.extend([line] * rng.randint(1, 3))
    return "\n".join(out).encode()


def line_ends(rng: random.Random, base: str) -> bytes:
    ends = ["\n", "\r\n", "\r", "\r\r\n", "\n\r", "\u2028"]
    return "".join(line + rng.choice(ends) for line in base.split("\n")).encode()


def hard_wrap(rng: random.Random, base: str) -> bytes:
    width = rng.choice([15, 20, 30, 38])
    out = []
    for line in base.split("\n"):
        out.extend(line[i : i + width] for i in range(0, max(len(line), 1), width))
    return "\n".join(out).encode()


def one_char_lines(rng: random.Random, base: str) -> bytes:
    text = base[: rng.randint(100, 5000)]
    return "\n".join(text.replace("\n", "")).encode()


def hostile_chars(rng: random.Random, base: str) -> bytes:
    chars = list(base)
    for _ in range(rng.randint(1, 60)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_HOSTILE))
    return "".join(chars).encode("utf-8", errors="surrogateescape")


def markdown_residue(rng: random.Random, base: str) -> bytes:
    lines = base.split("\n")
    for i in range(len(lines)):
        if _chance(rng, 0.3):
            mark = rng.choice(_MARKDOWN)
            lines[i] = mark + lines[i] + (mark if mark in ("**", "__", "`") else "")
    return "\n".join(lines).encode()


def halfwidth_marks(rng: random.Random, base: str) -> bytes:
    table = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})
    return base.translate(table).encode()


def long_lines(rng: random.Random, base: str) -> bytes:
    size = rng.choice([10_000, 20_000, 50_000, 100_000])
    line = rng.choice(
        [
            "".join(rng.choice(",:;?!") for _ in range(size)),
            "前" + " " * size + "后",
            "前" + "\u00a0" * size + "后",
            "前" + " \u00a0" * (size // 2) + "后。",
            "本报讯" + "发展" * (size // 2),
            ",好" * (size // 2),
            "(" * (size // 4) + "中" + '"' * (size // 4),
            "a" * size + "  ",
        ]
    )
    lines = base.split("\n")
    lines.insert(rng.randrange(len(lines) + 1), line)
    return "\n".join(lines).encode()


def stacked_bylines(rng: random.Random, base: str) -> bytes:
    bylines = [rng.choice(_BYLINES) for _ in range(rng.randint(2, 40))]
    return ("标题在此处\n" + "\n".join(bylines) + "\n\n本报讯 正文一段。\n" + base).encode()


def stacked_credits(rng: random.Random, base: str) -> bytes:
    lines = base.split("\n")
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(lines) + 1)
        block = ["■" + rng.choice(["游客在樱花下拍照。", "工人正在作业。"]) + rng.choice(["", *_CREDITS])]
        block += [rng.choice(_CREDITS) for _ in range(rng.randint(0, 3))]
        lines[at:at] = block
    return "\n".join(lines).encode()


def dateline_combos(rng: random.Random, base: str) -> bytes:
    article = ["青岛发布服务业重点项目", ""]
    if _chance(rng, 0.6):
        article += [rng.choice(_BYLINES), ""]
    article.append(rng.choice(_DATELINES) + rng.choice(["", " "]) + "现代服务业是产业跃迁的重要支撑，")
    article.append(rng.choice(["", "王凯表示，", "据悉"]) + "项目总投资3.5亿元。")
    return ("\n".join(article) + "\n\n" + base).encode()


def near_duplicates(rng: random.Random, base: str) -> bytes:
    paragraph = "".join(
        rng.choice("发展项目建设产业服务城市青岛今年以来推进") for _ in range(rng.randint(40, 3000))
    )
    variants = []
    for _ in range(rng.randint(2, 30)):
        chars = list(paragraph)
        chars[rng.randrange(len(chars))] = rng.choice("的一是在")
        variants.append("".join(chars) + "。")
    return (base + "\n\n" + "\n\n".join(variants)).encode()


def splice_pages(rng: random.Random, base: str) -> bytes:
    other = base[::-1].encode(rng.choice(["utf-8", "gb18030"]))
    data = base.encode()
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


FAMILIES: Final[dict[str, Family]] = {
    f.__name__: f
    for f in (
        flip_bits,
        overwrite_bytes,
        insert_bytes,
        truncate,
        binary_junk,
        gb18030_damaged,
        big5_damaged,
        utf16_damaged,
        bom_lies,
        big5_after_ascii,
        mojibake,
        mixed_encodings,
        shuffle_lines,
        cut_lines,
        join_lines,
        drop_and_repeat,
        line_ends,
        hard_wrap,
        one_char_lines,
        hostile_chars,
        markdown_residue,
        halfwidth_marks,
        long_lines,
        stacked_bylines,
        stacked_credits,
        dateline_combos,
        near_duplicates,
        splice_pages,
    )
}
