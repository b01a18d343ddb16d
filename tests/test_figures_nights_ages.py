"""连续三晚 counts nights (晚 alone after a numeral; 晚会, 晚上 are other words), and an age is
a figure even when it is 一 (一周岁左右: 一 is never "a" before 岁)."""
import pytest

from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("连续三晚睡不好觉。", [("三晚", 3.0, "晚")]),
    ("在酒店住了两晚。", [("两晚", 2.0, "晚")]),
    ("孩子一周岁左右可以吃鸡蛋。", [("一周岁左右", 1.0, "岁")]),
    ("举办了三晚会演。", []),
    ("昨天一晚上没睡。", []),
])
def test_nights_and_ages(text, expected):
    assert _found(text) == expected
