"""当时, 彼时, 那时 and 其时 point back at the time the paragraph dated last: a figure of "that
time" is of that day, month or cut-off. With no date before it in its paragraph it stays
without one, and 从那时以来 (since then) is a start, not that time.

Sentences written for this test. Each case but the guards failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of


def test_that_time_is_the_day_named_before():
    got = dated("股东\n\n2016年3月8日，李某成为公司股东。彼时，公司注册资本从200万元增加到500万元。")
    assert dates_of(got, "200万元") == (date(2016, 3, 8), date(2016, 3, 8))
    assert got["200万元"][0][0] == "彼时"


def test_that_time_is_the_cut_off_of_a_report():
    got = dated("财报\n\n公司发布截至2017年6月30日的半年报。当时手机业务亏损2.5亿元。")
    assert dates_of(got, "2.5亿元") == (None, date(2017, 6, 30))


def test_that_time_without_a_date_before_it_in_its_paragraph():
    got = dated("往事\n\n2016年3月8日，李某成为公司股东。\n当时公司只有员工30人。")
    assert dates_of(got, "30人") is None
    got = dated("油价\n\n1997年10月油价见顶。从那时以来，每桶原油已下降约2美元。", date(1998, 1, 8))
    assert got["约2美元"][0] is None  # not October 1997: since then
