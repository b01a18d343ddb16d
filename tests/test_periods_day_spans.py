"""A span of days of one month written without the month (27日—29日, 13日至15日, as a forecast
or a schedule writes them) runs from the first day to the second, in the month the first day
falls in; a second day before the first is no span.

Sentences written for this test; each case failed on 2026.12.18 (before, 13日至 was no day at
all: 至 after a day was read as a deadline's)."""
from datetime import date

from periods_of import dated_page as dated, dates_of

DAY = date(1998, 1, 23)


def test_a_span_of_days_of_a_forecast():
    got = dated("天气趋势\n\n本报讯 27日—29日，受冷空气影响，华北南部有4—5级偏北风。", DAY)
    assert dates_of(got, "4—5级") == (date(1998, 1, 27), date(1998, 1, 29))
    got = dated("会议\n\n本报讯 大会于13日至15日举行，共有300名代表出席。", DAY)
    assert dates_of(got, "300名") == (date(1998, 1, 13), date(1998, 1, 15))
