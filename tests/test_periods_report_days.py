"""A day or month with no year, in a sentence that says what a report shows (财报显示, 报告显示),
right after the sentence that named the report by its period (公布2018年第三季度财报), is of
that period's year when it falls inside the period; on a web page of no date too. A month
outside the period (a plan for December) is not (guard). Sentences written for this test."""
from datetime import date

from periods_of import dated_page

REPORT = "11月5日，青禾公司公布了未经审计的2018年第三季度财报。"


def test_the_cut_off_of_what_a_quarters_report_shows():
    got = dated_page(REPORT + "财报显示，截至9月30日，公司总收入达18亿元，同比增长10%。")
    assert got["18亿元"][0] == ("截至9月30日", None, date(2018, 9, 30))


def test_a_month_outside_the_reports_period_is_not_its_year():  # (guard)
    got = dated_page(REPORT + "财报显示，公司计划12月推出新品10款。")
    assert got["10款"][0] is None or got["10款"][0][2] is None
