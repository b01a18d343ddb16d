"""1997年交通银行认真贯彻…。…全行完成80亿元…: a year that opens a paragraph, written right before
the paragraph's subject with no comma, dates what the paragraph goes on to report, as
``1997年,…`` does, until another time or a return to now takes over. Sentences written for
this test."""
from __future__ import annotations

from datetime import date

from periods_of import dated

D = date(1998, 1, 20)


def test_a_year_before_the_subject_frames_the_paragraph():
    got = dated("1997年某市总工会积极开展送温暖活动,各项工作进展顺利。全市共筹集帮扶资金1200万元,"
                "走访困难职工3.5万户。", D)
    assert got["1200万元"][0] == ("1997年", date(1997, 1, 1), date(1997, 12, 31))
    assert got["1200万元"][1] == "paragraph"
    assert got["3.5万户"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))


def test_after_a_dateline_too():
    got = dated("本报讯 1997年中国农业银行着力支持乡镇企业发展。全行新增贷款45亿元。", D)
    assert got["45亿元"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))


def test_now_again_ends_the_frame():
    got = dated("1990年他从师范学校毕业后回到家乡任教。如今他每月收入800元。", D)
    assert got["800元"][0] is None


def test_only_the_paragraph_it_opens():
    got = dated("1995年该厂开始推行股份制改造,效果明显。\n全厂现有职工1800人。", D)
    assert got["1800人"][0] is None


def test_a_year_inside_the_sentence_is_no_frame():
    got = dated("该行1997年积极支持乡镇企业发展。全行新增贷款45亿元。", D)
    assert got["45亿元"][0] is None


def test_last_year_before_the_subject_too():
    got = dated("去年中国银行外汇业务大幅增长。全行结汇总额达到18亿美元。", D)
    assert got["18亿美元"][0] == ("去年", date(1997, 1, 1), date(1997, 12, 31))


def test_it_frames_a_list_led_by_dashes():
    got = dated("去年某省财政收入稳步增长,主要措施有:\n———加强税收征管,补征税款3.2亿元。\n"
                "———清理欠税,收回欠税1.5亿元。", D)
    assert got["3.2亿元"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["1.5亿元"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["1.5亿元"][1] == "dated_context"


def test_the_recent_past_ends_the_frame():
    got = dated("去年某市遭受特大干旱。据统计,去年全市共拨发救灾款658万元。不久前,市政府又决定将"
                "职工年末奖金的1/3捐出。", D)
    assert got["658万元"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["1/3"][0] is None
    got = dated("1997年某市总工会积极开展送温暖活动。近日,市总工会又向困难职工发放慰问金50万元。", D)
    assert got["50万元"][0] is None


def test_a_pronoun_for_the_subject_after_the_year_frames_what_follows():
    # the whole was named in the sentence before; 他们 stands for it
    got = dated("某造船厂是全省最早进入国际市场的企业之一。1997年他们又迈出了新的步伐。"
                "造船产量达到29万吨,出口船舶占造船总量的85%。", D)
    assert got["29万吨"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["85%"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))


def test_their_after_the_year_is_no_subject():
    got = dated("某造船厂是全省最早进入国际市场的企业之一。1997年他们的产品第一次出口。"
                "全厂现有职工1800人。", D)
    assert got["1800人"][0] is None
