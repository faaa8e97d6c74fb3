"""Segmentation, repair and deduplication on small pages written for the rule they protect."""

from __future__ import annotations

import banmian
from banmian._dedupe import drop_repeated_clauses


def parse(*lines: str) -> banmian.Edition:
    return banmian.parse_edition("\n".join(lines))


def test_title_block_with_kicker_byline_and_dateline() -> None:
    edition = parse(
        "胶东经济圈一体化发展满一年——",
        "",
        "继续推动经济圈握指成拳",
        "",
        "□本报记者 肖 芳",
        "",
        "本报青岛讯 成立30多个联盟，签署40多个合作协议。",
    )
    (article,) = edition.articles
    assert (article.kicker, article.headline, article.subtitle) == (
        "胶东经济圈一体化发展满一年——",
        "继续推动经济圈握指成拳",
        None,
    )
    assert article.byline is not None and article.byline.authors[0].name == "肖芳"
    assert article.dateline == "本报青岛讯"
    assert article.paragraphs == ("成立30多个联盟，签署40多个合作协议。",)
    assert article.title_lines == (1, 3)


def test_headline_in_two_short_lines_is_one_headline() -> None:
    (article,) = parse(
        "青岛16件市办实事", "", "实现年度目标", "", "□记者 杨国胜 报道", "", "本报讯 正文。"
    ).articles
    assert (article.headline, article.subtitle) == ("青岛16件市办实事实现年度目标", None)


def test_byline_before_its_title() -> None:
    edition = parse(
        "第一篇标题在这里",
        "□记者 王明 报道",
        "本报讯 第一篇正文。",
        "",
        "□记者 薄克国 报道",
        "",
        "青岛成立工业互联网专家协作联盟",
        "",
        "本报青岛讯 3月30日，联盟成立。",
    )
    assert [a.headline for a in edition.articles] == ["第一篇标题在这里", "青岛成立工业互联网专家协作联盟"]
    second = edition.articles[1]
    assert second.byline is not None and second.byline.lines == (5,)
    assert edition.artifacts == ()


def test_orphan_byline_is_an_artifact_with_a_warning() -> None:
    edition = parse(
        "第一篇标题在这里",
        "□记者 王明 报道",
        "本报讯 第一篇正文。",
        "",
        "□记者 薄克国 报道",
        "",
        "第二篇标题在这里",
        "□记者 张晓帆 报道",
        "本报讯 第二篇正文。",
    )
    assert [(a.kind, a.line) for a in edition.artifacts] == [("orphan_byline", 5)]
    assert "orphan_byline" in {w.kind for w in edition.warnings}


def test_subheads_and_list_items() -> None:
    (article,) = parse(
        "全市学雷锋志愿服务获推多个先进典型",
        "□记者 张晋",
        "本报讯 活动开展。",
        "",
        "先进典型名单",
        "",
        "- 最美志愿者:**",
        "任均山 便民志愿服务岗队长",
        "- 最美志愿服务社区:**",
        "南山社区",
    ).articles
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "活动开展。"),
        ("subhead", "先进典型名单"),
        ("list_item", "最美志愿者："),
        ("list_item", "任均山 便民志愿服务岗队长"),
        ("list_item", "最美志愿服务社区："),
        ("list_item", "南山社区"),
    ]


def test_page_header_with_pinyin_and_vertical_title() -> None:
    edition = parse(
        "精彩李沧",
        "",
        "JING CAI LI CANG",
        "",
        "标题在这里出现了",
        "□记者 王明",
        "正文。",
        "自找  ",
        "不  ",
        "足",
    )
    assert edition.page_headers == ("精彩李沧", "JING CAI LI CANG")
    assert [(a.kind, a.text) for a in edition.artifacts if a.kind == "vertical_text"] == [
        ("vertical_text", "自找"),
        ("vertical_text", "不"),
        ("vertical_text", "足"),
    ]


def test_caption_with_credit_on_next_line_and_join_across_it() -> None:
    (article,) = parse(
        "标题在这里出现了",
        "□记者 王明",
        "",
        "伴随着园区拔地而起，李沧区将进一步",
        "",
        "",
        "",
        "■工人正在作业。  ",
        "董梅雪 摄",
        "",
        "凸显主城区的资源聚集效应。",
    ).articles
    assert [(c.text, c.credit, c.lines) for c in article.captions] == [("工人正在作业。", "董梅雪", (8, 9))]
    assert [(b.text, b.lines) for b in article.blocks] == [
        ("伴随着园区拔地而起，李沧区将进一步凸显主城区的资源聚集效应。", (4, 11))
    ]


def test_join_skips_paragraphs_of_another_column() -> None:
    (article,) = parse(
        "标题在这里出现了",
        "□记者 王明",
        "",
        "在经济区，项目刚刚实现试生产，工人们正有序开展生产，机器",
        "",
        "今年以来，青岛部署实施三年行动。",
        "",
        "当前，新区全力推进发展。",
        "",
        "",
        "■工人正在作业。张鹰摄",
        "",
        "声轰鸣。该项目达产后可实现年收入10亿元。",
    ).articles
    assert [b.lines for b in article.blocks] == [(4, 13), (6,), (8,)]
    assert article.blocks[0].text.endswith("机器声轰鸣。该项目达产后可实现年收入10亿元。")


def test_terminated_paragraphs_are_not_joined() -> None:
    (article,) = parse(
        "标题在这里出现了", "□记者 王明", "", "第一段结束了。", "", "第二段也结束了。"
    ).articles
    assert len(article.blocks) == 2


def test_standalone_photo_with_byline_credit() -> None:
    edition = parse(
        "标题在这里出现了",
        "□记者 王明",
        "",
        "需要具备跨界协作能力的复合型人",
        "",
        "",
        "",
        "清明假期，中山公园樱花绽放。",
        "",
        "□记者 薄克国 报道",
        "",
        "才，两地在人才共享上有广泛合作前景。",
    )
    assert [(p.text, p.lines) for p in edition.photos] == [("清明假期，中山公园樱花绽放。", (8, 10))]
    assert [b.lines for b in edition.articles[0].blocks] == [(4, 12)]


def test_exact_and_clause_duplicates_are_recorded() -> None:
    edition = parse(
        "标题在这里出现了",
        "□记者 王明",
        "",
        "会上，榜单揭晓，名单揭晓，名单揭晓。",
        "",
        "据介绍，山东高度重视民营经济和中小企业发展。",
        "",
        "据介绍，山东高度重视民营经济和中小企业发展。",
    )
    assert edition.articles[0].paragraphs == (
        "会上，榜单揭晓，名单揭晓。",
        "据介绍，山东高度重视民营经济和中小企业发展。",
    )
    assert [(d.line, d.of_line) for d in edition.duplicates] == [(4, 4), (8, 6)]
    assert edition.audit().ok


def test_near_duplicate_is_removed() -> None:
    text = "青岛市努力营造良好的营商环境，打造适合独角兽企业茁壮成长的热带雨林，出台了多个扶持政策。"
    variant = text.replace("营造", "营选")
    edition = parse("标题在这里出现了", "□记者 王明", "", text, "", variant)
    assert edition.articles[0].paragraphs == (text,)
    assert [(d.line, d.of_line) for d in edition.duplicates] == [(6, 4)]


def test_drop_repeated_clauses_keeps_deliberate_repetition() -> None:
    assert drop_repeated_clauses("好，好，好。") == ("好，好，好。", ())


def test_page_without_blank_lines() -> None:
    edition = parse(
        "全省春耕备耕有序推进",
        "记者 张明 通讯员 李华 报道",
        "本报济南讯 连日来，各地抢抓农时。",
        "负责人介绍，今年将推广节水灌溉技术，",
        "覆盖面积超过500万亩。",
        "济南新增公交线路10条",
        "本报讯 济南公交集团日前宣布新开线路。",
    )
    assert [(a.headline, a.dateline, len(a.blocks)) for a in edition.articles] == [
        ("全省春耕备耕有序推进", "本报济南讯", 2),
        ("济南新增公交线路10条", "本报讯", 1),
    ]
    assert edition.articles[0].blocks[1].lines == (4, 5)


def test_text_before_any_title_is_an_untitled_article() -> None:
    edition = parse("的企业负责人表示，平台非常及时。", "", "标题在这里出现了", "□记者 王明", "正文。")
    assert [a.headline for a in edition.articles] == [None, "标题在这里出现了"]
    assert {"untitled_text", "missing_start"} <= {w.kind for w in edition.warnings}


def test_closing_credit_is_not_a_paragraph() -> None:
    (article,) = parse("标题在这里出现了", "", "新华社北京5月4日电 正文在此。", "", "（新华社）").articles
    assert (article.credit, article.credit_line, article.paragraphs) == ("新华社", 5, ("正文在此。",))


def test_traditional_page_is_detected() -> None:
    edition = parse(
        "台北捷運新線明年通車",
        "",
        "（中央社記者林志明台北4日電）台北市捷運局今天表示，環狀線北段工程進度順利。",
    )
    (article,) = edition.articles
    assert article.dateline == "中央社台北4日電"
    assert article.byline is not None and [(a.name, a.role) for a in article.byline.authors] == [
        ("林志明", "记者")
    ]


def test_folio_lines_credit_over_caption_and_dash_subtitle() -> None:
    edition = parse(
        "人民日报 2024年5月6日 星期一",
        "第4版 要闻",
        "推动高质量发展取得新成效",
        "——各地扎实推进经济社会发展综述",
        "本报记者  王明  李华",
        "\u3000\u3000今年以来，各地经济运行持续回升向好。",
        "（本报记者  孙华摄）",
        "图为天津港汽车码头。",
    )
    assert edition.page_headers == ("人民日报 2024年5月6日 星期一", "第4版 要闻")
    (article,) = edition.articles
    assert (article.headline, article.subtitle) == (
        "推动高质量发展取得新成效",
        "——各地扎实推进经济社会发展综述",
    )
    assert article.byline is not None and [a.name for a in article.byline.authors] == ["王明", "李华"]
    assert [(c.text, c.credit, c.lines) for c in article.captions] == [
        ("图为天津港汽车码头。", "本报记者 孙华", (7, 8))
    ]
    assert edition.warnings == ()


def test_genre_label_over_a_headline_is_its_kicker() -> None:
    """短评 / 社论 over a headline labels the commentary: the kicker, never half
    of a headline set in two short lines."""
    (article,) = parse("短评", "多为群众办实事", "", "各级干部要多到田头走一走。").articles
    assert (article.kicker, article.headline, article.subtitle) == ("短评", "多为群众办实事", None)
    (article,) = parse("社论", "", "把增产节约运动坚持下去", "", "全国职工正在开展增产节约运动。").articles
    assert (article.kicker, article.headline) == ("社论", "把增产节约运动坚持下去")


def test_a_short_word_that_is_no_genre_label_stays_in_a_two_line_headline() -> None:
    (article,) = parse(
        "青岛16件市办实事", "", "短评出炉", "", "□记者 杨国胜 报道", "", "本报讯 正文。"
    ).articles
    assert (article.kicker, article.headline) == (None, "青岛16件市办实事短评出炉")
