"""Stage 4b, reporting periods and the publication date.

A figure without its period is half a fact (``12198人次`` of which year?), but a wrong period is
worse than none: a reader trusts a date column. So the rules here are deliberately narrow:

* A period is read from the figure's own sentence first (the nearest period phrase before it,
  or, when there is none, one later in the same clause: ``6项成果获2024年度…奖``). Only outcome
  figures inherit a period from elsewhere, and only from a phrase that opens an earlier sentence
  of the same paragraph (``去年,…。…累计…296个``) or from the previous sentence when the
  sentence continues it (``其中,…``, ``从…看,…``, ``与2018年同期相比…``). Thresholds, caps,
  durations and ages never inherit: ``上限5万元`` is a rule, not a result of the year before.
* Relative phrases (今年, 去年, 本月, 截至目前) become dates only when the publication date is
  known well enough: its year must be fixed by the page itself (or a manifest), and the phrase
  may not need more precision than the date has (本月 needs a month, 截至目前 a day). Otherwise the
  label is kept and the dates stay NULL.
* Phrases that look like periods but are not the figure's period are skipped as governors:
  comparison bases (与2023年相比), effective dates (1月20日起), deadlines (到2027年, 2025年前)
  and years that are part of a name (2025年“送万福、进万家”活动).

This module decides which phrase dates which figure. The phrases themselves are found in
``period_phrases``, comparisons are read in ``period_comparisons``, sentences and clauses are
cut in ``period_text``, dates and the clock live in ``period_calendar``, and the publication
date is inferred in ``publication_date``.
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from . import words
from .facts import significant_digits
from .numbers import parse_number
from .records import Article, Figure, Period
from .textorder import TextOrder
from .units import dimension_of
from .period_calendar import Clock, safe_date, small_int
from .publication_date import dispatch_day
from .period_text import (
    clause_around, paragraph_around, rfind_within, search_within, sentence_around)
from .period_phrases import (
    anchor_year, CONTINUES, CUMULATIVE, DURATION_UNITS, EDITION_YEAR, EVENT_YEAR_AFTER,
    find_mentions, LOOKS_AHEAD, NO_INHERIT, PeriodMention, RATIO_UNITS, THRESHOLDS, WEB_DATELINE,
    whole_years)
from .period_comparisons import compare


# What may stand before a phrase that still opens its sentence: a connective, a source
# (据统计, 据了解, 另据介绍), or a short kicker run into the paragraph (房改:亮点不少1997年,…).
_LEAD_IN = re.compile(r"[\s“\"●■◆▲△□○◇·-]*"
                      # a dateline (本报讯, 本报北京1月4日电), then a lead-in, if any
                      r"(?:(?:本报|新华社|中新社)[^,。;:\s]{0,14}?(?:讯|电)\s*)?"
                      # (the clock a web report's day is told by: 北京时间11月9日晚)
                      r"(?:(?:北京|当地)时间)?"
                      r"(?:在|于|到|而|但|另外|此外|同时|"
                      r"另?据[^,。:;]{0,16}?(?:统计|了解|悉|介绍|报道|调查|测算|初步统计|监测)[,:]?|"
                      r"从[^,。:;]{1,14}?来?看,|"  # 从网络零售数据来看,2018年前三季度,…
                      r"[^,。:;\s]{1,6}:[^,。:;\s]{1,8})?")
# A statement introduced by a colon opens anew: …今天宣布:截至1997年底,…
_AFTER_COLON = re.compile(r"[:]\s*[“\"]?$")
# Nothing but spaces and quotes before the phrase
_BLANK = re.compile(r"[ “\"]*")


# a subject and 在 before the phrase (北京市在过去的一年里…), and a colon later in the sentence
# that introduces what it reports
_SUBJECT_IN = re.compile(r"[\u4e00-\u9fff]{1,8}?在")
_INTRODUCES = re.compile(r"[:：]")


# what an event held on a day is said to do right after the day (联赛11月9日进行了第二轮的比赛,
# 运动会8日晚在北京开幕): the day is the event's, and the sentences after it tell of the event
_HELD_ON = re.compile(r"(?:晚|晚间|晚上|下午|上午|中午|凌晨)?(?:在[^,，。;；:：]{1,16}?)?"
                      r"(?:举行|进行|开幕|闭幕|开赛|揭幕|落幕|结束|打响|拉开帷幕|拉开战幕)")
# the event's name before its day: words with no break of a clause
_EVENT_NAME = re.compile(r"[^,，。;；:：!！?？\s]{2,30}")


def _opens_sentence(text: str, mn: PeriodMention) -> bool:
    """The phrase is the first clause of its sentence (``去年,…`` / ``2024年以来,我市…``),
    so it frames what the following sentences of the paragraph report. What comes before it
    in its sentence is matched where it stands, not copied out: a copy from the sentence's
    start for each phrase made a line of thousands of phrases quadratic."""
    s, e = sentence_around(text, mn.start)
    bare = _BLANK.fullmatch(text, s, mn.start) is not None
    if mn.kind == "period" and mn.granularity == "day" and mn.begin is not None and not bare \
            and (s == 0 or text[s - 1] == "\n") and _held_on(text, mn) \
            and _EVENT_NAME.fullmatch(text, s, mn.start):
        # 2018年中国女排超级联赛11月9日进行了第二轮的比赛。…: the day of the event a paragraph
        # opens on
        return True
    if mn.kind == "period" and mn.granularity == "day" and mn.begin is not None and not bare \
            and mn.label in _TODAY and (s == 0 or text[s - 1] == "\n") \
            and _SUBJECT_THEN_DAY.fullmatch(text, s, mn.start):
        # 东京股市今天开盘后继续下跌。…最终以14896.40点报收: the day a dispatch's paragraph
        # opens on, right after its subject, is the day of what the paragraph goes on to report
        # (as 今天,… opening it would be); not a date, which is as often the day a report on
        # another span was published (某公司11月8日公布了第三季度财报)
        return True
    if mn.kind == "period" and mn.granularity == "year" and mn.begin is not None \
            and (mn.year is not None or mn.rel_year is not None) \
            and (s == 0 or text[s - 1] == "\n") and _SAID.fullmatch(text, s, mn.start):
        # 1997年交通银行认真贯彻…, 去年海关税收…: the year the paragraph opens with, its subject
        # right after it, frames what the paragraph goes on to report (as 1997年,… does)
        return True
    if not bare and _SUBJECT_IN.fullmatch(text, max(s, text.rfind(":", s, mn.start) + 1), mn.start) \
            and _INTRODUCES.search(text, mn.end, e):
        # 北京市在过去的一年里…取得了…成就:全市…: a subject's year heading a list (after a
        # dateline's 记者…报道: too)
        return True
    if mn.kind == "period" and mn.granularity == "year" and _SCOPE_SUBJECT.match(text, mn.end) \
            and _SAID.fullmatch(text, s, mn.start):
        # 去年全国公安消防部队共出动…, 局长介绍,去年全省…: the year, then the whole the sentence
        # reports on
        return True
    if not bare and not _LEAD_IN.fullmatch(text, s, mn.start) \
            and not _AFTER_COLON.search(text, max(s, mn.start - 8), mn.start):
        return False
    if mn.kind == "period" and mn.granularity in ("range", "year") and mn.year is not None \
            and not bare and mn.begin is not None:
        return True  # 据统计,1994年至1997年城镇…: a span of years that heads the statement
    return text[mn.end:mn.end + 1] in (",", ",", ":", "") or \
        _TO_CLAUSE_END.match(text, mn.end, mn.end + 14) is not None or \
        text[mn.start - 1:mn.start] == "在" and _IN_FRAME.match(text, mn.end) is not None


# 在去年…的过程中, 在1997年…期间: a clause that 在 opens with the phrase and 中 or 期间 closes
# is the time of what the sentence and its paragraph go on to report, as 去年, is
_IN_FRAME = re.compile(r"[^,，。;；:：!！?？]{0,30}?(?:过程中|期间|当中|之中|中|里)[,，]")


# what may stand between a phrase and the comma that ends its clause: a few characters (下午,
# 以来), or a day's clock time (1月10日15时40分,)
_TO_CLAUSE_END = re.compile(r"(?:[^,。;]{0,4}|[^,。;\d]{0,2}\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右)?)[,,]")


# between a year and a share of a whole of that year: 1996年|人均纯收入的|3.63%, after the verb
# that says the figure is a share of it (仅为, 占, 相当于); 1960年—1983年间占…的8% is the span's
_OF_BASE = re.compile(r"[^,，。;；:：]{1,12}的")
_SHARE_VERB = re.compile(r"(?:为|占|是|相当于|达到|只有|不到|超过)$")


# a subject that names a whole (全国, 全省, 我市, 该县): a year written right before it, with no
# comma, still heads the statement and what the paragraph goes on to report of that whole;
# before the year may stand a dateline (本报讯), a speaker or a source (局长介绍, 记者了解到)
_SAID = re.compile(r"(?:[^,。;:\s]{0,16}?(?:讯|电)\s*)?"
                   r"(?:[^,。;:]{0,16}?(?:介绍|说|表示|指出|认为|强调|透露|宣布|报告|了解到|获悉)[,:]\s*)?")
# a paragraph's subject before the day its news is of (东京股市|今天, 泰币汇率|今天), after a
# dateline or a speaker at most: a few characters, no break of a clause
_TODAY = frozenset({"今天", "今日", "昨天", "昨日", "当天", "当日"})
_SUBJECT_THEN_DAY = re.compile(_SAID.pattern + r"[\u4e00-\u9fff]{2,10}")
_SCOPE_SUBJECT = re.compile(r"(?:全|我|本|该)(?:国|省|市|县|区|州|盟|旗|乡|镇|村|行|厂|公司|系统)"
                            # (or a pronoun for the whole the paragraph is about: 1997年他们又…)
                            r"|(?:他们|我们|它们)(?!的)")


# between the time an age is told for and the age (今年58岁, 1965年，37岁的韩济生)
_AGE_GAP = re.compile(r"[,，]?")


def _year_of_age(text: str, fig: Figure, phrases: Phrases) -> PeriodMention | None:
    """The year (month, day) an age is told for, written right before it: 俞福柏今年58岁 is 58
    in the publication year, 1965年，37岁的韩济生 was 37 then. Only right before it: an age
    has no period otherwise (it measures time itself)."""
    pos = fig.char_start
    for mn in reversed(phrases.starting_in(max(0, pos - 12), pos)):
        if mn.governs and mn.kind == "period" and mn.begin is not None \
                and mn.granularity in ("year", "month", "day") and _AGE_GAP.fullmatch(text, mn.end, pos):
            return mn
    return None


# how far after a counted subject the day its action happened on may stand (5名身穿大红袈裟的
# 喇嘛|9日来到), and what may follow the day for it to be that action's: not a start, an end or
# a span (1月1日起, 3月底前, 5日至8日)
_SUBJECT_REACH = 14
_NOT_AN_ACTION = re.compile(r"[起前后以之至到—\-~]|开始|为止|以来|截止")


def _subject_day(text: str, fig: Figure, phrases: Phrases, ce: int) -> PeriodMention | None:
    """5名身穿大红袈裟的喇嘛9日来到…, 300多名代表今天出席了大会: a count and the noun it
    counts, then the day, then what they did: the subject's count on the day it acted. Only
    when nothing but the subject's words (nouns, 的, adjectives; no verb, no preposition)
    stands between the figure and the day."""
    if fig.role == "parameter" or _own(fig) or fig.unit in RATIO_UNITS \
            or text.startswith("的", fig.char_end):
        return None  # (年产量近13万辆的集团15日成立: a trait of the subject, not its count)
    for mn in phrases.starting_in(fig.char_end, min(ce, fig.char_end + _SUBJECT_REACH)):
        if not (mn.governs and mn.kind == "period" and mn.granularity == "day"
                and mn.begin is not None and not mn.compare) \
                or _NOT_AN_ACTION.match(text, mn.end):
            return None
        gap = text[fig.char_end:mn.start]
        if gap.endswith(_BEFORE_A_DAY) and len(gap) > 2:
            gap = gap[:-1]  # 42名议员于18日凌晨继续开会: 于 only ties the day to the verb
        return mn if _only_nouns(gap) else None
    return None


_BEFORE_A_DAY = ("于", "在")


_NOUN_PHRASE_TAGS = ("n", "a", "b", "uj", "ng", "nr", "ns", "nt", "nz", "vn", "an", "j", "q", "m", "f")


def _only_nouns(gap: str) -> bool:
    """Is ``gap`` the rest of a noun phrase: its head noun and what may stand before it (代表,
    参赛的运动员, 身穿大红袈裟的喇嘛: a verb only before a 的)? Not 人到会场, 家企业已经."""
    if not gap or not words.available():
        return False
    tokens = words.pos_spans(gap)
    last_de = max((k for k, t in enumerate(tokens) if t[2] == "的"), default=-1)
    head = tokens[last_de + 1:]
    return bool(head) and all(tag.startswith(_NOUN_PHRASE_TAGS) for _, _, _, tag in head)


def _own(figure: Figure) -> bool:
    """Durations and ages measure time themselves; their period would be meaningless."""
    return figure.unit in DURATION_UNITS


class Phrases:
    """An article's period phrases, in text order, for the questions each figure asks: those
    of its sentence, and the last one before it in its paragraph that opens a sentence. Both
    are found by bisecting, and which phrases open a sentence is settled once per article:
    scanning the article's phrases for each figure made a long article quadratic."""

    def __init__(self, text: str, mentions: list[PeriodMention]):
        self.text = text
        self._all = TextOrder(mentions)
        self._openers: TextOrder | None = None
        self._governing: TextOrder | None = None
        self._frames: TextOrder | None = None
        self._anchors: TextOrder | None = None
        self._breakers: TextOrder | None = None

    def starting_in(self, lo: int, hi: int) -> list[PeriodMention]:
        """The phrases that start in [lo, hi), in text order."""
        return self._all.starting_in(lo, hi)

    def _governing_order(self) -> TextOrder:
        if self._governing is None:
            self._governing = TextOrder([m for m in self._all.items if m.governs])
        return self._governing

    def last_governing(self, lo: int, hi: int) -> PeriodMention | None:
        """The last governing phrase that starts and ends in [lo, hi]."""
        return self._governing_order().last_within(lo, hi)

    def first_frame_after(self, lo: int, hi: int) -> PeriodMention | None:
        """The first governing period or until of a year, half-year, quarter or range that
        starts and ends in [lo, hi]. Those phrases are listed once: reading every governing
        phrase after each figure of a clause (a run of figures before a run of months) was
        quadratic."""
        if self._frames is None:
            self._frames = TextOrder([m for m in self._governing_order().items
                                      if m.kind in ("period", "until")
                                      and m.granularity in ("year", "half_year", "quarter", "range")])
        return self._frames.first_within(lo, hi)

    def named_year_before(self, pos: int, clock: Clock) -> int | None:
        """The year the text last named before ``pos`` (see ``anchor_year``), when known."""
        if self._anchors is None:
            self._anchors = TextOrder([m for m in self._all.items
                                       if anchor_year(self.text, m, clock)[0]])
        mn = self._anchors.last_starting_in(0, pos)
        return None if mn is None else anchor_year(self.text, mn, clock)[1]

    def breaker_within(self, lo: int, hi: int, frame: PeriodMention | None) -> PeriodMention | None:
        """The last phrase in [lo, hi) that names a time of its own (a year, a day, 目前, 近年来)
        and so ends the reach of ``frame``: not a comparison base, not a year's value (由1993年底的
        6.9平方米提高到…), not a year word read in the year named before (年底, 全年), not the
        frame's own span repeated. Listed once per article and bisected, as the other lookups."""
        if self._breakers is None:
            text = self.text
            self._breakers = TextOrder([
                m for m in self._all.items if not m.compare and not text.startswith("的", m.end)
                and (m.year is not None or m.rel_year is not None
                     or m.granularity not in ("year", "open") or "年" not in m.label)])
        order = self._breakers
        span = None if frame is None else (frame.begin, frame.finish)
        for k in reversed(order._starting_in(lo, hi)):
            mn = order.items[k]
            if frame is not None and mn.granularity == "year" and mn.year is not None \
                    and frame.granularity == "day" and EDITION_YEAR.match(self.text, mn.end) is not None \
                    and not _opens_sentence(self.text, mn) and _contest_day(self.text, frame):
                # (继崔文华在1998年世锦赛拿到亚军之后: another edition of the contest, recalled
                # inside a sentence of its report; the report goes on at its own)
                continue
            if span is None or (mn.begin, mn.finish) != span:
                return mn
        return None

    def last_opener(self, lo: int, hi: int) -> PeriodMention | None:
        """The last phrase starting in [lo, hi) that opens its sentence."""
        if self._openers is None:
            self._openers = TextOrder([m for m in self._all.items
                                       if m.frames and _opens_sentence(self.text, m)])
        return self._openers.last_starting_in(lo, hi)


# what stands between the year a change starts from and its value (由1996年的1.8%, 从去年的约5%)
_VALUE_OF = re.compile(r"的(?:约|近|将近|超过|不到|不足)?")
# between a comparison's period and the value it names: 比1996年5%的…, 1990—1995年间1.9%的…
_BASE_GAP = re.compile(r"(?:间|期间|同期)?(?:的)?(?:约|近|将近)?")
_OF_NOUN = re.compile(r"(?:左右)?的[\u4e00-\u9fff]")
_VALUE_REACH = 12  # characters from such a year's start to its value: 由1993年底的, 从去年同期的


def _opens_clause(text: str, pos: int, s: int) -> bool:
    """Does the word at ``pos`` open its clause (其中 after a comma, not 乐在其中)?"""
    return pos == s or text[pos - 1] in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(",，:：;；、 \n")
_DIGIT = re.compile(r"\d")


def _for_figure(text: str, fig: Figure, phrases: Phrases, headline_end: int,
                previous: list[tuple[int, int, Period | None]], sentence: tuple[int, int],
                clause: tuple[int, int], clock: Clock | None = None
                ) -> tuple[PeriodMention | Period | None, str | None]:
    """The phrase that frames the figure, or the period of the figure it continues, and
    where it was found (the ``period_basis``: clause, sentence, paragraph, ...).
    ``sentence`` and ``clause`` are the figure's (``sentence_around``, ``clause_around``)."""
    pos = fig.char_start
    s, e = sentence
    cs, ce = clause
    for mn in phrases.starting_in(max(cs, pos - _VALUE_REACH), pos):
        if mn.starts_change and _VALUE_OF.fullmatch(text, mn.end, pos):
            return mn, "clause"  # 由1996年的1.8%: the value the change starts from, of its year
        if mn.compare and mn.begin is not None and _BASE_GAP.fullmatch(text, mn.end, pos) \
                and _OF_NOUN.match(text, fig.char_end):
            # 比1996年5%的增长率略低, 高于1990—1995年间1.9%的平均值: the value a comparison is
            # made with, written with its period as what it describes; it is that period's
            return mn, "clause"
    # The phrases are looked up by bisecting, the clause's words among the text's matches:
    # a sentence of thousands of figures (a table run together) is not read again per figure.
    # A governing phrase that ends before the figure cannot overlap it.
    last = phrases.last_governing(s, pos)
    if last is not None and fig.unit in RATIO_UNITS and last.start >= cs \
            and _SHARE_VERB.search(text, max(cs, last.start - 3), last.start) \
            and _OF_BASE.fullmatch(text, last.end, pos):
        # 农民负担仅为1996年人均纯收入的3.63%: the year of the whole the share is of, not the
        # share's; the period the sentence opened with dates it
        last = phrases.last_governing(s, last.start)
    if last is not None and last.granularity == "range" \
            and (last.begin is None or last.finish is None or last.begin.year != last.finish.year) \
            and rfind_within(text, last.end, pos, "分别") >= 0:
        # 2014年至2017年…分别为1.03亿元、1.74亿元: one year each, unknown which (a span within a
        # year, 今年1至9月…分别增长5%和6%, is each figure's)
        return None, None
    if last is not None and last.granularity in ("day", "month") \
            and rfind_within(text, last.end, pos, ";") >= 0:
        # 去年,…解决了8100户群众住房问题;…实现了7月1日通气点火;…累计安置下岗职工10.53万人次: a
        # day told in one item of a list run on with semicolons is that item's; a later item
        # is the sentence's, dated by the phrase that opens it
        first_item = text.find(";", s, pos)
        opener = phrases.last_governing(s, first_item)
        if opener is not None and opener is not last and _opens_sentence(text, opener) \
                and opener.granularity in ("year", "half_year", "quarter", "range"):
            last = opener
    part = rfind_within(text, last.end if last is not None else s, pos, "其中")
    if part >= 0:
        # 其中: a breakdown of the figure just before it, so the same period.
        whole = _last_figure(previous, part)
        if whole is not None and (whole[1] == s or whole[2] is not None and last is None
                                  and _opens_clause(text, part, s)
                                  and not _DIGIT.search(text, s, part)
                                  and sentence_around(text, max(0, s - 2))[0] == whole[1]):
            # (检察机关认定，其中，有13个单位…: a breakdown of the last sentence's total, when
            # nothing of this sentence was counted before it: no number there, not even an
            # age or a duration, which have no period to give)
            return whole[2], "inferred"
    if last is not None:
        return last, "clause" if last.start >= cs else "sentence"
    after = phrases.first_frame_after(fig.char_end, ce)
    if after is not None:
        return after, "clause"
    if (day := _subject_day(text, fig, phrases, ce)) is not None:
        return day, "clause"
    # Nothing in the sentence: inherit, for outcome figures only, and not for a figure its
    # own clause sets as a target (到2000年…15%的目标).
    if s < headline_end or fig.role == "parameter" or search_within(text, cs, ce, NO_INHERIT):
        return None, None
    if any(m.kind in ("period", "until") and not m.governs and not m.compare
           for m in phrases.starting_in(cs, pos)):
        return None, None
    if CONTINUES.match(text[s:min(e, s + 64)].lstrip("“\" ")):
        earlier = _last_figure(previous, s, _sentence_of)
        if earlier is not None:
            return earlier[2], "inferred"
    ps, _ = paragraph_around(text, pos)
    if ps < s and search_within(text, s, pos, _THIS_OCCASION) is not None \
            and (event := _previous_sentence_event(text, s, phrases)) is not None:
        # 选举已于1997年3月底前全部结束。全国…此次共选出代表245万多名: what this occasion
        # counted, dated where the sentence before told of it
        return event, "dated_context"
    if ps < s and _SURVEY_RESULT.match(text, s) is not None \
            and search_within(text, s, pos, _NOW_AGAIN) is None \
            and (surveyed := _surveyed_time(text, s, phrases)) is not None:
        # (据不完全统计,现在活跃在京郊的秧歌队有2000多支: now, not the year the sentence before named)
        return surveyed, "dated_context"
    frame = phrases.last_opener(ps, s)
    basis = "paragraph"
    if frame is not None and (not _reaches(text, frame, s, phrases)
                              or search_within(text, s, pos, _NOW_AGAIN) is not None):
        return None, None  # a later year, a new scene or 目前 took over (不久前 in its own sentence too)
    if frame is not None and _is_event(text, frame):
        # (what an event held that day goes on to tell, not what a sentence after it says will
        # come: 签字仪式在1月18日举行。…这两架总价值近7亿元的飞机,将分别于今年7月和9月交付)
        # (nor what someone had once done before it: 研究人员曾设法让胚胎发育到含有60个细胞)
        if (_told_as_scene(text, fig, s, e, phrases) and _ONCE.search(text, s, pos) is None
                if _held_on(text, frame)
                else _story_figure(fig, text) and phrases.breaker_within(s, pos, None) is None):
            return frame, "dated_context"
        return None, None
    if ps < s and _told_as_scene(text, fig, s, e, phrases) \
            and (day := _scene_day(text, ps, s, phrases, clock)) is not None:
        # 高玉林等5人受贿一案，于1月8日由天津市高级人民法院审理终结。法庭宣判：…没收财产2万元:
        # the day the paragraph's first sentence says something happened is the day of what
        # the paragraph goes on to tell of it (not of what a sentence says will come: 这两架
        # 总价值近7亿元的飞机,将分别于今年7月和9月交付)
        return day, "dated_context"
    if frame is None and ps > 0 and _told_as_scene(text, fig, s, e, phrases) \
            and (day := _dispatch_day_before(text, ps, s, phrases)) is not None:
        # 本报珀斯1月8日电 …各项赛事今天在珀斯陆续展开。/…来自7个国家的7对选手参加了角逐: the
        # dispatch's day, told a paragraph or two before, still is the story's
        return day, "dated_context"
    if frame is None and _story_figure(fig, text) \
            and phrases.breaker_within(s, pos, None) is None:
        story = _story_frame(text, ps, s, phrases)
        if story is not None:
            return story, "dated_context"
    if frame is None:
        frame, basis = _list_frame(text, ps, phrases), "dated_context"
    if frame is None and headline_end > 0:
        frame, basis = _heading_frame(phrases, headline_end), "heading"
    if frame is None and 0 < headline_end < s:  # (a story with a headline: its lead opens the body)
        frame, basis = _lead_frame(text, phrases, headline_end, clock), "dated_context"
        if frame is not None and not _reaches(text, frame, s, phrases):
            return None, None
    if frame is None:
        return None, None
    # A later sentence that opens with a day or an effective date starts a new scene: the
    # earlier frame no longer holds, and a day is too narrow to carry over.
    if basis == "paragraph" and (frame.granularity == "month" or frame.granularity == "day"
                                 and _DISPATCH_OPENING.search(text, 0, _DISPATCH_REACH)) \
            and _scene_month(text, frame, fig, s, e, phrases):
        # (a day too, in a dispatch: 8日,两人夺得了首枚金牌。全场3000名观众观看了比赛; a feature
        # that opens on a day goes on to tell of other days)
        return frame, "dated_context"
    if not frame.governs or frame.kind == "effective" or frame.granularity in ("day", "month"):
        return None, None
    return frame, basis


def _scene_month(text: str, frame: PeriodMention, fig: Figure, s: int, e: int,
                 phrases: Phrases) -> bool:
    """A month that opens its paragraph as the time of what happened (一九九七年五月,许昌市卫生
    局推出…。市中心医院等六家医院…建立起了八个医疗站; 去年8月,钱排镇遭受台风袭击。…3个人被
    夺去生命) dates the story figures of the paragraph's later sentences, as the guide has a
    paragraph introduced by a dated phrase date the figures under it (and as a day with its
    time of day does): not what a sentence says will come or guesses, nor after its opening
    sentence said something was announced (去年5月,某部发布…), whose figures are the report's.
    A day that opens a dispatch's paragraph is asked the same (8日,两人夺得了首枚金牌。全场3000名
    观众观看了比赛)."""
    if not frame.governs or frame.kind != "period" or frame.begin is None \
            or not _told_as_scene(text, fig, s, e, phrases):
        return False
    return not _said_in(text, sentence_around(text, frame.start))


def _told_as_scene(text: str, fig: Figure, s: int, e: int, phrases: Phrases) -> bool:
    """May the figure's sentence [s, e) tell what happened at a scene an earlier sentence
    dated? A story figure (a sum, people, things), no other time between the sentence's start
    and the figure, and no guess, plan or yearly average in the sentence."""
    return _story_figure(fig, text) \
        and phrases.breaker_within(s, fig.char_start, None) is None \
        and LOOKS_AHEAD.search(text, s, e) is None and _GUESSED.search(text, s, e) is None


def _said_in(text: str, sentence: tuple[int, int]) -> bool:
    """Does the sentence say something was announced or said (a byline's 记者…报道: aside)?"""
    return any(not (m.group() == "报道" and text[m.end():m.end() + 1] in ":：")
               for m in _SAID_ON_THE_DAY.finditer(text, sentence[0], sentence[1]))


def _story_figure(fig: Figure, text: str = "") -> bool:
    """A sum, people, things or a weight (what happens in a story), or a length or a time
    someone covered at the scene (跑过了2900米, 成绩超过3300米, 在12分钟内跑完)."""
    dim = dimension_of(fig.unit)
    if dim in _STORY_DIMENSIONS or fig.unit in _STORY_UNITS:
        return True
    if dim not in _PERFORMED_DIMENSIONS or not text:
        return False
    done = _PERFORMED.search(text, max(0, fig.char_start - _PERFORMED_REACH), fig.char_start)
    return done is not None and _CLAUSE_STOP.search(text, done.end(), fig.char_start) is None


# What happens in a story: sums, people, things, weights. A share or a rate is mostly a general
# statement (99%的时间), an area or a length a standing fact of the scene (总面积41万亩).
_STORY_DIMENSIONS = frozenset({"currency", "person", "person_time", "count", "weight"})
# and an index's points, where a market closed that day (收盘时的指数为14664.44点), and a contest's
# score (五个动作得了326.34分)
_STORY_UNITS = frozenset({"点", "分"})
# a length or a time is a story's where someone covers it, a contest's result (跑过了2900米)
_PERFORMED_DIMENSIONS = frozenset({"length", "duration"})
_PERFORMED = re.compile(r"(?:跑|游|跳|投|掷|走|骑|划|滑|飞)(?:过|完|了|出|到)?|成绩(?:超过|达到|为)?")
_PERFORMED_REACH = 12  # characters from the verb of covering to the length or time
_CLAUSE_STOP = re.compile(r"[,，。;；:：]")
# How many paragraphs a dated story may run on after the one its date opens, but a contest's
# report, whose day's sentence names the contest (北京时间11月9日晚，…世界锦标赛结束了…争夺): its
# results run to its end
_STORY_PARAGRAPHS = 3
_CONTEST = re.compile(r"比赛|赛事|争夺|决赛|半决赛|锦标赛|世锦赛|联赛|杯赛|公开赛|大奖赛|常规赛|季后赛|"
                      r"对阵|迎战|交锋|主场|客场")
# A general statement that closes a story (据统计,全市去年共发生…; 近年来; 全国…): what it reports
# is no longer the day's event. Every match starts with one of the class's characters.
_GENERAL = re.compile(r"[据近全数统记专业]"
                      r"(?:(?<=据)(?:统计|了解|介绍|悉|调查|测算|通报|报道)|(?<=近)(?:年来|几年|期)|"
                      r"(?<=全)(?:国|省|市|区|县)|(?<=数)据显示|(?<=统)计显示|(?<=记)者(?:了解|获悉|调查)|"
                      r"(?<=专)家|(?<=业)内人士)")
# Words that say the text has come back to now: 现在, 如今, 眼下, 当前 (目前 and 今年 are read among
# the mentions)
# (从现在起: what someone in the story says from then on)
# (and the recent past, which is no longer the frame's time either: 不久前, 前不久, 近日, 日前)
# (现在 inside 表现在, 体现在, 出现在, 发现在, 实现在 is no "now": 具体表现在:一是…)
_NOW_AGAIN = re.compile(r"[现如眼当不前近日](?<![从今][现如眼当])(?<![表体出发实展呈涌浮重再]现)"
                        r"(?:(?<=现)在|(?<=如)今|(?<=眼)下|(?<=当)前|"
                        r"(?<=不)久前|(?<=前)不久|(?<=近)日|(?<=日)前)")


# The time of day that makes a day the scene of a story (1月3日晚, 去年10月20日下午): a day
# without one is mostly when something was announced (10月29日,某公司发布…), and what the
# announcement reports is not that day's.
_TIMES_OF_DAY = ("凌晨", "清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "晚间",
                 "夜间", "夜里", "深夜", "晚", "夜", "早", "午", "许", "一大早", "一早", "大清早",
                 "拂晓", "黎明")
_CLOCK_TIME = re.compile(r"\d{1,2}(?:时|点)")


def _is_event(text: str, mn: PeriodMention) -> bool:
    """A day and its time that open a story (去年10月20日下午,… / 1月3日晚,…): the figures of
    the story that follows (the sum lost, the people involved) happened that day."""
    return _timed(text, mn) or mn.governs and mn.kind == "period" and mn.granularity == "day" \
        and mn.begin is not None and _held_on(text, mn)


def _timed(text: str, mn: PeriodMention) -> bool:
    """A day told with its time (1月3日晚, 10时许): a story's scene, which a general statement
    after it (据统计, 近年来, 全国…) closes."""
    return mn.governs and mn.kind == "period" and mn.granularity == "day" \
        and mn.begin is not None and (text.startswith(_TIMES_OF_DAY, mn.end)
                                      or _CLOCK_TIME.match(text, mn.end) is not None)


_ONCE = re.compile(r"曾")  # (曾经, 曾有: what had happened before the scene)


def _held_on(text: str, mn: PeriodMention) -> bool:
    """Is the day the one an event is said to be held or played on (联赛11月9日进行了第二轮)?
    Not where the event only says where something was said (今天在波士顿举行的会议上说)."""
    return _HELD_ON.match(text, mn.end) is not None \
        and not _said_in(text, sentence_around(text, mn.start))


# what is said or made public on a day: the figures it tells are not that day's (11月6日,工信部
# 发布了第三季度的通告; 桥本在今天开幕的国会上宣布,政府将投入30万亿日元)
_SAID_ON_THE_DAY = re.compile(r"发布|公布|宣布|通报|公告|发表|刊登|刊发|登载|透露|表示|介绍|指出|强调|称|说|"
                              r"报道|获悉|了解到")


# what a sentence tells is not the day's when it is a guess (外汇交易商估计,这个汇率不久可能会
# 跌至45比索), what a thing will do once done (该港建成后,5万吨级船舶…) or a yearly average
# (连续五年年均增收近1000亿元)
_GUESSED = re.compile(r"可能|估计|也许|或许|恐怕|建成后|完成后|投产后|竣工后|年均|连续")
# how far into an article its dispatch opening stands (after a headline of a line or two)
_DISPATCH_REACH = 120
# a dispatch's opening: 本报天津电记者陈杰报道:, 新华社东京1月6日电, 本报讯
# (a web page's too: 北京时间11月4日消息, the day the report was filed)
_DISPATCH_OPENING = re.compile(r"(?:本报|新华社|中新社)[^。]{0,30}?(?:讯|电|报道)|" + WEB_DATELINE.pattern)


def _scene_day(text: str, ps: int, s: int, phrases: Phrases,
               clock: Clock | None = None) -> PeriodMention | None:
    """The day a dispatch's opening sentence names as the time something happened (本报汉城
    电 韩国劳资政三方20日就…达成协议, 本报天津电 …于1月8日由…审理终结), when the sentence at
    ``s`` is a later one of that paragraph, nothing between names another time or comes back
    to now, and the day's sentence does not say something was announced or said. Only a
    dispatch's: a feature that opens on a day (1995年7月6日,家住广元市的…) goes on to tell of
    other days, and a speech at a forum (2018年6月9日,…圆桌会议) of no day at all. A later
    paragraph of a dispatch opens a scene of its own the same way (据悉,东京股市日经平均指数12日
    持续大幅下跌…。收盘时的指数为14664.44点), when its day is of the week before the paper's
    (not 1997年7月1日 recalled in a January story)."""
    first = sentence_around(text, ps)
    opening = _DISPATCH_OPENING.search(text, first[0], first[1]) is not None
    if first[1] > s or not opening and (
            ps == 0 or clock is None or clock.today is None
            or _DISPATCH_OPENING.search(text, 0, min(ps, _DISPATCH_REACH)) is None):
        return None
    day = phrases.last_governing(ps, first[1])
    if day is None or day.kind != "period" or day.granularity != "day" or day.begin is None \
            or not day.frames:
        return None
    if not opening and not 0 <= (clock.today - day.begin).days <= _SCENE_DAYS_BACK:
        return None
    if _said_in(text, first):
        return None
    return day if _reaches(text, day, s, phrases) else None


_SCENE_DAYS_BACK = 7  # how long before the paper's day a later paragraph's scene may be


def _dispatch_day_before(text: str, ps: int, s: int, phrases: Phrases) -> PeriodMention | None:
    """The day of a dispatch whose opening paragraph is at most ``_STORY_PARAGRAPHS`` before the
    paragraph at ``ps`` (see ``_scene_day``), when nothing between names another time."""
    m = _DISPATCH_OPENING.search(text, 0, min(ps, _DISPATCH_REACH))
    if m is None:
        return None
    dps = text.rfind("\n", 0, m.start()) + 1
    if dps >= ps or text.count("\n", dps, ps) > _STORY_PARAGRAPHS:
        return None
    return _scene_day(text, dps, s, phrases)


def _reaches(text: str, frame: PeriodMention, hi: int, phrases: Phrases) -> bool:
    """Whether the frame still holds at ``hi``: no other time (a year, a day, 目前, 近年来) is
    named between them, and the text does not come back to now (现在, 如今). A year that opens
    a paragraph of run-together web text otherwise dated a whole life story."""
    lo = sentence_around(text, frame.start)[1]  # what the frame's own sentence says is its own
    if lo >= hi:
        return True
    if phrases.breaker_within(lo, hi, frame) is not None:
        return False
    if search_within(text, lo, hi, _NOW_AGAIN) is not None and not _contest_day(text, frame):
        return False  # (现在场上就剩两人: a contest's report tells its moments in the present)
    return not _timed(text, frame) or search_within(text, lo, hi, _GENERAL) is None


def _contest_day(text: str, frame: PeriodMention) -> bool:
    """Is the frame the day a contest is played, its sentence naming the contest?"""
    return frame.granularity == "day" and _CONTEST.search(text, *sentence_around(text, frame.start)) \
        is not None


# a sentence that opens on what a count or an inquiry found (据统计, 经清查, 调查结果显示): it
# reports the results of what the sentence before set out to count
_SURVEY_RESULT = re.compile(r"[\s“\"]*(?:另?据|经)(?:初步|不完全)?(?:统计|调查|清查|普查|核查|检查|"
                            r"测算|摸底)[,，]|[\s“\"]*(?:统计|调查|清查|普查|检查)(?:结果)?(?:显示|"
                            r"表明)[,，]")


# 此次, 这次, 本次 before a figure: the occasion the sentence before told of (选举已于…结束。
# …此次共选出; 会议于1月5日召开。此次会议共收到提案500件)
_THIS_OCCASION = re.compile(r"此次|这次|本次")


# what an occasion's time is told with: it was held, shown, finished (于1月9日至17日在北京
# 图书馆展出, 已于3月底前全部结束); not a report published then (分别于1997年和2007年发布了第一版
# 和第二版。本次发布的第三版…: this time is another one)
_OCCASION_HELD = re.compile(r"举行|召开|举办|开幕|闭幕|展出|结束|落幕|揭晓|开赛")


def _previous_sentence_event(text: str, s: int, phrases: Phrases) -> PeriodMention | None:
    """The dated time the sentence before ``s`` told an occasion was held in: its last
    governing period or until that has an end, with the occasion's verb in its clause."""
    prev_start = sentence_around(text, s - 1)[0]
    mn = phrases.last_governing(prev_start, s)
    if mn is not None and mn.kind in ("period", "until") and mn.finish is not None and not mn.compare \
            and search_within(text, mn.end, clause_around(text, mn.end)[1], _OCCASION_HELD) is not None:
        return mn
    return None


def _surveyed_time(text: str, s: int, phrases: Phrases) -> PeriodMention | None:
    """The years the sentence before says were counted or inquired into (对全国1991年至1996年
    的建设用地进行了全面清查。据统计，共查出闲置土地11.65万公顷): what the count found is of
    them, wherever in that sentence they stand (not only opening it). Not a year a plan or a
    forecast speaks of."""
    prev_start = sentence_around(text, s - 1)[0]
    for mn in reversed(phrases.starting_in(prev_start, s)):
        if mn.governs and mn.kind == "period" and mn.begin is not None and mn.finish is not None \
                and mn.granularity in ("year", "range", "half_year", "quarter") \
                and not _PLANNED_AFTER.match(text, mn.end):
            return mn
    return None


def _story_frame(text: str, ps: int, s: int, phrases: Phrases) -> PeriodMention | None:
    """The day that opened a story in one of the paragraphs before (a story runs on over a few
    paragraphs), when nothing between has taken over."""
    start = ps
    for _ in range(_STORY_PARAGRAPHS):
        if start <= 0:
            return None
        prev, _ = paragraph_around(text, start - 1)
        frame = phrases.last_opener(prev, start)
        if frame is not None:
            return frame if _is_event(text, frame) and _reaches(text, frame, s, phrases) else None
        if phrases.breaker_within(prev, start, None) is not None:
            return None
        start = prev
    # a contest's day runs its whole report, its results to the end, when nothing since has
    # named another time (the last opener before, found by bisecting, not paragraph by
    # paragraph: a page of thousands of short paragraphs walked back from each figure)
    frame = phrases.last_opener(0, start) if start > 0 else None
    if frame is not None and _contest_day(text, frame) and _is_event(text, frame) \
            and _reaches(text, frame, s, phrases):
        return frame
    return None


def _heading_frame(phrases: Phrases, headline_end: int) -> PeriodMention | None:
    """The year the headline names (2024年全市新增就业12万人 over the story): the last
    governing phrase of the headline lines that states a year or a span of years."""
    for mn in reversed(phrases.starting_in(0, headline_end)):
        if mn.governs and mn.year is not None and mn.kind in ("period", "until") \
                and mn.granularity in ("year", "range", "half_year", "quarter", "open") \
                and not _PLANNED_AFTER.match(phrases.text, mn.end):
            return mn
    return None


def _lead_frame(text: str, phrases: Phrases, body_start: int,
                clock: Clock | None = None) -> PeriodMention | None:
    """The year the story's opening sentence reports on (本报北京1月4日讯 …,1997年林业部加大了
    结构调整力度,取得了显著成效。): a year opening a clause of the body's first sentence, which
    dates the story's undated outcomes as a headline's year does. A report's year is the
    publication year or the one before; a year someone was born in or a work began (1955年出生,
    1974年开工) is no report's, nor a year a forecast or a plan speaks of (…将加强). The period
    of what the sentence says was published (公布了1998年上半年…的等级分) is the story's too."""
    first_end = sentence_around(text, body_start)[1]
    for mn in phrases.starting_in(body_start, first_end):
        if mn.governs and mn.year is not None and mn.kind == "period" \
                and (mn.granularity == "year" and text[mn.start - 1:mn.start] in _CLAUSE_OPENERS
                     or mn.granularity in ("year", "half_year", "quarter")
                     and text.endswith(_PUBLISHED, body_start, mn.start)) \
                and not _PLANNED_AFTER.match(text, mn.end) \
                and LOOKS_AHEAD.search(text, mn.end, first_end) is None \
                and not EVENT_YEAR_AFTER.match(text, mn.end) \
                and (clock is None or clock.year is None or clock.year - 1 <= mn.year <= clock.year):
            return mn
    return None


# what a body made public, right before the period of what it published (中国围棋协会日前公布了
# 1998年上半年专业棋手的最新等级分: the ratings the story lists are of that half year)
_PUBLISHED = ("公布了", "发布了", "公布", "发布", "公布的", "发布的", "通报了")
# what stands before a time phrase that opens a clause (a dateline's 报道: ends on a colon)
_CLAUSE_OPENERS = frozenset(",，:：;；\n")


# a headline's year with what will happen in it (二〇〇〇年长城将竖立倒计时钟): a plan's year,
# which dates no figure of the story
_PLANNED_AFTER = re.compile(r"[^\n,，。]{0,10}?(?:将|拟|计划|预计)")


# (a leader of dashes, ———加强…, marks the items of a list in many papers)
_ITEM = re.compile(r"[\s ]*(?:[●■◆▲△□◇○◎★☆·•]|—{2,}|-{2,}|[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|"
                   r"\d{1,2}[、.](?!\d))")


def _list_frame(text: str, ps: int, phrases: Phrases) -> PeriodMention | None:
    """The dated phrase that introduces the list the paragraph at ``ps`` is an item of:
    1997年,…局部亮点不少。/●住房公积金制度初步建立…/●租金改革…: the items report the year the
    introduction names. Walks back over the items before it to the paragraph that is no item,
    and takes the phrase that opens one of its sentences."""
    if not _ITEM.match(text, ps):
        return None
    start = ps
    while start > 0:
        prev, _ = paragraph_around(text, start - 1)
        if text[prev:start - 1].strip() == "":
            start = prev
            continue
        if not _ITEM.match(text, prev):
            frame = phrases.last_opener(prev, start)
            if frame is not None and frame.governs and frame.kind in ("period", "until") \
                    and frame.granularity not in ("day", "month"):
                return frame
            return None
        start = prev
    return None


def _start_of(f: tuple[int, int, Period | None]) -> int:
    return f[0]


def _sentence_of(f: tuple[int, int, Period | None]) -> int:
    return f[1]


def _last_figure(previous: list[tuple[int, int, Period | None]], before: int, key=_start_of
                 ) -> tuple[int, int, Period | None] | None:
    """(start, sentence start, period) of the last earlier figure whose ``key`` (its start, or
    its sentence's start) is before ``before``, or None. The figures came in text order, so
    both keys never decrease and the figure is found by bisecting: walking back over the
    earlier figures of the sentence, for each figure of a sentence of thousands (a table run
    together after 其中 or 同比), was quadratic."""
    k = bisect.bisect_left(previous, before, key=key)
    return previous[k - 1] if k else None


def _period(text: str, fig: Figure, mn: PeriodMention | Period | None, clause: tuple[int, int]
            ) -> Period | None:
    if isinstance(mn, Period):
        return mn
    cs, ce = clause  # the figure's
    ratio = fig.unit in RATIO_UNITS
    marker = search_within(text, cs, ce, CUMULATIVE)
    if mn is None:
        if marker and not ratio and marker.group(0) == "累计":
            return Period("累计", None, None, "open", True)
        if marker and not ratio:
            return Period(None, None, None, "unknown", True)
        return None
    p = mn.period()
    if ratio:
        return Period(p.label, p.start, p.end, p.granularity, False)
    if marker and not p.cumulative and mn.kind == "period" and p.granularity == "year" \
            and not (cs <= mn.start < ce):
        # 累计 under a year named earlier (去年,…,累计引育企业10家): a running total up to
        # the end of that year, not the year's own flow.
        if marker.group(0) == "累计":
            return Period("累计", None, p.end, "open", True)
        return Period(p.label, p.start, p.end, p.granularity, True)
    if marker and not p.cumulative:
        return Period(p.label, p.start, p.end, p.granularity, True)
    return p


def assign_periods(article: Article, figures: list[Figure], published_on: date | None) -> None:
    """Set ``figure.period`` on each figure of the article (None when the text gives none)."""
    if not figures:
        return  # most articles report no figure: their phrases need not be read
    text = article.text
    # (a dispatch's 今天 and 昨天 are its dateline's day and the one before: the paper prints
    # it a day or two later)
    published_on = dispatch_day(article, published_on)
    phrases = Phrases(text, find_mentions(text, published_on))
    clock = Clock(published_on)
    headline_end = article.body_start
    # (asked of each figure; a search of the whole text each time)
    consecutive = "连续" in text
    # (whether an inquiry is named again, 这次调查: searched for once, on the first figure
    # that asks, as few do)
    pointing: bool | None = None
    pointed: dict[int, Period | None] = {}  # sentence start -> the inquiry's period (see below)
    previous: list[tuple[int, int, Period | None]] = []
    # the periods of the figures written so, in order, for a figure pointing back (这250名)
    dated: dict[str, list[tuple[int, Period]]] = {}
    ordered = sorted(figures, key=lambda f: f.char_start)
    starts = [f.char_start for f in ordered]
    for fig in ordered:
        # the figure's sentence and clause, found once for the rules below (each a lookup of
        # the text's stops: five per figure when every rule found its own)
        sentence = sentence_around(text, fig.char_start)
        clause = clause_around(text, fig.char_start)
        if _own(fig) or fig.qualifier in THRESHOLDS:
            fig.period = fig.period_basis = None
            # (the phrase the duration is written in: 4年投资, 今后3年, 未来的五年内)
            span = next((mn for mn in phrases.starting_in(max(0, fig.char_start - 3),
                                                          fig.char_start + 1)
                         if mn.end >= fig.char_end), None)
            if span is not None and span.basis == "publication_date" and span.begin:
                # 4年投资…: the duration is itself the span of years counted back (or on)
                fig.period, fig.period_basis = span.period(), span.basis
            elif fig.unit == "岁" and (year := _year_of_age(text, fig, phrases)) is not None:
                fig.period, fig.period_basis = year.period(), "clause"
            elif fig.unit == "年" and fig.value_max is None:
                _span_of_years(text, fig, phrases)
                if fig.period is None and consecutive:
                    fig.period = _consecutive_years(text, fig.char_start, phrases, clock)
                    fig.period_basis = "clause" if fig.period is not None else None
            continue
        mn, basis = _for_figure(text, fig, phrases, headline_end, previous, sentence, clause,
                                clock)
        if isinstance(mn, PeriodMention) and mn.basis:
            basis = mn.basis
        fig.period = _period(text, fig, mn, clause)
        if consecutive and (fig.period is None or basis not in ("clause", "sentence")):
            # 连续三年保持在20%以上: the clause's own span of years, over a frame inherited
            span = _consecutive_years(text, fig.char_start, phrases, clock)
            if span is not None:
                fig.period, basis = span, "clause"
        # a running total with no phrase (累计…) is read off the figure's own clause
        fig.period_basis = None if fig.period is None else basis or "clause"
        if fig.period is None and dated:
            back = _pointed_back(text, fig, ordered, starts, dated, sentence[0])
            if back is None and pointing is None:
                pointing = _EVENT_BACK_CUE.search(text) is not None
            if back is None and pointing:
                # (once per sentence: its figures would each walk back over the same ones)
                if sentence[0] not in pointed:
                    pointed[sentence[0]] = _event_pointed_back(text, sentence, previous)
                back = pointed[sentence[0]]
            if back is not None:
                fig.period, fig.period_basis = back, "inferred"
        compare(text, fig, phrases, clock, clause)
        previous.append((fig.char_start, sentence[0], fig.period))
        if fig.period is not None:
            dated.setdefault(fig.surface, []).append((fig.char_start, fig.period))
    if "分别" in text:
        _respective_years(text, ordered, starts, phrases)
    if "、" in text:
        _respective_months(text, ordered, starts, phrases)
    _headline_repeats(figures, headline_end)


# what may join the years of one list (2018年、2019年和2020年), or the figures of one (8.1%、7.6%和7.2%)
_YEAR_GLUE = re.compile(r"[、,，和及与\s]*|以及")


def _respective_years(text: str, ordered: list[Figure], starts: list[int],
                       phrases: Phrases) -> None:
    """2018年、2019年和2020年的净利润分别不低于8.88亿元、10.69亿元和12.71亿元; 1996年至1998年…
    分别为…: the figures after 分别 take the years listed before it, one each in order, when
    there are as many figures as years (the run pairs them by rank, as it pairs places)."""
    k = text.find("分别")
    while k >= 0:
        s, e = sentence_around(text, k)
        years = _listed_years(text, phrases.starting_in(s, k))
        run = ordered[bisect.bisect_left(starts, k):bisect.bisect_left(starts, e)]
        if years and run and (len(run) == len(years) or _lists_of(text, run, len(years))):
            # (分别为3.2亿元、4.1亿元和5.6亿元，毛利占比为50%、32%和30%: a second list as long,
            # in a clause of its own, of the same periods in the same order)
            for i, fig in enumerate(run):
                begin, finish, label, granularity = years[i % len(years)]
                fig.period = Period(label, begin, finish, granularity, False)
                fig.period_basis = "clause"
        k = text.find("分别", e)


# months listed (10、11、12月份): the numerals before 月
_LISTED_MONTH = re.compile(r"(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])(?=、|月)")


def _respective_months(text: str, ordered: list[Figure], starts: list[int],
                       phrases: Phrases) -> None:
    """10、11、12月份商品零售价格同比涨幅为—0.4%、—0.8%和—1.2%: months listed, then one list of
    as many figures in their clause, pair up in order (each month its figure), as a list of
    years before 分别 does; any other figure keeps the span of the months."""
    for mn in phrases.starting_in(0, len(text)):
        if mn.granularity != "range" or "、" not in mn.label or mn.begin is None \
                or mn.begin.year != mn.finish.year:
            continue
        months = [small_int(x) for x in _LISTED_MONTH.findall(mn.label.split("年")[-1])]
        _, ce = clause_around(text, mn.end)
        run = ordered[bisect.bisect_left(starts, mn.end):bisect.bisect_left(starts, ce)]
        if len(months) < 2 or len(run) != len(months) or None in months \
                or not all(_YEAR_GLUE.fullmatch(text, a.char_end, b.char_start) for a, b in zip(run, run[1:])):
            continue
        for m, fig in zip(months, run):
            y = mn.begin.year
            fig.period = Period(f"{m}月", safe_date(y, m, 1), safe_date(y, m, 31), "month", False)
            fig.period_basis = "clause"



def _lists_of(text: str, run: list[Figure], n: int) -> bool:
    """Do the figures fall in clauses of ``n`` figures each (one list of the periods' length per
    clause, 分别为3.2亿元、4.1亿元和5.6亿元，毛利占比为50%、32%和30%)?"""
    counts: list[int] = []
    for a, b in zip(run, run[1:] + [None]):
        counts[-1:] = [counts[-1] + 1] if counts else [1]
        if b is not None and search_within(text, a.char_end, b.char_start, _CLAUSE_BREAK):
            counts.append(0)
    return len(counts) > 1 and all(c == n for c in counts)


_CLAUSE_BREAK = re.compile(r"[,，;；]")


def _listed_years(text: str, mentions: list[PeriodMention]) -> list[tuple[date, date, str, str]]:
    """The periods of one list (years, or a year's part as its last item: 2016年、2017年、2018年
    1-4月) or the years of one span of years among ``mentions`` (the sentence's phrases before
    分别), each (start, end, label, granularity); [] when they are no such list."""
    spans = [m for m in mentions if m.kind == "period" and whole_years(m)]
    if len(spans) == 1 and spans[0].finish.year > spans[0].begin.year:
        m = spans[0]  # 1996年至1998年: each year of the span
        return [(date(y, 1, 1), date(y, 12, 31), f"{y}年", "year")
                for y in range(m.begin.year, m.finish.year + 1)]
    items = [m for m in mentions if m.kind == "period" and m.begin is not None
             and m.finish is not None and m.begin.year == m.finish.year]
    # the list is the run of such phrases glued together that ends last before 分别
    listed = items[-1:]
    for a, b in zip(reversed(items[:-1]), reversed(items[1:])):
        if _YEAR_GLUE.fullmatch(text, a.end, b.start) is None:
            break
        listed.insert(0, a)
    if len(listed) < 2 or not all(whole_years(m) for m in listed[:-1]):
        return []  # (a list of days or months is not a list of the years they fall in)
    return [(m.begin, m.finish, m.label, m.granularity) for m in listed]


# what points back at a figure already written: 这250名学生, 该3000万元, 上述5个项目
_BACK = ("这", "该", "这些", "上述", "前述")


def _pointed_back(text: str, fig: Figure, ordered: list[Figure], starts: list[int],
                  dated: dict[str, list[tuple[int, Period]]], s: int) -> Period | None:
    """在这250名学生中，有33人…: a sentence that opens on a figure pointing back at one written
    before (the same figure after 这, 该, 上述) speaks of the same time as it, so its figures
    with no period of their own take that figure's period (the breakdown of a total, as
    after 其中). The earlier figure must stand before this sentence."""
    for k in range(bisect.bisect_left(starts, s), len(ordered)):  # the sentence's figures
        other = ordered[k]
        if other.char_start > fig.char_start:
            break
        a = other.char_start
        if text[a - 1:a] in _BACK or text[max(0, a - 2):a] in _BACK:
            before = [p for at, p in dated.get(other.surface, ()) if at < s]
            if before:
                return before[-1]  # the last one written before this sentence
    return None


# 这次调查, 此次普查, 该项研究: an inquiry told of before, named again. (Not 这次比赛 or 本次
# 活动: a story of games or events tells of several, and the last one named before need not be
# the one meant.)
_EVENT_BACK = re.compile(r"(?:这|此|本|该)(?:次|项|一)(调查|普查|抽查|检查|统计|研究|测评|评估|监测)")
_EVENT_BACK_CUE = re.compile(r"[这此本该][次项一][调普抽检统研测评监]")


def _event_pointed_back(text: str, sentence: tuple[int, int],
                        previous: list[tuple[int, int, Period | None]]) -> Period | None:
    """这次调查的受访者中，47%来自…: a sentence naming again an inquiry told of
    before speaks of the time it was made, so its figures with no period of their own take the
    period of the figures of the last sentence before that names it (调查结果显示，在被访问
    的547名…, dated by 去年3月至7月间进行的). When that sentence's figures have no period, or no
    earlier sentence with figures names it, nothing is taken."""
    s, e = sentence
    m = _EVENT_BACK.search(text, s, e)
    if m is None:
        return None
    noun = m.group(1)
    seen: set[int] = set()
    for _, ss, period in reversed(previous):
        if ss >= s or ss in seen:
            continue
        seen.add(ss)
        if noun in text[ss:sentence_around(text, ss)[1]]:
            return period
    return None


# 连续三年, 三年连续: the years counted back from the year the text speaks of
_CONSECUTIVE = re.compile(r"连续([0-9一二两三四五六七八九十]{1,3})年(?!代|级|度)|([0-9一二两三四五六七八九十]{1,3})年连续")


def _consecutive_years(text: str, pos: int, phrases: Phrases, clock: Clock) -> Period | None:
    """北京市在过去的一年里…地方财政收入增幅连续三年保持在20%以上: the figure's clause counts
    years back from the year the text last named (1997), so the span is 1995-1997; the duration
    (三年) itself is that span too. No year named before it: no span."""
    cs, ce = clause_around(text, pos)
    m = _CONSECUTIVE.search(text, cs, ce)
    if m is None:
        return None
    n = parse_number(m.group(1) or m.group(2))
    year = phrases.named_year_before(m.start(), clock)
    if not n or n != int(n) or not 1 < n <= 30 or year is None:
        return None
    return Period(m.group(0), safe_date(year - int(n) + 1, 1, 1), safe_date(year, 12, 31), "range")


def _span_of_years(text: str, fig: Figure, phrases: Phrases) -> None:
    """从2013年到2015年分三年完成: a duration that counts the years of the span its sentence
    names is that span."""
    s, e = sentence_around(text, fig.char_start)
    span = phrases.last_governing(s, fig.char_start)
    if not _counts_years_of(span, fig):
        # (连续16年获得最受球迷欢迎奖，从2003到2018年: the span may follow the count; the count
        # must then be its years exactly)
        span = next((mn for mn in phrases.starting_in(fig.char_end, e) if _counts_years_of(mn, fig)),
                    None)
    if span is not None:
        fig.period = span.period()
        clause = clause_around(text, fig.char_start)
        fig.period_basis = "clause" if clause[0] <= span.start < clause[1] else "sentence"


def _counts_years_of(span: PeriodMention | None, fig: Figure) -> bool:
    """Is the duration ``fig`` the count of the whole years of the span?"""
    return span is not None and span.granularity == "range" and bool(span.begin and span.finish) \
        and span.finish.year - span.begin.year + 1 == fig.value \
        and (span.begin.month, span.begin.day, span.finish.month) == (1, 1, 12)


def _headline_repeats(figures: list[Figure], headline_end: int) -> None:
    """A headline repeats figures of its story (●4年投资542亿元 over …1994年至1997年,…共投资
    542亿元): an undated headline figure takes the period of the body figure with the same
    value and unit, when exactly one period is found among them."""
    if headline_end <= 0:
        return
    body: dict[tuple, set] = {}
    for f in figures:
        if f.char_start >= headline_end and f.period is not None and f.period.end is not None:
            body.setdefault((f.value, f.unit), set()).add(f.period)
    for f in figures:
        if f.char_start < headline_end and (f.period is None or f.period.end is None):
            periods = body.get((f.value, f.unit), set())
            if not periods and f.value and (f.qualifier != "exact"
                                            or significant_digits(f.value) <= 2):
                # 交通银行实现利润近48亿元 over 去年该行全年完成利润47.84亿元: a headline rounds
                # the story's figure; it repeats the one within 5 % of it in the same unit
                periods = set().union(*(ps for (v, u), ps in body.items() if u == f.unit
                                        and significant_digits(v) > significant_digits(f.value)
                                        and abs(v - f.value) <= 0.05 * abs(f.value)))
            if len(periods) == 1:
                f.period, f.period_basis = next(iter(periods)), "inferred"
