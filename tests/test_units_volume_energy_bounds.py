"""Volumes in cubic centimetres (6立方厘米) and food energy in kilocalories (120千卡, 1800大卡)
are units; a bound written with 或/及 (12立方厘米或以上, 60岁及以上, 5万元及以下) takes the number
itself in: at least, at most. Sentences of our own."""
import pytest

from conftest import figure_rows as _figures


@pytest.mark.parametrize("text, expected", [
    ("体积小于6立方厘米属于偏小。", [("小于6立方厘米", 6.0, "立方厘米", "less_than")]),
    ("一块饼干含120千卡热量。", [("120千卡", 120.0, "千卡", "exact")]),
    ("成年人每天摄入1800大卡。", [("1800大卡", 1800.0, "大卡", "exact")]),
    ("12立方厘米或以上为正常。", [("12立方厘米或以上", 12.0, "立方厘米", "at_least")]),
    ("全市60岁及以上的老人。", [("60岁及以上", 60.0, "岁", "at_least")]),
    ("年收入5万元及以下的家庭。", [("5万元及以下", 50000.0, "元", "at_most")]),
])
def test_units_and_bounds(text, expected):
    assert _figures(text) == expected
