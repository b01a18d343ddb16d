"""A date right after a count (4张8月12日的门票) says which things were counted, not when the
figure happened: the clause's own date (于6月21日预订) stays the period."""
from __future__ import annotations

from datetime import date

from periods_of import dated


def test_a_date_inside_what_is_counted_does_not_date_the_figures():
    got = dated("她于2017年3月5日在网上预订了3张2017年5月20日的音乐会门票，单价为680元一张。")
    assert got["3张"][0] == ("2017年3月5日", date(2017, 3, 5), date(2017, 3, 5))
    assert got["680元"][0] == ("2017年3月5日", date(2017, 3, 5), date(2017, 3, 5))
    got = dated("他于2016年9月1日购买了2张10月1日出发的机票，共计3200元。")
    assert got["3200元"][0][0] == "2016年9月1日"


def test_a_date_that_opens_the_clause_still_dates_it():
    assert dated("2016年10月1日，全市售出门票3万张。")["3万张"][0] == (
        "2016年10月1日", date(2016, 10, 1), date(2016, 10, 1))
