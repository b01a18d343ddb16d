"""A cut-off at an hour alone (截至20时30分, 截至二十时三十分) is a cut-off at the end of that
hour's day: the day the text named last before it, a dispatch's day too. Without a day named
before it, it dates nothing. Sentences written for this test."""
from datetime import date

from periods_of import dated_page

PAPER_DAY = date(1998, 1, 11)


def test_a_cut_off_at_an_hour_of_the_day_named_before():
    got = dated_page("本报北京1月10日讯 今天11时50分,某县发生地震。截至20时30分,倒塌房屋7万余间,"
                     "死亡47人。", PAPER_DAY)
    assert got["7万余间"][0][1:] == got["47人"][0][1:] == (None, date(1998, 1, 10))
    got = dated_page("一月十日十一时五十分发生地震。截至二十时三十分,受伤二千余人。", PAPER_DAY)
    assert got["二千余人"][0][1:] == (None, date(1998, 1, 10))


def test_no_day_named_before_dates_nothing():
    assert dated_page("截至18时,共有3000人报名。", PAPER_DAY)["3000人"][0] is None
