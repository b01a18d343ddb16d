"""超过1996年全年水平, 高于上年, 低于去年同期: a period named after a verb of comparison is the
base the figures are measured against, like one after 比 or 较. It dates no figure of its
sentence: the figures keep the period the sentence opened with, and a rate right after the
base is compared with it. So does the span a record is the highest of (是历年来最多的).
Sentences written for this test."""
from __future__ import annotations

from datetime import date

from periods_of import dated

D = date(1998, 1, 16)


def test_exceeding_a_year_is_a_comparison_not_the_sentence_period():
    got = dated("据统计，去年截至11月底，全省接待游客1260万人次，超过1996年全年接待人数6.5%；"
                "其中境外游客85万人次，同比增长9%。", D)
    assert got["1260万人次"][0] == ("去年截至11月底", date(1997, 1, 1), date(1997, 11, 30))
    assert got["6.5%"][0] == ("去年截至11月底", date(1997, 1, 1), date(1997, 11, 30))
    assert got["6.5%"][2] == (date(1996, 1, 1), date(1996, 12, 31))
    assert got["85万人次"][0] == ("去年截至11月底", date(1997, 1, 1), date(1997, 11, 30))


def test_higher_and_lower_than_a_named_year():
    got = dated("1997年，该市城镇居民人均可支配收入5200元，高于1995年的水平；"
                "农民人均纯收入2300元，低于上年同期0.5个百分点。", D)
    assert got["5200元"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["2300元"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))


def test_a_year_after_more_than_that_is_no_comparison_stays_a_period():
    # 超过 after the year (1997年超过) compares nothing with the year: the year dates the figure
    got = dated("1997年超过3万名职工参加了技能培训。", D)
    assert got["超过3万名"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))


def test_the_span_a_record_is_of_dates_nothing_after_it():
    # 是历年来…最多的, 创近10年来最高水平: the span a record is the highest of
    got = dated("据初步统计,1997年全国共缴获海洛因超过5吨,是历年来缴获数量最多的,缴获鸦片1.9吨,"
                "大麻2.3吨。", D)
    assert got["1.9吨"][0] == ("1997年", date(1997, 1, 1), date(1997, 12, 31))
    assert got["2.3吨"][0] == ("1997年", date(1997, 1, 1), date(1997, 12, 31))
    got = dated("近3年来,全市共投资5亿元。", D)
    assert got["5亿元"][0][1:] == (date(1995, 1, 1), date(1997, 12, 31))  # no record: a period


def test_the_year_of_the_whole_a_share_is_of():
    # 仅为1996年人均纯收入的3.63%: 1996 is the year of the income, the share is 1997's
    got = dated("1997年,该县农民负担仅为1996年人均纯收入的3.63%。", D)
    assert got["3.63%"][0] == ("1997年", date(1997, 1, 1), date(1997, 12, 31))
    got = dated("1997年全县粮食产量3.5万吨,占1996年全市总产量的12%。1996年的增长率为5%。", D)
    assert got["12%"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["5%"][0][1:] == (date(1996, 1, 1), date(1996, 12, 31))  # the year's own rate


def test_a_span_before_the_share_verb_is_the_shares_own():
    got = dated("美国的家庭储蓄1960年—1983年间占其可支配收入的大约8%。", D)
    assert got["大约8%"][0][1:] == (date(1960, 1, 1), date(1983, 12, 31))


def test_the_same_span_last_year_told_with_what_it_measures():
    # 上年同期的营收是: the figure is the base's own value, as 上年同期为 is (fails on
    # 2026.12.28, which read only the verb right after 同期)
    got = dated("白鹭公司1997年第二季度营收为5亿元，占比18%，上年同期的占比为15%，"
                "上年同期的营收是4亿元。", D)
    assert got["5亿元"][0][1:] == (date(1997, 4, 1), date(1997, 6, 30))
    assert got["15%"][0] == ("上年同期", date(1996, 4, 1), date(1996, 6, 30))
    assert got["4亿元"][0] == ("上年同期", date(1996, 4, 1), date(1996, 6, 30))


def test_the_base_named_with_its_year_and_its_measure_again():
    # 同比2017年第三季度营业费用人民币|1.076亿元: that quarter's value, while the change after it
    # (增长了2810万元, 增幅为26.1%) is the current quarter's; a rate is never the base's value
    got = dated("白鹭公司2018年第三季度营业费用为1.357亿元，同比2017年第三季度营业费用人民币1.076亿元"
                "增长了2810万元，增幅为26.1%；比2016年全年入境人数高出2.42%。", D)
    assert got["1.076亿元"][0][1:] == (date(2017, 7, 1), date(2017, 9, 30))
    assert got["2810万元"][0][1:] == (date(2018, 7, 1), date(2018, 9, 30))
    assert got["2.42%"][0][1:] != (date(2016, 1, 1), date(2016, 12, 31))
    # (not after a change's verb: 较1993年底贬值了|7%左右)
    assert dated("1994年人民币较1993年底贬值了7%左右。", D)["7%左右"][0][1:] == (
        date(1994, 1, 1), date(1994, 12, 31))
