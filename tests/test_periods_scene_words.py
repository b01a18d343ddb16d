"""Three words that decide whether a day is the scene of a story's figures:

- 一大早, 一早, 大清早 after a day are its time, as 上午 and 晚 are (3月22日一大早，…。600多名
  志愿者…): the story's people and sums that follow are that day's;
- 今天 before an adverb of what happens that day (股市今天均大幅下跌, 今天再次上涨) is the day
  of the dispatch, as 今天上午 is;
- 目前 and 当前 right after a verb that takes a noun (克服目前经济危机, 面对当前形势) say which
  crisis or situation, no time of the clause's, and leave the clause's day to date it.

Sentences written for this test."""
from datetime import date

from periods_of import dated_page as dated

DAY = date(1998, 1, 21)


def test_a_day_and_its_early_morning_open_a_story():
    got = dated("植树节\n\n3月22日一大早，志愿者们来到西山。600多名志愿者挥锨铲土，种下树苗5000棵。", DAY)
    assert got["600多名"][0][1:] == (date(1997, 3, 22), date(1997, 3, 22))
    assert got["5000棵"][0][1:] == (date(1997, 3, 22), date(1997, 3, 22))


def test_today_before_an_adverb_of_the_day_dates_its_clause():
    got = dated("股市\n\n本报曼谷1月20日电 泰国股市今天再次下跌，收盘时指数为339.17点。", DAY)
    assert got["339.17点"][0][1:] == (date(1998, 1, 20), date(1998, 1, 20))  # the dispatch's day


def test_the_present_crisis_after_a_verb_leaves_the_day_to_date_the_clause():
    got = dated("劳资协议\n\n韩国劳资政三方20日就克服目前经济危机达成5项协议。", DAY)
    assert got["5项"][0][1:] == (date(1998, 1, 20), date(1998, 1, 20))
    got = dated("形势\n\n各方面对当前形势，19日签订了3项协议。", DAY)
    assert got["3项"][0][1:] == (date(1998, 1, 19), date(1998, 1, 19))


def test_now_that_opens_a_clause_still_is_now():
    got = dated("就业\n\n目前全市有下岗职工3万人。", DAY)
    assert got["3万人"][0][0] == "目前"
