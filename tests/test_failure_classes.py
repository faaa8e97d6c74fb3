"""The failure classes real pages of other papers showed, one small page each.

Each page is written from a newspaper convention (not from any real page's
text) and checks the reading a reader would give it: where articles start,
what is a title, a subhead or a paragraph, where a cut paragraph continues.
"""

from __future__ import annotations

import pytest

import banmian


def _read(lines: list[str]) -> banmian.Edition:
    return banmian.parse_edition("\n".join(lines))


def _titles(edition: banmian.Edition) -> list[str | None]:
    return [a.headline for a in edition.articles]


def test_cut_first_paragraph_with_its_dateline_is_no_subtitle() -> None:
    edition = _read(
        ["港口航线再加密", "", "本报讯（记者 王凯）新航线开通后", "", "", "居民出行更方便，客流增长三成。"]
    )
    (article,) = edition.articles
    assert article.subtitle is None
    assert article.dateline == "本报讯"
    assert [a.name for a in article.byline.authors] == ["王凯"]  # type: ignore[union-attr]
    assert article.paragraphs == ("新航线开通后居民出行更方便，客流增长三成。",)


def test_cut_first_paragraph_with_a_taiwan_bracket_byline() -> None:
    edition = _read(
        [
            "捷運新線通車",
            "",
            "【王大明、李小華／台北報導】捷運新線",
            "",
            "",
            "今天正式通車，沿線居民出行更方便。",
        ]
    )
    (article,) = edition.articles
    assert article.subtitle is None
    assert [(a.name, a.role) for a in article.byline.authors] == [("王大明", None), ("李小華", None)]  # type: ignore[union-attr]
    assert article.paragraphs == ("捷運新線今天正式通車，沿線居民出行更方便。",)


def test_lead_piece_under_the_byline_is_no_subhead() -> None:
    edition = _read(
        [
            "港口航线再加密",
            "",
            "本报记者 王凯",
            "",
            "新航线开通后，沿线居民",
            "",
            "",
            "■市民乘船。张鹰摄",
            "",
            "",
            "的出行更方便了。",
        ]
    )
    (article,) = edition.articles
    assert [b.kind for b in article.blocks] == ["paragraph"]
    assert article.paragraphs == ("新航线开通后，沿线居民的出行更方便了。",)


@pytest.mark.parametrize(
    "headline", ["谁来守护老街？他们站了出来", "今年，全市新增公园12座", "稳就业 促消费 惠民生 保平安"]
)
def test_headlines_shaped_unlike_titles_over_a_dateline(headline: str) -> None:
    edition = _read(
        [
            "港口航线再加密",
            "",
            "本报记者 王凯",
            "",
            "新航线开通，沿线居民出行更方便。",
            "",
            "",
            headline,
            "",
            "本报讯 老街改造后，居民回流。",
        ]
    )
    assert _titles(edition) == ["港口航线再加密", headline]
    assert edition.articles[1].dateline == "本报讯"


def test_one_line_title_after_a_layout_gap_starts_a_commentary() -> None:
    edition = _read(
        [
            "港口航线再加密",
            "",
            "本报记者 王凯",
            "",
            "新航线开通，沿线居民出行更方便。",
            "",
            "",
            "",
            "让城市更有温度",
            "",
            "城市的温度，体现在细节之中。",
        ]
    )
    assert _titles(edition) == ["港口航线再加密", "让城市更有温度"]


def test_interleaved_cut_paragraphs_join_their_own_tails() -> None:
    edition = _read(
        [
            "港口航线再加密",
            "",
            "本报记者 王凯",
            "",
            "新航线开通后，沿线居民",
            "",
            "港口方面表示，下一步将",
            "",
            "",
            "■市民乘船。张鹰摄",
            "",
            "",
            "，出行更方便了。",
            "",
            "继续加密国际航线。",
        ]
    )
    (article,) = edition.articles
    assert article.paragraphs == (
        "新航线开通后，沿线居民，出行更方便了。",
        "港口方面表示，下一步将继续加密国际航线。",
    )


def test_two_line_crosshead_is_one_subhead() -> None:
    edition = _read(
        [
            "港口航线再加密",
            "",
            "本报记者 王凯",
            "",
            "新航线开通，沿线居民出行更方便。",
            "",
            "航线加密",
            "服务升级",
            "",
            "港口方面表示，下一步将继续加密航线。",
        ]
    )
    (article,) = edition.articles
    assert [(b.kind, b.text, b.lines) for b in article.blocks][1] == ("subhead", "航线加密服务升级", (7, 8))


@pytest.mark.parametrize(
    "last_line", ["（作者单位：青岛大学文学院）", "——张三", "人民视觉", "张三摄（影像中国）"]
)
def test_the_last_line_of_an_article_stays_out_of_the_next_title(last_line: str) -> None:
    edition = _read(
        [
            "让城市更有温度",
            "",
            "城市的温度，体现在细节之中。",
            "",
            last_line,
            "",
            "夏粮收购全面展开",
            "",
            "本报记者 李明",
            "",
            "今年夏粮收购进展顺利。",
        ]
    )
    assert _titles(edition) == ["让城市更有温度", "夏粮收购全面展开"]
    assert edition.articles[1].title_lines == (7,)


def test_reporters_without_a_role_after_a_dateline() -> None:
    edition = _read(["北京新增公园", "", "新华社北京5月6日电（李龙、程然）北京今年新增公园20座。"])
    (article,) = edition.articles
    assert [a.name for a in article.byline.authors] == ["李龙", "程然"]  # type: ignore[union-attr]
    assert article.paragraphs == ("北京今年新增公园20座。",)


def test_a_stub_tail_whose_seam_is_a_word_of_the_article_joins_past_a_complete_paragraph() -> None:
    edition = _read(
        [
            "德国企业加大对华投资",
            "",
            "德国企业继续看好中国市场。报告说，德国汽车企业继续看好中国",
            "",
            "据英国媒体报道，多家企业近期也表示将扩建研发中心。",
            "",
            "市场，更多企业选择本地化发展策略。",
        ]
    )
    (article,) = edition.articles
    assert article.paragraphs[0].endswith("继续看好中国市场，更多企业选择本地化发展策略。")
    assert article.blocks[0].lines == (3, 7)


@pytest.mark.parametrize(
    ("head", "between", "tail"),
    [
        pytest.param(
            "本报讯 新规规定，在法国高校取得硕士以上学位的外国",
            "法国内政部说，新规旨在吸引更多外国学生。",
            "学生，可申请为期两年的签证。",
            id="a paragraph that opens with its speaker is no continuation",
        ),
        pytest.param(
            "本报讯 滨海步道昨日全线贯通，沿途新建观景平台十二处，市民",
            "据悉，步道全长四十二公里。",
            "游客可以在这里远眺海湾风光。",
            id="a head goes on past a paragraph that opens with an opener",
        ),
    ],
)
def test_a_cut_head_goes_on_past_a_paragraph_that_opens_one(head: str, between: str, tail: str) -> None:
    edition = _read(["港口航线再加密", "", head, "", between, "", tail])
    (article,) = edition.articles
    assert [b.lines for b in article.blocks] == [(3, 7), (5,)]


# A head cut inside a word (发|展), a complete paragraph, the tail.
_WORD_CUT = (
    "沿海港口加快转型",
    "本报讯 今年以来，沿海港口加快绿色转型，带动临港产业集聚发",
    "港区新建的光伏电站已并网运行，年发电量可达两千万千瓦时。",
    "展的步伐明显加快，一批新能源项目相继落地。",
)


def test_a_tail_past_a_complete_paragraph_joins_by_the_word_cut_at_the_seam() -> None:
    title, head, between, tail = _WORD_CUT
    edition = _read([title, "", head, "", between, "", tail])
    (article,) = edition.articles
    assert [b.lines for b in article.blocks] == [(3, 7), (5,)]
    assert article.paragraphs[0].endswith("带动临港产业集聚发展的步伐明显加快，一批新能源项目相继落地。")
    assert [d.rule for d in edition.explain(3) if d.table == "paragraph_join"] == ["word_across_the_seam"]


def test_two_interleaved_heads_pair_in_print_order_without_a_word_at_either_seam() -> None:
    edition = _read(
        [
            "老街区焕发新活力",
            "",
            "本报讯 走进老街，青石板路两侧的老宅院经过修缮，变身为",
            "",
            "街区运营方介绍，改造中坚持修旧如旧，保留了",
            "",
            "非遗工坊和特色书店。",
            "",
            "原有的院落格局。",
        ]
    )
    (article,) = edition.articles
    assert [b.lines for b in article.blocks] == [(3, 7), (5, 9)]


def test_a_common_word_at_the_seam_outweighs_a_speaker_at_the_next_piece() -> None:
    edition = _read(
        [
            "欧洲企业加码在华研发",
            "",
            "本报讯 据英国媒体报道，欧洲多家企业的首席执",
            "",
            "行官近期也表示，将在中国扩建研发中心。",
        ]
    )
    (article,) = edition.articles
    assert article.paragraphs == (
        "据英国媒体报道，欧洲多家企业的首席执行官近期也表示，将在中国扩建研发中心。",
    )


@pytest.mark.parametrize("between", [["", ""], ["■市民在新桥上骑行。", ""]])
def test_a_brief_cut_by_a_column_break_keeps_its_paragraph(between: list[str]) -> None:
    # A brief's next title stands right over its text: a line with a layout
    # gap or a photo under it is the brief's own paragraph, cut short.
    edition = _read(
        [
            "滨河新桥今天通车",
            "",
            "本报讯 滨河新桥今天正式通车。",
            "",
            "新桥全长一点二公里，桥面设有宽敞",
            "",
            *between,
            "的非机动车道和观景平台。",
            "",
            "老城区新增三处停车场",
            "",
            "本报讯 老城区三处公共停车场今天投用。",
        ]
    )
    assert _titles(edition) == ["滨河新桥今天通车", "老城区新增三处停车场"]
    assert edition.articles[0].paragraphs[-1] == "新桥全长一点二公里，桥面设有宽敞的非机动车道和观景平台。"


def test_an_item_taken_from_another_outlet_starts_its_own_article() -> None:
    edition = _read(
        [
            "侨乡春茶开采",
            "",
            "本报记者 王凯",
            "",
            "本报讯 侨乡的春茶日前开采，茶农忙着采摘。",
            "",
            "侨团举办中文夏令营",
            "",
            "据中国侨网消息，旅居意大利的侨团日前在米兰举办中文夏令营。",
        ]
    )
    assert _titles(edition) == ["侨乡春茶开采", "侨团举办中文夏令营"]
    assert edition.articles[1].byline is None


def test_the_place_filed_from_after_padded_names_is_no_author() -> None:
    edition = _read(["港口吞吐量創新高", "", "大公報記者 何 平 廣州報道", "", "一季度，港口吞吐量上升。"])
    byline = edition.articles[0].byline
    assert byline is not None
    assert [a.name for a in byline.authors] == ["何平"]


def test_an_interview_answer_cut_short_stays_under_its_question() -> None:
    edition = _read(
        [
            "让老手艺走进新课堂",
            "",
            "本报记者 王凯",
            "",
            "记者：学校为什么要开设非遗课程？",
            "",
            "陈明：手艺要传下去，就得从孩子",
            "",
            "",
            "抓起，课堂是最好的地方。",
        ]
    )
    (article,) = edition.articles
    assert article.subtitle is None
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]
    assert article.paragraphs[0] == "记者：学校为什么要开设非遗课程？"


def test_a_repeated_paragraph_between_a_head_and_its_tail_takes_no_place_in_the_order() -> None:
    title, head, between, tail = _WORD_CUT
    edition = _read([title, "", head, "", between, "", between, "", tail])
    (article,) = edition.articles
    assert [b.lines for b in article.blocks] == [(3, 9), (5,)]
    assert [d.line for d in edition.duplicates] == [7]
