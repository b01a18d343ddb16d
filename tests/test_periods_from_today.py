"""从今天开始到3月5日, 从今天起至2月底: a span from the dispatch's day to a day to come, of this
year or, when that day has passed, of the next; not the day alone, read as a past one.
Sentences written for this test."""
from datetime import date

from periods_of import dated_page


def test_from_today_to_a_day_to_come():
    got = dated_page("本报南京1月8日电 据悉，从今天开始到3月5日的两个月里，全省将举办纪念活动１０多项。",
                     date(1998, 1, 9))
    assert got["10多项"][0] == ("从今天开始到3月5日", date(1998, 1, 8), date(1998, 3, 5))


def test_from_today_to_the_end_of_a_month_of_next_year():
    got = dated_page("本报南京12月8日电 从今天起至2月底，全省将开展安全大检查３次。", date(1997, 12, 9))
    assert got["3次"][0] == ("从今天起至2月底", date(1997, 12, 8), date(1998, 2, 28))
