"""Limits written around a period: 截至 before a day of the month alone (截至15日17时), a
quarter without its year (截至三季度末, 前三季度), 之前 / 以前 / a deadline's 前 after a period,
到…为止. Each is the cut-off a reader writes down. Sentences written for this test."""
from datetime import date

from periods_of import dated_page, dates_of

NOV_PAPER = date(2018, 11, 20)
JAN_PAPER = date(1998, 1, 11)


def test_a_cut_off_at_a_day_of_the_month_alone_is_up_to_that_day():
    got = dated_page("截至15日17时,全市已有3200人报名,其中1800人通过审核。", NOV_PAPER)
    assert got["3200人"][0] == ("截至15日", None, date(2018, 11, 15))
    assert dates_of(got, "1800人") == (None, date(2018, 11, 15))
    # the day alone stays that day
    assert dates_of(dated_page("15日,全市有3200人报名。", NOV_PAPER), "3200人") == \
        (date(2018, 11, 15), date(2018, 11, 15))


def test_that_day_after_a_cut_off_at_a_day_is_that_day():
    got = dated_page("截至9日早晨,灾区共收到捐款300万元。当天下午,邻市又送去价值20余万元的物资。",
                     JAN_PAPER)
    assert dates_of(got, "20余万元") == (date(1998, 1, 9), date(1998, 1, 9))


def test_a_quarter_without_its_year_is_of_the_papers_year():
    got = dated_page("截至三季度末,全省参保人数达到500万人。", NOV_PAPER)
    assert got["500万人"][0] == ("截至三季度末", None, date(2018, 9, 30))
    assert dates_of(dated_page("三季度,全省新增参保人数12万人。", NOV_PAPER), "12万人") == \
        (date(2018, 7, 1), date(2018, 9, 30))
    assert dates_of(dated_page("前三季度,全省新增就业岗位8万个。", NOV_PAPER), "8万个") == \
        (date(2018, 1, 1), date(2018, 9, 30))
    # a quarter still ahead of a January paper is last year's
    assert dates_of(dated_page("四季度,全省新增参保人数12万人。", JAN_PAPER), "12万人") == \
        (date(1997, 10, 1), date(1997, 12, 31))


def test_a_quarter_counted_from_another_or_named_by_a_company_is_not_read_as_the_calendars():
    assert dated_page("与上一季度相比,会员增加了12万人。", NOV_PAPER)["12万人"][0] is None
    # a financial year's quarters are the company's (财年, 财季)
    got = dated_page("公司在第三季度财报中称,本财年营收增长12%。", NOV_PAPER)
    assert got["12%"][0] is None


def test_before_a_period_is_up_to_the_end_of_the_period_before_it():
    got = dated_page("2010年以前,该县每年外出务工人员不足5000人。", JAN_PAPER)
    assert got["不足5000人"][0] == ("2010年以前", None, date(2009, 12, 31))
    got = dated_page("在2015年之前,该厂已经历过3次改制。", JAN_PAPER)
    assert dates_of(got, "3次") == (None, date(2014, 12, 31))


def test_a_deadline_dates_what_its_sentence_forecasts_by_its_end():
    got = dated_page("全省计划在2000年前将贫困人口降至50万人以下。", JAN_PAPER)
    assert dates_of(got, "50万人以下") == (None, date(2000, 12, 31))
    # 前后 is "about", not "before"
    assert dated_page("1995年前后,该市新建住房100万平方米。", JAN_PAPER)["100万平方米"][0] is None
    # a deadline with no forecast dates nothing (tests/test_periods_stories.py)
    assert dated_page("年底前完成改造,共涉及小区120个。", JAN_PAPER)["120个"][0] is None


def test_up_to_a_year_with_wei_zhi_is_up_to_its_end():
    got = dated_page("据统计,到1996年为止,全省共建成水库300座。", JAN_PAPER)
    assert got["300座"][0] == ("到1996年为止", None, date(1996, 12, 31))
    # a year still ahead too: 为止 makes it a cut-off, not a target
    got = dated_page("到2000年为止,全省将建成水库300座。", JAN_PAPER)
    assert got["300座"][0] == ("到2000年为止", None, date(2000, 12, 31))


def test_a_month_after_a_limit_is_of_the_limits_year():
    got = dated_page("2018年8月之前的演出票已售出许多,8月21日的音乐会就有近百张。",
                     date(2018, 1, 16))
    assert dates_of(got, "近百张") == (date(2018, 8, 21), date(2018, 8, 21))
