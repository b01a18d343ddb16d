"""报告期内, 本季度 and a quarter named again (此外,第二财季…) are the period the text dated
before them (截至2018年9月30日的第二财季业绩显示): the report's period, not an undated phrase. A
quarter does not point back to a year. Sentences written for this test."""
from datetime import date

from periods_of import dated


def test_the_reports_period_and_its_quarter_named_again():
    got = dated("星海集团公布的截至2018年9月30日的第二财季业绩显示,报告期内公司实现营收912亿元。"
                "此外,第二财季集团的税前利润为14.5亿元。")
    assert got["912亿元"][0] == ("报告期内", None, date(2018, 9, 30))
    assert got["14.5亿元"][0] == ("第二财季", None, date(2018, 9, 30))


def test_this_quarter_points_back_to_a_quarter_only():
    assert dated("公司公布2017年第三季度业绩,本季度营收增长12%。")["12%"][0] == (
        "本季度", date(2017, 7, 1), date(2017, 9, 30))
    assert dated("公司2017年营收增长8%。本季度营收增长12%。")["12%"][0] is None


def test_a_quarter_named_with_its_year_dates_it_named_again():
    got = dated("蓝鲸科技公布2019年第二季度财报。第二季度营收为8.6亿元,同比增长12%。")
    assert got["8.6亿元"][0] == ("第二季度", date(2019, 4, 1), date(2019, 6, 30))


def test_a_quarter_named_again_moves_to_the_year_the_text_moved_to():
    text = ("2016年第四季度,白鹭公司亏损1.2亿元。2017年第三季度营收为9亿元,"
            "第四季度营收为11亿元。")
    assert dated(text)["11亿元"][0] == ("第四季度", date(2017, 10, 1), date(2017, 12, 31))
    # (a look back to an earlier year in between does not move it back)
    text = ("2019年第一季度,白鹭公司营收10亿元,2018年第四季度为9亿元。第一季度净利润为2亿元。")
    assert dated(text)["2亿元"][0] == ("第一季度", date(2019, 1, 1), date(2019, 3, 31))


def test_a_quarter_named_again_without_its_di():
    # 三季度 is 第三季度 (fails on 2026.12.28, which knew the quarter named again only with 第)
    got = dated("白鹭公司公布2018年第三季度财报。三季度营收为9亿元，连续三季度增长。", None)
    assert got["9亿元"][0] == ("三季度", date(2018, 7, 1), date(2018, 9, 30))


def test_an_earlier_quarter_is_of_the_year_whose_report_the_page_is_about():
    # a page of no date that names several years: a quarter up to the report's, written
    # without its year, is the report year's; a later one is not read (fails on 2026.12.54)
    text = ("白鹭公司发布2018年第三季度财报。该公司2015年上市，2017年营收40亿元。"
            "二季度营收为9亿元，一季度亏损1.2亿元。四季度营收预计增长10%。")
    got = dated(text, None)
    assert got["9亿元"][0] == ("二季度", date(2018, 4, 1), date(2018, 6, 30))
    assert got["1.2亿元"][0] == ("一季度", date(2018, 1, 1), date(2018, 3, 31))
    assert got["10%"][0] is None
