"""今天 opening a later clause of a dispatch, anywhere in it, is the dispatch's day (…筹集资金
150万元，今天组成6个慰问组; 据了解，今天会议共审议了12项议案; 在上海证券市场上，今天的综合
指数为…): what a wire reports happened the day it was filed. Not where the sentence sets a
past against the present (过去…，今天…), nor a speaker's view (他说，今天…), nor 今天的 before a
word of "nowadays" (今天的农村).

Sentences written for this test; the first three failed on 2026.12.52."""
from datetime import date

from periods_of import dated_page as dated, dates_of

PAPER = date(1999, 3, 6)
DAY = (date(1999, 3, 5), date(1999, 3, 5))
LEAD = "慰问\n本报南昌3月5日电 记者张三报道：全省已有一千多家企业参加培训。\n"


def test_a_clause_that_opens_on_today():
    got = dated(LEAD + "市总工会筹集资金200万元，今天组成6个慰问组，分赴各县走访。\n", PAPER)
    assert dates_of(got, "6个") == DAY
    got = dated(LEAD + "据了解，今天会议共审议了12项议案。\n", PAPER)
    assert dates_of(got, "12项") == DAY


def test_todays_market_index():
    got = dated(LEAD + "在上海证券市场上，今天的综合指数为1200点，比上一交易日上涨了1.7%。\n", PAPER)
    assert dates_of(got, "1200点") == DAY


def test_nowadays_is_no_day():  # (guards)
    got = dated(LEAD + "过去这里一片荒凉，今天已有300家企业落户。\n", PAPER)
    assert dates_of(got, "300家") is None
    got = dated(LEAD + "他说，今天的农村有了很大变化，人均收入超过2000元。\n", PAPER)
    assert dates_of(got, "超过2000元") is None
