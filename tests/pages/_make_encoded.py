"""Write the encoded variants of the test pages from their UTF-8 sources.

Run ``python tests/pages/_make_encoded.py`` after editing one of the sources
below, and commit the bytes it writes: the tests read the committed files and
never run this script.
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).resolve().parent

# variant file -> (UTF-8 source, encoding, line end)
VARIANTS: dict[str, tuple[str, str, str]] = {
    "p11_dazhong.gb18030.txt": ("p11_dazhong.txt", "gb18030", "\n"),
    "p12_hongkong.big5.txt": ("p12_hongkong.txt", "big5", "\n"),
    "p13_culture.utf16.txt": ("p13_culture.txt", "utf-16", "\n"),
    "p14_crlf.crlf.txt": ("p14_crlf.txt", "utf-8", "\r\n"),
    "p15_minsheng.bom.txt": ("p15_minsheng.txt", "utf-8-sig", "\n"),
    "p18_taiwan.big5.txt": ("p18_taiwan.txt", "big5", "\n"),
    "p30_dagong.big5.txt": ("p30_dagong.txt", "big5", "\n"),
    "p38_chinatimes.big5.txt": ("p38_chinatimes.txt", "big5", "\n"),
    # Hong Kong pages are Big5-HKSCS: Cantonese characters (哋 啲 嘢) are HKSCS only.
    "p51_singtao.big5.txt": ("p51_singtao.txt", "big5hkscs", "\n"),
    "p53_1970s.big5.txt": ("p53_1970s.txt", "big5", "\n"),
}


def encode(text: str, encoding: str, line_end: str) -> bytes:
    """The bytes of ``text`` in ``encoding`` with ``line_end``; UTF-16 gets a little-endian BOM."""
    text = text.replace("\r\n", "\n").replace("\n", line_end)
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


def main() -> None:
    for variant, (source, encoding, line_end) in VARIANTS.items():
        path = HERE / source
        if not path.exists():
            continue
        (HERE / variant).write_bytes(encode(path.read_text(encoding="utf-8"), encoding, line_end))
        print(f"wrote {variant} ({encoding}, {line_end!r})")


if __name__ == "__main__":
    main()
