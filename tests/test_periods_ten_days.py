"""A month's thirds are their days (12月上旬: the 1st to the 10th, 中旬 the 11th to the 20th, 下旬
the 21st to its end), and 至 or 到 before a past time that opens the sentence is a cut-off, as
截至 is (至1997年12月上旬，该行累计发放贷款…: up to 10 December). A future time after 到 stays a
target.

Sentences written for this test; each case but the guard failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of

DAY = date(1998, 1, 25)


def test_a_third_of_a_month_is_its_days():
    got = dated("气温\n\n本报讯 今年1月上旬，全市平均气温为7.3摄氏度。", DAY)
    assert dates_of(got, "7.3摄氏度") == (date(1998, 1, 1), date(1998, 1, 10))
    got = dated("油价\n\n本报讯 到了去年12月中旬，每桶原油只卖14.50美元。", DAY)
    assert dates_of(got, "14.50美元") == (date(1997, 12, 11), date(1997, 12, 20))


def test_up_to_a_past_time_opening_the_sentence_is_a_cut_off():
    got = dated("贷款\n\n本报讯 至1997年12月上旬，该行累计发放贷款181.4亿元。", DAY)
    assert dates_of(got, "181.4亿元") == (None, date(1997, 12, 10))
    got = dated("外债\n\n本报讯 至去年10月，外债已达82.86亿美元。", DAY)
    assert dates_of(got, "82.86亿美元") == (None, date(1997, 10, 31))


def test_a_future_target_stays_no_cut_off():
    got = dated("规划\n\n本报讯 到2000年，全市将建成住房500万平方米。", DAY)
    assert dates_of(got, "500万平方米") == (None, date(2000, 12, 31))


def test_up_to_a_past_time_opening_a_clause_after_a_source():
    got = dated("贷款\n\n本报讯 据30个分行统计，至1997年12月上旬，仅对299户大型商场就发放贷款50亿元。", DAY)
    assert dates_of(got, "50亿元") == (None, date(1997, 12, 10))
