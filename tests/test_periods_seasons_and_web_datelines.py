"""A web page's dateline (北京时间11月8日早间消息) is the day it was filed, as a paper's 本报…电
is: it dates the page after the latest day the page reports, and opens the story whose figures
are that day's. A league's season over two years (18-19赛季) named in a month's sentence fixes
the month's year on a page of no date; a season another sentence recalls fixes nothing."""
from __future__ import annotations

from datetime import date

from links_of import links
from minsheng.etl.period_phrases import find_mentions
from minsheng.etl.pipeline import process_text


def _periods(text: str) -> dict[str, tuple]:
    return {surface: (p.start, p.end) if p else None for surface, p in links(text, "period").items()}


def test_a_season_in_the_sentence_fixes_the_year_of_its_month():
    day = find_mentions("北京时间11月4日消息,18-19赛季CBA常规赛第七轮拉开帷幕。")[0]
    assert (day.begin, day.finish) == (date(2018, 11, 4), date(2018, 11, 4))
    month = find_mentions("2007/08赛季,阿森纳一度在二月份以5分的优势领跑英超。")[0]
    assert (month.begin, month.finish) == (date(2008, 2, 1), date(2008, 2, 29))


def test_a_season_recalled_in_another_sentence_fixes_nothing():
    day = find_mentions("北京时间11月9日,NBA常规赛继续进行。之前15-16赛季勇士的开局24连胜就是被雄鹿终结的。")[0]
    assert day.label == "11月9日" and day.begin is None


def test_a_web_dateline_opens_a_story_of_its_day():
    got = _periods("广厦七连胜\n北京时间11月4日消息,18-19赛季CBA常规赛第七轮拉开帷幕,广厦队主场迎战北控队。"
                   "广厦队最终以132-94大胜,取得七连胜。\n")
    assert got["七连胜"] == (date(2018, 11, 4), date(2018, 11, 4))


def test_a_web_dateline_dates_the_page_after_the_latest_day_it_reports():
    doc = process_text("携程股价上涨\n新浪科技讯 北京时间11月8日早间消息,携程网股价今天上涨0.88美元。"
                       "截至2018年9月30日,携程网第三季度营收94亿元。\n")
    assert (doc.published_on, doc.published_source) == (date(2018, 11, 8), "dateline_after_latest_date")
    got = {f.surface: f.period for a in doc.articles for f in a.figures}
    assert (got["0.88美元"].start, got["0.88美元"].end) == (date(2018, 11, 8), date(2018, 11, 8))
    assert (got["94亿元"].start, got["94亿元"].end) == (date(2018, 7, 1), date(2018, 9, 30))
