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

The publication date is returned as a ``PublicationDate``: a ``date`` that also says how much of
it is known (``granularity``) and whether the page fixes its year (``year_certain``); a date
whose year is only the latest one mentioned on the page is stored, but never used to resolve
relative phrases.
"""
from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .facts import significant_digits
from .numbers import parse_number
from .records import Article, Figure, Period
from .textorder import (TextOrder, char_before, first_match_in, last_start_before,
                        last_stop_before, stop_span)
from .units import dimension_of

# -- the publication date ---------------------------------------------------------------------


class PublicationDate(date):
    """A date plus how much of it the page tells.

    ``granularity`` is ``day``, ``month`` or ``year`` (a year-only date is stored as 1 January);
    ``year_certain`` is False when the year is only the latest year the page mentions.
    """

    granularity: str
    year_certain: bool

    def __new__(cls, year: int, month: int = 1, day: int = 1, granularity: str = "day",
                year_certain: bool = True):
        self = super().__new__(cls, year, month, day)
        self.granularity = granularity
        self.year_certain = year_certain
        return self

    def __reduce__(self):  # keep the extra fields across process boundaries
        return (PublicationDate, (self.year, self.month, self.day, self.granularity,
                                  self.year_certain))

    def __repr__(self) -> str:
        return (f"PublicationDate({self.year}, {self.month}, {self.day}, "
                f"granularity={self.granularity!r}, year_certain={self.year_certain})")


def _precision(published_on: date | None) -> tuple[str | None, bool]:
    """(granularity, year fixed) of whatever date the pipeline passes in; a plain ``date``
    comes from a manifest or a caller who knows it, so it is taken as exact."""
    if published_on is None:
        return None, False
    return getattr(published_on, "granularity", "day"), getattr(published_on, "year_certain", True)


# -- period phrases -----------------------------------------------------------------------------

# (刚刚过去的一年, 过去的一年: the year just ended, as 去年; 过去一年 without 的 is as often the
# last twelve months)
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1,
             "刚刚过去的一年": -1, "刚过去的一年": -1, "过去的一年": -1}
# (2010-2019年, 1991至1995年: the first year of a range may leave out its 年)
_YEAR = r"(?:(?<![\d.])(?P<y>(?:19|20)\d\d)(?:年|(?=[到至—\-~－―](?:19|20)\d\d年))|(?P<ry>今年|本年|去年|上年|前年|明年|刚刚过去的一年|刚过去的一年|过去的一年))"
# (a month and a day in numerals too, after a year: 一九九七年十月一日, 去年一至十一月)
_CN_MONTH = r"十[一二]|[一二三四五六七八九十]"
_CN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_M = rf"(?P<m>1[0-2]|0?[1-9]|{_CN_MONTH})月份?"
_D = rf"(?:(?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY})[日号])"
_TO = r"(?:到|至|—|-|~|－|―)"
_END2 = (rf"(?:{_TO}(?:(?P<y2>(?:19|20)\d\d)年)?(?:(?P<m2>1[0-2]|0?[1-9]|{_CN_MONTH})月份?)?"
         rf"(?:(?P<d2>3[01]|[12]\d|0?[1-9]|{_CN_DAY})[日号])?(?P<e2>底|末|中旬|上旬|下旬)?)")
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# One pattern per phrase shape; each one is tried at every year anchor, longest match wins.
_SINCE_GAP = r"[^,。;:!?\n“”《》]{0,18}?"
# Every pattern below opens with a lookahead on the characters its matches can start with: it
# changes no match, but lets ``re`` skip the other positions after one test instead of trying
# each alternative there (the scans cost a quarter of the stage without it).
_PHRASE = re.compile(
    r"(?=[截自从12今本去上前明过刚])"
    r"(?P<pre>截至|截止到?|截止至|自从|自|从)?"
    + _YEAR
    + r"(?:"
    + r"(?P<yrange>(?:到|至|—|-|~|－|―)(?P<yy>(?:19|20)\d\d)年)"
    + r"|(?P<full>全年|年度|度)"
    + r"|(?P<half>上半年|下半年)"
    + r"|(?P<q3>前三季度)"
    + r"|[前头](?P<nm>1[01]|[1-9]|十一|[一二两三四五六七八九十])个月"
    + r"|(?:第)?(?P<q>[一二三四1-4])季度"
    + r"|(?P<ye>年底|年末|底|末)"
    + rf"|(?P<mr>1[0-2]|0?[1-9]|{_CN_MONTH})(?:-|—|~|－|至|到)(?P<mr2>1[0-2]|0?[1-9]|{_CN_MONTH})月份?"
    + rf"|{_M}(?:{_D})?(?P<e>底|末|中旬|上旬|下旬)?{_END2}?"
    + r")?"
    + rf"(?P<since>{_SINCE_GAP}以来)?"
)
# Months and days without a year: labels unless the publication month fixes them.
_MONTH_ONLY = re.compile(
    r"(?=[截自从0-9])"
    r"(?P<pre>截至|截止到?|自|从)?(?<![\d年\-—~－])"
    r"(?:(?P<mr>1[0-2]|0?[1-9])(?:-|—|~|－|至|到)(?P<mr2>1[0-2]|0?[1-9])月份?|" + _M + rf"(?:{_D})?(?P<e>底|末)?{_END2}?)"
    + rf"(?P<since>{_SINCE_GAP}以来)?")
_THIS_MONTH = re.compile(r"(?=[截本上])(?P<pre>截至)?(?P<rm>本月|上月|上个月)(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?"
                         r"(?P<e>底|末)?(?P<since>以来)?")
# Days counted back from the publication day (昨天下午, 前天上午, 昨日): the scene of a story.
# (前天津市…: 前 and a place name, not the day before yesterday)
_REL_DAY = re.compile(r"[昨前](?:(?<=昨)[天日晚夜]|(?<=前)天(?!津))")
_REL_DAYS = {"昨": 1, "前": 2}
# A day of the month alone (泰国股市9日下跌10.5点, 该市15日发放…): the latest such day by the
# publication day, this month or the last. Not after a month or a digit (1月9日 is read above),
# nor a dateline (9日电), a span (3日内) or a deadline or a start (9日前, 9日起).
# (Written to open with the digit it consumes, each shape of the day's number then checked
# behind it: 3[01]|[12]\d|0?[1-9] in that order. ``re`` then skips to the digits in C; opened
# with the alternation, whose first characters it does not collect, the pattern was tried at
# every character: 0.039 -> 0.010 s over the People's Daily articles that hold a 日.)
_BARE_DAY = re.compile(r"[0-9](?:(?<=3)[01]|(?<=[12])\d|(?<=0)[1-9]|(?<=[1-9]))日"
                       r"(?![电讯内前后以之起至到元本])")
_NOT_BEFORE_DAY = set("0123456789月号年.-/—~－第每")
# (至今 is not the 至 and 今 of 至今年, 至今天: "to this year", "to today")
_NOW = re.compile(r"截至目前|截至发稿时?|截至记者发稿时|迄今为止|迄今|至今(?![年天日])|到目前为止|目前|当前|现阶段")
# 目前 is no time inside 项目前期, 节目前, 题目前: the 目 ends another word there. (Checked on
# the matches, not by a look-behind in _NOW: one would stop re skipping to its first characters,
# and the scan of every article cost 1.2 % more instructions.)
_MU_ENDS = frozenset("项节题栏剧账瞩醒注盲耳夺满")
# Spans counted back from an unknown now: labels, never dates, but they stop an earlier
# frame from reaching the figure (过去二十年里,股价上涨了18000%).
# (The first character is matched, then each shape is tried behind it:近年来, 近几年来, 近\d+年来,
# 近五年里; 多年来; 历年来; 过去二十年里; 这三年; 10年间, in the order of the alternation
#   近年来|近几年来|多年来|近\d+年来|历年来|(?:过去|近|这)N{1,3}年(?:里|来|间|中)?|(?<![\d年])\d{1,2}年(?:里|间|中)
# it stands for, whose matches it finds. Opening with a character class lets ``re`` skip to those
# characters in C; opened with a look-ahead, the pattern was tried at every character.)
_SPAN_N = r"[\d一二三四五六七八九十两几]{1,3}年(?:里|来|间|中)?"
_SPAN_WORDS = re.compile(r"[近多历过这\d](?:(?<=近)(?:年来|几年来|\d+年来|" + _SPAN_N + r")|"
                         r"(?<=多)年来|(?<=历)年来|(?<=过)去" + _SPAN_N + r"|(?<=这)" + _SPAN_N + r"|"
                         r"(?<![\d年]\d)(?<=\d)\d?年(?:里|间|中))")
_DURING = re.compile(r"[\u4e00-\u9fff“”]{2,10}?期间")
# 年末, 全年, 年内, 当年 with no year of their own: a report names its year once (2016年全省…,
# 《2016年度…统计公报》) and then writes them for that year. The look-behind keeps out words they
# are part of (今年年底, 三年内, 学年末, 相当年轻); the look-ahead keeps out 全年龄, 当年9月.
_BARE_YEAR = re.compile(
    r"(?=[截到至年全当])(?P<pre>截至|截止到?|截止至|到|至)?"
    r"(?<![\d〇零一二两三四五六七八九十百千万亿几半多数今去明本上下前后当每新跨近历同财学周少青老"
    r"童中早晚往隔整逐翌次首头来年相元想])"
    r"(?:(?P<ye>年末|年底)(?![奖考总盘])|(?P<full>全年)(?![龄级段都皆无])|年内|"
    r"(?P<that>当年)(?![轻纪龄级初份的正腊\d]|[一二三四五六七八九十]{1,2}月))")
_BARE_YEAR_WORDS = ("年末", "年底", "全年", "年内", "当年")  # what every _BARE_YEAR match holds
_FISCAL_YEAR = re.compile(r"财年")
# The title of a report a sentence quotes for its figures: 《2017年全国二手车流通数据》显示
_REPORT_SHOWS = re.compile(r"[^《》]{0,40}?》(?:数据)?(?:显示|表明|指出)")
# Words that make a year word a plan, not a period: 预计年底将开设80家
_LOOKS_AHEAD = re.compile(r"将|预计|计划|有望|可望|力争|争取|目标|预期|预测|大概率|拟")
# The title of a statistical bulletin (《2016年度…统计公报》): its year is the year of its figures.
_BULLETIN_TITLE = re.compile(r"[^《》]{0,40}?(?:公报|统计公告)》")

_CLAUSE_END = re.compile(r"[,;:,;:。!?\n ]")
# the text up to the last clause break (a greedy run backs off to it), and how far around a
# position _clause looks for the breaks before falling back to the text's list of them
_UP_TO_LAST_CLAUSE_END = re.compile(r"(?s).*" + _CLAUSE_END.pattern)
_NEAR_CLAUSE = 200
_SENT_END = re.compile(r"[。!?\n]")
_PARAGRAPH_END = re.compile(r"\n")
_TITLE_MARK = re.compile(r"[《》]")
# (a verb of comparison too: 超过1996年全年水平, 高于上年, 低于去年同期)
_COMPARE_BEFORE = re.compile(r"(?:与|同|比|较|相比|对比|相较|比起|较之|超过|超出|高于|低于|多于|少于|"
                             r"快于|慢于|好于|优于)$")
_COMPARE_AFTER = re.compile(r"^(?:同期|相比|相较|比较)")
_CONTINUES = re.compile(r"^(?:其中|从[^,。]{1,14}看|分[^,。]{1,10}看|具体来看|具体看|具体而言|"
                        r"按[^,。]{1,10}分|与[^,。]{0,14}(?:相比|同期)|同比|环比|比[^,。]{0,8}(?:增|减|多|少)|"
                        r"较[^,。]{0,8}(?:增|减|多|少))")
_TARGET_BEFORE = re.compile(r"(?:到|至|—|-|将于|力争|争取|目标)$")
_CUMULATIVE = re.compile(r"累计|迄今|至今(?![年天日])|先后|历年")
_NO_INHERIT = re.compile(r"每年|每月|每人|每户|每家|每次|每天|每日|标准")
_DURATION_UNITS = {"年", "个月", "月", "天", "日", "周", "星期", "小时", "分钟", "秒", "岁",
                   "个年头", "年头", "周岁"}
_RATIO_UNITS = {"%", "百分点", "倍", "比例", "‰"}
_THRESHOLDS = {"at_most", "at_least"}


class _Mention(NamedTuple):
    """A period phrase found in the text, resolved as far as the publication date allows.
    (A named tuple, not a frozen dataclass: a frozen dataclass sets each of its fourteen fields
    through ``object.__setattr__``, for every phrase of every article.)"""

    start: int
    end: int
    label: str
    kind: str            # period | since | until | label | effective
    granularity: str
    begin: date | None
    finish: date | None
    cumulative: bool
    governs: bool        # may be the period of a figure (comparison bases etc. may not)
    year: int | None = None       # explicit year, for the publication-date evidence
    rel_year: int | None = None   # offset of a relative year, likewise
    compare: bool = False         # the base of a comparison (比上年, 较2023年同期)
    basis: str | None = None      # publication_date: counted back from it (近3年来)
    frames: bool = True           # may frame the sentences after its own (当年 may not)
    starts_change: bool = False   # 由1996年的…上升到…: the year of the value written after it

    def period(self) -> Period:
        return Period(self.label, self.begin, self.finish, self.granularity, self.cumulative)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


@lru_cache(maxsize=4096)
def _safe(y: int | None, m: int, d: int) -> date | None:
    # memoized: every phrase asks for the first and last days of its span, and calendar's
    # month length costs a weekday computation
    if y is None:
        return None
    try:
        return date(y, m, min(d, _last_day(y, m)))
    except ValueError:
        return None


class _Clock:
    """What the publication date lets us resolve."""

    def __init__(self, published_on: date | None):
        self.gran, certain = _precision(published_on)
        self.year = published_on.year if published_on is not None and certain else None
        self.month = published_on.month if self.year and self.gran in ("day", "month") else None
        self.today = published_on if self.year and self.gran == "day" else None

    def _key(self) -> tuple:
        return self.year, self.month, self.today, type(self.today)

    # Clocks that resolve alike are equal: a page whose year is not fixed reads its articles'
    # phrases the same for the publication date and for the figures' periods.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Clock) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def rel(self, offset: int) -> int | None:
        return None if self.year is None else self.year + offset

    def year_of_month(self, m: int) -> int | None:
        """The year of a bare ``M月``: this year unless that month is still ahead."""
        if self.month is None:
            return None
        return self.year if m <= self.month else self.year - 1


def _latest_day(today: date, n: int) -> date | None:
    """The last day numbered ``n`` on or before ``today``: this month's, else last month's."""
    # (plain dates: ``today`` may be a PublicationDate, whose replace() loses its fields)
    if n <= today.day:
        return date(today.year, today.month, n)
    prev = date(today.year, today.month, 1) - timedelta(days=1)
    return date(prev.year, prev.month, n) if n <= prev.day else None


def _int(s: str | None) -> int | None:
    """A month's or a day's number, in digits or numerals (十一 -> 11, 二十五 -> 25)."""
    if not s:
        return None
    return int(s) if s.isdigit() else _small_int(s)


def _build(text: str, mt: re.Match, year: int | None, clock: _Clock, *, explicit_year: int | None,
           rel: int | None) -> _Mention | None:
    g = mt.groupdict()
    pre = g.get("pre") or ""
    label = mt.group(0)
    s, e = mt.start(), mt.end()
    m, d = _int(g.get("m")), _int(g.get("d"))
    since = g.get("since")
    after = text[e:e + 2]
    before = text[max(0, s - 4):s]
    kind = "period"
    gran = "year"
    b = f = None
    y = year
    if g.get("yrange"):
        y2 = int(g["yy"])
        gran, b, f = "range", _safe(y, 1, 1), _safe(y2, 12, 31)
    elif g.get("full"):
        b, f = _safe(y, 1, 1), _safe(y, 12, 31)
    elif g.get("half"):
        gran = "half_year"
        if g["half"] == "上半年":
            b, f = _safe(y, 1, 1), _safe(y, 6, 30)
        else:
            b, f = _safe(y, 7, 1), _safe(y, 12, 31)
    elif g.get("q3"):
        gran, b, f = "range", _safe(y, 1, 1), _safe(y, 9, 30)
    elif g.get("nm"):  # 1997年前5个月, 去年头4个月: the year's first months
        gran, b, f = "range", _safe(y, 1, 1), _safe(y, _small_int(g["nm"]), 31)
    elif g.get("q"):
        q = _CN_Q[g["q"]]
        gran, b, f = "quarter", _safe(y, 3 * q - 2, 1), _safe(y, 3 * q, 31)
    elif g.get("mr"):
        m1, m2 = _int(g["mr"]), _int(g["mr2"])
        if m2 > m1:
            gran, b, f = "range", _safe(y, m1, 1), _safe(y, m2, 31)
        else:
            gran = "range"
    elif g.get("ye"):
        gran, b, f = "open", None, _safe(y, 12, 31)
        kind = "until"
    elif m:
        end_word = g.get("e")
        has_range = bool(g.get("m2") or g.get("d2") or g.get("y2"))
        if has_range:
            y2 = _int(g.get("y2")) or y
            m2 = _int(g.get("m2")) or m
            d2 = _int(g.get("d2"))
            gran = "range"
            b = _safe(y, m, d or 1)
            f = _safe(y2, m2, d2 or 31) if y2 else None
            if b and f and f < b:
                b = f = None
        elif d:
            gran, b, f = "day", _safe(y, m, d), _safe(y, m, d)
        elif end_word in ("底", "末"):
            gran, b, f = "open", None, _safe(y, m, 31)
            kind = "until"
        else:
            gran, b, f = "month", _safe(y, m, 1), _safe(y, m, 31)
    else:
        b, f = _safe(y, 1, 1), _safe(y, 12, 31)
    cumulative = False
    if not since and label.endswith(("至", "到")) and text[e:e + 1] == "今" \
            and text[e + 1:e + 2] not in ("年", "天", "日"):
        # 去年10月至今: from that month on, not the month alone
        since, label, e = "至今", label + "今", e + 1
        b = b or _safe(y, m or 1, d or 1)
    if pre.startswith(("截至", "截止")):
        kind, gran, b, cumulative = "until", "open", None, True
    if since:
        kind, gran, f, cumulative = "since", "open", None, True
    elif pre in ("自", "从", "自从") and not since and gran != "range":
        # ``自3月2日起执行`` / ``从2021年4月`` without 以来: a starting point, not a period.
        # With its end (从1997年1月1日至12月31日, 从1994年到1997年) 从 only opens the span.
        kind = "effective"
    governs = True
    if after.startswith("起") or (kind != "since" and after.startswith(("开始", "起"))):
        kind, governs = "effective", False
    if kind == "effective":
        governs = False
    compare = starts_change = False
    if _COMPARE_BEFORE.search(before[-2:]) or _COMPARE_BEFORE.search(before[-1:]) or \
            _COMPARE_AFTER.match(text[e:e + 3]):
        governs, compare = False, True
    elif (pre == "从" or not pre and before.endswith("由")) and gran != "range" \
            and _REACHED_NUMBER.match(text, e):
        # 由1996年的1.8%上升到4.85%: the year of the value a change starts from, the base the
        # figure after it is compared with; it dates neither that figure nor the text's 年底
        kind, governs, compare, starts_change = "period", False, True, True
    frames = True
    if not pre and _TARGET_BEFORE.search(before) and not _reached(text, e, before, y, rel, clock):
        if before.endswith(("到", "至")) and kind in ("period", "until") and f is not None \
                and gran != "range" and not text.startswith(("中", "初", "上旬", "中旬"), e) \
                and _FORECAST.search(text, e, _sentence(text, e)[1]) \
                and not _span_opened_before(text, s):
            # a forecast's target year (到2030年,保有量将达到800万辆): its figure stands at the
            # end of that year; it frames no later sentence
            label, s = before[-1] + label, s - 1
            kind, gran, b, cumulative, frames = "until", "open", None, False, False
        else:
            governs = False  # a target year: 到2027年, 力争2026年
    if after.startswith(("前", "后", "之前", "之后", "以前", "以后")) and not since:
        governs = False
    if after[:1] in ("“", "《", "\""):
        governs = False  # the year is part of a name: 2025年“送万福、进万家”书法公益活动
    if text.startswith("倒计时", e):
        governs = False  # 2000年倒计时钟: the year counted down to, a name's part
    if gran in ("day", "month") and _COUNTED_BEFORE.search(before):
        governs = False  # 订了4张8月12日的门票: the date says which tickets, not when
    return _Mention(s, e, label, kind, gran, b, f, cumulative, governs,
                    year=explicit_year, rel_year=rel, compare=compare, frames=frames,
                    starts_change=starts_change)


# What a forecast says of its target year's figure: 将达到, 预计, 有望突破
_FORECAST = re.compile(r"[将预有可达突超增力]"
                       r"(?:(?<=将)|(?<=预)[计期]|(?<=有)望|(?<=可)望|(?<=达)到|(?<=突)破|(?<=超)过|"
                       r"(?<=增)[长加至到]|(?<=力)争)")
_REACHED_NUMBER = re.compile(r"的[\d一二两三四五六七八九十百千万亿半]")


# 自 as the word "from" (自1997年至2000年), not the first character of 自动, 自治, 自己 …
_FROM_WORD = re.compile(r"从|自(?![动己治然主身由行愿费发我助驾律觉信豪卑杀学营筹])")


def _span_opened_before(text: str, s: int) -> bool:
    """Does a 从/自 before 至/到 in the same sentence open a span (从2010年到2020年)? Then
    the year after 到 ends that span and is no forecast's target."""
    lo = max(0, s - 16)
    lo = max([lo] + [text.rfind(c, lo, s) + 1 for c in "。！？；!?;\n"])
    return _FROM_WORD.search(text, lo, s) is not None


def _reached(text: str, e: int, before: str, y: int | None, rel: int | None, clock: _Clock) -> bool:
    """到/至 before a year that is past, not a target: 到去年底GDP是…, 由1993年的6平方米提高到
    1997年的8平方米 (the year and then 的 and the number it dates). A year after the
    publication year, or one the publication date cannot place, stays a target."""
    if not before.endswith(("到", "至")):
        return False
    if _REACHED_NUMBER.match(text, e):
        return True
    if rel is not None:
        return rel < 0
    return y is not None and clock.year is not None and y < clock.year


def _in_title_marks(text: str, pos: int) -> bool:
    """Inside 《…》: a book or document title, not a period of anything. That is when the
    last title mark before ``pos`` opens one; the marks are listed once per text and bisected
    (searching back for 《 read the whole text before each phrase of a text without one)."""
    mark = last_stop_before(text, pos, _TITLE_MARK)
    return mark is not None and text[mark] == "《"


@lru_cache(maxsize=16)
def _scan(text: str) -> tuple[list[re.Match], ...]:
    """The phrase patterns' matches: the same for any publication date, and an article is
    read twice (for the publication date, then for its figures' periods)."""
    # every year phrase and span holds 年, every month phrase 月: a third of the articles
    # lack one of them, and a substring test is far cheaper than a scan
    year, month = "年" in text, "月" in text
    return (list(_PHRASE.finditer(text)) if year else [],
            list(_MONTH_ONLY.finditer(text)) if month else [],
            # (every match holds 本月, 上月 or 上个月)
            list(_THIS_MONTH.finditer(text)) if month and ("本月" in text or "上月" in text
                                                          or "上个月" in text) else [],
            # (its words open with one of a few characters re skips to: scanning for them
            # costs less than six substring tests would to spare it)
            [mt for mt in _NOW.finditer(text)
             if mt.group() != "目前" or text[mt.start() - 1:mt.start()] not in _MU_ENDS],
            list(_SPAN_WORDS.finditer(text)) if year else [],
            _matches_near(_DURING, text, _during_windows(text)) if "期间" in text else [],
            list(_REL_DAY.finditer(text)) if "昨" in text or "前天" in text else [],
            list(_BARE_DAY.finditer(text)) if "日" in text else [],
            _matches_near(_ERAS, text, _era_windows(text))
            if "年" in text or "五" in text or "世纪" in text else [],
            # (every match holds one of _BARE_YEAR_WORDS: seven articles in eight have none,
            # and the pattern, opening with a look-ahead, is tried at every character)
            list(_BARE_YEAR.finditer(text)) if year and any(w in text for w in _BARE_YEAR_WORDS)
            else [])


def _matches_near(pattern: re.Pattern, text: str, windows) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for a pattern that matches only where it starts in one
    of ``windows`` ((lo, hi): starts lo..hi, in increasing lo), found near a literal anchor
    every match holds. ``re`` tries a pattern opening with a look-ahead at every character
    (it finds no first character to skip to); trying only the windows' starts gives the same
    matches, leftmost first, none overlapping, for a fraction of the cost."""
    out: list[re.Match] = []
    nxt = 0  # the first start not yet tried, and not inside a match found
    for lo, hi in windows:
        p = max(lo, nxt)
        while p <= hi:
            mt = pattern.match(text, p)
            if mt is None:
                p += 1
            else:  # (no match of these patterns is empty)
                out.append(mt)
                p = mt.end()
        nxt = max(nxt, p)
    return out


def _during_windows(text: str):
    """Where a ``_DURING`` match may start: 2 to 10 characters before a 期间."""
    i = text.find("期间")
    while i >= 0:
        yield i - 10, i - 2
        i = text.find("期间", i + 1)


def _era_windows(text: str) -> list[tuple[int, int]]:
    """Where an ``_ERAS`` match may start: up to 5 characters before the 年 or 五 after a
    numeral that the shapes' next words follow (最近十二年来, “十三五”期间: a year like
    1998年 is passed over), and right before a 世纪 (本世纪末)."""
    out = [(m.start() - 4, m.start() + 1) for m in _ERA_ANCHOR.finditer(text)]
    if "世纪" in text:
        i = text.find("世纪")
        while i >= 0:
            out.append((i - 1, i - 1))
            i = text.find("世纪", i + 1)
        out.sort()
    return out


def find_mentions(text: str, published_on: date | None = None) -> list[_Mention]:
    """Every period phrase in ``text``, in order, non-overlapping (longest first)."""
    return list(_mentions(text, _Clock(published_on)))


@lru_cache(maxsize=16)
def _mentions(text: str, clock: _Clock) -> tuple[_Mention, ...]:
    if _CN_YEAR.search(text):
        # 一九九七年, 二〇二四年: a year written in numerals, read as its digits (four characters
        # for four, so every offset holds)
        text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), text)
    found: list[_Mention] = []
    phrases, months, this_months, nows, spans, durings, rel_days, bare_days, eras, bare_years \
        = _scan(text)
    for mt in phrases:
        if not (mt.group("y") or mt.group("ry")):
            continue
        if mt.group("y"):
            ey, rel = int(mt.group("y")), None
            y = ey
        else:
            ey, rel = None, _REL_YEAR[mt.group("ry")]
            y = clock.rel(rel)
        mn = _build(text, mt, y, clock, explicit_year=ey, rel=rel)
        if mn is not None:
            found.append(mn)
    if bare_years:
        found.extend(_bare_years(text, bare_years, found, clock))
    for mt in months:
        m = _int(mt.group("m") or mt.group("mr"))
        y = clock.year_of_month(m)
        found.append(_build(text, mt, y, clock, explicit_year=None, rel=None))
    for mt in this_months:
        found.append(_this_month(text, mt, clock))
    for mt in rel_days:
        day = None
        if clock.today is not None:
            day = date.fromordinal(clock.today.toordinal() - _REL_DAYS[mt.group(0)[0]])
        # 昨晚, 昨夜: the day is 昨, its time of day 晚 (what makes it the scene of a story)
        end = mt.end() if mt.group(0)[1] in "天日" else mt.start() + 1
        base = _COMPARE_BEFORE.search(text, max(0, mt.start() - 2), mt.start()) is not None
        # 比昨天减少了23个, 较昨天的323人: the base of a comparison, no period of the figure
        found.append(_Mention(mt.start(), end, mt.group(0), "period", "day", day, day,
                              False, not base, compare=base))
    if clock.today is not None:
        for mt in bare_days:
            if mt.start() and text[mt.start() - 1] in _NOT_BEFORE_DAY:
                continue
            day = _latest_day(clock.today, int(mt.group(0)[:-1]))
            if day is not None:
                found.append(_Mention(mt.start(), mt.end(), mt.group(0), "period", "day", day,
                                      day, False, True))
    for mt in nows:
        lab = mt.group(0)
        until = lab.startswith(("截至", "到目前", "迄今", "至今"))
        end = clock.today if until and lab.startswith("截至") else None
        found.append(_Mention(mt.start(), mt.end(), lab, "until" if until else "label",
                              "open" if until else "unknown", None, end, until, True))
    era_spans = []
    for mt in eras:
        mn = _era(text, mt, clock)
        if mn is not None:
            found.append(mn)
            era_spans.append((mn.start, mn.end))
    for mt in spans:
        if any(a < mt.end() and mt.start() < b for a, b in era_spans):
            continue  # 近3年来 counted back from the publication date, read above
        found.append(_Mention(mt.start(), mt.end(), mt.group(0), "label", "unknown", None, None,
                              True, True))
    for mt in durings:
        if any(a < mt.end() and mt.start() < b for a, b in era_spans):
            continue  # “九五”期间 is the plan's span, read above
        lab = re.sub(r"^.*[“”]", "", mt.group(0)) or mt.group(0)
        found.append(_Mention(mt.end() - len(lab), mt.end(), lab, "label", "unknown", None,
                              None, False, True))
    if "《" in text:  # (no phrase stands in a title where none opens: most texts)
        found = [m for m in found if not _in_title_marks(text, m.start) or _bulletin_year(text, m)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[_Mention] = []
    for mn in found:
        if out and mn.start < out[-1].end:
            continue
        out.append(mn)
    if "当" in text and _THAT_DAY.search(text):
        out = _that_days(text, out)
    if "这" in text:
        out = _these_years(out)
    if "同期" in text:
        out = _same_periods(text, out)
    if "同年" in text or "当年" in text or "次年" in text or "翌年" in text or "同一年" in text:
        out = _same_year_months(text, out)
    if "截" in text:
        out = _years_to_date(text, out)
    if "最" in text or "纪录" in text or "新高" in text:
        # 是历年来缴获数量最多的, 创近10年来最高水平: the span a record is the highest of, no
        # period of the figures around it
        out = [mn._replace(governs=False, compare=True)
               if mn.label.endswith("来") and _RECORD_AFTER.match(text, mn.end) else mn for mn in out]
    if "讯" in text or "电" in text:
        # 本报上海1月8日讯, 新华社北京1月8日电: the day the story was filed, no period of its
        # figures (the page's publication date is read from it elsewhere)
        filed = [m.span(1)[0] for m in _DATELINE.finditer(text)]
        if filed:
            out = [mn._replace(governs=False) if mn.start in filed and mn.governs else mn for mn in out]
    return tuple(out)


# 这十年中, 这5年里: a span pointing back at one the text named before (2010-2019年)
_THESE_YEARS = re.compile(r"这([\d一二三四五六七八九十两]{1,3})年")
_THESE_YEARS_REACH = 600  # characters back to the span pointed at


def _these_years(out: list[_Mention]) -> list[_Mention]:
    """``out`` with each 这N年 (这十年中, 这5年里) dated as the span of N whole years the text
    named last before it (2010-2019年是…的10年。…这十年中建校346所): the reader takes the
    years the text has just given. With no such span named before it, it stays a label."""
    for i, mn in enumerate(out):
        m = _THESE_YEARS.match(mn.label) if mn.kind == "label" else None
        if m is None:
            continue
        n = parse_number(m.group(1))
        for p in reversed(out[:i]):
            if mn.start - p.start > _THESE_YEARS_REACH:
                break
            if p.kind == "period" and _whole_years(p) and p.finish.year - p.begin.year + 1 == n > 1:
                out[i] = mn._replace(kind="period", granularity=p.granularity, begin=p.begin,
                                     finish=p.finish, cumulative=p.cumulative)
                break
    return out


def _whole_years(mn: _Mention) -> bool:
    """Whether the phrase's dates run from a 1 January to a 31 December (one year or more)."""
    return mn.begin is not None and mn.finish is not None \
        and (mn.begin.month, mn.begin.day) == (1, 1) and (mn.finish.month, mn.finish.day) == (12, 31)


# 同期 opening a sentence or clause (同期，服装…占23.6%): the period the text named last;
# not the base of a comparison (比上年同期, 去年同期, 历史同期), which no clause opens with
_SAME_PERIOD = re.compile(r"同期")
_OPENS_CLAUSE = "。！？；，,:：\n"


def _same_periods(text: str, out: list[_Mention]) -> list[_Mention]:
    """``out`` with each 同期 that opens a sentence or clause as the period the text named
    last before it (今年前三季度…。同期，服装…占23.6%); with none named before, nothing."""
    named = [mn for mn in out if mn.kind == "period" and mn.governs and not mn.compare]
    opening = (mt for mt in _SAME_PERIOD.finditer(text)
               if char_before(text, mt.start()) in _OPENS_CLAUSE)  # ("" at the start too)
    return _pointing_back(out, opening, named,
                          lambda mt, mn: mn._replace(start=mt.start(), end=mt.end(), label="同期"))


# 同年10月, 当年3月, 次年5月20日: a month (or a day) of the year the text named last, or of the
# year after it
_SAME_YEAR_MONTH = re.compile(r"(?P<w>同年|当年|次年|翌年|同一年)"
                              r"(?P<m>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月"
                              r"(?:(?P<d>[12]\d|3[01]|[1-9])日)?")
_SINGLE_YEAR = ("year", "half_year", "quarter", "month", "day")


def _same_year_months(text: str, out: list[_Mention]) -> list[_Mention]:
    """``out`` with each 同年10月 (当年3月, 次年5月) dated in the year the text named last before
    it, or the year after for 次年/翌年 (2017年5月,…完成融资。同年10月,…估值2亿元: October 2017);
    with no single year named before it, nothing."""
    named = [mn for mn in out if mn.kind == "period" and not mn.compare
             and mn.granularity in _SINGLE_YEAR and mn.begin is not None]

    def make(mt: re.Match, mn: _Mention) -> _Mention:
        y = mn.begin.year + (1 if mt.group("w") in ("次年", "翌年") else 0)
        m = _small_int(mt.group("m"))
        first = _safe(y, m, int(mt.group("d") or 1))
        last = first if mt.group("d") else _safe(y, m, _last_day(y, m))
        pre = next((p for p in ("截止到", "截至", "截止") if text.endswith(p, 0, mt.start())), "")
        if pre:  # 截至同年12月3日: a stock up to that day
            return _Mention(mt.start() - len(pre), mt.end(), pre + mt.group(0), "until", "open",
                            None, last, True, last is not None)
        return _Mention(mt.start(), mt.end(), mt.group(0), "period",
                        "day" if mt.group("d") else "month", first, last, False, first is not None)
    return _pointing_back(out, _SAME_YEAR_MONTH.finditer(text), named, make)


def _years_to_date(text: str, out: list[_Mention]) -> list[_Mention]:
    """``out`` with a year followed by 截至 a day or a month of it (去年截至11月底, 今年截至6月30日,
    1997年截至10月) read as one span, from the year's first day to that day: the year to date,
    which a report's totals cover, not a stock at that day."""
    merged: list[_Mention] = []
    for mn in out:
        prev = merged[-1] if merged else None
        if prev is not None and mn.kind == "until" and prev.kind == "period" \
                and prev.granularity == "year" and prev.governs and mn.governs \
                and prev.begin is not None and mn.finish is not None \
                and mn.finish.year == prev.begin.year and mn.label.startswith(("截至", "截止")) \
                and text[prev.end:mn.start] in ("", ","):
            merged[-1] = prev._replace(end=mn.end, label=text[prev.start:mn.end],
                                       granularity="range", finish=mn.finish, cumulative=True)
            continue
        merged.append(mn)
    return merged


def _pointing_back(out: list[_Mention], matches, named: list[_Mention], make) -> list[_Mention]:
    """``out`` with ``make(match, mention)`` for each of ``matches`` that no phrase of
    ``out`` covers and that one of ``named`` (in text order) stands before: the last one."""
    if not named:
        return out
    starts = [mn.start for mn in named]
    taken = [(mn.start, mn.end) for mn in out]
    added = []
    for mt in matches:
        k = bisect.bisect_right(starts, mt.start()) - 1
        if k < 0 or any(a < mt.end() and mt.start() < b for a, b in taken):
            continue
        added.append(make(mt, named[k]))
    return sorted(out + added, key=lambda m: m.start) if added else out


# 当天, 当日, 当晚, 当夜: the day the text last named (1995年10月9日晚…当晚仅交纳3元)
_THAT_DAY = re.compile(r"当(?:天|日|晚|夜)")


def _that_days(text: str, out: list[_Mention]) -> list[_Mention]:
    """``out`` with each 当天 (当日, 当晚, 当夜) as the day the text last named before it: a
    story tells what happened that day after naming it once. With no day named before it, it
    stays no period."""
    days = [mn for mn in out if mn.granularity == "day" and mn.begin is not None]
    return _pointing_back(out, _THAT_DAY.finditer(text), days, lambda mt, day: _Mention(
        mt.start(), mt.end(), mt.group(0), "period", "day", day.begin, day.begin, False, True))


def _bulletin_year(text: str, mn: _Mention) -> bool:
    """The year that opens the title of a statistical bulletin (《2016年度…统计公报》): the
    year its figures are for, unlike a year in the title of a book or a regulation."""
    return mn.year is not None and text[mn.start - 1:mn.start] == "《" \
        and _BULLETIN_TITLE.match(text, mn.end) is not None


def _anchor_year(text: str, mn: _Mention, clock: _Clock) -> tuple[bool, int | None]:
    """(whether the phrase names the year the text is speaking of, that year when known). A
    phrase that states a time within one year does (2016年, 截至2017年底, 去年3月, 到2017年 as
    a target, the months of one year: 去年1月—10月, the year of a bulletin's title or of a
    report the text quotes: 《2017年…数据》显示); a span of years (从2012年底到2017年底 too), a
    comparison base or a date something takes effect does not."""
    if mn.year is None and mn.rel_year is None:
        return False, None
    if mn.kind not in ("period", "until") or mn.granularity == "range" and not (
            mn.begin is not None and mn.finish is not None and mn.begin.year == mn.finish.year):
        return False, None  # (months of one year, 去年1月—10月, name that year)
    if _in_title_marks(text, mn.start):
        names = mn.year is not None and (_bulletin_year(text, mn) or (
            text[mn.start - 1:mn.start] == "《" and _REPORT_SHOWS.match(text, mn.end) is not None))
        return names, mn.year
    if not mn.governs:
        if mn.compare or _TARGET_BEFORE.search(text, max(0, mn.start - 4), mn.start) is None:
            return False, None
        cs, _ = _clause(text, mn.start)
        if text.rfind("从", cs, mn.start) >= 0:
            return False, None  # the end of a span: 从2012年底到2017年底
    return True, (mn.year if mn.year is not None else clock.rel(mn.rel_year))


def _bare_years(text: str, matches: list[re.Match], found: list[_Mention], clock: _Clock
                ) -> list[_Mention]:
    """年末, 全年, 年内, 当年 read in the year the text last named before them (2016年全省…。
    …年末…: 31 December 2016), a named relative year in its year when the publication date
    fixes it. With no year named before them they are labels, never the publication year's:
    年底 in a January paper is as often the year just ended. 当年 counts only after a year
    named in its sentence or the one before; elsewhere it is mostly a story's "back then"."""
    anchors = []
    for mn in found:
        names, year = _anchor_year(text, mn, clock)
        if names:
            anchors.append((mn.start, year, mn))
    if "财年" in text:
        # a fiscal year (2018财年) is not the calendar year its 全年 would be read in
        anchors.extend((mt.start(), None, None) for mt in _FISCAL_YEAR.finditer(text))
    anchors.sort(key=lambda a: a[0])
    starts = [a[0] for a in anchors]
    out = []
    for mt in matches:
        s, e = mt.start(), mt.end()
        k = bisect.bisect_left(starts, s)
        if mt.group("that") and (not k or anchors[k - 1][0] < _previous_sentence(text, s)):
            continue  # 当年 far from any year is a story's "back then", no period
        y = anchors[k - 1][1] if k else None
        pre = mt.group("pre") or ""
        if mt.group("ye"):
            kind, gran, b, f = "until", "open", None, _safe(y, 12, 31)
        else:
            kind, gran, b, f = "period", "year", _safe(y, 1, 1), _safe(y, 12, 31)
        named = anchors[k - 1][2] if k else None
        if named is not None and named.governs and not _in_title_marks(text, named.start) \
                and (named.kind, named.begin, named.finish) == (kind, b, f) \
                and named.start >= _sentence(text, s)[0] \
                and not (out and out[-1].start > named.start):
            continue  # 2023年,…全年发放…: the year its sentence names says it already
        _, ce = _clause(text, s)
        ahead = _LOOKS_AHEAD.search(text, max(_sentence(text, s)[0], s - 6), ce) is not None
        governs = not ahead and not text.startswith(("前", "之前", "以前", "起"), e)
        if pre in ("到", "至") and (y is None or clock.year is None or y >= clock.year):
            governs = False  # 到年底: a target unless the year is past
        until = pre.startswith("截")
        out.append(_Mention(s, e, mt.group(0), "until" if until else kind,
                            "open" if until else gran, None if until else b, f, until, governs,
                            frames=not mt.group("that")))
    return out


# Spans of years a reader dates without a four-digit year: a count back from now (近3年来,
# 4年投资…), a year in two digits (从13年到15年, 98年底), a five-year plan (“九五”期间, 十三五
# 以来) and the vague ends of a century (本世纪末: a label, no dates).
_SMALL = r"[\d一二两三四五六七八九十]{1,3}"
_FLOW_AFTER = r"(?:投资|累计|共|完成|建成|新增|新建|减少|增加|增长|引进|实现|投入|发放|帮助|解决)"
_ERAS = re.compile(
    # the first-character test of the other scans is too wide here (every numeral): a number
    # must be followed by 年 or 五 right away
    r"(?=[近过最这“本上]|[从自]\d|[\d一二两三四五六七八九十]{1,3}[年五])"
    rf"(?:(?P<back>(?:最近|近|过去|这)?(?<![\d年第])(?P<n>{_SMALL})年(?:来|以来|(?={_FLOW_AFTER})))"
    r"|(?:(?P<pre>从|自)(?P<a>\d\d)年(?:到|至|—|-|~)(?P<b>\d\d)年)"
    r"|(?:(?<![\d.])(?P<c>\d\d)年(?P<ce>底|末))"
    r"|(?:“?(?P<plan>十[一二三四]|[一二三四五六七八九十])五”?(?P<pw>期间|时期|以来|末))"
    r"|(?P<century>本世纪末|本世纪初|上世纪末|上世纪初))")
# A numeral right before 年 or 五 and what must follow them: every ``_ERAS`` match but 本世纪末
# holds one (3年来, 3年以来, 3年投资: 来, 以 or a _FLOW_AFTER word's first character; 13年到15年,
# 98年底; “九五”期间, 十三五以来)
_ERA_ANCHOR = re.compile(r"[\d一二两三四五六七八九十](?=年[来以底末到至—\-~"
                         + "".join(sorted({w[0] for w in _FLOW_AFTER[3:-1].split("|")}))
                         + r"]|五”?[期时以末])")
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}
# 用5年建成, 计划3年完成: a span still ahead, not one counted back
_AHEAD = re.compile(r"(?:用|分|再|未来|今后|计划|力争|争取|将|要|需要|需)$")


def _small_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _CN_SMALL.get(s)
    if s[0] == "十":
        return 10 + _CN_SMALL.get(s[1], 0) if len(s) == 2 else None
    if len(s) in (2, 3) and s[1] == "十":
        tens = _CN_SMALL.get(s[0])
        ones = _CN_SMALL.get(s[2], 0) if len(s) == 3 else 0
        return None if tens is None else tens * 10 + ones
    return None


def _century_of(yy: int, clock: _Clock) -> int | None:
    """The year a two-digit year names: the one within 80 years before and 20 after the
    publication year; unknown without one."""
    if clock.year is None:
        return None
    for y in (2000 + yy, 1900 + yy):
        if clock.year - 80 <= y <= clock.year + 20:
            return y
    return None


def _plan_start(n: int) -> int:
    """First year of the n-th five-year plan (1953-57, 1958-62, then from 1966 on)."""
    return {1: 1953, 2: 1958}.get(n, 1966 + 5 * (n - 3))


def _era(text: str, mt: re.Match, clock: _Clock) -> _Mention | None:
    s, e, label = mt.start(), mt.end(), mt.group(0)
    if mt.group("back"):
        n = _small_int(mt.group("n"))
        if not n or n > 50 or _AHEAD.search(text, max(0, s - 4), s):
            return None
        if clock.month is None:
            return _Mention(s, e, label, "label", "unknown", None, None, True, True)
        # counted back from the publication date: the last full year before it when the page is
        # from the first half of a year, else the publication year itself
        last = clock.year - 1 if clock.month <= 6 else clock.year
        return _Mention(s, e, label, "period", "range", _safe(last - n + 1, 1, 1),
                        _safe(last, 12, 31), True, True, basis="publication_date")
    if mt.group("a"):
        a, b = _century_of(int(mt.group("a")), clock), _century_of(int(mt.group("b")), clock)
        if a is not None and b is not None and not 0 < b - a < 10:
            return None
        return _Mention(s, e, label, "period", "range", _safe(a, 1, 1), _safe(b, 12, 31), False,
                        True)
    if mt.group("c"):
        y = _century_of(int(mt.group("c")), clock)
        return _Mention(s, e, label, "until", "open", None, _safe(y, 12, 31), False, True)
    if mt.group("plan"):
        name = mt.group("plan")
        n = 10 + _CN_SMALL.get(name[1:], 0) if name.startswith("十") else _CN_SMALL[name]
        first = _plan_start(n)
        word = mt.group("pw")
        if word == "以来":
            return _Mention(s, e, label, "since", "open", _safe(first, 1, 1), None, True, True)
        if word == "末":
            return _Mention(s, e, label, "until", "open", None, _safe(first + 4, 12, 31), False,
                            True)
        return _Mention(s, e, label, "period", "range", _safe(first, 1, 1),
                        _safe(first + 4, 12, 31), False, True)
    return _Mention(s, e, label, "label", "unknown", None, None, False, True)


def _this_month(text: str, mt: re.Match, clock: _Clock) -> _Mention:
    rm = mt.group("rm")
    d = _int(mt.group("d"))
    y = m = None
    if clock.month is not None:
        y, m = clock.year, clock.month
        if rm != "本月":
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    after = text[mt.end():mt.end() + 1]
    if d:
        b = f = _safe(y, m, d) if m else None
        mn = _Mention(mt.start(), mt.end(), mt.group(0), "period", "day", b, f, False, True)
    elif mt.group("since"):
        mn = _Mention(mt.start(), mt.end(), mt.group(0), "since", "open",
                      _safe(y, m, 1) if m else None, None, True, True)
    else:
        mn = _Mention(mt.start(), mt.end(), mt.group(0), "period", "month",
                      _safe(y, m, 1) if m else None, _safe(y, m, 31) if m else None, False, True)
        if mt.group("pre") or mt.group("e"):
            mn = _Mention(mn.start, mn.end, mn.label, "until", "open", None, mn.finish,
                          bool(mt.group("pre")), True)
    if after == "起":
        mn = _Mention(mn.start, mn.end, mn.label, "effective", mn.granularity, mn.begin,
                      mn.finish, False, False)
    return mn


# -- text structure -----------------------------------------------------------------------------


def _sentence(text: str, pos: int) -> tuple[int, int]:
    return stop_span(text, pos, _SENT_END)


def _clause(text: str, pos: int) -> tuple[int, int]:
    """``stop_span(text, pos, _CLAUSE_END)``, read off the text near ``pos`` when a clause
    break stands within ``_NEAR_CLAUSE`` characters on each side (most figures: listing an
    article's clause breaks, one match each, cost more than all its figures' clauses read
    here); else from the breaks listed once and bisected, so that a text without breaks is
    not read again for each position in it."""
    if 0 <= pos <= len(text):
        lo, hi = max(0, pos - _NEAR_CLAUSE), pos + _NEAR_CLAUSE
        before = _UP_TO_LAST_CLAUSE_END.match(text, lo, pos)
        after = _CLAUSE_END.search(text, pos, hi)
        if (before is not None or lo == 0) and (after is not None or hi >= len(text)):
            return (before.end() if before is not None else 0,
                    after.start() if after is not None else len(text))
    return stop_span(text, pos, _CLAUSE_END)


def _previous_sentence(text: str, pos: int) -> int:
    """Where the sentence before the one at ``pos`` starts (its own start when it is first)."""
    s, _ = _sentence(text, pos)
    return _sentence(text, s - 1)[0] if s > 0 else 0


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    return stop_span(text, pos, _PARAGRAPH_END)


# What may stand before a phrase that still opens its sentence: a connective, a source
# (据统计, 据了解, 另据介绍), or a short kicker run into the paragraph (房改:亮点不少1997年,…).
_LEAD_IN = re.compile(r"[\s“\"●■◆▲△□○◇·-]*"
                      # a dateline (本报讯, 本报北京1月4日电), then a lead-in, if any
                      r"(?:(?:本报|新华社|中新社)[^,。;:\s]{0,14}?(?:讯|电)\s*)?"
                      r"(?:在|于|而|但|另外|此外|同时|"
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


def _opens_sentence(text: str, mn: _Mention) -> bool:
    """The phrase is the first clause of its sentence (``去年,…`` / ``2024年以来,我市…``),
    so it frames what the following sentences of the paragraph report. What comes before it
    in its sentence is matched where it stands, not copied out: a copy from the sentence's
    start for each phrase made a line of thousands of phrases quadratic."""
    s, e = _sentence(text, mn.start)
    bare = _BLANK.fullmatch(text, s, mn.start) is not None
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
        re.match(r"^[^,。;]{0,4}[,,]", text[mn.end:mn.end + 6]) is not None


# what a record is said to be, a few characters after the span it is the record of
_RECORD_AFTER = re.compile(r"[^,，。;；:：]{0,8}?(?:最[多高好大低少快佳长早]|之最|新高|新低|纪录)")


# between a year and a share of a whole of that year: 1996年|人均纯收入的|3.63%, after the verb
# that says the figure is a share of it (仅为, 占, 相当于); 1960年—1983年间占…的8% is the span's
_OF_BASE = re.compile(r"[^,，。;；:：]{1,12}的")
_SHARE_VERB = re.compile(r"(?:为|占|是|相当于|达到|只有|不到|超过)$")


# a subject that names a whole (全国, 全省, 我市, 该县): a year written right before it, with no
# comma, still heads the statement and what the paragraph goes on to report of that whole;
# before the year may stand a dateline (本报讯), a speaker or a source (局长介绍, 记者了解到)
_SAID = re.compile(r"(?:[^,。;:\s]{0,16}?(?:讯|电)\s*)?"
                   r"(?:[^,。;:]{0,16}?(?:介绍|说|表示|指出|透露|宣布|报告|了解到|获悉)[,:]\s*)?")
_SCOPE_SUBJECT = re.compile(r"(?:全|我|本|该)(?:国|省|市|县|区|州|盟|旗|乡|镇|村|行|厂|公司|系统)")


# -- assigning periods --------------------------------------------------------------------------


# between the time an age is told for and the age (今年58岁, 1965年，37岁的韩济生)
_AGE_GAP = re.compile(r"[,，]?")


def _year_of_age(text: str, fig: Figure, phrases: _Phrases) -> _Mention | None:
    """The year (month, day) an age is told for, written right before it: 俞福柏今年58岁 is 58
    in the publication year, 1965年，37岁的韩济生 was 37 then. Only right before it: an age
    has no period otherwise (it measures time itself)."""
    pos = fig.char_start
    for mn in reversed(phrases.starting_in(max(0, pos - 12), pos)):
        if mn.governs and mn.kind == "period" and mn.begin is not None \
                and mn.granularity in ("year", "month", "day") and _AGE_GAP.fullmatch(text, mn.end, pos):
            return mn
    return None


def _own(figure: Figure) -> bool:
    """Durations and ages measure time themselves; their period would be meaningless."""
    return figure.unit in _DURATION_UNITS


class _Phrases:
    """An article's period phrases, in text order, for the questions each figure asks: those
    of its sentence, and the last one before it in its paragraph that opens a sentence. Both
    are found by bisecting, and which phrases open a sentence is settled once per article:
    scanning the article's phrases for each figure made a long article quadratic."""

    def __init__(self, text: str, mentions: list[_Mention]):
        self.text = text
        self._all = TextOrder(mentions)
        self._openers: TextOrder | None = None
        self._governing: TextOrder | None = None
        self._frames: TextOrder | None = None
        self._anchors: TextOrder | None = None
        self._breakers: TextOrder | None = None

    def starting_in(self, lo: int, hi: int) -> list[_Mention]:
        """The phrases that start in [lo, hi), in text order."""
        return self._all.starting_in(lo, hi)

    def _governing_order(self) -> TextOrder:
        if self._governing is None:
            self._governing = TextOrder([m for m in self._all.items if m.governs])
        return self._governing

    def last_governing(self, lo: int, hi: int) -> _Mention | None:
        """The last governing phrase that starts and ends in [lo, hi]."""
        return self._governing_order().last_within(lo, hi)

    def first_frame_after(self, lo: int, hi: int) -> _Mention | None:
        """The first governing period or until of a year, half-year, quarter or range that
        starts and ends in [lo, hi]. Those phrases are listed once: reading every governing
        phrase after each figure of a clause (a run of figures before a run of months) was
        quadratic."""
        if self._frames is None:
            self._frames = TextOrder([m for m in self._governing_order().items
                                      if m.kind in ("period", "until")
                                      and m.granularity in ("year", "half_year", "quarter", "range")])
        return self._frames.first_within(lo, hi)

    def named_year_before(self, pos: int, clock: _Clock) -> int | None:
        """The year the text last named before ``pos`` (see ``_anchor_year``), when known."""
        if self._anchors is None:
            self._anchors = TextOrder([m for m in self._all.items
                                       if _anchor_year(self.text, m, clock)[0]])
        mn = self._anchors.last_starting_in(0, pos)
        return None if mn is None else _anchor_year(self.text, mn, clock)[1]

    def breaker_within(self, lo: int, hi: int, frame: _Mention | None) -> _Mention | None:
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
            if span is None or (mn.begin, mn.finish) != span:
                return mn
        return None

    def last_opener(self, lo: int, hi: int) -> _Mention | None:
        """The last phrase starting in [lo, hi) that opens its sentence."""
        if self._openers is None:
            self._openers = TextOrder([m for m in self._all.items
                                       if m.frames and _opens_sentence(self.text, m)])
        return self._openers.last_starting_in(lo, hi)


# what stands between the year a change starts from and its value (由1996年的1.8%, 从去年的约5%)
_VALUE_OF = re.compile(r"的(?:约|近|将近|超过|不到|不足)?")
_VALUE_REACH = 12  # characters from such a year's start to its value: 由1993年底的, 从去年同期的
# a count right before a date: the date is part of what is counted (4张8月12日演唱会门票)
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千]\s*[张个间场份套件台辆只]\Z")


def _for_figure(text: str, fig: Figure, phrases: _Phrases, headline_end: int,
                previous: list[tuple[int, int, Period | None]], sentence: tuple[int, int],
                clause: tuple[int, int]) -> tuple[_Mention | Period | None, str | None]:
    """The phrase that frames the figure, or the period of the figure it continues, and
    where it was found (the ``period_basis``: clause, sentence, paragraph, ...).
    ``sentence`` and ``clause`` are the figure's (``_sentence``, ``_clause``)."""
    pos = fig.char_start
    s, e = sentence
    cs, ce = clause
    for mn in phrases.starting_in(max(cs, pos - _VALUE_REACH), pos):
        if mn.starts_change and _VALUE_OF.fullmatch(text, mn.end, pos):
            return mn, "clause"  # 由1996年的1.8%: the value the change starts from, of its year
    # The phrases are looked up by bisecting, the clause's words among the text's matches:
    # a sentence of thousands of figures (a table run together) is not read again per figure.
    # A governing phrase that ends before the figure cannot overlap it.
    last = phrases.last_governing(s, pos)
    if last is not None and fig.unit in _RATIO_UNITS and last.start >= cs \
            and _SHARE_VERB.search(text, max(cs, last.start - 3), last.start) \
            and _OF_BASE.fullmatch(text, last.end, pos):
        # 农民负担仅为1996年人均纯收入的3.63%: the year of the whole the share is of, not the
        # share's; the period the sentence opened with dates it
        last = phrases.last_governing(s, last.start)
    if last is not None and last.granularity == "range" \
            and (last.begin is None or last.finish is None or last.begin.year != last.finish.year) \
            and _rfind(text, last.end, pos, "分别") >= 0:
        # 2014年至2017年…分别为1.03亿元、1.74亿元: one year each, unknown which (a span within a
        # year, 今年1至9月…分别增长5%和6%, is each figure's)
        return None, None
    part = _rfind(text, last.end if last is not None else s, pos, "其中")
    if part >= 0:
        # 其中: a breakdown of the figure just before it, so the same period.
        whole = _last_figure(previous, part)
        if whole is not None and whole[1] == s:
            return whole[2], "inferred"
    if last is not None:
        return last, "clause" if last.start >= cs else "sentence"
    after = phrases.first_frame_after(fig.char_end, ce)
    if after is not None:
        return after, "clause"
    # Nothing in the sentence: inherit, for outcome figures only, and not for a figure its
    # own clause sets as a target (到2000年…15%的目标).
    if s < headline_end or fig.role == "parameter" or _search(text, cs, ce, _NO_INHERIT):
        return None, None
    if any(m.kind in ("period", "until") and not m.governs and not m.compare
           for m in phrases.starting_in(cs, pos)):
        return None, None
    if _CONTINUES.match(text[s:min(e, s + 64)].lstrip("“\" ")):
        earlier = _last_figure(previous, s, _sentence_of)
        if earlier is not None:
            return earlier[2], "inferred"
    ps, _ = _paragraph(text, pos)
    frame = phrases.last_opener(ps, s)
    basis = "paragraph"
    if frame is not None and (not _reaches(text, frame, s, phrases)
                              or _search(text, s, pos, _NOW_AGAIN) is not None):
        return None, None  # a later year, a new scene or 目前 took over (不久前 in its own sentence too)
    if frame is not None and _is_event(text, frame):
        if dimension_of(fig.unit) in _STORY_DIMENSIONS \
                and phrases.breaker_within(s, pos, None) is None:
            return frame, "dated_context"
        return None, None
    if frame is None and dimension_of(fig.unit) in _STORY_DIMENSIONS \
            and phrases.breaker_within(s, pos, None) is None:
        story = _story_frame(text, ps, s, phrases)
        if story is not None:
            return story, "dated_context"
    if frame is None:
        frame, basis = _list_frame(text, ps, phrases), "dated_context"
    if frame is None and headline_end > 0:
        frame, basis = _heading_frame(phrases, headline_end), "heading"
    if frame is None:
        return None, None
    # A later sentence that opens with a day or an effective date starts a new scene: the
    # earlier frame no longer holds, and a day is too narrow to carry over.
    if not frame.governs or frame.kind == "effective" or frame.granularity in ("day", "month"):
        return None, None
    return frame, basis


# What happens in a story: sums, people, things, weights. A share or a rate is mostly a general
# statement (99%的时间), an area or a length a standing fact of the scene (总面积41万亩).
_STORY_DIMENSIONS = frozenset({"currency", "person", "person_time", "count", "weight"})
# How many paragraphs a dated story may run on after the one its date opens
_STORY_PARAGRAPHS = 3
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
_NOW_AGAIN = re.compile(r"[现如眼当不前近日](?<![从今][现如眼当])(?:(?<=现)在|(?<=如)今|(?<=眼)下|(?<=当)前|"
                        r"(?<=不)久前|(?<=前)不久|(?<=近)日|(?<=日)前)")


# The time of day that makes a day the scene of a story (1月3日晚, 去年10月20日下午): a day
# without one is mostly when something was announced (10月29日,某公司发布…), and what the
# announcement reports is not that day's.
_TIMES_OF_DAY = ("凌晨", "清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "晚间",
                 "夜间", "夜里", "深夜", "晚", "夜", "早", "午", "许")
_CLOCK_TIME = re.compile(r"\d{1,2}(?:时|点)")


def _is_event(text: str, mn: _Mention) -> bool:
    """A day and its time that open a story (去年10月20日下午,… / 1月3日晚,…): the figures of
    the story that follows (the sum lost, the people involved) happened that day."""
    return mn.governs and mn.kind == "period" and mn.granularity == "day" \
        and mn.begin is not None and (text.startswith(_TIMES_OF_DAY, mn.end)
                                      or _CLOCK_TIME.match(text, mn.end) is not None)


def _reaches(text: str, frame: _Mention, hi: int, phrases: _Phrases) -> bool:
    """Whether the frame still holds at ``hi``: no other time (a year, a day, 目前, 近年来) is
    named between them, and the text does not come back to now (现在, 如今). A year that opens
    a paragraph of run-together web text otherwise dated a whole life story."""
    lo = _sentence(text, frame.start)[1]  # what the frame's own sentence says is its own
    if lo >= hi:
        return True
    if phrases.breaker_within(lo, hi, frame) is not None:
        return False
    if _search(text, lo, hi, _NOW_AGAIN) is not None:
        return False
    return not _is_event(text, frame) or _search(text, lo, hi, _GENERAL) is None


def _story_frame(text: str, ps: int, s: int, phrases: _Phrases) -> _Mention | None:
    """The day that opened a story in one of the paragraphs before (a story runs on over a few
    paragraphs), when nothing between has taken over."""
    start = ps
    for _ in range(_STORY_PARAGRAPHS):
        if start <= 0:
            return None
        prev, _ = _paragraph(text, start - 1)
        frame = phrases.last_opener(prev, start)
        if frame is not None:
            return frame if _is_event(text, frame) and _reaches(text, frame, s, phrases) else None
        if phrases.breaker_within(prev, start, None) is not None:
            return None
        start = prev
    return None


def _heading_frame(phrases: _Phrases, headline_end: int) -> _Mention | None:
    """The year the headline names (2024年全市新增就业12万人 over the story): the last
    governing phrase of the headline lines that states a year or a span of years."""
    for mn in reversed(phrases.starting_in(0, headline_end)):
        if mn.governs and mn.year is not None and mn.kind in ("period", "until") \
                and mn.granularity in ("year", "range", "half_year", "quarter", "open") \
                and not _PLANNED_AFTER.match(phrases.text, mn.end):
            return mn
    return None


# a headline's year with what will happen in it (二〇〇〇年长城将竖立倒计时钟): a plan's year,
# which dates no figure of the story
_PLANNED_AFTER = re.compile(r"[^\n,，。]{0,10}?(?:将|拟|计划|预计)")


# (a leader of dashes, ———加强…, marks the items of a list in many papers)
_ITEM = re.compile(r"[\s ]*(?:[●■◆▲△□◇○◎★☆·•]|—{2,}|-{2,}|[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|"
                   r"\d{1,2}[、.](?!\d))")


def _list_frame(text: str, ps: int, phrases: _Phrases) -> _Mention | None:
    """The dated phrase that introduces the list the paragraph at ``ps`` is an item of:
    1997年,…局部亮点不少。/●住房公积金制度初步建立…/●租金改革…: the items report the year the
    introduction names. Walks back over the items before it to the paragraph that is no item,
    and takes the phrase that opens one of its sentences."""
    if not _ITEM.match(text, ps):
        return None
    start = ps
    while start > 0:
        prev, _ = _paragraph(text, start - 1)
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


# Spans longer than this are searched among the text's matches, listed once and bisected:
# reading a clause of thousands of figures again for each figure (a table run together) was
# quadratic. A news clause is read directly, which costs less than listing an article's matches.
_LONG_SPAN = 400


def _search(text: str, lo: int, hi: int, pattern: re.Pattern) -> re.Match | None:
    """``pattern.search(text[lo:hi])``, for a pattern no match of which reaches across ``lo``."""
    if hi - lo <= _LONG_SPAN:
        return pattern.search(text, lo, hi)
    return first_match_in(text, lo, hi, pattern)


def _rfind(text: str, lo: int, hi: int, word: str) -> int:
    return text.rfind(word, lo, hi) if hi - lo <= _LONG_SPAN else last_start_before(text, lo, hi, word)


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


def _period(text: str, fig: Figure, mn: _Mention | Period | None, clause: tuple[int, int]
            ) -> Period | None:
    if isinstance(mn, Period):
        return mn
    cs, ce = clause  # the figure's
    ratio = fig.unit in _RATIO_UNITS
    marker = _search(text, cs, ce, _CUMULATIVE)
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
    phrases = _Phrases(text, find_mentions(text, published_on))
    clock = _Clock(published_on)
    headline_end = article.body_start
    # (asked of each figure; a search of the whole text each time)
    consecutive = "连续" in text
    previous: list[tuple[int, int, Period | None]] = []
    # the periods of the figures written so, in order, for a figure pointing back (这250名)
    dated: dict[str, list[tuple[int, Period]]] = {}
    ordered = sorted(figures, key=lambda f: f.char_start)
    starts = [f.char_start for f in ordered]
    for fig in ordered:
        # the figure's sentence and clause, found once for the rules below (each a lookup of
        # the text's stops: five per figure when every rule found its own)
        sentence = _sentence(text, fig.char_start)
        clause = _clause(text, fig.char_start)
        if _own(fig) or fig.qualifier in _THRESHOLDS:
            fig.period = fig.period_basis = None
            span = next(iter(phrases.starting_in(fig.char_start, fig.char_start + 1)), None)
            if span is not None and span.basis == "publication_date" and span.begin:
                # 4年投资…: the duration is itself the span of years counted back
                fig.period, fig.period_basis = span.period(), span.basis
            elif fig.unit == "岁" and (year := _year_of_age(text, fig, phrases)) is not None:
                fig.period, fig.period_basis = year.period(), "clause"
            elif fig.unit == "年" and fig.value_max is None:
                _span_of_years(text, fig, phrases)
                if fig.period is None and consecutive:
                    fig.period = _consecutive_years(text, fig.char_start, phrases, clock)
                    fig.period_basis = "clause" if fig.period is not None else None
            continue
        mn, basis = _for_figure(text, fig, phrases, headline_end, previous, sentence, clause)
        if isinstance(mn, _Mention) and mn.basis:
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
            if back is not None:
                fig.period, fig.period_basis = back, "inferred"
        _compare(text, fig, phrases, clock, clause)
        previous.append((fig.char_start, sentence[0], fig.period))
        if fig.period is not None:
            dated.setdefault(fig.surface, []).append((fig.char_start, fig.period))
    if "分别" in text:
        _respective_years(text, ordered, starts, phrases)
    _headline_repeats(figures, headline_end)


# what may join the years of one list (2018年、2019年和2020年)
_YEAR_GLUE = re.compile(r"[、,，和及与\s]*|以及")


def _respective_years(text: str, ordered: list[Figure], starts: list[int],
                       phrases: _Phrases) -> None:
    """2018年、2019年和2020年的净利润分别不低于8.88亿元、10.69亿元和12.71亿元; 1996年至1998年…
    分别为…: the figures after 分别 take the years listed before it, one each in order, when
    there are as many figures as years (the run pairs them by rank, as it pairs places)."""
    k = text.find("分别")
    while k >= 0:
        s, e = _sentence(text, k)
        years = _listed_years(text, phrases.starting_in(s, k))
        run = ordered[bisect.bisect_left(starts, k):bisect.bisect_left(starts, e)]
        if years and len(run) == len(years):
            for fig, (begin, finish, label) in zip(run, years):
                fig.period = Period(label, begin, finish, "year", False)
                fig.period_basis = "clause"
        k = text.find("分别", e)


def _listed_years(text: str, mentions: list[_Mention]) -> list[tuple[date, date, str]]:
    """The whole years of one list or one span of years among ``mentions`` (the sentence's
    phrases before 分别), each (start, end, label); [] when they are no such list."""
    spans = [m for m in mentions if m.kind == "period" and _whole_years(m)]
    if len(spans) == 1 and spans[0].finish.year > spans[0].begin.year:
        m = spans[0]  # 1996年至1998年: each year of the span
        return [(date(y, 1, 1), date(y, 12, 31), f"{y}年")
                for y in range(m.begin.year, m.finish.year + 1)]
    if len(spans) < 2 or any(m.finish.year != m.begin.year for m in spans):
        return []
    for a, b in zip(spans, spans[1:]):
        if _YEAR_GLUE.fullmatch(text, a.end, b.start) is None:
            return []  # not one list: years written apart
    return [(m.begin, m.finish, m.label) for m in spans]


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


# 连续三年, 三年连续: the years counted back from the year the text speaks of
_CONSECUTIVE = re.compile(r"连续([0-9一二两三四五六七八九十]{1,3})年(?!代|级|度)|([0-9一二两三四五六七八九十]{1,3})年连续")


def _consecutive_years(text: str, pos: int, phrases: _Phrases, clock: _Clock) -> Period | None:
    """北京市在过去的一年里…地方财政收入增幅连续三年保持在20%以上: the figure's clause counts
    years back from the year the text last named (1997), so the span is 1995-1997; the duration
    (三年) itself is that span too. No year named before it: no span."""
    cs, ce = _clause(text, pos)
    m = _CONSECUTIVE.search(text, cs, ce)
    if m is None:
        return None
    n = parse_number(m.group(1) or m.group(2))
    year = phrases.named_year_before(m.start(), clock)
    if not n or n != int(n) or not 1 < n <= 30 or year is None:
        return None
    return Period(m.group(0), _safe(year - int(n) + 1, 1, 1), _safe(year, 12, 31), "range")


def _span_of_years(text: str, fig: Figure, phrases: _Phrases) -> None:
    """从2013年到2015年分三年完成: a duration that counts the years of the span its sentence
    names is that span."""
    s, _ = _sentence(text, fig.char_start)
    span = phrases.last_governing(s, fig.char_start)
    if span is not None and span.granularity == "range" and span.begin and span.finish \
            and span.finish.year - span.begin.year + 1 == fig.value \
            and (span.begin.month, span.begin.day, span.finish.month) == (1, 1, 12):
        fig.period = span.period()
        fig.period_basis = "clause" if _clause(text, fig.char_start)[0] <= span.start else "sentence"


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


# -- comparisons --------------------------------------------------------------------------------

# 同比 / 比上年同期: the same span one year before the figure's own
_SAME_SPAN_BEFORE = re.compile(r"同比|(?:比|较|与)上年同期")
# the comparison opens the clause after the figure: 产值100亿元,比上年增长8%
_COMPARE_OPENS = re.compile(r"[,,]\s*(?:比|较|与|同)")


# Between a comparison base and a figure that is that base's value: 比上年的|38888.39亿元
_IS_BASE = re.compile(r"(?:同期)?的")
_FROM = re.compile(r"^(?:截至|截止到?|截止至|自从|自|从)")
# (财季, Q3, 财年: a company's quarter or fiscal year is no calendar year either)
_PART_OF_YEAR = re.compile(r"季|上半年|下半年|前\d+个?月|\d{1,2}(?:-|—|~|至|到)?\d{0,2}月|[一二三四五六七八九十]+月|"
                           r"以来|春节|假期|期间|财年|(?<![A-Za-z])[QH][1-4](?![\dA-Za-z])")


def _shift(p: Period, years: int, label: str | None = None) -> Period | None:
    """The same span ``years`` later (earlier when negative)."""
    if p.end is None:
        return None
    start = None if p.start is None else _safe(p.start.year + years, p.start.month, p.start.day)
    end = _safe(p.end.year + years, p.end.month, p.end.day)
    if label is None and p.granularity == "year":
        label = f"{end.year}年"
    elif label is None and p.start is None:
        label = f"{end.year}年末" if (end.month, end.day) == (12, 31) else None
    return Period(label, start, end, p.granularity, False)


def _year(y: int | None, label: str | None = None) -> Period | None:
    if y is None:
        return None
    return Period(label or f"{y}年", _safe(y, 1, 1), _safe(y, 12, 31), "year", False)


def _compare(text: str, fig: Figure, phrases: _Phrases, clock: _Clock,
             clause: tuple[int, int]) -> None:
    """比上年增长8%, 较2023年同期增长8.5%, 产值100亿元,同比增长5%: record the base the figure is
    compared with (``compared_to``) and, when nothing else dates the figure, date it to the
    period after the base (the compared year + 1; 比上年 with no year: the year before the
    publication year, the base the one before that). ``clause``: the figure's."""
    cs, ce = clause
    lo, hi = cs, fig.char_start
    if _COMPARE_OPENS.match(text, ce):
        # the figure the next clause compares: 收入100亿元,比上年增长8%
        _, next_end = _clause(text, ce + 1)
        lo, hi = ce, next_end
    bases = [m for m in phrases.starting_in(lo, hi) if m.compare]
    base = bases[-1] if bases else None
    same_span = _SAME_SPAN_BEFORE.search(text, lo, hi) if hi - lo <= _LONG_SPAN else None
    if base is None and same_span is None:
        return
    own = fig.period if fig.period is not None and fig.period.end is not None else None
    previous_year = base is not None and base.label.startswith("上年") or \
        base is None and same_span is not None
    between = _IS_BASE.fullmatch(text, base.end, fig.char_start) if base is not None else None
    if between and own is not None:
        # 比上年的38888.39亿元: the figure is the base itself, of the period compared with; 去年同期的
        # 3650万美元: the figure's own span, as many years before as the base says
        back = -1 if previous_year else None
        if base.year is not None and own.end is not None:
            back = base.year - own.end.year
        elif base.rel_year is not None and clock.year is not None and own.end is not None:
            back = clock.year + base.rel_year - own.end.year
        if between.group(0).startswith("同期"):
            base_period = _shift(own, back, None if own.granularity == "year"
                                 else _FROM.sub("", base.label) + "同期") if back else None
        else:
            base_period = _shift(own, -1) if previous_year else \
                (base.period() if base.begin is not None or base.finish is not None else None)
        if base_period is not None:
            fig.period, fig.compared_to, fig.period_basis = base_period, None, "comparison"
        return
    if own is not None:
        if previous_year:
            fig.compared_to = _shift(own, -1, None if own.granularity in ("year", "open")
                                     else "上年同期")
        elif base.begin is not None:
            fig.compared_to = base.period()
        return
    if fig.period is not None and fig.period.label:
        return  # dated by a phrase the publication date cannot resolve: leave it so
    if base is not None and base.starts_change:
        # 由1992年的12%下降到2%: the change's start is known, its end is not said (now, most
        # often, not the year after)
        if base.begin is not None or base.finish is not None:
            fig.compared_to = base.period()
        return
    s, _ = _sentence(text, fig.char_start)
    if _PART_OF_YEAR.search(text, s, hi):
        return  # 一季度…较2023年同期: a part of a year the text does not date; no whole year
    if base is not None and base.year is not None and base.begin is not None:
        fig.compared_to = base.period()
        fig.period = _shift(fig.compared_to, 1)
    elif previous_year and base is not None and clock.year is not None:
        if base.kind == "until":
            # 余额…比上年末增加: the balance at the end of the year before the publication year
            fig.period = Period(f"{clock.year - 1}年末", None, _safe(clock.year - 1, 12, 31),
                                "open", False)
            fig.compared_to = Period("上年末", None, _safe(clock.year - 2, 12, 31), "open", False)
        else:
            fig.period, fig.compared_to = _year(clock.year - 1), _year(clock.year - 2, "上年")
    elif previous_year and base is not None and clock.year is None \
            and (named := phrases.named_year_before(fig.char_start, clock)) is not None:
        # a page without a publication date: 上年 is the year before the one the text named
        # (2017年,全省…。…比上年增长6.8%)
        if base.kind == "until":
            fig.period = Period(f"{named}年末", None, _safe(named, 12, 31), "open", False)
            fig.compared_to = Period("上年末", None, _safe(named - 1, 12, 31), "open", False)
        else:
            fig.period, fig.compared_to = _year(named), _year(named - 1, "上年")
    elif base is not None and base.rel_year is not None and base.begin is not None:
        fig.compared_to = base.period()
        fig.period = _shift(fig.compared_to, 1)
    if fig.period is not None:
        fig.period_basis = "comparison"


# -- publication date ---------------------------------------------------------------------------

# The year opens the pattern and the look-behind follows its four digits ((?<![\d.]\d{4}):
# no digit or point before the year, as a look-behind in front would say): a pattern that opens
# with 19|20 lets ``re`` skip in C to the next 1 or 2, where one opening with a look-ahead or a
# look-behind was tried at every character of every page (the scans took twice as long).
_FULL_DATE = re.compile(r"((?:19|20)\d\d)(?<![\d.]\d{4})年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日")
_ISSUE_DATE = re.compile(_FULL_DATE.pattern + r"\s*(?:星期|周|礼拜)[一二三四五六日天]")
# A web page's time stamp near its top: 2025-01-21 08:30 / 发布时间:2025/01/21
_STAMP = re.compile(r"(?=[\s12])(?:(?<=[::])\s*|(?<![\d.\-/]))((?:19|20)\d\d)[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12]\d|0?[1-9])"
                    r"(?=\s+\d{1,2}:\d\d|\s*$|\s*\n)")
# what every _STAMP match holds: a year and the separator after it
_STAMP_YEAR = re.compile(r"(?:19|20)\d\d[-/.]")
_DATELINE = re.compile(r"(?:社|报|网|台|电视台|日报|晚报)[\u4e00-\u9fff]{0,8}?"
                       r"(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日(?:电|讯|消息)")
_APPOSITION = re.compile(r"(今年|去年|前年)\(((?:19|20)\d\d)年?\)|((?:19|20)\d\d)年\((今年|去年)\)")
# A reported quantity, roughly: a number and the one or two characters after it, but not a
# year, month, day or clock time (2020年 under two different years proves nothing).
# (Written to open with a digit, the look-behind checking the character before that first digit:
# ``re`` then skips to the digits in C, where a pattern opening with a look-ahead or look-behind
# is tried at every character. At the text's first character the look-behind cannot match.)
# (The number is group 1: the rest holds no digit, so its digits are the token's.)
_TOKEN = re.compile(r"(\d(?<![\d.]\d)\d*(?:\.\d+)?)(?:万|亿)?(?![年月日号时点分秒周])"
                    r"[\u4e00-\u9fff%]{1,2}")


def _clean_token(mt: re.Match) -> str | None:
    """The token of a ``_TOKEN`` match, or None when it is too plain to tell anything."""
    number = mt.group(1)
    digits = number.replace(".", "").strip("0")
    # Short round numbers repeat by chance (5个, 100%, 2000人); 12198人次 or 8.6万人 hardly do.
    return mt.group(0) if len(digits) >= 3 or ("." in number and len(digits) >= 2) else None


def _year_votes(page: str, articles: list[Article]) -> Counter:
    """Years the page itself fixes as its own.

    Two kinds of evidence: an apposition (``去年(2024年)``), and the same figure reported
    once under a relative year and once under an explicit one (headline ``去年…12198人次``,
    body ``2024年,…补助12198人次``): then 去年 is 2024 and the page is from 2025.
    """
    votes: Counter = Counter()
    # both shapes hold 年( and most pages none: the scan is skipped then
    for mt in _APPOSITION.finditer(page) if "年(" in page else ():
        if mt.group(1):
            votes[int(mt.group(2)) - _REL_YEAR[mt.group(1)]] += 2
        else:
            votes[int(mt.group(3)) - _REL_YEAR[mt.group(4)]] += 2
    seen: dict[str, set[tuple[str, int]]] = {}
    texts = [a.text for a in articles] or [page]
    for text in texts:
        if "年" not in text:
            continue  # every year phrase holds 年 (as _scan knows): no pair can be made
        tokens = [(mt.start(), tok) for mt in _TOKEN.finditer(text)
                  if (tok := _clean_token(mt)) is not None]
        # Reading the phrases costs more than the rest of the date rules: skipped when no
        # token or no year phrase could make a pair (only year phrases carry a year).
        if not tokens or not any(mt.group("y") or mt.group("ry") for mt in _scan(text)[0]):
            continue
        # the phrases that may govern a token, in text order: a token's is the last one of its
        # sentence before it, found by bisecting rather than by reading all of them per token
        mentions = TextOrder([m for m in find_mentions(text)
                              if (m.year is not None or m.rel_year is not None)
                              and m.governs and m.kind in ("period", "until")])
        if not mentions.items:
            continue  # (no phrase to govern a token: no sentence need be looked up)
        first = mentions.starts[0]
        for pos, tok in tokens:
            if pos < first:
                continue  # before the first phrase: none of its sentence precedes it
            s, _ = _sentence(text, pos)
            g = mentions.last_within(s, pos)
            if g is None:
                continue
            key = ("abs", g.year) if g.year is not None else ("rel", g.rel_year)
            seen.setdefault(tok, set()).add(key)
    for keys in seen.values():
        abs_years = {v for k, v in keys if k == "abs"}
        rels = {v for k, v in keys if k == "rel"}
        if len(abs_years) == 1 and len(rels) == 1:
            votes[next(iter(abs_years)) - next(iter(rels))] += 1
    return votes


# A full date the page reports as past; schedules and deadlines (将于2025年3月1日, 2025年3月1日起,
# 2025年3月1日前) say nothing about when the page was printed.
_FUTURE_BEFORE = re.compile(r"(?:将|将于|定于|拟于|计划|预计|预定|时间为|有效期至|(?<!截)(?<!截止)至|(?<!截止)到|前往)$")
_FUTURE_AFTER = re.compile(r"^(?:前|之前|以前|起|开始|施行|实施|生效|截止|到期|至|到|—|-)")


_UNTIL_FRESH_DAYS = 62
_UNTIL_WORD = r"(?:截至|截止至|截止到|截止)"
_UNTIL_END = re.compile(_UNTIL_WORD + r"((?:19|20)\d\d)年(?:(1[0-2]|0?[1-9])月)?(?:底|末)")
_UNTIL_DAY = re.compile(_UNTIL_WORD + _FULL_DATE.pattern)


def _cutoffs(page: str) -> list[date]:
    """The days a page says its figures stand at: 截至2025年2月4日, 截至2025年末 (31 December),
    截至2024年12月底 (the month's last day)."""
    days = [_safe(*(int(x) for x in mt.groups())) for mt in _UNTIL_DAY.finditer(page)]
    for mt in _UNTIL_END.finditer(page):
        y, m = int(mt.group(1)), int(mt.group(2) or 12)
        days.append(date(y, m, _last_day(y, m)))
    return [d for d in days if d]


def _past_dates(page: str) -> list[date]:
    out = []
    for mt in _FULL_DATE.finditer(page):
        if _FUTURE_BEFORE.search(page[max(0, mt.start() - 4):mt.start()]) or \
                _FUTURE_AFTER.match(page[mt.end():mt.end() + 2]):
            continue
        d = _safe(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)))
        if d:
            out.append(d)
    return out


_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0", "O": "0"}
# (one numeral, then three: a pattern opening with a repeat gives ``re`` no first character to
# skip to, one opening with a class does)
_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九][〇○零一二三四五六七八九]{3}(?=年)")
_CN_MD = re.compile(r"(?<=年)(十[一二]?|[一二三四五六七八九])月(三十一?|二十[一二三四五六七八九]?|"
                    r"十[一二三四五六七八九]?|[一二三四五六七八九])日")


def _cn_number(s: str) -> str:
    """十二 -> 12, 二十一 -> 21, 三十 -> 30 (months and days only)."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return str((int(_CN_DIGIT[tens]) if tens else 1) * 10 + (int(_CN_DIGIT[ones]) if ones else 0))


def _arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals (二〇二五年一月二十一日, common in mastheads and
    formal headers) rewritten in digits, for the publication-date rules only (offsets change)."""
    if not _CN_YEAR.search(text):
        return text
    text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), text)
    return _CN_MD.sub(lambda m: f"{_cn_number(m.group(1))}月{_cn_number(m.group(2))}日", text)


# How far into a page its lead runs: the headline and the first sentence or two of the story.
_LEAD_CHARS = 200
# What may stand before a date that leads a story: the start of a line, a bracket, and a kicker
# naming the source (新浪教育讯, 本报北京电, 记者王伟深圳报道, 导语:, 编者按:). A date opening a later
# sentence is mostly a story's past (…宣布李咏去世。2017年8月9日,哈文曾发文…).
_LEAD_DATE = re.compile(
    r"^[ \u3000]*(?:\(|[^,。!?;:\n()]{0,16}?(?:讯|电|报道|消息|导语|编者按|按)"
    r"[: \u3000]*|[^,。!?;:\n()]{0,12}?记者[\u4e00-\u9fff]{0,4}?[ \u3000]*)?"
    r"(?P<date>" + _FULL_DATE.pattern + r")(?=[, \u3000)]|电|讯|消息|从|获悉|了解到)", re.M)
_YEAR_WORD = re.compile(r"((?:19|20)\d\d)(?<![\d.]\d{4})年")  # (written as _FULL_DATE is)


def _lead_date(page: str) -> date | None:
    """The day a story's lead states as its own (新浪教育讯 2018年3月5日,记者…获悉 / (2018年11月6日,
    中国上海)今日,…): a web page with no issue date says when it was written there, as a reader
    takes it. Not when the page reports a later day, or a later year not as a plan (1986年3月28日,
    她出生于…。…2016年…): then the lead tells a story of the past."""
    mt = _LEAD_DATE.search(page, 0, _LEAD_CHARS + 20)
    if mt is None or mt.start("date") > _LEAD_CHARS:
        return None
    y, m, d = (int(x) for x in mt.group(2, 3, 4))
    lead = _safe(y, m, d)
    if lead is None or lead.day != d or _FUTURE_AFTER.match(page[mt.end():mt.end() + 2]):
        return None
    if any(d > lead for d in _past_dates(page) + _cutoffs(page)):
        return None
    return None if _names_later_year(page, lead.year) else lead


def _names_later_year(page: str, year: int) -> bool:
    """Whether the page reports a year after ``year`` as past: not as a plan, a deadline or
    a title (将于2019年, 2019年起, 预计2019年, 《2019…》)."""
    for y in _YEAR_WORD.finditer(page):
        if int(y.group(1)) > year and not (
                _FUTURE_BEFORE.search(page[max(0, y.start() - 4):y.start()])
                or _FUTURE_AFTER.match(page[y.end():y.end() + 2])
                or _LOOKS_AHEAD.search(page, max(0, y.start() - 6), y.start())
                or page.startswith("《", y.start() - 1)):
            return True
    return False


# A yearly event the page is about, named with its year (2018百度世界大会, 2018年世界人工智能大会,
# 2018中国国际进口博览会): the page's year, when the page names no later one.
# (Not a year ahead, as a season or a plan is named: 2019年度招商发布会, 2019春夏时装周 held the year
# before; not a model's number, W2019发布会; no 的 within a name; no 2020年会终结单身.)
_EVENT_YEAR = re.compile(r"(?:19|20)\d\d(?=(?!年?[度会])年?[^,。!?;:\n《》“”的]{0,14}?(?:大会|峰会|论坛|博览会|"
                         r"年会|交易会|展览会|运动会|锦标赛|盛典|颁奖典礼|发布会))")
_SEASON_AHEAD = ("春夏", "秋冬", "年度", "赛季", "选秀")


def _event_year(page: str) -> int | None:
    """The year of the event the headline or lead names (``2018百度世界大会``): a page about it
    writes 今年 for that year. Not when the page names a later year not as a plan."""
    head = page[:_LEAD_CHARS]
    if "会" not in head and "坛" not in head and "典" not in head and "赛" not in head:
        return None  # (every event word holds one of them)
    years = []
    for mt in _EVENT_YEAR.finditer(page, 0, _LEAD_CHARS):
        before = page[mt.start() - 1:mt.start()]
        if before.isascii() and (before.isalnum() or before == "."):
            continue  # 12018, 1.2018, W2019: part of a number or a model's name
        name = page[mt.end():mt.end() + 16]
        if any(w in name for w in _SEASON_AHEAD):
            continue
        years.append(int(mt.group(0)))
    if not years:
        return None
    year = max(years)
    return None if _names_later_year(page, year) else year


def _dateline(page: str, articles: list[Article]) -> re.Match | None:
    """The first article's dateline (``新华社北京1月19日电``), else the page's first. Asked
    only when a year or a latest day could date it: most pages of an archive have neither,
    and the search of a whole page for one cost more than the rest of their date rules."""
    for a in articles or []:
        dl = _DATELINE.search(a.dateline or "") or _DATELINE.search(a.text[:200])
        if dl:
            return dl
    return _DATELINE.search(page)


def infer_publication_date(page: str, articles: list[Article],
                           manifest_date: date | None = None) -> tuple[date | None, str | None]:
    """Return (date, how it was inferred).

    Sources, strongest first: ``manifest``; ``explicit`` (a printed issue date with its weekday);
    ``dateline`` (``新华社北京1月19日电`` with a year the page fixes); ``year_only`` (the page
    fixes the year but not the day, by the years it writes or by the yearly event its head
    names, ``2018百度世界大会``; stored as 1 January with granularity ``year``);
    ``dateline_after_latest_date`` (a dateline whose year is not fixed: its first occurrence
    on or after the latest day the page reports as past) and ``latest_date`` (that latest day
    itself: the page is from that day or later).
    The last two are marked ``year_certain=False``, so no relative phrase is resolved against
    them, unless the latest day is a data cutoff (``截至2024年底``, ``截至2025年2月4日``) and
    the date found lies within two months after it: news prints figures soon after the day
    they stand at. A page whose full dates all fall in one year, and that writes no later
    year, fixes that year (``year_only``), as a dated sentence fixes it for a reader.
    """
    if manifest_date:
        return manifest_date, "manifest"
    page = _arabic_dates(page)
    head = page[:2000]
    # (each pattern is tried only where what all its matches hold is found: a weekday word, a
    # year and its separator; most pages have neither, and both patterns are tried at every
    # character, _STAMP opening with a look-ahead)
    mt = _ISSUE_DATE.search(head) if "星期" in head or "周" in head or "礼拜" in head else None
    mt = mt or (_STAMP.search(page[:300]) if _STAMP_YEAR.search(page, 0, 300) else None)
    if mt:
        y, m, d = (int(x) for x in mt.groups())
        if _safe(y, m, d) and _safe(y, m, d).day == d:
            return PublicationDate(y, m, d, "day", True), "explicit"
    lead = _lead_date(page)
    if lead is not None:
        return PublicationDate(lead.year, lead.month, lead.day, "day", True), "lead_date"
    votes = _year_votes(page, articles)
    year = None
    if votes:
        (best, n), *rest = votes.most_common(2) + [(None, 0)]
        if not rest or rest[0][1] < n:
            year = best
    year = year or _event_year(page)
    dl = _dateline(page, articles) if year else None
    if dl and year:
        m, d = int(dl.group(1)), int(dl.group(2))
        if _safe(year, m, d):
            return PublicationDate(year, m, d, "day", True), "dateline"
    if year:
        return PublicationDate(year, 1, 1, "year", True), "year_only"
    cutoffs = _cutoffs(page)
    dates = _past_dates(page) + cutoffs
    latest = max(dates) if dates else None
    # 截至2024年底 / 截至2025年2月4日 states the day the page's figures stand at: news prints
    # them within weeks, so a date found from it, and close after it, fixes the year as well.
    latest_is_cutoff = latest in cutoffs
    if latest:
        dl = _dateline(page, articles)

    # Every date the page writes in full falls in one year, and no later year is written: the
    # page fixes that year, as a dated sentence fixes it for a reader (a story that dates its
    # events 2018年11月6日 is of 2018, and its 今年 is 2018); not its day, which may be weeks
    # before the page's. (A page of early January telling of December is read in December's
    # year: its 今年 is then the year it tells of, as often as not.)
    year_fixed = bool(dates) and len({d.year for d in dates}) == 1 \
        and max(map(int, _YEAR_WORD.findall(page)), default=latest.year) == latest.year

    def certain(guess: date) -> bool:
        if year_fixed and guess.year == latest.year:
            return True
        return latest_is_cutoff and 0 <= (guess - latest).days <= _UNTIL_FRESH_DAYS

    if dl and latest:
        # The page is not older than the latest day it reports as past: take the first
        # occurrence of the dateline's month and day on or after it.
        m, d = int(dl.group(1)), int(dl.group(2))
        for y in (latest.year, latest.year + 1):
            guess = _safe(y, m, d)
            if guess and guess >= latest and guess.day == d:
                return (PublicationDate(y, m, d, "day", certain(guess)),
                        "dateline_after_latest_date")
    if latest and year_fixed and not latest_is_cutoff:
        return PublicationDate(latest.year, 1, 1, "year", True), "year_only"
    if latest:
        return (PublicationDate(latest.year, latest.month, latest.day, "day", certain(latest)),
                "latest_date")
    return None, None
