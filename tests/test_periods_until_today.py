"""截至今天 and 截至昨天 count a running total up to that day: the dispatch's day or the day
before it, as 截至1月23日 would, not a one-day period and not nothing. 至今 ("until now") stays
a label (guard). Sentences written for this test."""
from datetime import date

from periods_of import dated_page

PAPER_DAY = date(1998, 1, 24)
DISPATCH = "本报北京1月23日讯 省红十字会日前发出紧急救助雪灾的通知。\n"


def test_a_total_counted_to_today_is_counted_to_the_dispatchs_day():
    got = dated_page(DISPATCH + "截至今天，省红十字会已收到各界捐款３０万元。", PAPER_DAY)
    assert got["30万元"][0] == ("截至今天", None, date(1998, 1, 23))


def test_a_total_counted_to_yesterday():
    got = dated_page(DISPATCH + "截止到昨天，全省已转移受灾群众２万人。", PAPER_DAY)
    assert got["2万人"][0] == ("截止到昨天", None, date(1998, 1, 22))


def test_until_now_stays_a_label():  # (guard)
    got = dated_page(DISPATCH + "至今已有３万人捐款。", PAPER_DAY)
    assert got["3万人"][0] == ("至今", None, None)
