"""A duration that counts exactly the whole years of a span its sentence names is that span,
written before it (从2013年到2015年分三年完成) or after it (连续16年获得…，从2003到2018年). A
count that does not match the span's years takes nothing from it. Sentences of our own."""
from datetime import date

from periods_of import dated

D = date(2018, 11, 20)


def test_the_span_before_the_count():
    got = dated("从2013年到2015年分三年完成全市棚户区改造。", D)
    assert got["三年"][0][1:] == (date(2013, 1, 1), date(2015, 12, 31))


def test_the_span_after_the_count():
    got = dated("他连续16年获得最受球迷欢迎奖,从2003到2018年从未旁落。", D)
    assert got["16年"][0][1:] == (date(2003, 1, 1), date(2018, 12, 31))


def test_a_count_that_is_not_the_spans_years():
    got = dated("他用了3年时间,从2013年到2016年完成改造。", D)
    assert got["3年"][0] is None
