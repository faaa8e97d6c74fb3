"""Which paper each labelled page is, or is written in the style of.

The seeds are real published pages; the test pages under ``tests/pages`` are
the project's own prose written in the conventions of a paper (see
``tests/pages/README.md``), so their paper is the style they follow.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Paper(NamedTuple):
    """A paper, its script and the decade of the page when known."""

    name: str
    slug: str
    script: str  # "simplified" | "traditional"
    decade: str | None
    real: bool  # a real published page (the seeds) or a page written in its style


_DZ: Final = Paper("大众日报", "dazhong", "simplified", "2020s", False)
_QD: Final = Paper("青岛日报", "qingdao", "simplified", "2020s", False)
_RM: Final = Paper("人民日报", "renmin", "simplified", "2020s", False)
_XH: Final = Paper("新华社", "xinhua", "simplified", "2020s", False)
_JJ: Final = Paper("经济日报", "jingji", "simplified", "2020s", False)

# page file (without .txt) -> paper
PAGES: Final[dict[str, Paper]] = {
    "seeds/000_b8a3ab7b253d933e": Paper("青岛日报", "qingdao", "simplified", "2020s", True),
    "seeds/001_82a97204ed732270": Paper("大众日报", "dazhong", "simplified", "2020s", True),
    "seeds/002_67ef5447cad4fcc2": Paper("青岛日报", "qingdao", "simplified", "2020s", True),
    "seeds/003_05bf40073cbdc727": Paper("青岛日报", "qingdao", "simplified", "2020s", True),
    "seeds/004_e67492a810d0588b": Paper("大众日报", "dazhong", "simplified", "2020s", True),
    "tests/pages/p01_yaowen": _DZ,
    "tests/pages/p02_briefs": _DZ,
    "tests/pages/p03_xinhua": _XH,
    "tests/pages/p04_commentary": _RM,
    "tests/pages/p05_markdown": _DZ,
    "tests/pages/p06_no_blank_lines": _QD,
    "tests/pages/p07_continued": _DZ,
    "tests/pages/p08_repair": _DZ,
    "tests/pages/p09_dedupe": _DZ,
    "tests/pages/p10_normalization": _DZ,
    "tests/pages/p11_dazhong": _DZ,
    "tests/pages/p12_hongkong": Paper("香港文匯報", "wenweipo", "traditional", "2020s", False),
    "tests/pages/p13_culture": _DZ,
    "tests/pages/p14_crlf": _DZ,
    "tests/pages/p15_minsheng": _DZ,
    "tests/pages/p16_photos": _QD,
    "tests/pages/p17_chengyang": _QD,
    "tests/pages/p18_taiwan": Paper("中央社", "cna", "traditional", "2020s", False),
    "tests/pages/p19_sports": _DZ,
    "tests/pages/p20_converter": _QD,
    "tests/pages/p21_features": _DZ,
    "tests/pages/p22_wetlands": _DZ,
    "tests/pages/p23_renmin": _RM,
    "tests/pages/p24_hardwrap": _JJ,
    "tests/pages/p25_jianxun": _DZ,
    "tests/pages/p26_markdown_tables": _DZ,
    "tests/pages/p27_evening": Paper("新民晚报", "xinmin", "simplified", "2020s", False),
    "tests/pages/p28_two_pages": Paper("南方都市报", "nandu", "simplified", "2020s", False),
    "tests/pages/p29_mingpao": Paper("明報", "mingpao", "traditional", "2020s", False),
    "tests/pages/p30_dagong": Paper("大公報", "takungpao", "traditional", "2020s", False),
    "tests/pages/p31_taiwan_udn": Paper("聯合報", "udn", "traditional", "2020s", False),
    "tests/pages/p32_guangming": Paper("光明日报", "guangming", "simplified", "2020s", False),
    "tests/pages/p33_jingji_market": _JJ,
    "tests/pages/p34_cankao_wire": Paper("参考消息", "cankao", "simplified", "2020s", False),
    "tests/pages/p35_county": Paper("今日沂水", "yishui", "simplified", "2020s", False),
    "tests/pages/p36_bold_leadins": _QD,
    "tests/pages/p37_pinglun": _DZ,
    "tests/pages/p38_chinatimes": Paper("中國時報", "chinatimes", "traditional", "2020s", False),
    "tests/pages/p39_interview": _DZ,
    "tests/pages/p40_layout": Paper("西海岸新闻", "xihaian", "simplified", "2020s", False),
    "tests/pages/p41_haiwai": Paper("人民日报海外版", "haiwai", "simplified", "2020s", False),
    "tests/pages/p42_sports_doha": _DZ,
    "tests/pages/p43_inline_byline": _QD,
    "tests/pages/p44_xinhua_tonggao": _XH,
    "tests/pages/p45_hk_utf8": Paper("香港日報（港聞）", "hongkong", "traditional", "2020s", False),
    "tests/pages/p46_photo_spread": _QD,
    "tests/pages/p47_renmin_1950s": Paper(
        "人民日报（1950年代）", "renmin1950s", "simplified", "1950s", False
    ),
    "tests/pages/p48_jiefang_1980s": Paper("解放日报", "jiefang", "simplified", "1980s", False),
    "tests/pages/p49_xinjingbao": Paper("新京报", "xinjingbao", "simplified", "2020s", False),
    "tests/pages/p50_21jingji": Paper("21世纪经济报道", "21jingji", "simplified", "2020s", False),
    "tests/pages/p51_singtao": Paper("星島日報", "singtao", "traditional", "2020s", False),
    "tests/pages/p52_ltn": Paper("自由時報", "ltn", "traditional", "2020s", False),
    "tests/pages/p53_1970s": Paper("中央日報", "cdn", "traditional", "1970s", False),
    "tests/pages/p54_cna_wire": Paper("中央社", "cna", "traditional", "2020s", False),
}
