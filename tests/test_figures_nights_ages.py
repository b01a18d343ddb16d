"""Words of time and of people a reader writes down, and look-alikes they do not: 连续三晚
counts nights (晚会, 晚上 are other words); an age is a figure even when it is 一 (一周岁左右),
and so is a tenth (一成); 半个世纪 is fifty years; 老三 names a son (老三一个月 is no 31 months);
a floor or a unit in an address (A4栋1单元24层) counts nothing, while 4栋28层楼 counts."""
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
    ("只有一成的人同意。", [("一成", 10.0, "%")]),
    ("过去半个世纪发展很快。", [("半个世纪", 50.0, "年")]),
    ("老三一个月才挣400多元。", [("400多元", 400.0, "元")]),
    ("地址位于A4栋1单元24层。", []),
    ("已建成4栋28层楼。", [("4栋", 4.0, "栋"), ("28层", 28.0, "层")]),
])
def test_nights_and_ages(text, expected):
    assert _found(text) == expected
