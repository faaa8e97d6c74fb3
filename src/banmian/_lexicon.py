"""Data only: the words and character classes of newspaper conventions.

Nothing here is compiled: `banmian._patterns` builds every pattern from
these values (and from a `Profile`, which carries the
lists that differ between papers).  Words that differ between simplified and
traditional print only in script are written once, in simplified form, and
their traditional spellings are generated from one table (`both_scripts`).
"""

from __future__ import annotations

from typing import Final

# --- one table for the two scripts ----------------------------------------------

# Simplified -> traditional, for the characters of the words below that differ
# only in script.  (周 -> 週 holds in 周刊 only, and 周刊 is the only word here
# that has it.)
_SCRIPT_PAIRS: Final = (
    "报報 记記 讯訊 电電 评評 论論 员員 见見 习習 实實 约約 摄攝 图圖 闻聞 际際 体體 专專 简簡 "
    "递遞 览覽 导導 编編 辑輯 责責 组組 栏欄 网網 华華 时時 经經 济濟 统統 计計 绍紹 据據 来來 "
    "对對 为為 随隨 与與 发發 观觀 调調 视視 点點 笔筆 译譯 写寫 采採 业業 国國 处處 线線 讲講 "
    "总總 后後 进進 开開 间間 现現 题題 众眾 广廣 东東 证證 周週 则則 画畫 话話 种種 参參 页頁 "
    "识識 单單 综綜 联聯 传傳 说說 认認 强強 称稱 显顯 获獲 从從 当當 结結 转轉 驻駐 创創 觉覺 虫蟲 审審 "
)
TO_TRADITIONAL: Final[dict[int, str]] = {ord(pair[0]): pair[1] for pair in _SCRIPT_PAIRS.split()}


def both_scripts(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words followed by their traditional spellings, without repeats.

    >>> both_scripts(("本报记者", "目前"))
    ('本报记者', '目前', '本報記者')
    """
    seen: dict[str, None] = dict.fromkeys(words)
    for word in words:
        seen.setdefault(word.translate(TO_TRADITIONAL))
    return tuple(seen)


# Characters written differently in the two scripts, common in news prose
# (simplified form first).  Counting them decides which script a page uses.
SCRIPT_TELLTALES: Final = (
    "这這 国國 会會 为為 们們 说說 对對 时時 发發 经經 过過 还還 进進 与與 "
    "报報 记記 讯訊 电電 业業 区區 开開 关關 门門 长長 问問 间間 现現 实實"
)

# --- character classes -----------------------------------------------------------

# Sentence-final punctuation (GB/T 15834: 句末点号) and the closing marks that
# may follow it.  A paragraph whose text ends with one of these is complete.
SENTENCE_END: Final = "。！？!?…；;：:"
CLOSERS: Final = "”’」』）)》〉】"
# Characters that cannot begin a clause: closing marks, enumeration comma,
# pause and stop marks, and structural particles that attach to what precedes.
NON_INITIAL: Final = "，。、；：！？）》〉】」』”’…,.;:!?)" + "的地得了着过们吗呢吧"
# Opening brackets a byline or dateline may be set in.
OPENING_BRACKETS: Final = "（(【[〔"
# Characters that do not end a title or subhead: function words that leave a
# clause open and seldom end a word (的 是 和 与 ...), and pause punctuation.
# Prepositions that also end common words (方向, 作为, 应对, 存在) are not here.
NON_FINAL_IN_TITLE: Final = "的是和与及或把被将从，、；："
# Quotation marks and brackets a title opens and closes on its line; one left
# open says the line is a piece of a sentence cut by a column break.
OPEN_CLOSE_PAIRS: Final = (("“", "”"), ("「", "」"), ("『", "』"), ("（", "）"), ("《", "》"))
# Verbs that report speech; a clause ending in one before a comma or colon
# (报告说，… 官员表示：…) is prose, not a headline.
SPEECH_VERBS: Final = both_scripts(("说", "表示", "指出", "认为", "介绍", "强调", "透露", "称"))
# Verbs that report findings, figures or announcements; followed by a comma
# they open a clause of prose (数据显示，… 记者获悉，… 记者在现场看到，…
# 交通部统计，… 管理局昨日宣布，… 路透社报道，… 院长在会上指示，… 铁路部门
# 提醒，… and the Hong Kong 分析指，…), while a headline sets a colon after
# them (作出重要指示：).
FINDING_VERBS: Final = both_scripts(
    ("显示", "获悉", "了解到", "发现", "看到", "统计", "宣布", "指", "报道", "报导", "報導", "指示", "提醒")
)
# What a clause that opens with 据 names its source for (据中国侨网消息，…
# 据海关总署统计，… 据市交通局介绍，…): the clause is prose, never a headline.
# The first two name an outlet's news: a news item rewritten from another
# outlet opens so, its source standing where a dateline would.
NEWS_SOURCE_NOUNS: Final = both_scripts(("消息", "报道", "报导"))
ATTRIBUTION_NOUNS: Final = NEWS_SOURCE_NOUNS + both_scripts(("统计", "介绍", "调查"))
# Marks that end a sentence but may also end a kicker (：) or a headline (？！).
TITLE_FINAL_MARKS: Final = "：:？！?!"
# Dash glyphs that end a kicker (——).
DASHES: Final = "—-"
# Markers printed before a byline (□) and before a caption (■).
BYLINE_MARKERS: Final = frozenset("□■●◎◆◇☆★▲△")
CAPTION_MARKERS: Final = frozenset("■▲△▼")

# --- lengths (each a convention of print layout) -----------------------------------

# Two or more blank lines in a row mark a layout gap (a photo, a column or a
# page break); a single blank line separates paragraphs.
LAYOUT_GAP: Final = 2
# Vertically set column titles come out as runs of 1–2 character lines.
VERTICAL_MAX_CHARS: Final = 2
# A folio line is short and holds no sentence punctuation.
FOLIO_MAX_CHARS: Final = 40
# A whole byline line is short: an org, a few roles and a few names.
BYLINE_MAX_CHARS: Final = 60
# A title line (标题) is short.  The longest titles in mainland papers run to
# two dozen characters a line; subtitles and long one-line headlines stay
# within about 60 (beyond that it is body text that lost its stop).
TITLE_MAX_CHARS: Final = 60
# A headline that its shape alone does not show (an inner ？, a short lead
# clause) is still a headline when a byline or a dateline stands under it;
# such headlines stay within about 40 characters.
HEADLINE_BY_FOLLOWER_MAX: Final = 40
# Subheads (小标题) are short phrases or a balanced couplet of two phrases.
SUBHEAD_MAX_CHARS: Final = 24
# Clause parts of a couplet headline are at least this long (four-character
# phrases are the shortest unit of headline style).
COUPLET_MIN_PART: Final = 4
# End marks and jump lines are a few characters in brackets.
MARK_MAX_CHARS: Final = 12
# A desk's sign-off names a few editors and a date stamp:
# （譯者：陳昱婷／核稿：陳政一）1130504 is 24 characters.
SIGN_OFF_MAX_CHARS: Final = 40
# A credit line is an org, a role and up to three names before 摄.
CREDIT_LINE_MAX: Final = 40
# A closing credit (据新华社) is a few characters, never a sentence.
CLOSING_CREDIT_MAX: Final = 16
# A marked line this short with a hard break after it is a subhead (■标题).
MARKED_SUBHEAD_MAX: Final = 30
# A caption is a sentence or two; a longer line opening with 图为 is prose.
CAPTION_MAX_CHARS: Final = 150
# A ■ line of one sentence this short describes a photo even without a
# credit; summary bullets and notes run longer or to several sentences.
UNCREDITED_CAPTION_MAX: Final = 40
# Credits are short; only the end of a caption is searched for one.
CREDIT_WINDOW: Final = 40

# --- bylines (contract §4: 署名) ---------------------------------------------------------

# Role words and the role each is normalized to (None: the word itself).
# Longest first is decided where they are compiled (本报记者 wins over 记者).
_ROLES: Final = (
    ("本报特约评论员", "特约评论员"),
    ("本报评论员", "评论员"),
    ("特约评论员", None),
    ("评论员", None),
    ("本报首席记者", "记者"),
    ("本报特派记者", "记者"),
    ("首席记者", "记者"),
    ("特派记者", "记者"),
    ("驻站记者", "记者"),
    ("本报特约记者", "特约记者"),
    ("本报见习记者", "见习记者"),
    ("本报记者", "记者"),
    ("本报通讯员", "通讯员"),
    ("特约记者", None),
    ("见习记者", None),
    ("实习记者", None),
    ("实习生", None),
    ("通讯员", None),
    ("摄影记者", None),
    ("记者", None),
    ("摄影", None),
    ("编译", None),
    ("整理", None),
)
ROLE_WORDS: Final = both_scripts(tuple(word for word, _ in _ROLES))
ROLE_CANON: Final = {
    spelled: canon or word
    for word, canon in _ROLES
    for spelled in both_scripts((word,))
    if spelled != (canon or word)
}
# The dash before an author's signature at the end of a commentary (——张三);
# a subtitle after a dash opens with a verb instead (——记…, ——访…).
SIGNATURE_DASHES: Final = ("——", "—")
NOT_SIGNATURE_INITIALS: Final = "记記访訪致写寫"
# What the work was, printed before a byline: 文/本报记者 X, 图/X, 采写：X.
BYLINE_LABELS: Final = both_scripts(("文图", "图文", "文", "图", "摄影", "撰文", "采写", "作者"))
# The trailing words of a byline: 报道, 报道组, 专稿.
BYLINE_TAILS: Final = both_scripts(("摄影报道", "报道", "报導", "专稿", "撰文"))
# Slash credits: who wrote (文) and who photographed (图, 摄, 摄影).
SLASH_ROLES: Final = {
    "文": None,
    **dict.fromkeys(both_scripts(("图", "摄", "摄影")), "摄影"),
}
# Words after 系/为 that give an author's affiliation, and 发自 (filed from).
AFFILIATION_VERBS: Final = both_scripts(("系", "为", "现为", "现任"))
FILED_FROM: Final = both_scripts(("发自",))
# Bylines of the institution itself, with no person named (社论, 评论员文章).
INSTITUTIONAL_BYLINES: Final = frozenset(
    ("本报评论员", "本报特约评论员", "特约评论员", "本报编辑部", "新华社评论员", "人民日报评论员", "本报社论")
)
# Han personal names are 2–4 characters (a 复姓 plus a two-character given
# name at most); minority and transliterated names use the middle dot.
NAME: Final = r"\p{Han}{2,4}(?:[·•]\p{Han}{1,6})?"
# Words that follow a role word on a line of their own without being a name:
# column labels such as 记者手记 (a reporter's notebook), 记者观察.
NOT_NAMES: Final = frozenset(
    both_scripts(("手记", "观察", "调查", "札记", "视点", "来信", "追踪", "日记", "感言", "随笔"))
)
# Two-character names are set in the width of three with a space between
# (王 凯): two single characters in a row make one name.
PADDED_NAME_CHARS: Final = 2

# --- datelines and credits (contract §4: 电头) ---------------------------------------------

# Who opens a dateline: the paper itself and the agencies and outlets whose
# wire copy mainland and Hong Kong/Taiwan papers print (据新华社…电).  Any
# other name ending in 报/社/台/网 is accepted too (大众日报讯, 香港文匯報訊).
DATELINE_SOURCES: Final = both_scripts(("本报", "新华社", "中新社", "中新网", "中央社", "人民网", "央视网"))
# Who is named in a closing source credit (据新华社, （新华社）, 来源：人民日报):
# besides these, any name ending in 报/社/网.
CREDIT_SOURCES: Final = both_scripts(
    ("新华社", "中新社", "人民日报", "中央社", "光明日报", "经济日报", "央视新闻")
)
# Labels that introduce a source credit (来源：…).
SOURCE_LABELS: Final = both_scripts(("来源", "稿件来源"))
# Photo agencies and picture desks credited alone on the line under a photo
# (人民视觉), or in brackets after the photographer (张三摄（影像中国）).
PHOTO_SOURCES: Final = both_scripts(("人民视觉", "视觉中国", "影像中国", "东方IC", "图虫创意", "新华图片"))
# Agencies whose photo credit is the agency's name and 发 (新华社发).
PHOTO_AGENCIES: Final = both_scripts(("新华社", "中新社"))
# A paper's short name right before 讯 (南都讯 …): words that end in 讯
# themselves are not papers (通讯, 资讯, 简讯, 快讯, 喜讯, 视讯, 短讯, 传讯).
NOT_PAPER_BEFORE_XUN: Final = "通资資简簡快喜视視短传傳"

# --- page furniture ----------------------------------------------------------------------

# The paper's name alone on a line (报头): a few characters and one of these.
MASTHEAD_SUFFIXES: Final = both_scripts(("日报", "晚报", "时报", "商报", "青年报", "报"))
# A section name printed at the top of a page (版名): 要闻, 综合新闻, 港聞, 理论·实践.
SECTION_NAMES: Final = both_scripts(
    ("要闻", "新闻", "港闻", "国际", "体育", "文化", "副刊", "评论", "理论", "专版", "周刊")
)
# The title of a column of short items (栏目名): 简讯, 快讯, 新闻速递, and of
# a column of letters (读者来信, 群众来信).
COLUMN_NAMES: Final = both_scripts(("简讯", "快讯", "短讯", "速递", "速览", "简报", "来信"))
# The genre label set over the headline of a commentary (社论, 短评): the
# article's kicker, as a bracketed column tag (【光明论坛】) is.
GENRE_LABELS: Final = both_scripts(("社论", "短评", "时评", "述评", "小评论", "评论员文章", "新闻分析"))
# Labels of a folio line (报眉): the editors of the page, also the editor
# credited at the end of an article (（编辑：X）, 编辑 X 校对 Y).
FOLIO_LABELS: Final = both_scripts(
    (
        "责任编辑",
        "责编",
        "编辑",
        "美编",
        "校对",
        "版式",
        "组版",
        "本版编辑",
        "本版责编",
        "本栏编辑",
        "本栏责编",
    )
)
# Weekday words of a folio date (2023年3月28日 星期二).
WEEKDAY_WORDS: Final = ("星期", "週", "周")
# End marks of an article: （完）.
END_MARKS: Final = ("完", "全文完", "完结")
# The desk's sign-off that closes a wire item (中央社: （編輯：林克倫）1130504,
# （譯者：陳昱婷／核稿：陳政一）1130504): who edited, translated or checked it,
# then the date stamp of the 民國 year (yyymmdd).  It ends the item like
# （完）.  (编译 is not here: （编译/张三） signs a wire item as its byline.)
SIGN_OFF_LABELS: Final = both_scripts(("编辑", "译者", "核稿", "审校"))
# Numerals of dates and page numbers set in Chinese characters (older pages:
# 中華民國六十七年五月四日, 第三版; 〇 and ○ both print the zero).
CHINESE_NUMERALS: Final = "〇○零一二三四五六七八九十百"
# The era a Taiwan date may be counted from (中華民國113年5月4日).
ERA_NAMES: Final = both_scripts(("中华民国", "民国"))
# Jump lines to and from another page: （下转A06版）, （上接第一版）.
JUMP_WORDS: Final = ("下转", "上接", "转", "接")
JUMP_FROM_WORDS: Final = ("上接", "接")

# --- captions (contract §4: 图片说明) ------------------------------------------------------------

# A caption introduced as such: 图为…, 图：…, 圖為….
CAPTION_LEADS: Final = both_scripts(("图为", "图片为", "图：", "图:"))

# --- titles, subheads and paragraph openers ----------------------------------------------

# An editor's note (编者按) opens an article, between its title and its byline.
EDITOR_NOTES: Final = both_scripts(("编者按", "编者的话"))
# Who asks in an interview set as questions and answers (问答): 记者：…？ 问：…
# The answer follows under the answerer's name or 答 (刘芳：… 答：…).
INTERVIEWER_LABELS: Final = both_scripts(("本报记者", "记者", "问", "主持人"))
# Words that open a new paragraph in news writing; a piece starting with one
# of these is not the continuation of a paragraph cut by a column break.
PARAGRAPH_OPENERS: Final = (
    *("据悉", "据了解", "据介绍", "据统计", "据报道", "目前", "当前", "今年以来"),
    *("近年来", "近日", "日前", "此外", "另外", "同时", "与此同时", "下一步"),
    *("截至目前", "记者了解到", "记者从", "值得一提的是", "值得注意的是", "对此", "为此", "随后"),
    *("此前", "近期", "首先", "其次", "最后", "总之", "一方面", "另一方面"),
)
# Openers of Hong Kong and Taiwan papers: the same words in traditional
# script, and 據報導 (the Taiwan spelling of 据报道).
TRADITIONAL_OPENERS: Final = (
    *("據悉", "據了解", "據介紹", "據統計", "據報道", "據報導", "目前", "此外", "另外", "同時"),
    *("與此同時", "近日", "日前", "近年來", "今年以來", "對此", "為此", "隨後", "此前", "記者了解到"),
)


# --- decoding, mojibake and the command line -------------------------------------------

# Control characters other than the whitespace ones (tab, line ends, FF, VT):
# decoded text dense with them is binary.
DROPPED_CONTROLS: Final = "".join(chr(code) for code in range(0x20) if chr(code) not in "\t\n\r\f\v")
# UTF-8 Chinese read as GBK: each character's first two bytes (E4-E9, then a
# continuation byte 80-BF) become one of these rare characters (涓 浜 鍦 锛
# 銆 ...).  Mojibake is dense with them; ordinary text hardly has any.
MOJIBAKE_TELLTALES: Final = frozenset(
    char
    for lead in range(0xE4, 0xEA)
    for trail in range(0x80, 0xC0)
    for char in bytes((lead, trail)).decode("gb18030", errors="ignore")
)
# Characters that count as "Chinese" for the punctuation rules: Han ideographs
# and the full-width punctuation printed among them.
ZH_CLASS: Final = r"[\p{Han}“”‘’（）《》〈〉「」『』【】、。，；：？！…—]"
