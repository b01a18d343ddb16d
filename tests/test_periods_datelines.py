"""The day in a dateline (本报上海1月8日讯, 新华社北京1月8日电) is when the story was filed, not
the period of its figures; the year just ended (过去的一年, 刚刚过去的一年) is the year before
the publication year, as 去年 is."""
from __future__ import annotations

from datetime import date

from periods_of import dated

PAGE = ("本报上海1月8日讯记者李明报道:上海市在过去的一年里经济建设取得了新成就:"
        "全市国内生产总值3360亿元,增长12.7%。")


def test_a_datelines_day_dates_no_figure():
    got = dated("本报上海1月8日讯记者李明报道:全市今年已办理居住证3000张。", date(1998, 1, 9))
    assert got["3000张"][0] == ("今年", date(1998, 1, 1), date(1998, 12, 31))
    assert dated("新华社北京1月8日电 记者从有关部门获悉,共发放补贴3000万元。", date(1998, 1, 9))[
        "3000万元"][0] is None


def test_the_year_just_ended_is_the_year_before_publication():
    got = dated(PAGE, date(1998, 1, 9))
    assert got["3360亿元"][0] == ("过去的一年", date(1997, 1, 1), date(1997, 12, 31))
    assert dated("刚刚过去的一年,全省新增就业岗位50万个。", date(1998, 1, 9))["50万个"][0] == (
        "刚刚过去的一年", date(1997, 1, 1), date(1997, 12, 31))
    # without 的, 过去一年 is as often the last twelve months: a label only
    assert dated("在过去一年里新增100人。", date(1998, 6, 9))["100人"][0] == ("过去一年里", None, None)


def test_a_subjects_year_heading_a_list_dates_the_paragraph():
    text = ("上海市在过去的一年里经济建设取得了新成就:全市国内生产总值3360亿元。"
            "城乡储蓄存款余额达到2100亿元,增长13%。")
    got = dated(text, date(1998, 1, 9))
    assert got["2100亿元"][0] == ("过去的一年", date(1997, 1, 1), date(1997, 12, 31))
    assert got["2100亿元"][1] == "paragraph"
    # after a dateline's 记者…报道: as well
    got = dated("本报上海1月8日讯记者李明报道:" + text, date(1998, 1, 9))
    assert got["2100亿元"][0] == ("过去的一年", date(1997, 1, 1), date(1997, 12, 31))
    # without the colon that introduces what follows, the year stays its own sentence's
    text = text.replace("成就:", "成就,")
    assert dated(text, date(1998, 1, 9))["2100亿元"][0] is None


def test_consecutive_years_count_back_from_the_year_in_context():
    text = ("上海市在过去的一年里经济建设取得了新成就:全市国内生产总值3360亿元。"
            "地方财政收入增幅连续三年保持在20%以上,去年完成290亿元。")
    got = dated(text, date(1998, 1, 9))
    assert got["20%以上"][0] == ("连续三年", date(1995, 1, 1), date(1997, 12, 31))
    assert got["三年"][0] == ("连续三年", date(1995, 1, 1), date(1997, 12, 31))
    assert got["290亿元"][0] == ("去年", date(1997, 1, 1), date(1997, 12, 31))
    # no year named before: nothing to count back from
    assert dated("地方财政收入增幅连续三年保持在20%以上。", date(1998, 1, 9))["20%以上"][0] is None
