"""A rate counted over a stretch of time written with the clock or calendar word after its
slash (60次/分, 2次/日, 800元/月): the time word is no date there but the rate's denominator,
stored as its full unit (分 -> 分钟); without the slash the same words stay a time of day."""
import pytest

from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("安静时成年人的脉搏为60~100次/分。", [("60~100次/分", 60.0, 100.0, "次/分钟")]),
    ("这种药每次两片，3次/日。", [("两片", 2.0, None, "片"), ("3次/日", 3.0, None, "次/天")]),
    ("保姆的工资涨到800元/月。", [("800元/月", 800.0, None, "元/月")]),
    ("流量达到1200辆/时。", [("1200辆/时", 1200.0, None, "辆/小时")]),
    ("9时30分开会，发言5分钟。", [("5分钟", 5.0, None, "分钟")]),
    ("车速为60公里/小时。", [("60公里/小时", 60.0, None, "公里/小时")]),
])
def test_rates_over_time(text, expected):
    assert _found(text) == expected


def test_a_number_after_every_week_counts():
    # 每周 then digits: so much every week; 周 alone before a numeral names a weekday
    assert _found("建议成年人每周150分钟中等强度运动，每周3至5次。") == [
        ("150分钟", 150.0, None, "分钟"), ("3至5次", 3.0, 5.0, "次")]
    assert _found("周3下午开会，节目每周六晚8点播出。") == []
