"""Comparisons fix the current period and record the base: ``较2023年同期增长8.5%`` dates the
figure it qualifies to the period after the compared one and records 2023 as ``compared_to``,
so that derived values (the base year's value) can be computed later (``facts``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .records import Figure, Period
from .period_calendar import Clock, safe_date
from .period_phrases import RATIO_UNITS
from .period_text import clause_around, LONG_SPAN, sentence_around

if TYPE_CHECKING:  # (periods calls the comparisons with its phrases)
    from .periods import Phrases


# 同比 / 比上年同期: the same span one year before the figure's own
_SAME_SPAN_BEFORE = re.compile(r"同比|(?:比|较|与)上年同期")
# the comparison opens the clause after the figure: 产值100亿元,比上年增长8%; the figures of a
# list, each with its own (销售收入179亿元、利税16.2亿元,分别比上年增长21.3%和22%; 均比上年)
_COMPARE_OPENS = re.compile(r"[,,]\s*(?:分别|均|都)?(?:比|较|与|同)")


# Between a comparison base and a figure that is that base's value: 比上年的|38888.39亿元, and
# the same span told with its own verb: 去年同期为|16亿元, 而上年度同期为|16·2亿美元, and
# with what it measures: 上年同期的占比为|15.7%, 去年同期的销售额是|3亿元
_IS_BASE = re.compile(r"(?:同期)?的|同期(?:的[\u4e00-\u9fff]{1,6}?)?(?:则|也|仅|只)?"
                      r"(?:为|是|达|达到|有|只有)"
                      # (and the measure named again after a dated base, 同比2017年第三季度营业费用
                      # 人民币|1.076亿元: that quarter's value; not a change, 比上年增长|8%)
                      r"|(?P<measure>[\u4e00-\u9fff]{2,8}?)(?:为|是|达|达到)?(?:人民币)?")
_CHANGE = re.compile(r"增|减|升|降|涨|跌|落|贬|多|少|高|低|提|扩|缩|翻|超|占|了|相比|比较|同期")
_FROM = re.compile(r"^(?:截至|截止到?|截止至|自从|自|从)")
# (财季, Q3, 财年: a company's quarter or fiscal year is no calendar year either)
_PART_OF_YEAR = re.compile(r"季|上半年|下半年|前\d+个?月|\d{1,2}(?:-|—|~|至|到)?\d{0,2}月|[一二三四五六七八九十]+月|"
                           r"以来|春节|假期|期间|财年|(?<![A-Za-z])[QH][1-4](?![\dA-Za-z])")


def _shift(p: Period, years: int, label: str | None = None) -> Period | None:
    """The same span ``years`` later (earlier when negative)."""
    if p.end is None:
        return None
    start = None if p.start is None else safe_date(p.start.year + years, p.start.month, p.start.day)
    end = safe_date(p.end.year + years, p.end.month, p.end.day)
    if label is None and p.granularity == "year":
        label = f"{end.year}年"
    elif label is None and p.start is None:
        label = f"{end.year}年末" if (end.month, end.day) == (12, 31) else None
    return Period(label, start, end, p.granularity, False)


def _year(y: int | None, label: str | None = None) -> Period | None:
    if y is None:
        return None
    return Period(label or f"{y}年", safe_date(y, 1, 1), safe_date(y, 12, 31), "year", False)


def _told_as_base(text: str, fig: Figure, phrases: Phrases, lo: int, hi: int) -> bool:
    """Does the figure's own clause name a comparison base right before it as that base's
    value (上年同期为|6.83万辆, 去年同期的|3650万美元)?"""
    if fig.period is None or fig.period.end is None:
        return False  # (no span of its own to count the base's back from)
    bases = [m for m in phrases.starting_in(lo, hi) if m.compare]
    if not bases:
        return False
    between = _IS_BASE.fullmatch(text, bases[-1].end, fig.char_start)
    return between is not None and not between.group("measure")


def compare(text: str, fig: Figure, phrases: Phrases, clock: Clock,
             clause: tuple[int, int]) -> None:
    """比上年增长8%, 较2023年同期增长8.5%, 产值100亿元,同比增长5%: record the base the figure is
    compared with (``compared_to``) and, when nothing else dates the figure, date it to the
    period after the base (the compared year + 1; 比上年 with no year: the year before the
    publication year, the base the one before that). ``clause``: the figure's."""
    cs, ce = clause
    lo, hi = cs, fig.char_start
    if _COMPARE_OPENS.match(text, ce) and not _told_as_base(text, fig, phrases, lo, hi):
        # (not when the figure's own clause tells it as its base's value: 上年同期为6.83万辆,
        # 同比增长83%: the next clause compares the figure before it, not this one)
        # the figure the next clause compares: 收入100亿元,比上年增长8%
        _, next_end = clause_around(text, ce + 1)
        lo, hi = ce, next_end
    bases = [m for m in phrases.starting_in(lo, hi) if m.compare]
    base = bases[-1] if bases else None
    same_span = _SAME_SPAN_BEFORE.search(text, lo, hi) if hi - lo <= LONG_SPAN else None
    if base is None and same_span is None:
        return
    own = fig.period if fig.period is not None and fig.period.end is not None else None
    previous_year = base is not None and base.label.startswith("上年") or \
        base is None and same_span is not None
    between = _IS_BASE.fullmatch(text, base.end, fig.char_start) if base is not None else None
    if between is not None and between.group("measure") \
            and (base.year is None or fig.unit in RATIO_UNITS or _CHANGE.search(between.group("measure"))):
        # (a measure after a year written out only; never a change's verb, and a rate is the
        # change, never the base's value: 超过1996年全年入境人数|2.42%)
        between = None
    if between and own is not None:
        # 比上年的38888.39亿元: the figure is the base itself, of the period compared with; 去年同期的
        # 3650万美元: the figure's own span, as many years before as the base says
        back = -1 if previous_year else None
        if back is None and base.rel_year == -1 and clock.year is None and between.group(0).startswith("同期"):
            # 2018年第三季度净利润4500万美元,去年同期为2350万美元 on a page of no date: the year
            # before the span the sentence reports, as 上年同期 is (a report compares its span
            # with last year's, and the page gives no other year to count from)
            back = -1
        if base.year is not None and own.end is not None:
            back = base.year - own.end.year
        elif base.rel_year is not None and clock.year is not None and own.end is not None \
                and not previous_year:
            # (上年, 上年度: the year before the one the sentence is about, whichever that is:
            # 去年第四季度…上年度同期 is the fourth quarter of the year before last)
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
        elif base.year is not None and text.startswith("同期", base.end) \
                and own.granularity not in ("year", "open") and own.end is not None:
            # 一季度…较2023年同期: the same part of the year compared with, not all of it
            fig.compared_to = _shift(own, base.year - own.end.year, base.label + "同期")
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
    s, _ = sentence_around(text, fig.char_start)
    if _PART_OF_YEAR.search(text, s, hi):
        return  # 一季度…较2023年同期: a part of a year the text does not date; no whole year
    if base is not None and base.year is not None and base.begin is not None:
        fig.compared_to = base.period()
        fig.period = _shift(fig.compared_to, 1)
    elif previous_year and base is not None and clock.year is not None:
        if base.kind == "until":
            # 余额…比上年末增加: the balance at the end of the year before the publication year
            fig.period = Period(f"{clock.year - 1}年末", None, safe_date(clock.year - 1, 12, 31),
                                "open", False)
            fig.compared_to = Period("上年末", None, safe_date(clock.year - 2, 12, 31), "open", False)
        else:
            fig.period, fig.compared_to = _year(clock.year - 1), _year(clock.year - 2, "上年")
    elif previous_year and base is not None and clock.year is None \
            and (named := phrases.named_year_before(fig.char_start, clock)) is not None:
        # a page without a publication date: 上年 is the year before the one the text named
        # (2017年,全省…。…比上年增长6.8%)
        if base.kind == "until":
            fig.period = Period(f"{named}年末", None, safe_date(named, 12, 31), "open", False)
            fig.compared_to = Period("上年末", None, safe_date(named - 1, 12, 31), "open", False)
        else:
            fig.period, fig.compared_to = _year(named), _year(named - 1, "上年")
    elif base is not None and base.rel_year is not None and base.begin is not None:
        fig.compared_to = base.period()
        fig.period = _shift(fig.compared_to, 1)
    if fig.period is not None:
        fig.period_basis = "comparison"
