"""A month's year on a dated page: a span of months is this year's only once it has ended
(1—11月份 in a January paper is last year's, as a single month still ahead is), and a month the
sentence writes after a year of its own is of that year, not the one the publication date
gives (1995年，…在4月 in a 1998 paper); 在过去一年中 in a January paper is the year just ended. Sentences written for this test; each failed on
2026.12.19 (the months were given the publication year, or the year before it)."""
from datetime import date

from periods_of import dated, dates_of

JAN = date(1998, 1, 5)


def test_a_span_of_months_still_running_is_last_years():
    got = dated("全市外贸形势良好，1—11月份，出口总额达12.4亿美元。", JAN)
    assert dates_of(got, "12.4亿美元") == (date(1997, 1, 1), date(1997, 11, 30))


def test_a_span_of_months_written_month_to_month_too():
    got = dated("全国财政收入稳步增长，1月至11月，财政收入比上年同期增长23.2%。", JAN)
    assert dates_of(got, "23.2%") == (date(1997, 1, 1), date(1997, 11, 30))


def test_a_span_of_months_already_over_is_this_years():  # (a guard)
    got = dated("全市外贸形势良好，1—2月份，出口总额达2.4亿美元。", date(1998, 3, 10))
    assert dates_of(got, "2.4亿美元") == (date(1998, 1, 1), date(1998, 2, 28))


def test_a_month_after_a_year_the_sentence_wrote_is_of_that_year():
    got = dated("1995年，海关在4月截获邮寄文物案3起。", JAN)
    assert dates_of(got, "3起") == (date(1995, 4, 1), date(1995, 4, 30))


def test_the_past_year_in_a_january_paper_is_the_year_just_ended():
    # 在过去一年中 in January is last year, and so is the 全年 after it (2026.12.19: a label);
    # in May it is the last twelve months, no calendar year (a guard)
    text = "全省外贸企业在过去一年中取得好成绩：全年出口额达到182亿美元。"
    assert dates_of(dated(text, JAN), "182亿美元") == (date(1997, 1, 1), date(1997, 12, 31))
    assert dates_of(dated(text, date(1998, 5, 10)), "182亿美元") == (None, None)
