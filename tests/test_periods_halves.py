"""上半年 and 下半年 with no year of their own are halves of the year their sentence or the one
before named, as 全年 and 年底 are (1997年，…下半年出口增长速度降为17%，比上半年26%的增幅低9个
百分点). A half after 比 is a comparison's base and one after 而 a contrast: neither dates the
clauses beside it; a half far from any year, or after a year a span runs from (2012年至今), is
no period (guards). Sentences written for this test."""
from datetime import date

from periods_of import dated_page

PAPER_DAY = date(1998, 1, 10)


def test_halves_of_the_year_named_before():
    got = dated_page("1997年，全省外贸出口增长15%。受金融危机影响，下半年出口增长速度降为10%，"
                     "比上半年20%的增长幅度低10个百分点。", PAPER_DAY)
    assert got["10%"][0] == ("下半年", date(1997, 7, 1), date(1997, 12, 31))
    assert got["20%"][0] == ("上半年", date(1997, 1, 1), date(1997, 6, 30))
    assert got["10个百分点"][0] == ("下半年", date(1997, 7, 1), date(1997, 12, 31))


def test_a_contrasted_half_dates_no_clause_beside_it():  # (guard)
    got = dated_page("1997年1至11月，全省投资回升。如甲市完成投资23亿元，增长5%，而上半年是下降7%；"
                     "乙市完成投资37亿元，下降2%。", PAPER_DAY)
    assert got["37亿元"][0][1:] == (date(1997, 1, 1), date(1997, 11, 30))


def test_a_half_after_a_span_from_a_year_is_none():  # (guard)
    got = dated_page("格力空调2012年至今市场占有率居国内第一。小米上半年营收达796亿元。")
    assert got["796亿元"][0] is None
