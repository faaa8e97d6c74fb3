"""The patterns that hold for every paper (part of `banmian._patterns`).

Patterns that hold for every paper are module constants; patterns built from
the lists that differ between papers are compiled per
`Profile` into a `Rules` value by
`rules_for` (cached: a profile is a frozen, hashable value, so the cache
cannot change a result).  The words come from `banmian._lexicon`.

Every pattern is written without nested unbounded quantifiers, so that a
multi-megabyte line cannot make it backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import regex

from .. import _lexicon as lex


def alternation(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first (本报记者 wins over 记者)."""
    return "|".join(map(regex.escape, sorted(set(words), key=lambda w: (-len(w), w))))


def char_class(chars: Iterable[str]) -> str:
    """A character class of literal characters."""
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


# --- text shape ------------------------------------------------------------------------------

HAN_RE: Final = regex.compile(r"\p{Han}")
LATIN_END_RE: Final = regex.compile(r"[A-Za-z0-9]$")
LATIN_START_RE: Final = regex.compile(r"^[A-Za-z0-9]")
CLAUSE_SPLIT_RE: Final = regex.compile(r"[，,；; ]+")
INNER_STOP_RE: Final = regex.compile(r"[。！？!?]")
SPACES_RE: Final = regex.compile(r"\s+")

# --- markdown residue and invisible characters (contract §3.2, 3.3) ------------------------------

# Zero-width and invisible formatting characters that converters leave behind.
ZERO_WIDTH_RE: Final = regex.compile(r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# Control characters other than tab and line ends (tabs become spaces with
# other whitespace); contract §3.2 removes them.
CONTROL_RE: Final = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates cannot be encoded; they are dropped like control characters.
SURROGATE_RE: Final = regex.compile(r"[\ud800-\udfff]")
WHITESPACE_RUN_RE: Final = regex.compile(r"[\s\u00a0\u3000]+")
MD_HEADING_RE: Final = regex.compile(r"^(#{1,6})(?:[ \t]+|$)")
MD_BULLET_RE: Final = regex.compile(r"^[-*+][ \t]+(?=\S)")
MD_EMPHASIS_RE: Final = regex.compile(r"\*\*|__")
# A bold lead-in: the opening words of a paragraph set in bold, then a comma
# or colon and the paragraph's text (**铁路部门提醒**，…); a title is set in
# bold as a whole or not at all (a bold kicker may end in a colon: **聚焦两会**：).
BOLD_LEAD_IN_RE: Final = regex.compile(r"^\s*(\*\*|__)[^*_\n]{1,24}\1\s?[，,：:]\s*[^\s*_]")
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

# --- page furniture that holds for every paper ----------------------------------------------

# A romanized section name printed under the Chinese one (要闻 / YAO WEN).
PINYIN_HEADER_RE: Final = regex.compile(r"^[A-Z]{1,12}(?:[ ·\-][A-Z]{1,12}){1,8}$")
FOLIO_PROSE_RE: Final = regex.compile(r"[，。；！？]")
# A section name and its bare page number (公司 7), a folio part when set next
# to another folio line (the date) at the head of a page.
SECTION_PAGE_RE: Final = regex.compile(r"^\p{Han}{2,6}\s\d{1,3}$")
END_MARK_RE: Final = regex.compile(rf"^[（(【\[]?(?:{alternation(lex.END_MARKS)})[）)】\]]?$")
# A wire desk's sign-off closing an item: （編輯：林克倫）1130504,
# （譯者：陳昱婷／核稿：陳政一）1130504; the 民國 date stamp (yyymmdd) may be missing.
_SIGN_OFF_PART: Final = (
    rf"(?:{alternation(lex.SIGN_OFF_LABELS)})\s?[:：]\s?\p{{Han}}{{2,4}}(?:、\p{{Han}}{{2,4}}){{0,3}}"
)
SIGN_OFF_RE: Final = regex.compile(
    rf"^[（(]{_SIGN_OFF_PART}(?:\s?[／/;；，,]\s?{_SIGN_OFF_PART}){{0,3}}[）)]\s?(?:\d{{6,8}})?$"
)
JUMP_FROM_RE: Final = regex.compile(rf"^[（(【\[](?:{alternation(lex.JUMP_FROM_WORDS)})")
JUMP_RE: Final = regex.compile(
    rf"^[（(【\[](?:{alternation(lex.JUMP_WORDS)})第?\s?[A-Z]?[\d一二三四五六七八九十]{{1,3}}\s?版[）)】\]]$"
)

# --- bylines ------------------------------------------------------------------------------------

_REPORTED: Final = "报道|報導|報道"
# The trailing 报道 of a byline, with what may stand before it: a place after a
# slash (／台北報導) or a space after a name, padded or not (王凯 深圳报道,
# 王 凯 深圳报道), or a label (文/图).
BYLINE_TAIL_RE: Final = regex.compile(
    rf"\s*(?:[／/]\s?\p{{Han}}{{2,6}}(?:{_REPORTED})"
    rf"|(?<=\p{{Han}}{{2}}|\p{{Han}} \p{{Han}}) \p{{Han}}{{2,3}}(?:{_REPORTED})"
    rf"|{alternation(lex.BYLINE_TAILS)}"
    r"|文\s?[/／]\s?图|图\s?[/／]\s?文|文图|图文)$"
)
REPORTED_RE: Final = regex.compile(rf"\s*(?:{_REPORTED})$")
# Where the reporters filed from, after a slash (王大明、李小華／台北報導): only
# a byline ends like this, so the names before it need no role word.
FILED_FROM_PLACE_RE: Final = regex.compile(rf"[／/]\s?\p{{Han}}{{2,6}}(?:{_REPORTED})[】〕\]]?$")
BYLINE_LEAD_RE: Final = regex.compile(
    rf"^(?:(?:{alternation(lex.BYLINE_LABELS)})\s?[/／:：︰]"
    rf"|(?:{alternation(lex.SIGNATURE_DASHES)})(?=\s?[^\s{lex.NOT_SIGNATURE_INITIALS}]))\s?"
)
# An author's affiliation after the name (作者：张伟，系某大学教授), or where the
# reporter filed from (本报记者 赵磊 发自卡塔尔多哈): not part of any name.
AFFILIATION_RE: Final = regex.compile(
    rf"[，,]\s?(?:{alternation(lex.AFFILIATION_VERBS)})[^，,]{{2,40}}$"
    rf"|\s(?:{alternation(lex.FILED_FROM)})\p{{Han}}{{2,12}}$"
)
# Names set to the width of three characters (李  静, 王 凯 李 华): only a
# byline pads single characters apart like this.
PADDED_NAMES_RE: Final = regex.compile(r"^\p{Han}\s{1,3}\p{Han}(?:\s{1,3}\p{Han}\s{1,3}\p{Han})*$")
NAME_FULL_RE: Final = regex.compile(rf"^{lex.NAME}$")
# Names are set apart by spaces, 、 or a slash; a comma between two words
# makes a clause of prose (本报记者走访发现，…), not a byline.
NAME_SEPARATORS_RE: Final = regex.compile(r"[\s、／/：:︰]+")
BYLINE_BRACKETS_RE: Final = regex.compile(r"^[【\[（(](?P<inner>[^】\]）)]{2,60})[】\]）)]$")
# Two single characters padded apart (王 凯): one two-character name.
PADDED_PAIR_RE: Final = regex.compile(r"(?<!\p{Han})(\p{Han})\s{1,3}(\p{Han})(?!\p{Han})")
SINGLE_HAN_RE: Final = regex.compile(r"^\p{Han}$")

# --- captions -------------------------------------------------------------------------------------

CREDIT_PAREN_RE: Final = regex.compile(
    r"[（(](?:(?:图|圖)\s?[:：]\s?(?P<source>[^（）()]{2,30})|(?P<inner>[^（）()]{2,30}?)(?:摄|攝))[）)]$"
)
# A credit starts the caption or follows a sentence end, a closing mark or a space.
CREDIT_START_RE: Final = regex.compile(r"[\s。！？…”’）)]")
CREDIT_SUFFIX_RE: Final = regex.compile(r"\s?(?:摄|攝|发|發)$")
CREDIT_LEAD_RE: Final = regex.compile(r"^(?:图为?[:：]?|图片[:：]?)")
# The picture desk in brackets after a photographer's credit: 张三摄（影像中国）.
PHOTO_SOURCE_TAIL_RE: Final = regex.compile(r"(?<=[摄攝])[（(]\p{Han}{2,8}[）)]$")

# --- titles and paragraph openers -------------------------------------------------------------------

# A clause that reports speech: 报告说，… 官员表示：… (prose, not a headline).
SPEECH_CLAUSE_RE: Final = regex.compile(
    rf"\p{{Han}}(?:{alternation(lex.SPEECH_VERBS)})[，,：:]"
    rf"|\p{{Han}}(?:{alternation(lex.FINDING_VERBS)})[，,]"
    # ... or names its source: 据中国侨网消息，…  据新华社报道，…  据海关总署统计，…
    rf"|^(?:据|據)[^，,。]{{1,16}}?(?:{alternation(lex.ATTRIBUTION_NOUNS)})[，,]"
)
# A paragraph that opens by naming who speaks or where it read the news
# (法国内政部说，…  教育部官员表示：…  据英国媒体报道，…) opens a new paragraph:
# it is no continuation of a paragraph cut by a column break.  A speaker is
# an office and a title, up to 16 characters before the verb of speech
# (文化體育及旅遊局發言人表示，… 衛生福利部食品藥物管理署表示，…: Hong Kong and
# Taiwan papers name the full office).  A finding verb keeps its window of
# 10 characters (数据显示，…): no page asks for more.
SPEAKER_OPENING_RE: Final = regex.compile(
    rf"^[^，,。：:！？{lex.NON_INITIAL}][^，,。：:！？]{{0,15}}?(?:{alternation(lex.SPEECH_VERBS)})[，,：:]"
    rf"|^[^，,。：:！？{lex.NON_INITIAL}][^，,。：:！？]{{0,9}}?(?:{alternation(lex.FINDING_VERBS)})[，,]"
    rf"|^(?:据|據)[^，,。]{{1,16}}?(?:{alternation(lex.ATTRIBUTION_NOUNS)})[，,]"
)
# A paragraph that opens by naming the outlet it was taken from (据中国侨网消息，…
# 据美联社报道，…): the lead of a news item rewritten from another outlet.
NEWS_SOURCE_OPENING_RE: Final = regex.compile(
    rf"^(?:据|據)[^，,。]{{1,16}}?(?:{alternation(lex.NEWS_SOURCE_NOUNS)})[，,]"
)
# A kicker (引题) often ends in a dash leading into the headline, or a colon;
# or it is a column tag in brackets (【光明论坛】) or a genre label alone (短评, 社论).
KICKER_END_RE: Final = regex.compile(
    rf"(?:——|—|--|：|:)$|^【[^】]{{1,12}}】$|^(?:{alternation(lex.GENRE_LABELS)})$"
)
# A list enumerator: 一、 （一） 1. 1、 ①.
ENUMERATOR_RE: Final = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[①-⑳])"
)
EDITOR_NOTE_RE: Final = regex.compile(rf"^(?:{alternation(lex.EDITOR_NOTES)})\s?[:：]")
# A question of an interview (记者：…？ 问：…), and an answer under it (刘芳：… 答：…).
# A first clause that says when (当地时间5月6日晚，  清晨六点半，  昨天上午10时，):
# news prose opens so, a headline seldom does; before a comma, the line is
# the lead paragraph's head unless a byline or a dateline paragraph follows.
# (点 is a time, 六点半, not a decimal point, 一点二公里.)
TIME_LEAD_RE: Final = regex.compile(
    r"^(?:(?:当地时间|北京时间)[^，,。；]{0,12}"
    r"|[^，,。；]{0,8}?(?:\d{1,4}|[〇一二三四五六七八九十两]{1,3})(?:年|月|日|号|时|点(?![〇一二三四五六七八九\d]))"
    r"[^，,。；]{0,6}"
    r"|(?:清晨|凌晨|上午|下午|中午|傍晚|晚上|深夜|早上|入夜)[^，,。；]{0,6})[，,]"
)
# A letter's salutation on a line of its own (编辑同志：  解放日报编辑部：
# 尊敬的市长：): a readers' letter begins, whose title stands above it.
SALUTATION_RE: Final = regex.compile(
    r"^(?:\p{Han}{0,10}(?:编辑部|編輯部)|(?:编辑|編輯|记者|記者)同志|尊敬的\p{Han}{1,12}|亲爱的\p{Han}{1,12})[：:]$"
)
QUESTION_RE: Final = regex.compile(rf"^(?:{alternation(lex.INTERVIEWER_LABELS)})\s?[:：︰]")
ANSWER_RE: Final = regex.compile(r"^(?:答|\p{Han}{2,4})\s?[:：︰]")

# --- paragraph repair -------------------------------------------------------------------------------

# A first clause of a few characters (声轰鸣，), or a first sentence of a few
# characters (满负荷运转。): the tail of a sentence begun elsewhere.
FIRST_CLAUSE_RE: Final = regex.compile(r"^[^，。；！？、,;!?]{1,8}[，。；！？、,;!?]")
FIRST_SENTENCE_RE: Final = regex.compile(r"^[^。！？!?]{1,12}[。！？!?]")


# --- normalization (house style) ---------------------------------------------------------------

ZH_RE: Final = regex.compile(lex.ZH_CLASS)
# A run of half-width marks; the run is converted whole when Chinese stands
# right before or right after it (好!! → 好！！), so that a second pass finds
# nothing more to do.  The neighbours are looked at once per run, never with
# a lookaround that would rescan a long run of marks from each position; the
# run is possessive (++), so no input can make the pattern backtrack.
HALF_RUN_RE: Final = regex.compile(r"[,:;?!]++")
LATIN_LETTER_RE: Final = regex.compile(r"[A-Za-z]")

# --- hard-wrapped pages ------------------------------------------------------------------------

# Characters that take one column (not East Asian Wide or Fullwidth), in runs:
# taking them out of a line leaves the ones that take two.
NARROW_RUN_RE: Final = regex.compile(r"[^\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]+")
# The wide characters of Chinese text, by code point range (CJK punctuation,
# kana, the ideographs, Hangul syllables, full-width forms): every character
# in them is Wide or Fullwidth (a test checks each against NARROW_RUN_RE).
# Ranges, not properties, so the standard ``re`` matches them, at twice the
# speed of a property lookup per character.
_COMMON_WIDE: Final = (
    "\u3000-\u303e\u3041-\u3096\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6"
)
WIDE_RUN_RE: Final = re.compile(f"[{_COMMON_WIDE}]+")
# A character other than ASCII, general punctuation (U+2000-U+203F: quotes,
# dashes, ellipsis, one column each) and the common wide characters: a line
# without one is measured from its UTF-8 length.
UNCOMMON_WIDTH_RE: Final = re.compile(f"[^\x00-\x7f\u2000-\u203f{_COMMON_WIDE}]")

# --- decoding ----------------------------------------------------------------------------------------

# Bytes the decoders could not read, escaped as lone surrogates (PEP 383).
ESCAPED_RUN_RE: Final = regex.compile(r"[\udc80-\udcff]+")
DROPPED_CONTROL_RE: Final = regex.compile(char_class(lex.DROPPED_CONTROLS))
NON_ASCII_BYTE_RE: Final = regex.compile(rb"[\x80-\xff]")

# One scan of the whole page finds the lines worth checking for mojibake:
# those with a telltale or a Latin-1 letter.  Every Chinese character of UTF-8
# or GBK read as Latin-1 or cp1252 gives at least one Latin-1 letter (its
# first byte), so cp1252's signs need not be looked for: they include “ ” ‘ ’
# —, which ordinary Chinese text is full of.  The standard library's ``re``
# holds this class of some 400 characters as a bitmap and scans a page ~30x
# faster than ``regex`` (measured: 2 ms against 75 ms for 1 MB).
MOJIBAKE_SUSPECT_RE: Final = re.compile("[\x80-\xff" + "".join(sorted(lex.MOJIBAKE_TELLTALES)) + "]")

# --- deduplication -----------------------------------------------------------------------------------

DIGITS_RE: Final = regex.compile(r"\d+")
SENTENCE_MARK_RE: Final = regex.compile(r"[，。；！？]")
# A clause with the mark that ends it, or the unmarked rest (possessive: no backtracking).
CLAUSE_RE: Final = regex.compile(r"[^，。；！？]*+[，。；！？]|[^，。；！？]++")

# --- the character audit ------------------------------------------------------------------------

# What is counted: Han characters, Latin letters (full width too) and digits,
# one by one (a word cut by a line break may be joined again without a space).
COUNTED_RE: Final = regex.compile(r"[\p{Han}\p{Latin}\p{Nd}]")

# --- the command line and the scorer ----------------------------------------------------------

# C0 and C1 controls (ESC starts terminal escape sequences, CR and LF forge
# lines), DEL, the line and paragraph separators, the bidirectional controls
# that reorder what is shown (the "Trojan Source" characters), and surrogates
# (os.fsdecode's stand-ins for bytes that are not UTF-8).
UNSAFE_FOR_TERMINAL_RE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_CJK: Final = r"[\u3400-\u9fff]"
# The scorer's house-style checks, as the project's gold scorer spells them.
SCORE_BAD_PUNCT_RE: Final = re.compile(rf"(?<={_CJK})[,:;?!]|[,:;?!](?={_CJK})")
SCORE_MD_HEADING_RE: Final = re.compile(r"^#{1,6}\s")
# An org or role before a photographer's name may sit in the credit or not.
SCORE_CREDIT_ROLE_RE: Final = re.compile(r"^.*(?:记者|記者|通讯员|通訊員|摄影|攝影)")
