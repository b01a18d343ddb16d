"""今天 between a subject and what it does is the dispatch's day (总统拉莫斯今天呼吁…拨款5亿比索,
游泳赛场今天进行了4个项目的决赛), and so is 今天 that opens a sentence on its subject (今天泰国股市也
大幅下跌). It stays "nowadays" where the words around it say so: after 到, 比, 像, 在, 而 or 的
(发展到今天, 而今天华语已成为…), before 的 or 这样 (今天的农村, 像今天这样), and 今天, at a
sentence's start, which opens a general statement as often as a day's. A report's own day
(据当地报纸今天报道) is when the news was printed, not when what it tells happened.

Sentences written for this test. Each case but the guards failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of

DAY = date(1998, 1, 21)


def test_today_between_a_subject_and_its_verb_is_the_dispatch_day():
    got = dated("救灾\n\n新华社马尼拉1月20日电 菲律宾总统拉莫斯今天呼吁各界捐款，政府拨款5亿比索。", DAY)
    assert dates_of(got, "5亿比索") == (date(1998, 1, 20), date(1998, 1, 20))
    got = dated("游泳\n\n本报珀斯1月20日电 游泳赛场今天进行了4个项目的决赛。", DAY)
    assert dates_of(got, "4个") == (date(1998, 1, 20), date(1998, 1, 20))


def test_today_opening_a_sentence_on_its_subject_is_the_dispatch_day():
    got = dated("股市\n\n本报曼谷1月20日电 泰币汇率大幅下跌。今天泰国股市也下跌，收盘时指数为339.17点。", DAY)
    assert dates_of(got, "339.17点") == (date(1998, 1, 20), date(1998, 1, 20))


def test_nowadays_stays_undated():
    got = dated("华语\n\n本报悉尼1月20日电 而今天华语已有50万人使用。", DAY)
    assert dates_of(got, "50万人") is None
    got = dated("农村\n\n本报北京1月20日电 改革发展到今天，全村已有300户盖了新房。", DAY)
    assert dates_of(got, "300户") is None
    got = dated("农村\n\n本报北京1月20日电 今天的农村，有2000万人外出务工。", DAY)
    assert dates_of(got, "2000万人") is None


def test_a_report_printed_today_is_not_the_day_of_what_it_tells():
    got = dated("金融\n\n新华社东京1月20日电 据共同社今天报道，100家企业中有80家对前景悲观。", DAY)
    assert dates_of(got, "80家") is None


def test_todays_contest_or_meeting_is_the_day():
    # 今天的 before a contest, a test or a meeting is that day's (2026.12.19: undated); before
    # anything else it stays "nowadays" (a guard)
    got = dated("本报讯 在今天的比赛中，主队共射门15次。\n", date(1998, 1, 20))
    assert got["15次"][0] == ("今天", date(1998, 1, 20), date(1998, 1, 20))
    got = dated("本报讯 今天的农村有劳动力4.5亿人。\n", date(1998, 1, 20))
    assert got["4.5亿人"][0] is None
