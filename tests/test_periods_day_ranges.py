"""A range of days whose first day leaves out its 日 (11月20-30日, 1月14至16日) is those days,
not the whole month. Sentences written for this test."""
from datetime import date

from periods_of import dated


def test_a_dashed_day_range_is_those_days():
    assert dated("2018年11月20-30日,全省共有25万名考生网上报名。")["25万名"][0] == (
        "2018年11月20-30日", date(2018, 11, 20), date(2018, 11, 30))


def test_a_day_range_with_zhi_and_a_relative_year():
    assert dated("去年10月1至7日,全市接待游客120万人次。", date(1998, 1, 5))["120万人次"][0] == (
        "去年10月1至7日", date(1997, 10, 1), date(1997, 10, 7))


def test_a_day_alone_still_needs_its_ri():
    # 11月20 alone, a number after a month, is no day
    assert dated("2018年11月,全省共有20家企业新增用工3万人。")["3万人"][0] == (
        "2018年11月", date(2018, 11, 1), date(2018, 11, 30))
