"""A page with no date of its own (a web page) still fixes the year of a month its sentence
writes after a dated phrase (自2018年9月开展活动以来，截至10月30日: October 2018), and a start
and a cut-off written one after the other are one span (since September up to 30 October: a
running total). A year in another paragraph, a span of years, or a month before the year's
own month leave the month without a year.

Sentences written for this test. Each case but the guards failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of


def test_a_cut_off_after_a_start_is_one_span_in_the_start_year():
    got = dated("征求意见\n\n自2018年9月开展意见征求活动以来，截至10月30日，平台共收到5万份建议。")
    assert dates_of(got, "5万份") == (date(2018, 9, 1), date(2018, 10, 30))
    assert got["5万份"][0][0] == "自2018年9月开展意见征求活动以来,截至10月30日"


def test_a_month_after_a_dated_phrase_of_its_sentence_takes_its_year():
    got = dated("营收\n\n2017年第一季度营收下滑，截至6月底，公司仍有员工3000人。")
    assert dates_of(got, "3000人") == (None, date(2017, 6, 30))


def test_the_month_stays_without_a_year_elsewhere():
    got = dated("营收\n\n2017年公司营收下滑。\n截至6月底，公司仍有员工3000人。")
    assert dates_of(got, "3000人") == (None, None)  # the year is another paragraph's
    got = dated("营收\n\n2017年11月起，截至3月底，公司仍有员工3000人。")
    assert dates_of(got, "3000人") == (None, None)  # March comes before November: which year?


def test_a_dated_page_keeps_its_own_year():
    got = dated("安置\n\n自1997年3月以来，截至12月底，全市共安置下岗职工3万人。", date(1998, 1, 5))
    assert dates_of(got, "3万人") == (date(1997, 3, 1), date(1997, 12, 31))
