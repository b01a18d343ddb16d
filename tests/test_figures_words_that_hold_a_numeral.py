"""Numerals that are part of another word count nothing: the 一 that ends 唯一 or 逐一 is not
the first digit of 一一 (eleven), 四面 before anything but a flat thing is all sides, 两面 of a
sheet is its sides, and 小三轮 or 三轮车 is a tricycle. Counted flags and rounds of talks stay.
Sentences written for this test."""
from __future__ import annotations

import pytest

from minsheng.etl.figures import extract_figures


def counts(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text", [
    "它是全国唯一一所工艺美术学院。",
    "检查组逐一一个个核对。",
    "葡萄干挂进四面通风的酿房。",
    "小村四面环山。",
    "准考证正反两面均不得涂改。",
    "他骑着小三轮到南京卖葡萄干。",
    "他买了一辆电动三轮车。",
])
def test_no_count(text):
    assert counts(text) == []


def test_what_is_counted_stays():
    assert counts("全市十一所中学获得三面锦旗和两面红旗。") == [
        ("十一所", 11.0, "所"), ("三面", 3.0, "面"), ("两面", 2.0, "面")]
    assert counts("双方举行了三轮会谈,挂起四面国旗。") == [("三轮", 3.0, "轮"), ("四面", 4.0, "面")]


def test_a_part_is_no_count_of_nothing():
    assert counts("零件厂生产汽车零件3000件。") == [("3000件", 3000.0, "件")]
