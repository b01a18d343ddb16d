"""Where a text says when: every period phrase (2024年, 去年10月以来, 1—11月, 九五期间, 96年,
截至目前) found and resolved against the publication date, as ``PeriodMention`` records.

Pure: text and a clock in, mentions out. What each mention means for a figure (does it
govern it, is it a comparison's base, a deadline, part of a name) is decided in ``periods``;
here a phrase is only read, with the marks around it that later rules need (``compare``,
``target``, ``cumulative``).
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .numbers import parse_number
from .records import Period
from .textorder import char_before, in_quotation, TextOrder
from .period_calendar import Clock, CN_SMALL, int_of, last_day, latest_day, safe_date, small_int
from .period_text import clause_around, in_title_marks, previous_sentence_start, sentence_around


# (刚刚过去的一年, 过去的一年: the year just ended, as 去年; 过去一年 without 的 is as often the
# last twelve months)
REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1,
             "刚刚过去的一年": -1, "刚过去的一年": -1, "过去的一年": -1}
# (2010-2019年, 1991至1995年: the first year of a range may leave out its 年, and so may a year
# before a part of itself, as web pages write it: 2017全年, 2018上半年, 2019前三季度, 2018第三季度)
_YEAR = r"(?:(?<![\d.])(?P<y>(?:19|20)\d\d)(?:年|(?=[到至—\-~－―](?:19|20)\d\d年)|(?=全年|[上下]半年|前三季度|第?[一二三四1-4]季度|Q[1-4](?![0-9A-Za-z])))|(?P<ry>今年|本年|去年|上年|前年|明年|刚刚过去的一年|刚过去的一年|过去的一年))"
# (a month and a day in numerals too, after a year: 一九九七年十月一日, 去年一至十一月)
_CN_MONTH = r"十[一二]|[一二三四五六七八九十]"
_CN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_M = rf"(?P<m>1[0-2]|0?[1-9]|{_CN_MONTH})月份?"
_TO = r"(?:到|至|—|-|~|－|―)"
# (a day range's first day may leave out its 日: 11月20-30日, 11月14至16日)
_D = (rf"(?:(?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY})"
      rf"(?:[日号]|(?={_TO}(?:3[01]|[12]\d|0?[1-9]|{_CN_DAY})[日号])))")
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
    # (a span to a month of its last year: 1986年至1996年1月间)
    + rf"(?P<yrange>(?:到|至|—|-|~|－|―)(?P<yy>(?:19|20)\d\d)年(?:(?P<ym>1[0-2]|0?[1-9]|{_CN_MONTH})月"
    + r"(?:(?P<yd>3[01]|[12]\d|0?[1-9])[日号])?)?)"
    + r"|(?P<full>全年|年度|度)"
    + r"|(?P<half>上半年|下半年)"
    + r"|(?P<q3>前三季度)"
    + r"|[前头](?P<nm>1[01]|[1-9]|十一|[一二两三四五六七八九十])个月"
    + r"|(?:第)?(?P<q>[一二三四1-4])季度"
    # (a quarter as web pages write it: 2018年Q3, 2018Q3, 今年Q2)
    + r"|Q(?P<qq>[1-4])(?![0-9A-Za-z])"
    + r"|(?P<ye>年底|年末|底|末)"
    # (the middle of the year: 截至2018年年中 stands at 30 June; not 2018年中国…)
    + r"|(?P<ymid>年中)(?![国央共华外期秋])"
    + rf"|(?P<mr>1[0-2]|0?[1-9]|{_CN_MONTH})(?:-|—|~|－|至|到)(?P<mr2>1[0-2]|0?[1-9]|{_CN_MONTH})月份?"
    # (months listed, 1995年3、4月间, 10、11、12月份: the span from the first to the last)
    + rf"|(?P<ml>1[0-2]|0?[1-9]|{_CN_MONTH})(?:、(?:1[0-2]|0?[1-9]|{_CN_MONTH}))*、"
    + rf"(?P<ml2>1[0-2]|0?[1-9]|{_CN_MONTH})月(?:份|间)?(?!(?:\d+|{_CN_DAY})[日号])"
    + rf"|{_M}(?:{_D})?(?P<e>底|末|中旬|上旬|下旬)?{_END2}?"
    + r")?"
    + rf"(?P<since>{_SINCE_GAP}以来)?"
)
# Months and days without a year: labels unless the publication month fixes them.
_MONTH_ONLY = re.compile(
    r"(?=[截自从0-9一二三四五六七八九十])"
    r"(?P<pre>截至|截止到?|自|从)?(?<![\d年\-—~－第这那每上下本前后一二三四五六七八九十])"
    r"(?:(?P<mr>1[0-2]|0?[1-9])(?:-|—|~|－|至|到)(?P<mr2>1[0-2]|0?[1-9])月份?|"
    r"(?P<ml>1[0-2]|0?[1-9])(?:、(?:1[0-2]|0?[1-9]))*、(?P<ml2>1[0-2]|0?[1-9])月(?:份|间)?(?!\d+[日号])|" + _M + rf"(?:{_D})?(?P<e>底|末|中旬|上旬|下旬)?{_END2}?)"
    + rf"(?P<since>{_SINCE_GAP}以来)?")
_THIS_MONTH = re.compile(r"(?=[截本上])(?P<pre>截至)?(?P<rm>本月|上月|上个月)(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?"
                         r"(?P<e>底|末)?(?P<since>以来)?")
# Days counted back from the publication day (昨天下午, 前天上午, 昨日): the scene of a story.
# (前天津市…: 前 and a place name, not the day before yesterday; 今晚, 今晨: today's evening and
# morning, as 昨晚 is yesterday's, but not 今晚报, a paper)
# (今天 only where it is the day something happens: 今天上午, 今天在京召开; alone it is as often
# "nowadays", 今天的农村, but today's contest or meeting, 在今天的测试中, 今天的比赛)
# (nor where an adverb of what happens that day follows: 泰国股市汇市今天均大幅下跌, 今天再次上涨,
# 今天正式开通; 今天也 and 今天都 are as often "nowadays too"; 如今日均售票 is 如今 and 日均)
# (and between a subject and what it does, 总统拉莫斯今天呼吁, 游泳赛场今天进行了, or opening a
# sentence on its subject, 今天泰国股市也下跌; not after 到, 比, 像, 在, 而, 的 or an adverb, 发展到今天,
# 而今天华语…, nor before 的, 这样 or a report's verb, 据共同社今天报道: the day the news was printed)
_REL_DAY = re.compile(r"[昨前今](?<![如迄当]今)(?:(?<=昨)[天日晚夜]|(?<=前)天(?!津)|(?<=今)[晚晨](?!报)|(?<=今)[天日](?=上午|下午|晚上|凌晨|"
                      r"早上|清晨|早晨|一早|一大早|大清早|拂晓|黎明|中午|午后|傍晚|晚间|夜间|夜里|深夜|"
                      r"\d{1,2}[时点]|在|起|举行|召开|宣布|发布|公布|均|又|再次|继续|正式|首次|"
                      r"开幕|闭幕|收盘|开盘|上涨|下跌|的(?:比赛|决赛|半决赛|测试|考试|会议|会谈|开幕式|"
                      r"闭幕式|仪式|典礼|演出|赛事|较量|交易|拍卖|庆典|发射))|"
                      r"(?:(?<=[一-鿿]今)(?<![如迄当到至比像的是在于从直和与就也都还以而]今)|(?<=[。！？\n：:]今)(?![天][，,]))天"
                      r"(?![的更这那之]|以来|以后|以前|为止|报道|刊登|刊载|发表|载文|透露))")
_REL_DAYS = {"昨": 1, "前": 2, "今": 0}
# 今天 opening a dispatch's first sentence is the dispatch's day whatever follows it (本报上海1月1日
# 电记者某某报道:今天,黄浦江畔…热闹非凡; 新华社香港1月28日电(记者某某)今天的维多利亚海…; 今天是
# 大年初一): the wire's lead says when, where a 今天 elsewhere is as often "nowadays"
_DISPATCH_LEAD = r"(?:本报|新华社|中新社)[^。\n]{0,30}?[讯电][^。\n]{0,24}?(?:报道[:：]|[)）])"
_DISPATCH_TODAY = re.compile(_DISPATCH_LEAD + r"\s*(?=今天)")
# and so is a 今天 opening a later clause of that sentence (新华社北京1月22日电(记者某某)法院对此案
# 审理终结,今天作出宣判): the lead tells what happened on the day it was filed; not a 今天 of
# "nowadays" (…,今天的农村; 村支书说,今天,全村…: 今天 set off by commas is the day only where
# no speaker says it, 半年前…洗劫一空,今天,一个新村拔地而起)
_DISPATCH_CLAUSE_TODAY = re.compile(_DISPATCH_LEAD + r"[^。！？!?\n]{0,60}?(?:[，,]"
                                    r"(?=今天(?![的更这那之,，]|以来|以后|以前|为止))"
                                    r"|(?<![说示为出])[，,](?=今天[,，]))")
_TODAY = re.compile("今天")
# A day of the month alone (泰国股市9日下跌10.5点, 该市15日发放…): the latest such day by the
# publication day, this month or the last. Not after a month or a digit (1月9日 is read above),
# nor a dateline (9日电), a span (3日内) or a deadline or a start (9日前, 9日起).
# (Written to open with the digit it consumes, each shape of the day's number then checked
# behind it: 3[01]|[12]\d|0?[1-9] in that order. ``re`` then skips to the digits in C; opened
# with the alternation, whose first characters it does not collect, the pattern was tried at
# every character: 0.039 -> 0.010 s over the People's Daily articles that hold a 日.)
_BARE_DAY = re.compile(r"[0-9](?:(?<=3)[01]|(?<=[12])\d|(?<=0)[1-9]|(?<=[1-9]))日"
                       r"(?![电讯内前后以之起元本]|[至到](?!(?:3[01]|[12]\d|0?[1-9])日))")
_NOT_BEFORE_DAY = set("0123456789月号年.-/—~－第每")
_CUT_OFF_WORDS = ("截止到", "截止至", "截至", "截止")


def _cut_off_before(text: str, at: int) -> str:
    """The word of a cut-off (截至, 截止到) written right before ``at``, or ''."""
    for w in _CUT_OFF_WORDS:
        if text.startswith(w, at - len(w)):
            return w
    return ""


_DAYS_AHEAD = 7
# The same day written in numerals, as wire copy writes it (货轮十六日在…沉没, 二十一日举行): ten
# and above only (一日, 三日 are as often one day, three days), not inside a longer numeral nor
# after a word that makes it a length of time (连续十五日, 历时二十日).
# (What may not stand before it is checked on the matches, not by look-behinds opening the
# pattern: those would stop re skipping to the numeral's first characters.)
_CN_BARE_DAY = re.compile(r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)日"
                          r"(?![电讯内前后以之起元本]|[至到](?!(?:3[01]|[12]\d|0?[1-9])日))")
_NOT_BEFORE_CN_DAY = frozenset("一二三四五六七八九十〇零两百千万月年号第每达近共")
_LENGTH_BEFORE_CN_DAY = ("连续", "历时", "长达", "为期", "用了")


def _cn_bare_days(text: str) -> list[re.Match]:
    return [mt for mt in _CN_BARE_DAY.finditer(text)
            if text[mt.start() - 1:mt.start()] not in _NOT_BEFORE_CN_DAY
            and not text.endswith(_LENGTH_BEFORE_CN_DAY, 0, mt.start())]
# (至今 is not the 至 and 今 of 至今年, 至今天: "to this year", "to today")
_NOW = re.compile(r"截至目前|截至发稿时?|截至记者发稿时|到(?:记者)?发稿时(?:为?止)?|迄今为止|迄今|至今(?![年天日])|"
                  r"到目前为止|目前|当前|现阶段")
# 目前 is no time inside 项目前期, 节目前, 题目前: the 目 ends another word there. (Checked on
# the matches, not by a look-behind in _NOW: one would stop re skipping to its first characters,
# and the scan of every article cost 1.2 % more instructions.)
_MU_ENDS = frozenset("项节题栏剧账瞩醒注盲耳夺满")
# 克服目前经济危机, 面对当前形势: right after a verb that takes a noun, 目前 and 当前 say which
# crisis or situation ("the present one"), no time of the clause's; a later day or year in the
# clause (20日就克服目前经济危机达成5项协议) dates it
_CURRENT = frozenset({"目前", "当前"})
_TAKES_CURRENT = frozenset({"克服", "面对", "应对", "针对", "根据", "适应", "结合", "分析", "解决",
                            "摆脱", "缓解", "扭转", "鉴于", "认清", "把握", "改变", "度过", "渡过"})
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
_PAST_YEAR_IN = frozenset({"过去一年中", "过去一年里", "过去一年间"})
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
# and a half of the year with no year of its own (上半年销售额下跌), read the same way (a quarter
# with none is read as the one last ended before the publication date, where it is found)
_BARE_PART = re.compile(r"(?<![年\d〇零一二两三四五六七八九十今去明本前后同])(?P<part>上半年|下半年)(?![度末初])")
# what follows a year a span runs from (2012年至今, 2015年以来, 2016年起)
_SPAN_FROM_AFTER = re.compile(r"(?:至今|以来|来|起|开始|至|到|—)")
# (first month, last month) of each half
_PART_MONTHS = {"上半年": (1, 6), "下半年": (7, 12)}
_FISCAL_YEAR = re.compile(r"财年")
# the ends of a phrase that is a point in time, never the opening of a name (年底, 7月初, 上旬)
_POINT_ENDS = ("底", "末", "初", "上旬", "中旬", "下旬")
# The title of a report a sentence quotes for its figures: 《2017年全国二手车流通数据》显示
_REPORT_SHOWS = re.compile(r"[^《》]{0,40}?》(?:数据)?(?:显示|表明|指出)")
# Words that make a year word a plan, not a period: 预计年底将开设80家
LOOKS_AHEAD = re.compile(r"将|预计|计划|有望|可望|力争|争取|目标|预期|预测|大概率|拟")
# The title of a statistical bulletin (《2016年度…统计公报》): its year is the year of its figures.
_BULLETIN_TITLE = re.compile(r"[^《》]{0,40}?(?:公报|统计公告)》")
_REPORT_TITLE = re.compile(r"[^《》]{0,40}?报告》")
# (a verb of comparison too: 超过1996年全年水平, 高于上年, 低于去年同期)
_COMPARE_BEFORE = re.compile(r"(?:与|同|比|较|相比|对比|相较|比起|较之|超过|超出|高于|低于|多于|少于|"
                             r"快于|慢于|好于|优于)$")
# (稳定在1997年的水平, 恢复到1990年水平: the level of that year, a base the figure is held to; 在
# 2018年的基础上每年降低0.5个百分点: the base a change is counted from)
_COMPARE_AFTER = re.compile(r"^(?:同期|相比|相较|比较|的?水平|的?基础上)")
CONTINUES = re.compile(r"^(?:其中|从[^,。]{1,14}看|分[^,。]{1,10}看|具体来看|具体看|具体而言|"
                        r"按[^,。]{1,10}分|与[^,。]{0,14}(?:相比|同期)|同比|环比|比[^,。]{0,8}(?:增|减|多|少)|"
                        r"较[^,。]{0,8}(?:增|减|多|少))")
_TARGET_BEFORE = re.compile(r"(?:到|至|—|-|将于|力争|争取|目标)$")
CUMULATIVE = re.compile(r"累计|迄今|至今(?![年天日])|先后|历年")
NO_INHERIT = re.compile(r"每年|每月|每人|每户|每家|每次|每天|每日|标准")
DURATION_UNITS = {"年", "个月", "月", "天", "日", "周", "星期", "小时", "分钟", "秒", "岁",
                   "个年头", "年头", "周岁"}
RATIO_UNITS = {"%", "百分点", "倍", "比例", "‰"}
THRESHOLDS = {"at_most", "at_least"}


class PeriodMention(NamedTuple):
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


# what stands before a 至/到 that opens its sentence: a stop, a line's start, a dateline's end
_OPENS_BEFORE = set("。！？；;!?\n:：,，讯电 ") | {""}
# a month's thirds: 上旬 the 1st to the 10th, 中旬 the 11th to the 20th, 下旬 the 21st to its end
_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}


def _build(text: str, mt: re.Match, year: int | None, clock: Clock, *, explicit_year: int | None,
           rel: int | None) -> PeriodMention | None:
    g = mt.groupdict()
    pre = g.get("pre") or ""
    label = mt.group(0)
    s, e = mt.start(), mt.end()
    m, d = int_of(g.get("m")), int_of(g.get("d"))
    since = g.get("since")
    after = text[e:e + 2]
    before = text[max(0, s - 4):s]
    kind = "period"
    gran = "year"
    b = f = None
    y = year
    if g.get("yrange"):
        y2 = int(g["yy"])
        gran, b, f = "range", safe_date(y, 1, 1), safe_date(y2, int_of(g.get("ym")) or 12,
                                                          int_of(g.get("yd")) or 31)
    elif g.get("full"):
        b, f = safe_date(y, 1, 1), safe_date(y, 12, 31)
    elif g.get("half"):
        gran = "half_year"
        if g["half"] == "上半年":
            b, f = safe_date(y, 1, 1), safe_date(y, 6, 30)
        else:
            b, f = safe_date(y, 7, 1), safe_date(y, 12, 31)
    elif g.get("q3"):
        gran, b, f = "range", safe_date(y, 1, 1), safe_date(y, 9, 30)
    elif g.get("nm"):  # 1997年前5个月, 去年头4个月: the year's first months
        gran, b, f = "range", safe_date(y, 1, 1), safe_date(y, small_int(g["nm"]), 31)
    elif g.get("q") or g.get("qq"):
        q = _CN_Q[g.get("q") or g["qq"]]
        gran, b, f = "quarter", safe_date(y, 3 * q - 2, 1), safe_date(y, 3 * q, 31)
    elif g.get("mr") or g.get("ml"):
        # (3-4月份, or the months listed, 3、4月间: from the first to the last)
        m1, m2 = int_of(g.get("mr") or g["ml"]), int_of(g.get("mr2") or g["ml2"])
        if m2 > m1:
            gran, b, f = "range", safe_date(y, m1, 1), safe_date(y, m2, 31)
        else:
            gran = "range"
    elif g.get("ye"):
        gran, b, f = "open", None, safe_date(y, 12, 31)
        kind = "until"
    elif g.get("ymid"):
        # 截至2018年年中: until 30 June; 2017年年中 alone, a moment of that year, is read as
        # the year (a reader dates the event in 2017, not in a month the text does not name)
        until = pre.startswith(("截至", "截止"))
        b, f = safe_date(y, 1, 1), safe_date(y, 6, 30) if until else safe_date(y, 12, 31)
    elif m:
        end_word = g.get("e")
        has_range = bool(g.get("m2") or g.get("d2") or g.get("y2"))
        if has_range:
            y2 = int_of(g.get("y2")) or y
            # (1993年10月至1995年: to the end of 1995, not to its October)
            m2 = int_of(g.get("m2")) or (12 if g.get("y2") else m)
            d2 = int_of(g.get("d2"))
            gran = "range"
            b = safe_date(y, m, d or 1)
            f = safe_date(y2, m2, d2 or 31) if y2 else None
            if b and f and f < b:
                b = f = None
        elif d:
            gran, b, f = "day", safe_date(y, m, d), safe_date(y, m, d)
        elif end_word in ("底", "末"):
            gran, b, f = "open", None, safe_date(y, m, 31)
            kind = "until"
        elif end_word in _TEN_DAYS:  # 12月上旬: the first ten days of the month
            first, last = _TEN_DAYS[end_word]
            gran, b, f = "range", safe_date(y, m, first), safe_date(y, m, last)
        else:
            gran, b, f = "month", safe_date(y, m, 1), safe_date(y, m, 31)
    else:
        b, f = safe_date(y, 1, 1), safe_date(y, 12, 31)
    cumulative = False
    if not since and label.endswith(("至", "到")) and text[e:e + 1] == "今" \
            and text[e + 1:e + 2] not in ("年", "天", "日"):
        # 去年10月至今: from that month on, not the month alone
        since, label, e = "至今", label + "今", e + 1
        b = b or safe_date(y, m or 1, d or 1)
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
            _COMPARE_AFTER.match(text[e:e + 4]):
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
                and (_FORECAST.search(text, e, sentence_around(text, e)[1])
                     or before[-2:-1] in _OPENS_BEFORE and after[:1] in (",", "，")) \
                and not _span_opened_before(text, s):
            # a forecast's target year (到2030年,保有量将达到800万辆; a plan's, opening its
            # sentence, whatever the verb: 到2030年，近视率下降到38%以下): its figure stands at
            # the end of that year; it frames no later sentence
            label, s = before[-1] + label, s - 1
            kind, gran, b, cumulative, frames = "until", "open", None, False, False
        else:
            governs = False  # a target year: 到2027年, 力争2026年
    if not pre and kind == "period" and gran in ("month", "range", "day") and b is not None \
            and before.endswith(("至", "到")) and before[-2:-1] in _OPENS_BEFORE \
            and after[:1] in (",", "，") and _reached(text, e, before, y, rel, clock) \
            and not _span_opened_before(text, s):
        # 至1997年12月上旬,该行共…累计发放贷款181.4亿元: up to a past time that opens the
        # sentence, as 截至 does
        label, s = before[-1] + label, s - 1
        kind, gran, b, cumulative = "until", "open", None, True
    if after.startswith(("前", "后", "之前", "之后", "以前", "以后")) and not since:
        governs = False
        if kind in ("period", "until") and f is not None and gran in ("year", "month", "day", "open") \
                and (limit := _before_limit(text, s, e, b, f)) is not None:
            # 2017年之前也经历过6次失败, 1988年以前每年…: up to the end of the period before
            # it; 在2000年前将关税降至5%以下, 10月31日前删除: by the end of it, a deadline. It
            # dates its own sentence only.
            label, e = label + limit[0], e + len(limit[0])
            kind, gran, b, f, governs, frames = "until", "open", None, limit[1], True, False
    elif after.startswith("为止") and f is not None and not since \
            and (pre.startswith(("截至", "截止")) or before.endswith(("到", "至"))):
        # 到2016年为止,烟民总数达3.16亿: up to the end of that year
        if not pre and not label.startswith(("到", "至")):  # (a forecast's 到 is in it already)
            label, s = before[-1] + label, s - 1
        label, e = label + "为止", e + 2
        kind, gran, b, cumulative, governs = "until", "open", None, bool(pre), True
    if after[:1] in ("“", "《", "\"") and not label.endswith(_POINT_ENDS) \
            and not (s == 0 or text[s - 1] in _CLAUSE_OPENS) or _names_an_event(text, e):
        # the year is part of a name: 参加了2025年“送万福、进万家”书法公益活动, 2024年“春风行动”
        # 招聘会吸引了… (not a month's end or start, which opens no name: 7月底“北方阵线”两支武装
        # 放下武器; nor a year that opens its clause before a name of no event, when it is the
        # time of what follows: ，1998年“一助一”结对数要达到150万对)
        governs = False
    if text.startswith("倒计时", e):
        governs = False  # 2000年倒计时钟: the year counted down to, a name's part
    if gran in ("day", "month") and _COUNTED_BEFORE.search(before):
        governs = False  # 订了4张8月12日的门票: the date says which tickets, not when
    return PeriodMention(s, e, label, kind, gran, b, f, cumulative, governs,
                    year=explicit_year, rel_year=rel, compare=compare, frames=frames,
                    starts_change=starts_change)


# an event named after a quoted name (“春风行动”招聘会, “送万福”书法公益活动)
_QUOTED_EVENT = re.compile(r"[“《\"][^”》\"\n]{1,20}[”》\"][\u4e00-\u9fff]{0,6}?"
                           r"(?:活动|会|节|赛|展|仪式|典礼|论坛|峰会)")


def _names_an_event(text: str, e: int) -> bool:
    """Does a quoted name of an event follow the period ending at ``e`` (2024年“春风行动”招聘会)?
    Then the year is the event's edition, part of its name."""
    return text[e:e + 1] in ("“", "《", "\"") and _QUOTED_EVENT.match(text, e) is not None


# what stands before a phrase that opens its clause
_CLAUSE_OPENS = frozenset("，,。；;：:！？!?\n 　")


# 前 after a period as "before" (not 前后 "about", 前夕 "eve", nor the start of another word)
_BEFORE_WORDS = ("之前", "以前", "前")
_NOT_AFTER_BEFORE = frozenset("后夕期景进列往面沿身所提途来三头")


def _before_limit(text: str, s: int, e: int, begin: date | None,
                  finish: date) -> tuple[str, date] | None:
    """The word of a limit written after a period (之前, 以前, 前) and the last day it leaves:
    the day before the period begins for 之前 and 以前 ("before"); the period's own last day
    for a bare 前, which news writes for a deadline (2000年前将降至5%), and for a period with no
    beginning (年底之前)."""
    for w in _BEFORE_WORDS:
        if text.startswith(w, e):
            break
    else:
        return None
    if w == "前" and (text[e + 1:e + 2] in _NOT_AFTER_BEFORE
                     or not (_FORECAST.search(text, e, sentence_around(text, e)[1])
                             or _DONE_BY.search(text, max(0, s - 4), s))):
        return None  # (a deadline dates what its sentence forecasts, as 到2030年 does, or what
        # was done by it, 已于3月底前全部结束: not what a task it sets consists of,
        # 年底前完成改造,共涉及小区120个)
    if w == "前" or begin is None:
        return w, finish
    return w, date.fromordinal(begin.toordinal() - 1)


# a deadline already met: 已于3月底前, 已经在年底前
_DONE_BY = re.compile(r"已经?[于在]?$")
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


def _reached(text: str, e: int, before: str, y: int | None, rel: int | None, clock: Clock) -> bool:
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


@lru_cache(maxsize=16)
def scan(text: str) -> tuple[list[re.Match], ...]:
    """The phrase patterns' matches: the same for any publication date, and an article is
    read twice (for the publication date, then for its figures' periods)."""
    # every year phrase and span holds 年 or 季度, every month phrase 月: a third of the articles
    # lack one of them, and a substring test is far cheaper than a scan
    year, month = "年" in text, "月" in text
    # (a year's quarter may leave out its 年: 2019前三季度, 2018第三季度)
    return (list(_PHRASE.finditer(text)) if year or "季度" in text or "Q" in text else [],
            [mt for mt in _MONTH_ONLY.finditer(text) if _calendar_month(text, mt)] if month else [],
            # (every match holds 本月, 上月 or 上个月)
            list(_THIS_MONTH.finditer(text)) if month and ("本月" in text or "上月" in text
                                                          or "上个月" in text) else [],
            # (its words open with one of a few characters re skips to: scanning for them
            # costs less than six substring tests would to spare it)
            [mt for mt in _NOW.finditer(text)
             if (mt.group() != "目前" or text[mt.start() - 1:mt.start()] not in _MU_ENDS)
             and not (mt.group() in _CURRENT and text[mt.start() - 2:mt.start()] in _TAKES_CURRENT)],
            list(_SPAN_WORDS.finditer(text)) if year else [],
            _matches_near(_DURING, text, _during_windows(text)) if "期间" in text else [],
            _rel_days(text) if "昨" in text or "前天" in text or "今天" in text
            or "今日" in text or "今晚" in text or "今晨" in text else [],
            (list(_BARE_DAY.finditer(text)) + (_cn_bare_days(text) if "十" in text else []))
            if "日" in text else [],
            _matches_near(_ERAS, text, _era_windows(text))
            if "年" in text or "五" in text or "世纪" in text or "’" in text else [],
            # (every match holds one of _BARE_YEAR_WORDS: seven articles in eight have none,
            # and the pattern, opening with a look-ahead, is tried at every character)
            (list(_BARE_YEAR.finditer(text)) if any(w in text for w in _BARE_YEAR_WORDS) else [])
            + (list(_BARE_PART.finditer(text)) if "半年" in text else [])
            if year else [])


# a year written before the name of an event it numbers, with no 年 (2018中国国际进口博览会,
# 2018横琴人寿珠海WTA超级精英赛, 2019赛季): that edition's year, as 2018年 would be
# (the look-behind comes after 19 or 20, reading the character before them with them: opening
# with it, re tried the pattern at every character; opening with 19|20, it skips to a 1 or a 2)
# the words an event's name ends in (2018赛季, 2019年世界体操锦标赛)
_EVENT_WORDS = (r"赛季|公开赛|锦标赛|联赛|精英赛|大奖赛|博览会|交易会|论坛|峰会|大会|年会|盛典|运动会|"
                r"亚运会|奥运会|世界杯|航展|展会|艺术节|电影节|音乐节|文化节|购物节|马拉松")
_EDITION = re.compile(r"(?:19|20)(?<![\d.\-/—~～至到]\d\d)\d\d(?![\d年])(?![个名人次元家项场届位件])"
                      rf"(?=[\u4e00-\u9fffA-Za-z·]{{0,16}}?(?:{_EVENT_WORDS}))")


def _edition_years(text: str) -> list[PeriodMention]:
    out = []
    for mt in _EDITION.finditer(text):
        y = int(mt.group(0))
        out.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "year",
                                 date(y, 1, 1), date(y, 12, 31), False, True, year=y))
    return out


_CN_NUMERALS = frozenset("一二三四五六七八九十")
_LUNAR = ("农历", "阴历", "旧历")


def _calendar_month(text: str, mt: re.Match) -> bool:
    """A month written in numerals (一月十日, 十二月二十五日) is a calendar date, not the name of
    something in quotes (“五月的风”, “七月事件”), a lunar month (阴历十二月) or a season's
    weather (六月天)."""
    s = mt.start()
    if text[s:s + 1] not in _CN_NUMERALS:
        return True
    return not (text[s - 1:s] in ("“", "\"", "《") or text.endswith(_LUNAR, 0, s)
                or mt.group("d") is None and text.startswith("天", mt.end()))


# 今天 after 截至 (截至今天, 截止到今日): the day a running total is counted to, the dispatch's
# (not 至今, "until now", which _REL_DAY keeps out)
_UNTIL_TODAY = re.compile(r"(?:(?<=截[至止])|(?<=截[至止]到))今[天日](?![的更这那之]|以来|以后|以前)")
_UNTIL_BEFORE = re.compile(r"截[至止]到?$")


def _rel_days(text: str) -> list[re.Match]:
    """``_REL_DAY``'s matches, a running total's 截至今天 (``_UNTIL_TODAY``) and a dispatch's
    opening 今天 (``_DISPATCH_TODAY``)."""
    found = list(_REL_DAY.finditer(text))
    if "截至今" in text or "截止今" in text or "截止到今" in text or "截至到今" in text:
        found = sorted(found + list(_UNTIL_TODAY.finditer(text)), key=lambda mt: mt.start())
    # a dispatch may sign off with its dateline (…。(本报华盛顿1月10日电)) instead of opening on it
    closing = ")" in text[-2:] and DATELINE.search(text, max(0, len(text) - _CLOSING_REACH)) is not None
    if "今晚" in text or "今晨" in text:
        # (only in a dispatch, whose day its dateline says: an evening a feature or a speaker
        # tells of need not be the page's day, the morning paper's 今晚 is often the eve's)
        dispatch = closing or DATELINE.search(text, 0, _DATELINE_REACH) is not None
        found = [mt for mt in found if mt.group(0) not in ("今晚", "今晨")
                 or dispatch and not _quoted(text, mt.start())]
    if "今天" in text and ("本报" in text or "社" in text):
        taken = {mt.start() for mt in found}
        leads = [lead.end() for lead in _DISPATCH_TODAY.finditer(text)]
        leads += [lead.end() for lead in _DISPATCH_CLAUSE_TODAY.finditer(text)]
        if closing:  # (its lead's 今天 opens a paragraph: no dateline stands before it)
            leads += [m.start(1) for m in _PARAGRAPH_TODAY.finditer(text)]
        if closing or DATELINE.search(text, 0, _DATELINE_REACH) is not None:
            leads += [at for mt in _CLAUSE_TODAY.finditer(text)
                      if (at := mt.start()) not in taken and _dispatch_day_clause(text, at)]
        for at in leads:
            if at not in taken:
                taken.add(at)
                found.append(_TODAY.match(text, at))
        found.sort(key=lambda mt: mt.start())
    return found


_PARAGRAPH_TODAY = re.compile(r"(?:^|\n)\s*(今天)")
# 今天 opening a later clause of a dispatch, before what happened (…筹集资金150万元,今天组成8个
# 慰问组; 据宣布,今天会议议程共有11项; 在雅加达股票市场上,今天的股价综合指数为…): the
# dispatch's day, as its lead's 今天 is; not 今天的 before a word of "nowadays" (今天的农村), nor
# 今天也, 今天更, 今天这样, nor 今天 set off by commas alone
_CLAUSE_TODAY = re.compile(r"(?<=[,，;；:：])今天(?![更这那之也都还是又,，]|以来|以后|以前|为止|的(?!"
                           r"股价|股市|汇率|指数|综合指数|收盘|开盘|交易|成交|比赛|会议|会谈|仪式|活动))")
# what tells of a time other than the day: a past against a present (过去…,今天…), a speaker's
# view (他说,今天…), a lifetime (从…到今天)
_NOT_THE_DAY = re.compile(r"过去|以前|昔日|当年|曾经|从前|那时|如今|多年|几年|年前|说|认为|表示|指出|到今天|至今")
_SENTENCE_END = re.compile(r"[。！？!?\n][^。！？!?\n]*\Z")


def _dispatch_day_clause(text: str, at: int) -> bool:
    """Is the clause-opening 今天 at ``at`` the dispatch's day: not quoted, and its sentence
    before it tells of no other time and no one's view (see ``_CLAUSE_TODAY``)?"""
    if _quoted(text, at):
        return False
    end = _SENTENCE_END.search(text, max(0, at - 120), at)
    start = end.start() + 1 if end is not None else max(0, at - 120)
    return _NOT_THE_DAY.search(text, start, at) is None


_DATELINE_REACH = 300  # how far into a text its dateline may stand (after a headline or two)
_CLOSING_REACH = 30  # how far from its end a dispatch signing off with its dateline writes it


def _quoted(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation its paragraph opened (『…今晚我们一家特意全体出动。』)? A
    speaker's 今晚 is the evening they speak of, which the page's date need not be."""
    return in_quotation(text, text.rfind("\n", 0, at) + 1, at, "“『「", "”』」")


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
    if "’" in text:  # (’97财金大势回眸: right at the apostrophe)
        out += [(m.start(), m.start()) for m in _APOSTROPHE.finditer(text)]
        out.sort()
    for word in ("今后", "未来"):  # (今后3年: right at the word)
        i = text.find(word)
        while i >= 0:
            out.append((i, i))
            i = text.find(word, i + 1)
    if "今后" in text or "未来" in text:
        out.sort()
    if "世纪" in text:
        i = text.find("世纪")
        while i >= 0:
            out.append((i - 1, i - 1))
            i = text.find("世纪", i + 1)
        out.sort()
    return out


def find_mentions(text: str, published_on: date | None = None) -> list[PeriodMention]:
    """Every period phrase in ``text``, in order, non-overlapping (longest first)."""
    found = _mentions(text, Clock(published_on))
    if "元月" in text:  # (a phrase read as 1月 keeps its label as written)
        return [_as_written(text, mn) for mn in found]
    return list(found)


def _as_written(text: str, mn: PeriodMention) -> PeriodMention:
    written = text[mn.start:mn.end]
    if "元月" in written and mn.label == _FIRST_MONTH.sub("1月", written):
        return mn._replace(label=written)
    return mn


_FIRST_MONTH = re.compile(r"(?<![\d一二三四五六七八九十百千万亿两])元月")


@lru_cache(maxsize=16)
def _mentions(text: str, clock: Clock) -> tuple[PeriodMention, ...]:
    if HAS_CN_YEAR.search(text):
        # 一九九七年, 二〇二四年: a year written in numerals, read as its digits (four characters
        # for four, so every offset holds)
        text = CN_YEAR.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(0)), text)
    if "元月" in text:
        # 元月 is January (从元月五日到七日), read as 1月 (two characters for two); not the 元 of
        # a sum before 月 (100元月薪)
        text = _FIRST_MONTH.sub("1月", text)
    found: list[PeriodMention] = []
    phrases, months, this_months, nows, spans, durings, rel_days, bare_days, eras, bare_years \
        = scan(text)
    for mt in phrases:
        if not (mt.group("y") or mt.group("ry")):
            continue
        if mt.group("y"):
            ey, rel = int(mt.group("y")), None
            y = ey
        else:
            ey, rel = None, REL_YEAR[mt.group("ry")]
            y = clock.rel(rel)
        mn = _build(text, mt, y, clock, explicit_year=ey, rel=rel)
        if mn is not None:
            found.append(mn)
    if clock.month == 1 and spans:
        # 在过去一年中 in a January paper: the year just ended, as 过去的一年 is, and so the year
        # its 全年 and 年底 are read in (later in the year it is the last twelve months, a label)
        for mt in spans:
            if mt.group(0) in _PAST_YEAR_IN:
                y = clock.year - 1
                found.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "year",
                                           date(y, 1, 1), date(y, 12, 31), False, True, rel_year=-1))
    if bare_years:
        found.extend(_bare_years(text, bare_years, found, clock))
    years_named = None  # (the years written before a month in its sentence, built on first need)
    # a page of no date whose sentence names its league's season (18-19赛季) beside a month
    seasons = clock.year is None and "赛季" in text
    for mt in months:
        # (a span of months that ends months after the publication date is last year's, as a
        # month still ahead is: 1—11月份 or 1月至11月 in a January paper; one ending a month or
        # two ahead is this year's, running now: 预计10月到12月 in November)
        m = int_of(mt.group("m") or mt.group("mr") or mt.group("ml"))
        last = int_of(mt.group("mr2") or mt.group("ml2")
                      or (mt.group("m2") if mt.group("m") and not mt.group("y2") else None))
        y = clock.year_of_month(m)
        if last and last > m and clock.month is not None and last > clock.month + _RUNNING_MONTHS:
            y = clock.year_of_month(last)
        if found:
            if years_named is None:
                years_named = TextOrder(sorted((mn for mn in found if mn.year is not None
                                                and (mn.begin or mn.finish) is not None
                                                and not mn.compare),
                                               key=lambda mn: mn.start))
            y = _year_earlier_in_sentence(text, mt.start(), m, years_named) \
                or _year_of_the_report(text, mt.start(), m, years_named) \
                or _year_of_the_story(text, mt.start(), m, years_named, found) or y
        if y is None and seasons and (season := _season(text, *sentence_around(text, mt.start()))):
            y = season[0] if m >= _SEASON_TURN else season[1]
        found.append(_build(text, mt, y, clock, explicit_year=None, rel=None))
    for mt in this_months:
        found.append(_this_month(text, mt, clock))
    for mt in rel_days:
        day = None
        if clock.today is not None:
            day = date.fromordinal(clock.today.toordinal() - _REL_DAYS[mt.group(0)[0]])
        # 昨晚, 昨夜: the day is 昨, its time of day 晚 (what makes it the scene of a story)
        end = mt.end() if mt.group(0)[1] in "天日" else mt.start() + 1
        until = _UNTIL_BEFORE.search(text, max(0, mt.start() - 3), mt.start())
        if until is not None:  # 截至今天: a running total's day, counted to
            found.append(PeriodMention(until.start(), mt.end(), text[until.start():mt.end()], "until",
                                       "open", None, day, True, True))
            continue
        base = _COMPARE_BEFORE.search(text, max(0, mt.start() - 2), mt.start()) is not None
        # 比昨天减少了23个, 较昨天的323人: the base of a comparison, no period of the figure
        found.append(PeriodMention(mt.start(), end, mt.group(0), "period", "day", day, day,
                              False, not base, compare=base))
    if clock.today is not None:
        for mt in bare_days:
            if mt.start() and text[mt.start() - 1] in _NOT_BEFORE_DAY:
                continue
            n = int_of(mt.group(0)[:-1])
            # a day of this month up to a week ahead is a day to come (8日将产生…金牌, filed on
            # the 7th), not last month's
            day = safe_date(clock.today.year, clock.today.month, n) \
                if clock.today.day < n <= clock.today.day + _DAYS_AHEAD else latest_day(clock.today, n)
            if day is None:
                continue
            # 2日—5日, 7日至8日: the days from one to the other, of the first one's month
            to = _DAY_RANGE_END.match(text, mt.end())
            last = safe_date(day.year, day.month, int(to.group(1))) if to is not None else None
            if last is not None and last > day:
                found.append(PeriodMention(mt.start(), to.end(), text[mt.start():to.end()],
                                           "period", "range", day, last, False, True))
            elif (cut := _cut_off_before(text, mt.start())):
                # 截至30日18时,已有近100万人通过审核: a running total up to that day, as
                # 截至10月30日 is
                found.append(PeriodMention(mt.start() - len(cut), mt.end(), cut + mt.group(0),
                                           "until", "open", None, day, True, True))
            else:
                found.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "day", day,
                                      day, False, True))
    if ("节" in text or "元旦" in text or "国庆" in text or "平安夜" in text) \
            and _HOLIDAY_NAMES.search(text) is not None:
        found.extend(_holidays(text, clock))
    if "19" in text or "20" in text:
        found.extend(_edition_years(text))
    for mt in nows:
        lab = mt.group(0)
        until = lab.startswith(("截至", "到目前", "迄今", "至今", "到记者发稿", "到发稿"))
        end = clock.today if until and lab.startswith("截至") else None
        found.append(PeriodMention(mt.start(), mt.end(), lab, "until" if until else "label",
                              "open" if until else "unknown", None, end, until, True))
    era_spans = []
    for mt in eras:
        mn = _era(text, mt, clock)
        if mn is not None:
            found.append(mn)
            era_spans.append((mn.start, mn.end))
    if "年代" in text:
        found.extend(_decades(text, clock))
    for mt in spans:
        if any(a < mt.end() and mt.start() < b for a, b in era_spans):
            continue  # 近3年来 counted back from the publication date, read above
        if clock.month == 1 and mt.group(0) in _PAST_YEAR_IN:
            continue  # (read above, as the year just ended)
        found.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "label", "unknown", None, None,
                              True, True))
    for mt in durings:
        if any(a < mt.end() and mt.start() < b for a, b in era_spans):
            continue  # “九五”期间 is the plan's span, read above
        lab = re.sub(r"^.*[“”]", "", mt.group(0)) or mt.group(0)
        found.append(PeriodMention(mt.end() - len(lab), mt.end(), lab, "label", "unknown", None,
                              None, False, True))
    if "从今" in text and clock.today is not None:
        found.extend(_from_today(text, clock.today))
    if "《" in text:  # (no phrase stands in a title where none opens: most texts)
        found = [m for m in found if not in_title_marks(text, m.start) or _bulletin_year(text, m)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[PeriodMention] = []
    for mn in found:
        if out and mn.start < out[-1].end:
            continue
        out.append(mn)
    if "当" in text and _THAT_DAY.search(text):
        out = _that_days(text, out)
    if ("次日" in text or "翌日" in text or "第二天" in text) and _NEXT_DAY.search(text):
        out = _next_days(text, out)
    if "时" in text and _THAT_TIME.search(text):
        out = _that_times(text, out)
    if "这" in text:
        out = _these_years(out)
    if "同期" in text:
        out = _same_periods(text, out)
    if "报告期" in text or "季" in text or "财年" in text or "Q" in text:
        out = _reports_periods(text, out)
        if ("季度" in text or "Q" in text) and not any(w in text for w in _FISCAL_WORDS):
            out = _quarters_of_the_year(text, out, clock)
    if "同年" in text or "当年" in text or "次年" in text or "翌年" in text or "同一年" in text:
        out = _same_year_months(text, out)
    if "截" in text:
        out = _years_to_date(text, out)
        if "以来" in text:
            out = _since_until(text, out)
        if "时" in text:
            out = _cut_off_hours(text, out)
    if "最" in text or "纪录" in text or "新高" in text:
        # 是历年来缴获数量最多的, 创近10年来最高水平: the span a record is the highest of, no
        # period of the figures around it
        out = [mn._replace(governs=False, compare=True)
               if mn.label.endswith("来") and _RECORD_AFTER.match(text, mn.end) else mn for mn in out]
    if "年" in text and any(mn.granularity == "day" for mn in out):
        out = _days_of_editions(text, out)
    if "考" in text or "录" in text:
        out = _exam_years(text, out)
    if "讯" in text or "电" in text:
        # 本报上海1月8日讯, 新华社北京1月8日电: the day the story was filed, no period of its
        # figures (the page's publication date is read from it elsewhere)
        filed = [m.span(1)[0] for m in DATELINE.finditer(text)]
        if filed:
            out = [mn._replace(governs=False) if mn.start in filed and mn.governs else mn for mn in out]
    return tuple(out)


# A year written before an event's name names which edition it is (2018年举重世界锦标赛,
# 2018年英雄联盟全球总决赛): in a sentence that has already said on which day something happened
# at it (北京时间11月9日晚，在…进行的2018年举重世界锦标赛结束了…争夺，杨哲以196公斤…), the
# figures are that day's.
EDITION_YEAR = re.compile(r"[\u4e00-\u9fffA-Za-z·“”第届]{0,16}?"
                           rf"(?:{_EVENT_WORDS}|世锦赛|总决赛|冠军赛|挑战赛|邀请赛|巡回赛|颁奖典礼)")


_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


# The year an examination that recruits is named by (2019年国考, 2019年国家公务员考试, 2019年中央
# 机关及其直属机构考试录用公务员) is the year its recruits start: registration and exam fall in
# the year before. It dates nothing and fixes no year for the days the page names (10月23日是
# 国考报名第二日).
_EXAM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:国考|省考|公务员考试|录用公务员|公务员录用|公务员招录|"
                         r"公务员招考|联考)")


def _exam_years(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    return [mn._replace(governs=False, frames=False)
            if mn.granularity == "year" and mn.year is not None and mn.kind == "period"
            and _EXAM_AFTER.match(text, mn.end) is not None else mn for mn in out]


def _days_of_editions(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """(see ``EDITION_YEAR``) The edition's year frames nothing after the day of that year
    its sentence named before it; a day of no known year is the edition's."""
    for i, mn in enumerate(out):
        if mn.granularity != "year" or mn.year is None or not mn.governs \
                or not mn.label.endswith("年") or EDITION_YEAR.match(text, mn.end) is None:
            continue
        j = i - 1  # (the phrase right before the year: out is in text order, without overlaps)
        day = out[j] if j >= 0 else None
        if day is None or day.granularity != "day" or day.kind != "period" \
                or day.begin is not None and day.begin.year != mn.year \
                or _SENTENCE_STOP.search(text, day.end, mn.start) is not None:
            continue  # (another year's edition, 11月9日，2016年亚锦赛冠军杨哲…, is a title)
        if day.begin is None:  # (a page of no known year: the day is the edition's)
            md = _MONTH_DAY.fullmatch(day.label)
            try:
                on = date(mn.year, int(md.group(1)), int(md.group(2))) if md else None
            except ValueError:
                on = None
            if on is None:
                continue
            out[j] = day._replace(begin=on, finish=on)
        out[i] = mn._replace(governs=False, frames=False)
    return out


# what ends a sentence, for a year to reach a later month of its own sentence (looked for no
# further back than a long sentence runs)
_YEAR_REACH = 200
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")


# a season over two years: 2018-19赛季, 18/19赛季, 2018—2019赛季
_SEASON = re.compile(r"(?<!\d)(20\d{2}|\d{2})[-/—–－~](\d{2}|20\d{2})赛季")
_SEASON_TURN = 7  # a season's months from July on are of its first year, the rest of its second


def _season(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The two years of the one season text[lo:hi], a month's sentence, names (北京时间11月4日
    消息,18-19赛季CBA常规赛…: November 2018; 2007/08赛季,阿森纳一度在二月份…: February
    2008): a league that plays over the turn of a year, autumn to spring. Not a season another
    sentence names (…之前15-16赛季勇士的开局24连胜: a record recalled, not the page's year),
    nor a sentence naming two."""
    seasons = set()
    for mt in _SEASON.finditer(text, lo, hi):
        first = int(mt.group(1)) + (2000 if len(mt.group(1)) == 2 else 0)
        if int(mt.group(2)) % 100 != (first + 1) % 100:
            return None  # (not two years running: no season)
        seasons.add(first)
    return (first, first + 1) if len(seasons) == 1 else None


def _year_earlier_in_sentence(text: str, at: int, month: int, years_named: TextOrder
                              ) -> int | None:
    """自2018年9月开展活动以来,截至10月30日,共收到…: a month with no year is of the year its
    sentence wrote before it, when the month comes after that phrase's month (2018年9月 … 10月),
    on a dated page too (1995年，海关在4月截获…, in a 1998 paper: April 1995). The last such
    phrase before it is asked; a year written in another sentence fixes nothing here, nor one
    whose month is later (2018年11月…至3月 runs into the next year, or back)."""
    last = years_named.last_within(max(0, at - _YEAR_REACH), at)
    if last is None or _SENTENCE_STOP.search(text, last.end, at) is not None:
        return None
    if last.begin is not None and last.begin.year != last.year \
            or last.finish is not None and last.finish.year != last.year:
        return None  # (a span of years: which one is meant is not said)
    if last.granularity != "year" and (last.finish or last.begin).month > month:
        return None
    return last.year


# from today to a day to come (从今天开始到3月5日, 从今天起至2月底): a span that starts on the
# dispatch's day and ends on the next such day, this year's or, once passed, next year's
_FROM_TODAY = re.compile(r"从今[天日](?:开始|起)?(?:到|至|—)(\d{1,2})月(?:(\d{1,2})日|(底))")


def _from_today(text: str, today: date) -> list[PeriodMention]:
    out = []
    for mt in _FROM_TODAY.finditer(text):
        month = int(mt.group(1))
        year = today.year if month >= today.month else today.year + 1
        end = safe_date(year, month, last_day(year, month) if mt.group(3) else int(mt.group(2)))
        if end is not None and end >= today:
            out.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "range", today, end,
                                     False, True))
    return out


def _year_of_the_report(text: str, at: int, month: int, years_named: TextOrder) -> int | None:
    """搜狗公布2018年第三季度财报。财报显示，截至9月30日，…: a month with no year, in a sentence
    that says what a report shows, right after the sentence that named the report by its
    period, is of that period's year when it falls within it (on a page of no date, too)."""
    s0 = sentence_around(text, at)[0]
    if s0 == 0 or _REPORT_SHOWS_OPENING.match(text, s0) is None:
        return None
    prev = previous_sentence_start(text, s0)
    for mn in reversed(years_named.within(prev, s0)):
        if mn.granularity in ("year", "half_year", "quarter", "range") and mn.year is not None \
                and mn.begin is not None and mn.finish is not None \
                and mn.begin.year == mn.finish.year == mn.year \
                and mn.begin.month <= month <= mn.finish.month \
                and _REPORT_AFTER.match(text, mn.end) is not None:
            return mn.year
    return None


# what a report shows, opening a sentence (财报显示, 报告还显示, 数据显示): the report the
# sentence before named
_REPORT_SHOWS_OPENING = re.compile(r"\s*(?:财报|年报|季报|半年报|报告|公告|数据)还?(?:显示|表明|称)")
# the report a period names, right after it (2018年第三季度财报, 2018年上半年业绩报告)
_REPORT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:财报|年报|季报|半年报|业绩|财务报告|报告)")


def _year_of_the_story(text: str, at: int, month: int, years_named: TextOrder,
                       found: list[PeriodMention]) -> int | None:
    """1938年2月3日,日军在烟台登陆。…2月12日夜,第三军…: a month or a day with no year, in a
    story that gave the full date of a day or month of an earlier year a few paragraphs before
    and has named no other year since (今年, 去年, another year), is of that year when it comes
    after that date's month: the story goes on in its year, not in the paper's."""
    last = years_named.last_within(max(0, at - _STORY_REACH), at)
    if last is None or last.granularity not in ("day", "month") or last.begin is None \
            or last.begin.year != last.year or month < last.begin.month:
        return None
    if any(mn.start >= last.end and mn.start < at and (mn.rel_year is not None
                                                        or mn.year not in (None, last.year))
           for mn in found):
        return None
    return last.year


_STORY_REACH = 800  # characters a story told of another year runs on from its dated day


_RUNNING_MONTHS = 2  # how far past the publication month a span of months may end and be now

# the second day of a span of days of one month written after the first (2日—5日, 7日至8日)
_DAY_RANGE_END = re.compile(r"[—\-~～至到](3[01]|[12]\d|0?[1-9])日")
# Holidays on a fixed day of the year: 元旦清晨,发行员把报纸送到6.4万户家庭 tells of 1 January.
# (Holidays of the lunar calendar, 春节 and 中秋, move from year to year: not here.)
_HOLIDAY_DAYS = {"元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "三八节": (3, 8),
                 "植树节": (3, 12), "劳动节": (5, 1), "五一节": (5, 1), "青年节": (5, 4),
                 "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10),
                 "国庆节": (10, 1), "国庆日": (10, 1), "平安夜": (12, 24), "圣诞节": (12, 25)}
# (the names alone, to find whether a text holds any: 节 stands in 春节, 节日, 环节 and most
# articles hold none of these)
_HOLIDAY_NAMES = re.compile("|".join(sorted(_HOLIDAY_DAYS, key=len, reverse=True)) + "|国庆")
# (a festival's own prefix may stand before it: 三八妇女节, 五一劳动节, 八一建军节; 国庆 alone
# only with a word of the days around it; not a document or a name: 元旦献词, 国庆50周年)
_HOLIDAY = re.compile(r"(?:(?P<y>\d{4})年)?(?:三八|五一|五四|六一|七一|八一)?"
                      r"(?P<h>" + "|".join(sorted(_HOLIDAY_DAYS, key=len, reverse=True)) +
                      r"|国庆(?=前后|前夕|期间|以来|假期|长假|黄金周))"
                      r"(?P<around>前后|前夕|期间|以来|之前|之后|假期|长假|黄金周|来临|到来|临近|将至|"
                      r"前|后)?"
                      r"(?!献词|贺词|社论|致辞|讲话|\d|周年)")
# one end of a span (从今年元旦至12月31日): the span's own phrase dates it
_SPAN_END_AFTER = re.compile(r"[至到—\-~～]|起至")


def _holidays(text: str, clock: Clock) -> list[PeriodMention]:
    """The fixed-day holidays of ``text`` as days: a year written before one fixes it, else
    the latest one on or before the publication day (元旦 in a paper of 2 January 1998 is
    1 January 1998, 国庆节 is 1 October 1997); 以来 after one starts a span there; the days
    around one (元旦前后, 国庆期间, 教师节前夕, 元旦来临, and 元旦、春节期间, whose word comes
    after the list) are vague, a label. One end of a span
    (从今年元旦至12月31日) is left to the span's phrase."""
    out = []
    for mt in _HOLIDAY.finditer(text):
        if _SPAN_END_AFTER.match(text, mt.end()) or text[mt.start() - 1:mt.start()] in ("从", "自") \
                or text[mt.start() - 3:mt.start()] in ("从今年", "自今年", "从去年", "自去年"):
            continue
        name = mt.group("h")
        m, d = _HOLIDAY_DAYS.get(name, (10, 1))
        if mt.group("y"):
            y = int(mt.group("y"))
        elif clock.today is not None:
            y = clock.today.year if (m, d) <= (clock.today.month, clock.today.day) \
                else clock.today.year - 1
        else:
            y = None
        day = safe_date(y, m, d) if y is not None else None
        around = mt.group("around") or ("、" if text[mt.end():mt.end() + 1] in ("、", "和") else None)
        if around == "以来":
            out.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "since", "open", day,
                                     None, True, day is not None, year=None))
        elif around:
            out.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "label", "unknown",
                                     None, None, False, True))
        else:
            out.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "day", day,
                                     day, False, True, year=int(mt.group("y")) if mt.group("y")
                                     else None))
    return out


# 这十年中, 这5年里: a span pointing back at one the text named before (2010-2019年)
_THESE_YEARS = re.compile(r"这([\d一二三四五六七八九十两]{1,3})年")
_THESE_YEARS_REACH = 600  # characters back to the span pointed at


def _these_years(out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each 这N年 (这十年中, 这5年里) dated as the span of N whole years the text
    named last before it (2010-2019年是…的10年。…这十年中建校346所): the reader takes the
    years the text has just given, and 这一年 the one year (根据2017年的财报,…光这1年即实现营收…).
    With no such span named before it, it stays a label."""
    for i, mn in enumerate(out):
        m = _THESE_YEARS.match(mn.label) if mn.kind == "label" else None
        if m is None:
            continue
        n = parse_number(m.group(1))
        for p in reversed(out[:i]):
            if mn.start - p.start > _THESE_YEARS_REACH:
                break
            if p.kind == "period" and whole_years(p) and not p.compare \
                    and p.finish.year - p.begin.year + 1 == n:
                out[i] = mn._replace(kind="period", granularity=p.granularity, begin=p.begin,
                                     finish=p.finish, cumulative=p.cumulative)
                break
    return out


def whole_years(mn: PeriodMention) -> bool:
    """Whether the phrase's dates run from a 1 January to a 31 December (one year or more)."""
    return mn.begin is not None and mn.finish is not None \
        and (mn.begin.month, mn.begin.day) == (1, 1) and (mn.finish.month, mn.finish.day) == (12, 31)


# 同期 opening a sentence or clause (同期，服装…占23.6%): the period the text named last;
# not the base of a comparison (比上年同期, 去年同期, 历史同期), which no clause opens with
_SAME_PERIOD = re.compile(r"同期")
_OPENS_CLAUSE = "。！？；，,:：\n"


def _same_periods(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
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


def _same_year_months(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each 同年10月 (当年3月, 次年5月) dated in the year the text named last before
    it, or the year after for 次年/翌年 (2017年5月,…完成融资。同年10月,…估值2亿元: October 2017);
    with no single year named before it, nothing."""
    named = [mn for mn in out if mn.kind == "period" and not mn.compare
             and mn.granularity in _SINGLE_YEAR and mn.begin is not None]

    def make(mt: re.Match, mn: PeriodMention) -> PeriodMention:
        y = mn.begin.year + (1 if mt.group("w") in ("次年", "翌年") else 0)
        m = small_int(mt.group("m"))
        first = safe_date(y, m, int(mt.group("d") or 1))
        last = first if mt.group("d") else safe_date(y, m, last_day(y, m))
        pre = next((p for p in ("截止到", "截至", "截止") if text.endswith(p, 0, mt.start())), "")
        if pre:  # 截至同年12月3日: a stock up to that day
            return PeriodMention(mt.start() - len(pre), mt.end(), pre + mt.group(0), "until", "open",
                            None, last, True, last is not None)
        return PeriodMention(mt.start(), mt.end(), mt.group(0), "period",
                        "day" if mt.group("d") else "month", first, last, False, first is not None)
    return _pointing_back(out, _SAME_YEAR_MONTH.finditer(text), named, make)


# 截至20时30分, 截至二十时三十分: a cut-off at an hour of the day the text named last
_CUT_OFF_HOUR = re.compile(r"(?:截至|截止到?)(?:[0-2]?\d|[一二三四五六七八九十]{1,3})时"
                           r"(?:(?:[0-5]?\d|[一二三四五六七八九十]{1,3})分)?")


def _cut_off_hours(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each cut-off at an hour alone (截至二十时三十分,…倒塌房屋七万余间) read as a
    cut-off at the end of that hour's day: the day the text named last before it (a dispatch's
    day too). The totals a report gives at an hour are running totals to that day."""
    days = [mn for mn in out if mn.granularity == "day" and mn.finish is not None]
    if not days:
        return out
    day_ends = [mn.end for mn in days]  # (in text order, as ``out`` is)
    starts = [mn.start for mn in out]
    added = []
    for mt in _CUT_OFF_HOUR.finditer(text):
        k = bisect.bisect_right(day_ends, mt.start())
        i = bisect.bisect_right(starts, mt.start())
        if not k or i and out[i - 1].end > mt.start():
            continue  # (no day named before it, or inside a phrase read already)
        added.append(PeriodMention(mt.start(), mt.end(), mt.group(0), "until", "open", None,
                                   days[k - 1].finish, True, True))
    return sorted(out + added, key=lambda mn: mn.start) if added else out


def _years_to_date(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with a year followed by 截至 a day or a month of it (去年截至11月底, 今年截至6月30日,
    1997年截至10月) read as one span, from the year's first day to that day: the year to date,
    which a report's totals cover, not a stock at that day."""
    return _spans_to_cut_offs(text, out, lambda prev, mn: (
        prev.kind == "period" and prev.granularity == "year" and prev.begin is not None
        and mn.finish.year == prev.begin.year and mn.label.startswith(("截至", "截止"))
        and text[prev.end:mn.start] in ("", ",")))


def _since_until(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with a start and a cut-off written one after the other (自2018年9月开展活动以来,
    截至10月30日) read as one span, from the start to the cut-off: what was counted since then
    up to that day (a running total), not a stock at the day alone."""
    return _spans_to_cut_offs(text, out, lambda prev, mn: (
        prev.kind == "since" and prev.begin is not None and mn.finish >= prev.begin
        and text[prev.end:mn.start] in ("", ",", "，")))


def _spans_to_cut_offs(text: str, out: list[PeriodMention], opens) -> list[PeriodMention]:
    """``out`` with each governing cut-off (an ``until`` with its day) merged into the governing
    phrase right before it when ``opens(prev, cut_off)`` says that phrase opens its span: one
    running total from the phrase's start to the cut-off."""
    merged: list[PeriodMention] = []
    for mn in out:
        prev = merged[-1] if merged else None
        if prev is not None and mn.kind == "until" and prev.governs and mn.governs \
                and mn.finish is not None and opens(prev, mn):
            merged[-1] = prev._replace(end=mn.end, label=text[prev.start:mn.end], kind="period",
                                       granularity="range", finish=mn.finish, cumulative=True)
            continue
        merged.append(mn)
    return merged


# 报告期内, 本季度, 该财年: the period of the report the text dated before (截至2018年9月30日的
# 第二财季业绩显示,报告期内公司实现营收912亿元)
_THE_REPORTS_PERIOD = re.compile(r"(?:本)?报告期内?")
# (a quarter points back to a quarter or a span up to a day, a financial year to a year)
_THE_QUARTER = re.compile(r"(?:本|该|这一|当)(?:季度|财季)")
_THE_FINANCIAL_YEAR = re.compile(r"(?:本|该|这一|当)财年")
# 第二财季, 第三季度 written again without its date, after the text dated it (…的第二财季)
_NAMED_QUARTER = re.compile(r"第(?P<n>[一二三四1-4])(?:个)?(?P<k>财季|财政季度|季度)"
                            # (or without 第, as news writes it: 三季度营收; not a count, 连续三季度,
                            # nor a quarter's end, 三季度末, nor one counted from another, 上一季度)
                            r"|(?<![前上下这本该同近连续每各两第\d一二三四])(?P<bn>[一二三四])(?P<bk>季度)(?![末底])"
                            # (or as web pages write it: Q3)
                            # (not a financial year's: 2018财年Q4)
                            r"|(?<![0-9A-Za-z])(?<!财年)Q(?P<qn>[1-4])(?![0-9A-Za-z])")


def _quarter_key(mt: re.Match) -> str:
    """The quarter a _NAMED_QUARTER match names, with or without 第 (第三季度 = 三季度)."""
    n = mt.group("n") or mt.group("bn") or mt.group("qn")
    return f"{_CN_Q[n]}{'财' if '财' in (mt.group('k') or '') else ''}"


def _reports_periods(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each 报告期内 (本季度, 该财年) as the period the text dated last before it,
    and each quarter named again (此外,第二财季…) as the period its first naming dated
    (截至2018年9月30日的第二财季); with nothing dated before, nothing."""
    named = [mn for mn in out if mn.kind in ("period", "until") and mn.governs and not mn.compare
             and (mn.begin is not None or mn.finish is not None)]
    if not named:
        return out
    def again_as(mt, mn):
        return mn._replace(start=mt.start(), end=mt.end(), label=mt.group())

    out = _pointing_back(out, _THE_REPORTS_PERIOD.finditer(text), named, again_as)
    out = _pointing_back(out, _THE_QUARTER.finditer(text),
                         [mn for mn in named if mn.granularity == "quarter" or mn.kind == "until"],
                         again_as)
    out = _pointing_back(out, _THE_FINANCIAL_YEAR.finditer(text),
                         [mn for mn in named if mn.granularity in ("year", "range") or mn.kind == "until"],
                         again_as)
    dated: dict[str, PeriodMention] = {}
    ends = {mn.end: mn for mn in named}
    again = []
    for mt in _NAMED_QUARTER.finditer(text):
        mn = ends.get(mt.start() - 1) if text[mt.start() - 1:mt.start()] == "的" else ends.get(mt.start())
        if mn is None:  # (the quarter written with its year: 2018年第三季度财报)
            mn = ends.get(mt.end())
            if mn is not None and not (mn.start < mt.start() and mn.granularity == "quarter"):
                mn = None
        key = _quarter_key(mt)
        if mn is not None:
            dated.setdefault(key, mn)
        elif key in dated:
            again.append((mt, _in_later_year(dated[key], named, mt.start())))
    if not again:
        return out
    taken = [(mn.start, mn.end) for mn in out]
    added = [mn._replace(start=mt.start(), end=mt.end(), label=mt.group())
             for mt, mn in again if not any(a < mt.end() and mt.start() < b for a, b in taken)]
    return sorted(out + added, key=lambda m: m.start) if added else out


def _in_later_year(first: PeriodMention, named: list[PeriodMention], at: int) -> PeriodMention:
    """A quarter named again is the quarter its first naming dated, in a later year when the
    text has since dated a quarter of that year (2017年第二季度… 2018年第一季度…; 第二季度 is
    2018's); a look back to an earlier year in between (2018年第一季度… 2017年第四季度…;
    第一季度) leaves it where it was."""
    later = [mn for mn in named if mn.granularity == "quarter" and mn.start < at and mn.begin
             and first.begin and mn.begin.year > first.begin.year]
    if not later:
        return first
    shift = later[-1].begin.year - first.begin.year
    return first._replace(begin=first.begin.replace(year=first.begin.year + shift),
                          finish=first.finish.replace(year=first.finish.year + shift))


# A quarter without its year (截至三季度末, 一季度, 前三季度): the year the page is of. Not a
# quarter counted from another (上一季度, 这一季度, 每季度), nor one a year written before it
# already dates (2018年第三季度 is read with its year).
_QUARTER_ONLY = re.compile(r"(?P<pre>截至|截止到?)?(?:(?P<q3>前三季度)|第?(?P<q>[一二三四1-4])季度(?P<e>末|底)?"
                           r"|(?<![0-9A-Za-z])(?<!财年)Q(?P<qq>[1-4])(?![0-9A-Za-z]))")
# (nor the second of a list or span of quarters, 第三、四季度, 一至三季度: the first one's year)
_NOT_BEFORE_QUARTER = frozenset("上下这那每该本同近年度个第前后半0123456789一二三四五六七八九十、和至到—-~")


def _quarters_of_the_year(text: str, out: list[PeriodMention], clock: Clock) -> list[PeriodMention]:
    """``out`` with each quarter written without its year read in the year the page is of
    (the publication year, or the one year a web page writes): a quarter whose first month
    is still ahead of the publication date is last year's, as a bare month is. Where the
    text names a financial year (财年, 财季), its quarters are the company's, not the
    calendar's: not read here."""
    taken = [(mn.start, mn.end) for mn in out]
    added = []
    report = None  # (the report's year and last month, asked once: see _report_quarters)
    for mt in _QUARTER_ONLY.finditer(text):
        s = mt.start("q3") if mt.group("q3") else mt.start()
        if not mt.group("pre") and text[s - 1:s] in _NOT_BEFORE_QUARTER:
            continue
        if any(a < mt.end() and mt.start() < b for a, b in taken):
            continue
        if mt.group("q3"):
            y = clock.year_of_month(9)
            first, last = 1, 9
        else:
            q = _CN_Q[mt.group("q") or mt.group("qq")]
            first, last = 3 * q - 2, 3 * q
            y = clock.year_of_month(first)
        if y is None:
            if report is None:
                report = _report_quarters(out, text)
            if report[0] is None or last > report[1]:
                continue
            y = report[0]
        b, f = safe_date(y, first, 1), safe_date(y, last, 31)
        if mt.group("pre") or mt.group("e"):
            # 截至三季度末, 三季度末: up to the quarter's end (a running total when 截至 says so)
            added.append(PeriodMention(mt.start(), mt.end(), mt.group(), "until", "open", None, f,
                                       bool(mt.group("pre")), True))
        else:
            added.append(PeriodMention(mt.start(), mt.end(), mt.group(),
                                       "period", "range" if mt.group("q3") else "quarter", b, f,
                                       False, True))
    return sorted(out + added, key=lambda m: m.start) if added else out


# a company's own year, whose quarters are not the calendar's (2019财年第一季度, 第二财季)
_FISCAL_WORDS = ("财年", "财季", "财政年度", "财政季度", "会计年度")


def _report_quarters(out: list[PeriodMention], text: str) -> tuple[int | None, int]:
    """(year, last month) of the report a page of no known year is about: the first quarter,
    half or first three quarters of a year named with its report (搜狗发布2018年第三季度财报).
    A quarter of that year up to the report's is written without its year (二季度, 上半年's
    一季度): the page compares the report with the quarters before it. (None, 0) when the
    page names no such report."""
    for mn in out:
        if mn.granularity in ("quarter", "half_year", "range") and mn.year is not None \
                and mn.begin is not None and mn.finish is not None \
                and mn.begin.year == mn.finish.year == mn.year \
                and _REPORT_AFTER.match(text, mn.end) is not None:
            return mn.year, mn.finish.month
    return None, 0


def _pointing_back(out: list[PeriodMention], matches, named: list[PeriodMention], make) -> list[PeriodMention]:
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


# 当时, 彼时, 那时, 其时: the time the text last named ("at that time"), not 当时间 or 那时候起
_THAT_TIME = re.compile(r"(?:当|彼|那|其)时(?![间候刻代期段起]|以来|开始)")


def _that_times(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each 当时 (彼时, 那时, 其时) as the period or cut-off the text dated last
    before it in the same paragraph (2015年12月21日,汪某成为股东。彼时,注册资本从110万元增加
    到423.52万元: that day; 截至2017年6月30日的财报…当时移动业务亏损1.29亿美元: up to that
    day). With no date named before it in the paragraph, it stays no period."""
    named = [mn for mn in out if mn.kind in ("period", "until") and mn.governs and not mn.compare
             and (mn.begin is not None or mn.finish is not None)]

    def again_as(mt: re.Match, mn: PeriodMention) -> PeriodMention:
        return mn._replace(start=mt.start(), end=mt.end(), label=mt.group(0))

    starts = [mn.start for mn in named]
    matches = [mt for mt in _THAT_TIME.finditer(text)
               if (k := bisect.bisect_right(starts, mt.start()) - 1) >= 0
               and text.find("\n", named[k].end, mt.start()) < 0]
    return _pointing_back(out, matches, named, again_as)


def _that_days(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each 当天 (当日, 当晚, 当夜) as the day the text last named before it: a
    story tells what happened that day after naming it once. With no day named before it, it
    stays no period."""
    # (a cut-off at a day names it too: 截至13日早晨,…共收到…。当天下午,…送去50余万元)
    days = [mn for mn in out if mn.granularity == "day" and mn.begin is not None
            or mn.kind == "until" and mn.finish is not None and mn.label.endswith(("日", "号"))]
    return _pointing_back(out, _THAT_DAY.finditer(text), days, lambda mt, day: PeriodMention(
        mt.start(), mt.end(), mt.group(0), "period", "day", day.finish, day.finish, False, True))


# 次日, 翌日, 第二天: the day after the one the text last named (not 第二天起, a start)
_NEXT_DAY = re.compile(r"(?:次日|翌日|第二天)(?!起|开始)")


def _next_days(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``out`` with each 次日 (翌日, 第二天) as the day after the day the text last named before
    it (1月8日,…。次日,…又捐款5万元: 9 January), as 当天 is that day. With no day named
    before it, it stays no period."""
    days = [mn for mn in out if mn.granularity == "day" and mn.begin is not None]

    def next_of(mt: re.Match, day: PeriodMention) -> PeriodMention:
        d = date.fromordinal(day.begin.toordinal() + 1)
        # (it dates its own sentence: a story's 第二天 moves on from a scene, it opens no frame)
        return PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "day", d, d, False, True,
                             frames=False)

    # (not in a routine, 每天下午来,第二天早晨回去: every next day)
    told = [mt for mt in _NEXT_DAY.finditer(text)
            if text.find("每", sentence_around(text, mt.start())[0], mt.start()) < 0]
    return _pointing_back(out, told, days, next_of)


def _bulletin_year(text: str, mn: PeriodMention) -> bool:
    """The year that opens the title of a statistical bulletin (《2016年度…统计公报》), or the
    part of a year that opens a report's (《2018年1-6月中国游戏产业报告》, 《2018年三季度…报告》):
    the time its figures are for, unlike a year in the title of a book, a regulation or a report
    on a whole year (《2018年政府工作报告》 tells of the year before)."""
    if mn.year is None or text[mn.start - 1:mn.start] != "《":
        return False
    return _BULLETIN_TITLE.match(text, mn.end) is not None \
        or mn.granularity in ("month", "range", "quarter") and mn.begin is not None \
        and mn.finish is not None and mn.begin.year == mn.finish.year \
        and _REPORT_TITLE.match(text, mn.end) is not None


def anchor_year(text: str, mn: PeriodMention, clock: Clock) -> tuple[bool, int | None]:
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
    if in_title_marks(text, mn.start):
        names = mn.year is not None and (_bulletin_year(text, mn) or (
            text[mn.start - 1:mn.start] == "《" and _REPORT_SHOWS.match(text, mn.end) is not None))
        return names, mn.year
    if not mn.governs:
        if mn.compare or _TARGET_BEFORE.search(text, max(0, mn.start - 4), mn.start) is None:
            return False, None
        cs, _ = clause_around(text, mn.start)
        if text.rfind("从", cs, mn.start) >= 0:
            return False, None  # the end of a span: 从2012年底到2017年底
    return True, (mn.year if mn.year is not None else clock.rel(mn.rel_year))


# what a year stands before when it is when something began or someone was born (1955年出生,
# 1971年建县, 1974年开工): a moment of the story, not a year the text goes on to report on
EVENT_YEAR_AFTER = re.compile(r"[^,，。]{0,4}?(?:出生|生[,，于人]|开工|动工|建成|成立|创办|创建|建县|建市|"
                              r"建厂|建校)")


def _bare_years(text: str, matches: list[re.Match], found: list[PeriodMention], clock: Clock
                ) -> list[PeriodMention]:
    """年末, 全年, 年内, 当年 read in the year the text last named before them (2016年全省…。
    …年末…: 31 December 2016), a named relative year in its year when the publication date
    fixes it. With no year named before them they are labels, never the publication year's:
    年底 in a January paper is as often the year just ended. 当年 counts only after a year
    named in its sentence or the one before; elsewhere it is mostly a story's "back then". The
    year something was founded in (1971年建县) is that 当年's, never a later 全年's or 年底's."""
    anchors = []
    founded = []  # (start, year, phrase) of the years something began in
    for mn in found:
        names, year = anchor_year(text, mn, clock)
        if names:
            (founded if EVENT_YEAR_AFTER.match(text, mn.end) else anchors).append((mn.start, year, mn))
    if "财年" in text:
        # a fiscal year (2018财年) is not the calendar year its 全年 would be read in
        anchors.extend((mt.start(), None, None) for mt in _FISCAL_YEAR.finditer(text))
    anchors.sort(key=lambda a: a[0])
    starts = [a[0] for a in anchors]
    with_founded = sorted(anchors + founded, key=lambda a: a[0]) if founded else anchors
    starts_with_founded = [a[0] for a in with_founded]
    out = []
    for mt in sorted(matches, key=lambda mt: mt.start()):
        s, e = mt.start(), mt.end()
        part = mt.group("part") if mt.re is _BARE_PART else None
        that = part is None and mt.group("that")
        if that:
            k = bisect.bisect_left(starts_with_founded, s)
            if not k or with_founded[k - 1][0] < previous_sentence_start(text, s):
                continue  # 当年 far from any year is a story's "back then", no period
            y, named = with_founded[k - 1][1], with_founded[k - 1][2]
        else:
            k = bisect.bisect_left(starts, s)
            y, named = (anchors[k - 1][1], anchors[k - 1][2]) if k else (None, None)
        if part and (y is None or named is None or _SPAN_FROM_AFTER.match(text, named.end)
                     or named.start < previous_sentence_start(text, s)):
            # (a half of no year named in its sentence or the one before is no period, not even
            # a label over a dated one: which year's half is not said; nor one after a year a
            # span runs from, 2012年至今…小米上半年营收)
            continue
        pre = "" if part else (mt.group("pre") or "")
        if part:
            first, last = _PART_MONTHS[part]
            kind, gran = "period", "half_year"
            b, f = safe_date(y, first, 1), safe_date(y, last, last_day(y, last))
        elif mt.group("ye"):
            kind, gran, b, f = "until", "open", None, safe_date(y, 12, 31)  # (年末, 年底)
        else:
            kind, gran, b, f = "period", "year", safe_date(y, 1, 1), safe_date(y, 12, 31)
        if named is not None and named.governs and not in_title_marks(text, named.start) \
                and (named.kind, named.begin, named.finish) == (kind, b, f) \
                and named.start >= sentence_around(text, s)[0] \
                and not (out and out[-1].start > named.start):
            continue  # 2023年,…全年发放…: the year its sentence names says it already
        _, ce = clause_around(text, s)
        ahead = LOOKS_AHEAD.search(text, max(sentence_around(text, s)[0], s - 6), ce) is not None
        governs = not ahead and not text.startswith(("前", "之前", "以前", "起"), e)
        if pre in ("到", "至") and (y is None or clock.year is None or y >= clock.year):
            governs = False  # 到年底: a target unless the year is past
        until = pre.startswith("截")
        # (a half with no year of its own is its clause's, a base after 比 (比上半年低9.2个百分点)
        # or a contrast (而上半年是下降7.1%): no frame of the sentences after it)
        compare = part is not None and (_COMPARE_BEFORE.search(text, max(0, s - 2), s) is not None
                                        or text[s - 1:s] == "而")
        out.append(PeriodMention(s, e, mt.group(0), "until" if until else kind,
                            "open" if until else gran, None if until else b, f, until,
                            governs and not compare, compare=compare, frames=not that and not part))
    return out


# Spans of years a reader dates without a four-digit year: a count back from now (近3年来,
# 4年投资…), a year in two digits (从13年到15年, 98年底), a five-year plan (“九五”期间, 十三五
# 以来) and the vague ends of a century (本世纪末: a label, no dates).
_SMALL = r"[\d一二两三四五六七八九十]{1,3}"
_FLOW_AFTER = r"(?:投资|累计|共|完成|建成|新增|新建|减少|增加|增长|引进|实现|投入|发放|帮助|解决)"
_ERAS = re.compile(
    # the first-character test of the other scans is too wide here (every numeral): a number
    # must be followed by 年 or 五 right away
    r"(?=[近过最这“本上’今未]|[从自]\d|[\d一二两三四五六七八九十]{1,3}[年五])"
    # (今后3年, 未来的五年内: the years to come, from the publication year on)
    rf"(?:(?P<fwd>(?:今后|未来)的?(?P<fn>{_SMALL})个?年(?:内|里|中|间|时间里)?)"
    rf"|(?P<back>(?:最近|近|过去|这)?(?<![\d年第])(?P<n>{_SMALL})年(?:来|以来|间(?=[,，])|(?={_FLOW_AFTER})))"
    r"|(?:(?P<pre>从|自)(?P<a>\d\d)年(?:到|至|—|-|~)(?P<b>\d\d)年)"
    r"|(?:(?<![\d.])(?P<c>\d\d)年(?P<ce>底|末))"
    r"|(?:“?(?P<plan>十[一二三四]|[一二三四五六七八九十])五”?(?P<pw>期间|时期|以来|末))"
    r"|(?P<century>本世纪末|本世纪初|上世纪末|上世纪初)"
    # ’97财金大势回眸, ’97世界航天十大新闻: a year in two digits after an apostrophe, the year a
    # review looks back on (see _era: in an event's name, ’98华夏城乡游, it dates nothing)
    r"|(?:’(?P<ap>\d\d)(?![\d.%])(?=[\u4e00-\u9fff“《—])))")
# A numeral right before 年 or 五 and what must follow them: every ``_ERAS`` match but 本世纪末
# holds one (3年来, 3年以来, 3年投资: 来, 以 or a _FLOW_AFTER word's first character; 13年到15年,
# 98年底; “九五”期间, 十三五以来)
_ERA_ANCHOR = re.compile(r"[\d一二两三四五六七八九十](?=年[来以间底末到至—\-~"
                         + "".join(sorted({w[0] for w in _FLOW_AFTER[3:-1].split("|")}))
                         + r"]|五”?[期时以末])")
# what makes the years ahead no span of a figure: a second end (今后5年到10年内) or 的 that makes
# them a noun's (今后三年世界经济发展前景的问题)
_NOT_THE_YEARS_AHEAD = re.compile(r"(?:到|至|—|-|~|或)[\d一二两三四五六七八九十]|的")
# and what they stand after when they set the time of their clause: its start, or 在/于/从
# (在今后30年里; not 回答今后三年…的问题, 为今后五年…奠定基础, 把今后的3年作为…)
_YEARS_AHEAD_AFTER = frozenset("，,。；;：:！？!?\n 　)）在于从")
# what stands before N年间 that opens its clause
_YEARS_BACK_AFTER = frozenset("，,。；;：:！？!?\n 　)）在")
# 用5年建成, 计划3年完成: a span still ahead, not one counted back
_AHEAD = re.compile(r"(?:用|分|再|未来|今后|计划|力争|争取|将|要|需要|需)$")


_APOSTROPHE = re.compile("’")
# what a review of a year is called (’97财金大势回眸, ’97世界航天十大新闻, ’97医药科技大事)
_LOOKS_BACK_ON = re.compile(r"回眸|回顾|盘点|十大|大事|综述|述评|扫描|纵览|总结|年鉴")


# A decade (50年代, 八十年代, 1990年代, 本世纪70年代, 上世纪80年代, 从60年代到90年代): its ten
# years. A part of one (80年代初, 60年代中期), a decade entered or counted from (进入90年代,
# 90年代以来) says no years a reader would write down: a label, which no year around it
# overrides.
_DECADE = re.compile(r"(?P<c>本世纪|上个?世纪|(?:19|20|十九|二十)世纪)?"
                     r"(?<![\d.])(?P<d>(?:1[89]|20)?[1-9]0|[二三四五六七八九]十)年代"
                     r"(?:(?P<to>到|至|—|-|~)(?P<c2>本世纪|上个?世纪)?(?P<d2>[1-9]0|[二三四五六七八九]十)年代)?"
                     r"(?P<part>初期?|中期|中叶|末期?|中后期|后期|前期|上半期|下半期|以来|以后|以前)?")
_CENTURY_WORDS = {"十九世纪": 1800, "19世纪": 1800, "二十世纪": 1900, "20世纪": 1900}


def _decade_start(digits: str, century: str | None, clock: Clock) -> int | None:
    """The first year of a decade as written: 1990年代 itself, 70年代 of the century named
    before it, or the latest such decade begun by the publication year."""
    n = small_int(digits)
    if n is None:
        return None
    if n >= 100:
        return n
    if century in _CENTURY_WORDS:
        return _CENTURY_WORDS[century] + n
    if clock.year is None:
        return None
    base = clock.year // 100 * 100
    if century == "本世纪":
        return base + n
    if century is not None:  # 上世纪, 上个世纪
        return base - 100 + n
    return base + n if base + n <= clock.year else base - 100 + n


# what a decade that sets the time of its clause stands after: the clause's start or a word
# that opens a time (在80年代, 早在20世纪60年代, 进入90年代); one after a verb or inside a list
# qualifies a noun (经受住80年代末、90年代初国际国内政治风波) and dates no figure
_DECADE_OPENS_AFTER = frozenset("。！？；;，,：:!?\n 　)）讯电")
_DECADE_OPENING_WORDS = ("在", "从", "自", "于", "到", "至", "进入", "步入", "直到", "截至")


def _decades(text: str, clock: Clock) -> list[PeriodMention]:
    out = []
    for mt in _DECADE.finditer(text):
        s, e, label = mt.start(), mt.end(), mt.group(0)
        opens = s == 0 or text[s - 1] in _DECADE_OPENS_AFTER or text.endswith(_DECADE_OPENING_WORDS, 0, s)
        first = _decade_start(mt.group("d"), mt.group("c"), clock)
        last = first
        if mt.group("d2"):
            last = _decade_start(mt.group("d2"), mt.group("c2") or mt.group("c"), clock)
            if first is not None and last is not None and last <= first:
                last = None
        if first is None or last is None or mt.group("part") or text.endswith(("进入", "步入"), 0, s):
            out.append(PeriodMention(s, e, label, "label", "unknown", None, None, False, opens))
        else:
            out.append(PeriodMention(s, e, label, "period", "range", date(first, 1, 1),
                                     date(last + 9, 12, 31), False, opens))
    return out


def _century_of(yy: int, clock: Clock) -> int | None:
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


def _era(text: str, mt: re.Match, clock: Clock) -> PeriodMention | None:
    s, e, label = mt.start(), mt.end(), mt.group(0)
    if mt.group("fwd"):
        n = small_int(mt.group("fn"))
        if not n or n > 30 or _NOT_THE_YEARS_AHEAD.match(text, e) \
                or s and text[s - 1] not in _YEARS_AHEAD_AFTER:
            return None
        if clock.month is None:
            return PeriodMention(s, e, label, "label", "unknown", None, None, False, True,
                                 frames=False)
        # counted on from the publication date: from its year when the page is from the first
        # half of a year, else from the next (as a count back ends on the last full year); a
        # plan's years frame the figures of their own sentence, not the paragraph after it
        first = clock.year if clock.month <= 6 else clock.year + 1
        return PeriodMention(s, e, label, "period", "range", safe_date(first, 1, 1),
                             safe_date(first + n - 1, 12, 31), False, True,
                             basis="publication_date", frames=False)
    if mt.group("back"):
        n = small_int(mt.group("n"))
        if not n or n > 50 or _AHEAD.search(text, max(0, s - 4), s):
            return None
        if label.endswith("间") and s and text[s - 1] not in _YEARS_BACK_AFTER:
            # 4年间,驻军部队先后投入240万个劳动日: the years a clause opens on, counted back as
            # 4年来 is (not 前4年间, 头两年间: the first years of something)
            return None
        if clock.month is None:
            return PeriodMention(s, e, label, "label", "unknown", None, None, True, True)
        # counted back from the publication date: the last full year before it when the page is
        # from the first half of a year, else the publication year itself
        last = clock.year - 1 if clock.month <= 6 else clock.year
        return PeriodMention(s, e, label, "period", "range", safe_date(last - n + 1, 1, 1),
                        safe_date(last, 12, 31), True, True, basis="publication_date")
    if mt.group("a"):
        a, b = _century_of(int(mt.group("a")), clock), _century_of(int(mt.group("b")), clock)
        if a is not None and b is not None and not 0 < b - a < 10:
            return None
        return PeriodMention(s, e, label, "period", "range", safe_date(a, 1, 1), safe_date(b, 12, 31), False,
                        True)
    if mt.group("c"):
        y = _century_of(int(mt.group("c")), clock)
        return PeriodMention(s, e, label, "until", "open", None, safe_date(y, 12, 31), False, True)
    if mt.group("ap"):
        y = _century_of(int(mt.group("ap")), clock)
        if y is None or _LOOKS_BACK_ON.search(text, e, e + 12) is None:
            return None  # ’98香港玩具展览会, ’99世界邮展: an event's name, not the time of a figure
        return PeriodMention(s, e, label, "period", "year", safe_date(y, 1, 1), safe_date(y, 12, 31),
                             False, True, year=y)
    if mt.group("plan"):
        name = mt.group("plan")
        n = 10 + CN_SMALL.get(name[1:], 0) if name.startswith("十") else CN_SMALL[name]
        first = _plan_start(n)
        word = mt.group("pw")
        if word == "以来":
            return PeriodMention(s, e, label, "since", "open", safe_date(first, 1, 1), None, True, True)
        if word == "末":
            return PeriodMention(s, e, label, "until", "open", None, safe_date(first + 4, 12, 31), False,
                            True)
        return PeriodMention(s, e, label, "period", "range", safe_date(first, 1, 1),
                        safe_date(first + 4, 12, 31), False, True)
    return PeriodMention(s, e, label, "label", "unknown", None, None, False, True)


def _this_month(text: str, mt: re.Match, clock: Clock) -> PeriodMention:
    rm = mt.group("rm")
    d = int_of(mt.group("d"))
    y = m = None
    if clock.month is not None:
        y, m = clock.year, clock.month
        if rm != "本月":
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    after = text[mt.end():mt.end() + 1]
    if d:
        b = f = safe_date(y, m, d) if m else None
        mn = PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "day", b, f, False, True)
    elif mt.group("since"):
        mn = PeriodMention(mt.start(), mt.end(), mt.group(0), "since", "open",
                      safe_date(y, m, 1) if m else None, None, True, True)
    else:
        mn = PeriodMention(mt.start(), mt.end(), mt.group(0), "period", "month",
                      safe_date(y, m, 1) if m else None, safe_date(y, m, 31) if m else None, False, True)
        if mt.group("pre") or mt.group("e"):
            mn = PeriodMention(mn.start, mn.end, mn.label, "until", "open", None, mn.finish,
                          bool(mt.group("pre")), True)
    if after == "起":
        mn = PeriodMention(mn.start, mn.end, mn.label, "effective", mn.granularity, mn.begin,
                      mn.finish, False, False)
    return mn


# what a record is said to be, a few characters after the span it is the record of
_RECORD_AFTER = re.compile(r"[^,，。;；:：]{0,8}?(?:最[多高好大低少快佳长早]|之最|新高|新低|纪录)")
# a count right before a date: the date is part of what is counted (4张8月12日演唱会门票)
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千]\s*[张个间场份套件台辆只]\Z")
DATELINE = re.compile(r"(?:社|报|网|台|电视台|日报|晚报)[\u4e00-\u9fff]{0,8}?(?:\([\u4e00-\u9fff]{2,8}\))?"
                       r"(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日(?:电|讯|消息)")
# a web page's dateline: 新浪科技讯 北京时间11月8日早间消息, the day it was filed on by the
# clock of Beijing whatever city it reports from (the month and the day as DATELINE's groups)
WEB_DATELINE = re.compile(r"北京时间(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日"
                          r"(?:[早上中下]午|晚间?|凌晨|早间|早)?消息")


CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0", "O": "0"}
# (one numeral, then three: a pattern opening with a repeat gives ``re`` no first character to
# skip to, one opening with a class does)
CN_YEAR = re.compile(r"[〇○零一二三四五六七八九][〇○零一二三四五六七八九]{3}(?=年)")
# whether a text holds one: a scan that skips from 年 to 年 and looks behind it, where CN_YEAR
# is tried at every numeral (一, 二 are everywhere), at six times the cost
HAS_CN_YEAR = re.compile(r"年(?<=[〇○零一二三四五六七八九]{4}年)")
