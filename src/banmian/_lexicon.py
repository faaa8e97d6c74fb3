"""Data only: character classes, vocabularies and compiled patterns.

Each entry names the newspaper convention it encodes.  Patterns are compiled
once, here, and are written without nested unbounded quantifiers so that a
multi-megabyte line cannot make them backtrack catastrophically.
"""

from __future__ import annotations

from typing import Final

import regex

# --- character classes -----------------------------------------------------

# Zero-width and invisible formatting characters that converters leave behind.
ZERO_WIDTH_RE: Final = regex.compile(r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# Control characters other than tab and line ends (tabs become spaces with
# other whitespace); contract §3.2 removes them.
CONTROL_RE: Final = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates cannot be encoded; they are dropped like control characters.
SURROGATE_RE: Final = regex.compile(r"[\ud800-\udfff]")
WHITESPACE_RUN_RE: Final = regex.compile(r"[\s\u00a0\u3000]+")

# Sentence-final punctuation (GB/T 15834: 句末点号) and the closing marks that
# may follow it.  A paragraph whose text ends with one of these is complete.
SENTENCE_END: Final = "。！？!?…；;：:"
CLOSERS: Final = "”’」』）)》〉】"
# Characters that cannot begin a clause: closing marks, enumeration comma,
# pause and stop marks, and structural particles that attach to what precedes.
NON_INITIAL: Final = "，。、；：！？）》〉】」』”’…,.;:!?)" + "的地得了着过们吗呢吧"

# --- markdown residue (contract §3.3) ---------------------------------------------

MD_HEADING_RE: Final = regex.compile(r"^(#{1,6})(?:[ \t]+|$)")
MD_BULLET_RE: Final = regex.compile(r"^[-*+][ \t]+(?=\S)")
MD_EMPHASIS_RE: Final = regex.compile(r"\*\*|__")
# A markdown hard break: two or more trailing spaces, or a trailing backslash.
MD_HARD_BREAK_RE: Final = regex.compile(r"(?:[ \u00a0]{2,}|\\)$")
# Lines that carry nothing but markup: rules, stray emphasis or heading marks.
# (Each repetition consumes one rule character, so the pattern cannot backtrack.)
MD_ONLY_MARKUP_RE: Final = regex.compile(
    r"^(?:(?:[-*_=]\s*){3,}|[#*_`>|\s]+|[|:\-\s]{3,}|!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\))$"
)
# A block quote marker (> ) and a table row (| a | b |).
MD_QUOTE_RE: Final = regex.compile(r"^(?:>\s?)+")
MD_TABLE_ROW_RE: Final = regex.compile(r"^\|.*\|$")
MD_TABLE_CELL_SEP_RE: Final = regex.compile(r"\s*\|\s*")

# --- page furniture ------------------------------------------------------------

# A romanized section name printed under the Chinese one (要闻 /
# YAO WEN): upper-case Latin words only.
PINYIN_HEADER_RE: Final = regex.compile(r"^[A-Z]{1,12}(?:[ ·\-][A-Z]{1,12}){1,8}$")
# Folio lines (报眉): the page number (第3版, A04版), the date with its weekday
# (2023年3月28日 星期二), the editors (责任编辑：…), alone or together with the
# paper's and the section's name on one short line.
FOLIO_PART_RE: Final = regex.compile(
    r"第\s?[A-Z]?\d{1,3}\s?版|^[A-Z]\d{1,2}\b|(?:^|[\s／/])[A-Z]?\d{1,2}版(?:[\s／/]|$)"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s?(?:星期|週|周)[一二三四五六日天]"
    r"|(?:责任编辑|责编|美编|校对|版式|组版|本版编辑|本版责编|本栏编辑|本栏责编|責任編輯)\s?[:：]"
)
# The paper's name alone on a line, at the top or foot of a page (报头):
# 光明日报, 新民晚报, 明報, 大公報.  Only the lines over the first title of a
# page are tested, where a headline ending in 报 (春耕喜报) cannot stand alone.
MASTHEAD_RE: Final = regex.compile(
    r"^\p{Han}{1,5}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|青年报|青年報|报|報)$"
)
# A section name printed at the top of a page (版名): 要闻, 综合新闻, 港聞, 理论·实践.
SECTION_NAME_RE: Final = regex.compile(
    r"^\p{Han}{0,4}(?:要闻|新闻|要聞|新聞|港聞|国际|國際|体育|體育|文化|副刊|评论|評論|理论|理論|专版|專版|周刊|週刊)"
    r"(?:[·・]\p{Han}{2,4})?$|^\p{Han}{2,4}[·・]\p{Han}{2,4}$"
)
# The title of a column of short items (栏目名), set over the first item's
# title anywhere on a page: 简讯, 快讯, 新闻速递.
COLUMN_NAME_RE: Final = regex.compile(
    r"^\p{Han}{0,4}(?:简讯|簡訊|快讯|快訊|短讯|短訊|速递|速遞|速览|速覽|简报|簡報)$"
)
# The end of an article (（完）) and jump lines to and from another page
# (（下转A06版）, （上接第一版）): furniture, not text.
END_MARK_RE: Final = regex.compile(r"^[（(【\[]?(?:完|全文完|完结)[）)】\]]?$")
JUMP_FROM_RE: Final = regex.compile(r"^[（(【\[](?:上接|接)")
JUMP_RE: Final = regex.compile(
    r"^[（(【\[](?:下转|上接|转|接)第?\s?[A-Z]?[\d一二三四五六七八九十]{1,3}\s?版[）)】\]]$"
)
# A folio line is short and holds no sentence punctuation.
FOLIO_MAX_CHARS: Final = 40
FOLIO_PROSE_RE: Final = regex.compile(r"[，。；！？]")

# Two or more blank lines in a row mark a layout gap (a photo, a column or a
# page break); a single blank line separates paragraphs.
LAYOUT_GAP: Final = 2

# Vertically set column titles come out as runs of 1–2 character lines.
VERTICAL_MAX_CHARS: Final = 2

# --- bylines (contract §4: 署名) ----------------------------------------------------

# Longest first, so 本报记者 wins over 记者.  Traditional forms are mapped to
# the mainland role names by ROLE_CANON.
ROLE_WORDS: Final = (
    "本报特约评论员",
    "本报评论员",
    "特约评论员",
    "评论员",
    "評論員",
    "本报首席记者",
    "本报特派记者",
    "首席记者",
    "特派记者",
    "驻站记者",
    "本报特约记者",
    "本报见习记者",
    "本報記者",
    "本报记者",
    "本报通讯员",
    "本報通訊員",
    "特约记者",
    "见习记者",
    "見習記者",
    "实习记者",
    "实习生",
    "實習生",
    "通讯员",
    "通訊員",
    "摄影记者",
    "记者",
    "記者",
    "摄影",
    "攝影",
    "编译",
    "整理",
)
ROLE_CANON: Final = {
    "本报特约评论员": "特约评论员",
    "本报评论员": "评论员",
    "評論員": "评论员",
    "本报首席记者": "记者",
    "本报特派记者": "记者",
    "首席记者": "记者",
    "特派记者": "记者",
    "驻站记者": "记者",
    "本报特约记者": "特约记者",
    "本报见习记者": "见习记者",
    "本報記者": "记者",
    "本报记者": "记者",
    "本报通讯员": "通讯员",
    "本報通訊員": "通讯员",
    "見習記者": "见习记者",
    "實習生": "实习生",
    "通訊員": "通讯员",
    "記者": "记者",
    "攝影": "摄影",
}
# Markers printed before a byline.
BYLINE_MARKERS: Final = frozenset("□■●◎◆◇☆★▲△")
# The trailing 报道 / 報導 / 报道组 of a byline.
BYLINE_TAIL_RE: Final = regex.compile(
    r"\s*(?:[／/]\s?\p{Han}{2,6}(?:报道|報導|報道)|(?<=\p{Han}{2}) \p{Han}{2,3}(?:报道|報導|報道)"
    r"|摄影报道|报道|報導|報道|专稿|撰文"
    r"|文\s?[/／]\s?图|图\s?[/／]\s?文|文图|图文)$"
)
# What the work was, printed before a byline: 文/本报记者 X, 图/X, 文图/X.
BYLINE_LEAD_RE: Final = regex.compile(r"^(?:文图|图文|文|图|摄影|撰文|采写|採寫|作者)\s?[/／:：]\s?")
# An author's affiliation after the name (作者：张伟，系某大学教授), or where the
# reporter filed from (本报记者 赵磊 发自卡塔尔多哈): not part of any name.
AFFILIATION_RE: Final = regex.compile(
    r"[，,]\s?(?:系|为|為|现为|現為|现任|現任)[^，,]{2,40}$|\s(?:发自|發自)\p{Han}{2,12}$"
)
# Bylines of the institution itself, with no person named (社论, 评论员文章).
INSTITUTIONAL_BYLINES: Final = frozenset(
    ("本报评论员", "本报特约评论员", "特约评论员", "本报编辑部", "新华社评论员", "人民日报评论员", "本报社论")
)
# Han personal names are 2–4 characters (a 复姓 plus a two-character given
# name at most); minority and transliterated names use the middle dot.
NAME: Final = r"\p{Han}{2,4}(?:[·•]\p{Han}{1,6})?"
# An editor's note (编者按) opens an article, between its title and its byline.
EDITOR_NOTE_RE: Final = regex.compile(r"^(?:编者按|編者按|编者的话|編者的話)\s?[:：]")
# Words that follow a role word on a line of their own without being a name:
# column labels such as 记者手记 (a reporter's notebook), 记者观察.
NOT_NAMES: Final = frozenset(
    (
        *("手记", "手記", "观察", "觀察", "调查", "調查", "札记", "札記"),
        *("视点", "視點", "来信", "追踪", "日记", "感言", "随笔"),
    )
)
# Names set to the width of three characters (李  静, 王 凯 李 华): only a
# byline pads single characters apart like this.
PADDED_NAMES_RE: Final = regex.compile(r"^\p{Han}\s{1,3}\p{Han}(?:\s{1,3}\p{Han}\s{1,3}\p{Han})*$")
# A whole byline line is short: an org, a few roles and a few names.
BYLINE_MAX_CHARS: Final = 60

# --- datelines (contract §4: 电头) ------------------------------------------------

# Who opens a dateline: the paper itself and the agencies and outlets whose
# wire copy mainland and Hong Kong/Taiwan papers print (据新华社…电).  Any
# other name ending in 报/社/台/网 is accepted too (大众日报讯, 香港文匯報訊).
DATELINE_SOURCES: Final = (
    "本报",
    "本報",
    "新华社",
    "新華社",
    "中新社",
    "中新网",
    "中新網",
    "中央社",
    "人民网",
    "人民網",
    "央视网",
)
# A closing source credit on its own line: 据新华社 / （新华社）/ (来源：人民日报).
CLOSING_CREDIT_RE: Final = regex.compile(
    r"^[（(]?(?:据|據|来源[:：]|來源[:：]|稿件来源[:：])?\s?"
    r"(?:新华社|新華社|中新社|人民日报|人民日報|中央社|光明日报|经济日报|央视新闻|[\p{Han}]{2,8}(?:报|報|社|网|網))"
    r"(?:电|電)?[）)]?$"
)

# --- captions (contract §4: 图片说明) ---------------------------------------------

CAPTION_MARKERS: Final = frozenset("■▲△▼")
CREDIT_PAREN_RE: Final = regex.compile(
    r"[（(](?:(?:图|圖)\s?[:：]\s?(?P<source>[^（）()]{2,30})|(?P<inner>[^（）()]{2,30}?)(?:摄|攝))[）)]$"
)

# --- titles, subheads and paragraph openers ------------------------------------

# A title line (标题) is short.  The longest titles in mainland papers run to
# two dozen characters a line; subtitles and long one-line headlines stay
# within about 60 (beyond that it is body text that lost its stop).
TITLE_MAX_CHARS: Final = 60
# Subheads (小标题) are short phrases or a balanced couplet of two phrases.
SUBHEAD_MAX_CHARS: Final = 24
# Clause parts of a couplet headline are at least this long (four-character
# phrases are the shortest unit of headline style).
COUPLET_MIN_PART: Final = 4
# Characters that do not end a title or subhead: function words that leave a
# clause open and seldom end a word (的 是 和 与 ...), and pause punctuation.
# Prepositions that also end common words (方向, 作为, 应对, 存在) are not here.
NON_FINAL_IN_TITLE: Final = "的是和与及或把被将从，、；："
# A kicker (引题) often ends in a dash leading into the headline.
KICKER_END_RE: Final = regex.compile(r"(?:——|—|--|：|:)$|^【[^】]{1,12}】$")
# Words that open a new paragraph in news writing; a piece starting with one
# of these is not the continuation of a paragraph cut by a column break.
# (Profiles may replace the list; the traditional profile adds 據悉 and kin.)
PARAGRAPH_OPENERS: Final = (
    "据悉",
    "据了解",
    "据介绍",
    "据统计",
    "据报道",
    "目前",
    "当前",
    "今年以来",
    "近年来",
    "近日",
    "日前",
    "此外",
    "另外",
    "同时",
    "与此同时",
    "下一步",
    "截至目前",
    "记者了解到",
    "记者从",
    "值得一提的是",
    "值得注意的是",
    "对此",
    "为此",
    "随后",
    "此前",
    "近期",
    "首先",
    "其次",
    "最后",
    "总之",
    "一方面",
    "另一方面",
)
# A list enumerator: 一、 （一） 1. 1、 ①.
ENUMERATOR_RE: Final = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[①-⑳])"
)
