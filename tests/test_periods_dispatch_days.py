"""A dispatch's "today" is its dateline's day (本报北京1月21日讯), which the paper prints a day or
two later: its 今天 (where something happens that day: 今天上午, 今天在京召开) and 昨天 count
from the dateline, a Dec 30 dispatch's 今年 is the year it was filed in, and a bare day up to a
week after it is a day to come (8日将产生…金牌). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest, process_text


def periods(text: str, published: date) -> dict[str, tuple | None]:
    doc = process_text(text, manifest=Manifest(published_on=published, newspaper="人民日报"))
    return {f.surface: (f.period.start, f.period.end) if f.period and f.period.start else None
            for a in doc.articles for f in a.figures}


def test_today_and_yesterday_count_from_the_datelines_day():
    text = ("报告会\n本报北京1月21日讯 记者王明报道:今天上午,3000多人参加报告会。"
            "昨天,全市共发放救助金300万元。")
    got = periods(text, date(1998, 1, 22))
    assert got["3000多人"] == (date(1998, 1, 21), date(1998, 1, 21))
    assert got["300万元"] == (date(1998, 1, 20), date(1998, 1, 20))


def test_today_alone_is_nowadays_and_dates_nothing():
    assert periods("农村\n\n今天的农村,已有80%的农户用上了电。", date(1998, 1, 22)) == {"80%": None}


def test_a_dispatch_filed_in_december_speaks_of_that_year():
    text = "中南贸易\n新华社约翰内斯堡12月31日电 今年双边贸易额可望达到16亿美元。"
    assert periods(text, date(1998, 1, 2))["16亿美元"] == (date(1997, 1, 1), date(1997, 12, 31))


def test_a_bare_day_a_few_days_ahead_is_to_come():
    text = "游泳世锦赛\n本报珀斯1月7日电 记者王明报道:8日将产生男子双人10米跳台金牌,中国派出2名选手。"
    assert periods(text, date(1998, 1, 7))["2名"] == (date(1998, 1, 8), date(1998, 1, 8))
