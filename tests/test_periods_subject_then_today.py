"""A dispatch's paragraph whose first sentence tells its subject's news of today (伦敦股市今天…,
the subject right before the day) dates what the paragraph goes on to report, as 今天，…
opening it would. Only the dispatch's relative day (今天, 昨天, 当天): a date after a subject
is as often the day a report on another span came out (某公司11月8日公布第三季度财报). And a
list of figures that 分别 or 均 compares with 上年 is of the year after the base, each of them.

Sentences written for these tests; the first and the last failed on 2026.12.43."""
from datetime import date

from periods_of import dated_page as dated, dates_of

PAPER = date(1999, 3, 6)
DAY = (date(1999, 3, 5), date(1999, 3, 5))
LAST_YEAR = (date(1998, 1, 1), date(1998, 12, 31))


def test_the_subjects_today_dates_the_paragraphs_later_figures():
    # (a date the first sentence tells in passing, 去年12月29日, frames nothing after it)
    got = dated("欧洲股市\n新华社伦敦3月5日电 欧洲主要股市涨跌互现。\n伦敦股市今天开盘后继续上涨，一度升至去年"
                "12月29日创下的高点。受利率消息影响，金融时报指数最终以5200.5点报收，比上个交易日上涨35.2点。\n",
                PAPER)
    assert dates_of(got, "5200.5点") == DAY and dates_of(got, "35.2点") == DAY


def test_a_date_after_the_subject_dates_no_later_sentence():
    got = dated("财报\n某公司3月2日公布了上年第四季度财报。营业收入4.9亿元，净利润1.2亿元。\n", PAPER)
    assert dates_of(got, "4.9亿元") is None and dates_of(got, "1.2亿元") is None


def test_a_subject_mid_paragraph_frames_nothing():
    # (the subject and its today open no paragraph: the sentence before is about something else)
    got = dated("股市\n新华社伦敦3月5日电 记者问了三位分析师。伦敦股市今天继续上涨。指数最终以5200.5点报收。\n",
                PAPER)
    assert dates_of(got, "5200.5点") is None


def test_each_figure_of_a_list_compared_with_last_year_is_of_the_year_after():
    got = dated("本报讯 全市工业产值50亿元、利税8亿元，分别比上年增长12%和15%。\n", PAPER)
    assert dates_of(got, "50亿元") == LAST_YEAR and dates_of(got, "8亿元") == LAST_YEAR
    assert dates_of(got, "12%") == LAST_YEAR and dates_of(got, "15%") == LAST_YEAR
    got = dated("本报讯 全县粮食总产3.2亿公斤、油料2000万公斤，均比上年有较大增长。\n", PAPER)
    assert dates_of(got, "3.2亿公斤") == LAST_YEAR and dates_of(got, "2000万公斤") == LAST_YEAR
