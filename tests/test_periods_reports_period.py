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
