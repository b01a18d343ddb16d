"""Periods on web news pages that come without a publication-date sidecar: the year a report
names governs the 年末, 全年, 当年 and 比上年 written after it, and relative years are read
against the date the page itself states, or not at all. Sentences written for the purpose."""
from __future__ import annotations

from datetime import date

from minsheng.etl.period_calendar import PublicationDate

from minsheng.etl.publication_date import infer_publication_date
from minsheng.etl.pipeline import process_text
from periods_of import dated

D = date




def page_periods(page: str) -> tuple[date | None, dict[str, tuple]]:
    """What a load stores for a page with no sidecar: its inferred date, and per figure
    (label, start, end)."""
    doc = process_text(page)
    periods = {}
    for a in doc.articles:
        for f in a.figures:
            p = f.period
            periods[f.surface] = None if p is None else (p.label, p.start, p.end)
    return doc.published_on, periods


# -- 1. the year a bulletin names governs its 年末, 全年, 当年 and 比上年 ----------------------

def test_year_end_and_whole_year_words_take_the_year_the_report_names():
    text = ("据统计,2016年全省城乡居民收入稳步增长。\n"
            "全年农村居民人均可支配收入12500元,增长8.2%。\n"
            "年末全省城镇登记失业人员3.6万人。年内新增就业岗位4.1万个。")
    got = dated(text)  # a web page: no publication date
    assert got["12500元"][0] == ("全年", D(2016, 1, 1), D(2016, 12, 31))
    assert got["3.6万人"][0] == ("年末", None, D(2016, 12, 31))
    assert got["4.1万个"][0] == ("年内", D(2016, 1, 1), D(2016, 12, 31))
    # the publication year does not overrule the year the text names
    assert dated(text, D(2018, 11, 5))["3.6万人"][0] == ("年末", None, D(2016, 12, 31))


def test_a_statistical_bulletin_named_in_title_marks_dates_what_it_shows():
    text = ("《2016年度全省卫生事业发展统计公报》显示,年末全省共有医疗卫生机构2.3万个,"
            "当年诊疗4.5亿人次。")
    got = dated(text)
    assert got["2.3万个"][0] == ("年末", None, D(2016, 12, 31))
    assert got["4.5亿人次"][0] == ("当年", D(2016, 1, 1), D(2016, 12, 31))
    # a report quoted for its figures names their year, without dating the sentence itself
    text = "2018年上半年,交易量增长13%。《2017年全国二手车流通数据》显示,全年交易量突破1240万辆。"
    assert dated(text)["突破1240万辆"][0] == ("全年", D(2017, 1, 1), D(2017, 12, 31))
    # the end of a span of years is not the year of what follows
    text = "从2012年底到2017年底,全年支出从658亿元提高到1023亿元。"
    assert dated(text)["1023亿元"][0] == ("全年", None, None)
    # a book or regulation in title marks still names no period
    assert dated("《2019年招生工作管理规定》要求,每校推荐3人。")["3人"][0] is None


def test_a_comparison_with_the_year_before_follows_the_named_year():
    text = "2017年,全省经济平稳运行。\n\n规模以上工业增加值比上年增长6.8%。"
    assert dated(text)["6.8%"] == (("2017年", D(2017, 1, 1), D(2017, 12, 31)), "comparison",
                                   (D(2016, 1, 1), D(2016, 12, 31)))
    # the value of the base is the base's: 比上年的3888亿元 is the year before's
    got = dated("2017年,全省教育经费总投入为4256亿元,比上年的3888亿元增长9.4%。")
    assert got["4256亿元"] == (("2017年", D(2017, 1, 1), D(2017, 12, 31)), "sentence",
                              (D(2016, 1, 1), D(2016, 12, 31)))
    assert got["3888亿元"] == (("2016年", D(2016, 1, 1), D(2016, 12, 31)), "comparison", None)
    # a company's quarter or fiscal year compared with the year before is no calendar year
    got = dated("财报显示,第四财季营收为58亿美元,比上年同期的59亿美元下滑2%。", D(2018, 11, 8))
    assert got["58亿美元"] == got["59亿美元"] == got["2%"] == (None, None, None)
    got = dated("今年上半年,公司净亏损1.2亿元,较去年同期的3650万元扩大。", D(2018, 8, 10))
    assert got["3650万元"] == (("去年同期", D(2017, 1, 1), D(2017, 6, 30)), "comparison", None)


def test_year_words_that_look_ahead_or_name_no_year_date_nothing():
    # a plan for the end of the year is no period of the figure
    assert dated("2018年,公司新开门店60家。预计年底将开设门店80家。")["80家"][0] is None
    assert dated("2018年上半年公司盈利。公司预计,全年营收为12亿元。")["12亿元"][0] is None
    assert dated("2017年公司上市。公司年内营收大概率超过200亿元。")["超过200亿元"][0] is None
    # a year still ahead is the year its 年内 speaks of
    assert dated("到2017年,公司放慢扩张,年内仅开设3家门店。")["3家"][0] == (
        "年内", D(2017, 1, 1), D(2017, 12, 31))
    # with no year named before it, 年末 is a label only
    assert dated("年末全省城镇登记失业人员3.6万人。")["3.6万人"][0] == ("年末", None, None)
    # a year-end bonus is no period; a fiscal year is no calendar year
    assert dated("2016年,全市职工年末奖金的1/3用于捐助。")["1/3"][0] == (
        "2016年", D(2016, 1, 1), D(2016, 12, 31))
    assert dated("2016年公司上市。2018财年第四季度盈利12亿美元,全年盈利54亿美元。")["54亿美元"][0] == (
        "全年", None, None)
    # 三年内 is no year word
    assert dated("2016年,公司承诺三年内投资50亿元。")["50亿元"][0] == (
        "2016年", D(2016, 1, 1), D(2016, 12, 31))
    # 当年 far from any year named is a story's "back then"
    text = "2009年,他加入公司。\n公司搬了新址。当年一起创业的伙伴只剩3人。"
    assert dated(text)["3人"][0] is None
    text = "2009年,他加入公司。当年一起创业的伙伴只有3人。"
    assert dated(text)["3人"][0] == ("当年", D(2009, 1, 1), D(2009, 12, 31))


# -- 2. relative years against the date the page states ------------------------------------

def test_a_date_leading_the_story_fixes_last_year_and_an_old_or_yearless_one_does_not():
    page = ("全省幼儿园建设提速\n\n新浪教育讯 2018年3月5日,记者从省教育厅获悉,"
            "去年全省新增幼儿园120所,上月又开工建设35所。\n")
    published, got = page_periods(page)
    assert published == D(2018, 3, 5)
    assert (published.granularity, published.year_certain) == ("day", True)
    assert got["120所"] == ("去年", D(2017, 1, 1), D(2017, 12, 31))
    assert got["35所"] == ("上月", D(2018, 2, 1), D(2018, 2, 28))
    # the story opens on a day long past: the page names later years, so that day is no date
    # of the page, and 去年 stays a label
    page = "1986年3月28日,她出生于纽约。2016年她发行了新专辑,去年专辑销量达300万张。\n"
    published, got = page_periods(page)
    assert published is None or not published.year_certain
    assert got["300万张"] == ("去年", None, None)
    # a dateline without a year fixes nothing
    published, got = page_periods("新浪科技讯 11月5日午间消息,去年公司营收达200亿元。\n")
    assert got["200亿元"] == ("去年", None, None)


def test_a_date_heading_the_page_in_brackets_fixes_the_year():
    page, articles = "(2018年11月6日,中国上海)今日,公司公布业绩。去年营收达200亿元。", []
    got, source = infer_publication_date(page, articles)
    assert (got, source) == (PublicationDate(2018, 11, 6), "lead_date")


def test_a_page_whose_dates_all_fall_in_one_year_fixes_that_year():
    # the guide's rule: a dated sentence of the article fixes the year of its 今年 and 去年
    page = ("社区医生谈转诊\n\n卫生政策圆桌会议于2013年12月14日在上海召开,与会者介绍,"
            "今年全市家庭医生签约居民达到120万人,去年为80万人。\n")
    published, got = page_periods(page)
    assert (published, published.granularity, published.year_certain) == (D(2013, 1, 1), "year", True)
    assert got["120万人"] == ("今年", D(2013, 1, 1), D(2013, 12, 31))
    assert got["80万人"] == ("去年", D(2012, 1, 1), D(2012, 12, 31))


def test_a_report_on_part_of_a_year_dates_what_it_shows():
    # (fails on 2026.12.31 as it stood: a year in a report's title dated nothing)
    got = dated("《2019年1-9月中国手游市场报告》显示，手游市场销售收入达到1200亿元，同比增长8%。")
    assert got["1200亿元"][0] == ("2019年1-9月", D(2019, 1, 1), D(2019, 9, 30))
    got = dated("《2019年三季度就业报告》指出，求职人数增长12%。")
    assert got["12%"][0] == ("2019年三季度", D(2019, 7, 1), D(2019, 9, 30))
    # a report on a whole year or on years to come dates nothing of itself (a guard)
    assert dated("《2019-2025年中国手游市场前景报告》显示，增速为21%。")["21%"][0] is None
