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


CONTEST = ("北京时间11月9日晚，2018年游泳世锦赛在杭州结束了男子200米自由泳的争夺。"
           "中国选手王浩以1分45秒获得冠军。\n")


def test_a_contests_day_runs_to_the_end_of_its_report():
    got = dated_page(CONTEST + "预赛中，王浩游出了全场第三的成绩。\n半决赛中，他状态渐入佳境。\n"
                     "决赛前，教练组对他的战术作了调整。\n最终，中国队在这个项目上获得2枚奖牌。\n")
    assert got["2枚"][0] == DAY


def test_another_edition_recalled_in_a_sentence_does_not_end_the_report():
    got = dated_page(CONTEST + "这是继张琳在2009年世锦赛夺冠之后，中国选手再次夺得这个项目的金牌。"
                     "美国选手获得3枚奖牌。\n")
    assert got["3枚"][0] == DAY


def test_a_contests_report_tells_its_moments_in_the_present():
    got = dated_page(CONTEST + "现在场上只剩两名选手在争夺。中国队又拿下4枚奖牌。\n")
    assert got["4枚"][0] == DAY


def test_a_day_that_is_no_contests_still_runs_three_paragraphs():  # (guard)
    got = dated_page("11月9日晚，某市一家商场发生火灾。消防部门出动8辆消防车。\n当晚，附近居民被疏散。\n"
                     "第二段。\n第三段。\n事后，商场共清点出损失300万元。\n", date(2018, 11, 12))
    assert got["300万元"][0] is None
