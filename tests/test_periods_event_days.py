"""The day an event is held or played on (联赛11月9日进行了第二轮的比赛, 北京时间3月5日晚，…比赛
结束) dates what the story after it tells of the event: the points scored, the medals won, the
people who came. Not what a later sentence says will come or had once been done, not a standing
fact, and not where the day's sentence only says where something was said (今天在波士顿举行的
会议上说). Sentences written for this test."""
from datetime import date

from periods_of import dated, dated_page

DAY = ("11月9日", date(2018, 11, 9), date(2018, 11, 9))


def test_a_leagues_day_dates_the_points_scored_that_day():
    got = dated_page("2018年全国排球联赛11月9日进行了第三轮的比赛。辽宁队3比1战胜山东队，主攻王芳砍下26分。"
                "山东队副攻李娜也拿到18分。")
    assert got["26分"][0] == DAY
    assert got["18分"][0] == DAY


def test_a_web_reports_clock_before_the_day():
    got = dated_page("北京时间11月9日晚，2018年游泳世界杯东京站结束了最后一天的争夺。中国队共获得5枚金牌。"
                "美国队获得3枚金牌。")
    assert got["5枚"][0] == DAY
    assert got["3枚"][0] == DAY


def test_what_a_later_sentence_says_will_come_is_not_the_days():
    got = dated_page("签约仪式11月9日在济南举行。根据合同，这批总价值8亿元的设备将于明年交付。", date(2018, 11, 12))
    assert got["8亿元"][0] is None


def test_what_someone_had_once_done_is_not_the_days():
    got = dated_page("全国排球联赛11月9日进行了第三轮的比赛。辽宁队曾在上赛季输给山东队3场。", date(2018, 11, 12))
    assert got["3场"][0] is None


def test_a_day_where_something_was_only_said_dates_nothing_after_it():
    got = dated_page("研究小组今天在波士顿举行的会议上说，他们培育出了70个胚胎。\n"
                "研究人员已把胚胎植入12头母牛体内。", date(1998, 1, 20))
    assert got["12头"][0] is None


def test_a_page_headline_is_no_part_of_the_first_paragraph():
    # (the headline has a comma; the first paragraph opens on the league's day)
    got = dated_page("排球联赛第三轮！辽宁女排3比1胜山东，王芳砍26分\n\n"
                     "2018年全国排球联赛11月9日进行了第三轮的比赛。主攻王芳砍下26分。")
    assert got["26分"][0] == DAY


def test_the_year_an_examination_recruits_for_dates_nothing():
    # (2019年国考 is the exam of the 2019 intake, registered for in 2018; the page gives no
    # year of its own, so its days stay undated)
    got = dated_page("10月23日是国考报名第二日，截止23日17时，2019年国考已报名职位数为8619个。")
    assert got["8619个"][0] == ("10月23日", None, None)
    got = dated_page("2019年国家公务员考试计划招录1.45万人。")
    assert got["1.45万人"][0] is None
    # (a year that counts its own figures still dates them)
    got = dated_page("2018年高考报名人数达到975万人。")
    assert got["975万人"][0] == ("2018年", date(2018, 1, 1), date(2018, 12, 31))
