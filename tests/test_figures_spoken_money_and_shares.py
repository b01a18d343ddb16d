"""Shapes of figures in interviews and web news, each read by the rule for its class:

- 的 right before a counted noun ties a bare number to it (一个30亿的票房, 800万的投资);
- a bare sum after a verb of spending is money (花了100个亿, 花掉3000万), while 花了3年 keeps
  its measure word;
- 个 before a noun that is a measure word itself (30个字, as 25个百分点);
- half a minute (半分钟) as half a year or an hour;
- one in N said with 个 before the person (每四人当中就有一个人);
- two years joined by a slash (2017/2018财年, 1997/98赛季) name a season, not a fraction.

Sentences written for this test."""
import pytest

from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("他说自己并没有一个30亿的票房。", [("30亿", 3e9, "元")]),
    ("这个项目一共需要800万的投资。", [("800万", 8e6, "元")]),
    ("他们前后花了100个亿，效果并不明显。", [("100个亿", 1e10, "元")]),
    ("光是装修就花掉3000万，可惜没用上。", [("3000万", 3e7, "元")]),
    ("他花了3年时间写完这本书。", [("3年", 3.0, "年")]),
    ("标题不超过20个字。", [("不超过20个字", 20.0, "字")]),
    ("选手只有半分钟的准备时间。", [("半分钟", 0.5, "分钟")]),
    ("每五人当中就有一个人患有近视。", [("每五人当中就有一个人", 0.2, "比例")]),
])
def test_the_shapes_are_figures(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "公司2017/2018财年的报告已经发布。",
    "他在1997/98赛季表现出色。",
])
def test_a_season_of_two_years_is_no_fraction(text):
    assert _found(text) == []
