"""今晚 and 今晨 in a dispatch are the evening and the morning of its day, as 昨晚 is of the day
before: the figures of what happens then are that day's. Only in a dispatch, whose day its
dateline says: a feature's or a speaker's 今晚 (『今晚我们一家特意全体出动』) need not be the
page's day, and 今晚报 is a paper. Sentences written for this test."""
from datetime import date

from periods_of import dated_page as dated, dates_of

PAPER = date(1999, 3, 6)
DAY = (date(1999, 3, 5), date(1999, 3, 5))


def test_tonight_in_a_dispatch_is_the_dispatchs_day():
    got = dated("新华社北京3月5日电 国务院今晚举行招待会,500多名外国专家出席。", PAPER)
    assert dates_of(got, "500多名") == DAY
    got = dated("本报维也纳3月5日电 记者张三报道:中国民族乐团今晚在金色大厅演出,近2000人观看。",
                PAPER)
    assert dates_of(got, "近2000人") == DAY


def test_not_in_a_feature_a_quotation_or_a_papers_name():
    # no dateline: the evening a feature tells of may be the eve of the morning paper's day
    assert dates_of(dated("晚会现场\n今晚的比赛中,萨乌丁6个动作难度系数19.4。", PAPER), "6个") is None
    got = dated("新华社北京3月5日电 一位教师说:“今晚我们一家3口特意全体出动。”", PAPER)
    assert dates_of(got, "3口") is None
    got = dated("新华社天津3月5日电 据《今晚报》报道,该市有3000人参加义务植树。", PAPER)
    assert dates_of(got, "3000人") is None
