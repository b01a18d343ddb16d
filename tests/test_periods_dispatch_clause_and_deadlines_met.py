"""A dispatch's lead tells what happened on the day it was filed: a 今天 opening a later clause
of its first sentence (…对此案审理终结,今天作出宣判) is the dateline's day, as one opening the
sentence is. A deadline already met (已于3月底前全部结束) dates what its sentence reports, as a
forecast's deadline does; a task's deadline still does not. And 此次 in the sentence after is
the occasion the sentence before dated and said was held (展出, 举行, 结束)."""
from __future__ import annotations

from datetime import date

from periods_of import dated_page, dates_of

_DAY = date(1998, 1, 22)


def test_today_opening_a_clause_of_a_dispatchs_lead_is_the_dateline_day():
    got = dated_page("案件宣判\n据新华社北京1月22日电(记者某某)台湾板桥“地方法院”对这起绑架案审理终结,"
                     "今天作出宣判。主犯被判处5个死刑、2个无期徒刑。\n", date(1998, 1, 24))
    assert dates_of(got, "5个") == (_DAY, _DAY)
    got = dated_page("大桥通车\n本报武汉1月22日电 记者某某报道:经过3年施工,今天大桥正式通车,日通行车辆"
                     "可达5万辆。\n", date(1998, 1, 24))
    assert dates_of(got, "5万辆") == (_DAY, _DAY)


def test_today_set_off_by_commas_against_an_earlier_time_is_the_day():
    got = dated_page("灾民迁新居\n据新华社南昌1月22日电(记者某某)半年前一场洪灾冲毁了这个村庄,今天,"
                     "一个新村拔地而起,30幢新房一字排开。\n", date(1998, 1, 24))
    assert dates_of(got, "30幢") == (_DAY, _DAY)


def test_today_of_nowadays_or_past_the_lead_stays_undated():
    got = dated_page("农村新貌\n新华社长沙1月22日电(记者某某)从改革开放之初到现在,今天的农村已经大变样,"
                     "全省农民人均收入达2000元。\n", date(1998, 1, 24))
    assert got["2000元"][0] is None
    got = dated_page("农村新貌\n新华社长沙1月22日电(记者某某)全省农村面貌大变。当地干部说,今天农民"
                     "人均收入达2000元。\n", date(1998, 1, 24))
    assert got["2000元"][0] is None


def test_today_set_off_by_commas_in_the_lead_stays_nowadays():  # (a guard)
    got = dated_page("农村\n本报北京1月22日电 记者某某报道:村支书说,今天,全村已有300户盖了新房。\n",
                     date(1998, 1, 24))
    assert got["300户"][0] is None


def test_a_deadline_already_met_dates_what_its_sentence_reports():
    got = dated_page("本报讯 乡级人大代表换届选举已于1997年3月底前全部结束,全国4.5万多个乡、镇的"
                     "6.5亿选民参加投票。", date(1998, 1, 12))
    assert dates_of(got, "6.5亿") == (None, date(1997, 3, 31))
    got = dated_page("本报讯 全省农村电网改造已经在去年年底前完成,共涉及乡镇120个。", date(1998, 1, 12))
    assert dates_of(got, "120个") == (None, date(1997, 12, 31))


def test_a_deadline_set_for_a_task_still_dates_nothing():
    got = dated_page("本报讯 各地要在今年6月底前完成改制,涉及企业300家。", date(1998, 1, 12))
    assert got["300家"][0] is None


def test_this_occasion_is_the_one_the_sentence_before_dated_and_said_was_held():
    got = dated_page("本报讯 全省乡镇换届选举已于去年3月底前全部结束。全省此次共选出乡镇人大代表24万多名,"
                     "其中妇女代表占21.7%。", date(1998, 1, 12))
    assert dates_of(got, "24万多名") == (None, date(1997, 3, 31))
    got = dated_page("本报讯 书画展于1月9日至17日在市博物馆展出。此次展览共展出作品120幅。", date(1998, 1, 20))
    assert dates_of(got, "120幅") == (date(1998, 1, 9), date(1998, 1, 17))
    # (a deadline ahead frames no sentence after its own, nor does one without 此次)
    got = dated_page("本报讯 全省乡镇换届选举将于今年3月底前全部结束。全省现有乡镇人大代表24万多名。",
                     date(1998, 1, 12))
    assert got["24万多名"][0] is None


def test_this_time_after_a_report_published_is_another_occasion():  # (a guard)
    got = dated_page("本报讯 该报告分别于1997年和2007年发布了第一版和第二版。本次发布的第三版报告基于"
                     "5100万人的数据。", date(2018, 11, 5))
    assert got["5100万人"][0] is None
