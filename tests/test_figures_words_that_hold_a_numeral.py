"""Numerals that are part of another word count nothing: the 一 that ends 唯一 or 逐一 is not
the first digit of 一一 (eleven), 四面 before anything but a flat thing is all sides, 两面 of a
sheet is its sides, and 小三轮 or 三轮车 is a tricycle; a magnitude alone before 级 (万吨级码头)
is a class of size. Counted flags and rounds of talks stay. Sentences written for this test."""
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


@pytest.mark.parametrize("text", [
    "八一队以3比0击败浙江队。",          # the army's team, named for 1 August
    "五一节期间,游客明显增加。",
    "这部九七岁末出世的新片。",          # '97's year end
    "在三伏天和三九天组织干警训练。",
])
def test_two_digits_that_are_no_range_name_a_day(text):
    assert [f.surface for f in extract_figures(text) if f.surface.startswith(("八一", "五一", "九七", "三九"))] == []


def test_two_neighbouring_digits_are_still_a_range():
    assert [(f.surface, f.value, f.value_max) for f in extract_figures("他们七八个人,干了两三年。")] == [
        ("七八个人", 7.0, 8.0), ("两三年", 2.0, 3.0)]


@pytest.mark.parametrize("text", [
    "常州港万吨级通用码头工程竣工。",
    "全年发现亿吨级储量规模的油气区。",
    "百万千瓦级的核电机组并网发电。",
])
def test_a_bare_magnitude_before_ji_names_a_class_of_size(text):
    # 万吨级, 亿吨级: a class of size; 5万吨级泊位 states the size and stays a figure
    assert counts(text) == []


def test_a_size_in_digits_before_ji_stays():
    assert counts("建成5万吨级泊位。") == [("5万吨", 50000, "吨")]


def test_the_ranks_are_no_formal_five():
    # 队伍, 入伍: 伍 is the ranks (fails on 2026.12.31 as it stood: 队伍起 read as 5起)
    assert counts("这对巩固职工队伍起了很大作用，他入伍前是农民。") == []
    assert counts("收到捐款人民币伍万元整。") == [("伍万元", 50_000, "元")]


def test_a_lone_formal_digit_is_a_name_or_a_word():
    # 大陆人次, 陆家嘴, 陆道培, 伍顿高中 (fails on 2026.12.38: read as 6人次, 6家, 6道, 5顿);
    # with another formal character or after 人民币 it is a digit
    assert counts("台胞来大陆人次创新高，公司迁入陆家嘴，陆道培教授和学生欢聚在伍顿高中。") == []
    assert counts("收款人民币陆元，另付叁佰元。") == [("陆元", 6, "元"), ("叁佰元", 300, "元")]
