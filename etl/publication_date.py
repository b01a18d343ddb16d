"""The publication date of a page that does not state it in a manifest: an issue date or a
web stamp first, then the dateline, then the year the page's own phrases vote for. A wrong
year dates every relative phrase of the page wrong, so a year only voted for is kept but
marked uncertain (``PublicationDate.year_certain``).
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .records import Article
from .textorder import TextOrder
from .period_calendar import last_day, PublicationDate, safe_date
from .period_text import sentence_around
from .period_phrases import (CN_DIGIT, CN_YEAR, DATELINE, WEB_DATELINE, HAS_CN_YEAR, find_mentions, LOOKS_AHEAD,
                             REL_YEAR, scan)


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
            votes[int(mt.group(2)) - REL_YEAR[mt.group(1)]] += 2
        else:
            votes[int(mt.group(3)) - REL_YEAR[mt.group(4)]] += 2
    seen: dict[str, set[tuple[str, int]]] = {}
    texts = [a.text for a in articles] or [page]
    for text in texts:
        if "年" not in text:
            continue  # every year phrase holds 年 (as scan knows): no pair can be made
        tokens = [(mt.start(), tok) for mt in _TOKEN.finditer(text)
                  if (tok := _clean_token(mt)) is not None]
        # Reading the phrases costs more than the rest of the date rules: skipped when no
        # token or no year phrase could make a pair (only year phrases carry a year).
        if not tokens or not any(mt.group("y") or mt.group("ry") for mt in scan(text)[0]):
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
            s, _ = sentence_around(text, pos)
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
    days = [safe_date(*(int(x) for x in mt.groups())) for mt in _UNTIL_DAY.finditer(page)]
    for mt in _UNTIL_END.finditer(page):
        y, m = int(mt.group(1)), int(mt.group(2) or 12)
        days.append(date(y, m, last_day(y, m)))
    return [d for d in days if d]


def _past_dates(page: str) -> list[date]:
    out = []
    for mt in _FULL_DATE.finditer(page):
        if _FUTURE_BEFORE.search(page[max(0, mt.start() - 4):mt.start()]) or \
                _FUTURE_AFTER.match(page[mt.end():mt.end() + 2]):
            continue
        d = safe_date(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)))
        if d:
            out.append(d)
    return out
# a month and day in numerals anywhere (新华社渥太华一月十七日电), for a dateline's day
_CN_MONTH_DAY = re.compile(r"(十[一二]?|[一二三四五六七八九])月(三十一?|二十[一二三四五六七八九]?|"
                           r"十[一二三四五六七八九]?|[一二三四五六七八九])日")
_CN_MD = re.compile(r"(?<=年)" + _CN_MONTH_DAY.pattern)  # (after a year: 一九九八年一月二日)


def _cn_number(s: str) -> str:
    """十二 -> 12, 二十一 -> 21, 三十 -> 30 (months and days only)."""
    if "十" not in s:
        return CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return str((int(CN_DIGIT[tens]) if tens else 1) * 10 + (int(CN_DIGIT[ones]) if ones else 0))


def _arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals (二〇二五年一月二十一日, common in mastheads and
    formal headers) rewritten in digits, for the publication-date rules only (offsets change)."""
    if not HAS_CN_YEAR.search(text):
        return text
    text = CN_YEAR.sub(lambda m: "".join(CN_DIGIT[c] for c in m.group(0)), text)
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
    lead = safe_date(y, m, d)
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
                or LOOKS_AHEAD.search(page, max(0, y.start() - 6), y.start())
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
        dl = DATELINE.search(a.dateline or "") or DATELINE.search(a.text[:200]) \
            or WEB_DATELINE.search(a.text, 0, 200)
        if dl:
            return dl
    return DATELINE.search(page)



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
        if safe_date(y, m, d) and safe_date(y, m, d).day == d:
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
        if safe_date(year, m, d):
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
            guess = safe_date(y, m, d)
            if guess and guess >= latest and guess.day == d:
                return (PublicationDate(y, m, d, "day", certain(guess)),
                        "dateline_after_latest_date")
    if latest and year_fixed and not latest_is_cutoff:
        return PublicationDate(latest.year, 1, 1, "year", True), "year_only"
    if latest:
        return (PublicationDate(latest.year, latest.month, latest.day, "day", certain(latest)),
                "latest_date")
    return None, None


def dispatch_day(article: Article, published_on: date | None) -> date | None:
    """The day an article's dateline was filed on (本报北京1月21日讯, 新华社渥太华一月十七日电),
    which is the story's "today": its 今天 and 昨天 count from it, not from the paper's day
    after it. The publication date when the article opens on no dated dateline, when that date
    is not a day, or when the dateline lies more than a week before it (a feature that keeps
    the day it was written)."""
    if published_on is None or getattr(published_on, "granularity", "day") != "day" \
            or not getattr(published_on, "year_certain", True):
        return published_on
    head = article.dateline or article.text[article.body_start:article.body_start + 60]
    if "日" not in head:
        return published_on
    dl = DATELINE.search(_CN_MONTH_DAY.sub(
        lambda m: f"{_cn_number(m.group(1))}月{_cn_number(m.group(2))}日", head))
    if dl is None:
        return published_on
    m, d = int(dl.group(1)), int(dl.group(2))
    y = published_on.year - (1 if (m, d) > (published_on.month, published_on.day) else 0)
    day = safe_date(y, m, d)
    if day is None or day.day != d or not 0 <= (date(published_on.year, published_on.month,
                                                     published_on.day) - day).days <= 7:
        return published_on
    return day
