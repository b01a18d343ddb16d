"""增速回落了1.2个点, 利率上浮3个点, 沪指下跌了30个点: colloquial 个点 is a rate's percentage
points, or an index's points where the sentence speaks of an index; not a count of 个. Dots
and items (画着三个点) are no points. Sentences written for this test."""
from __future__ import annotations

from conftest import figure_rows


def test_points_of_a_rate_are_percentage_points():
    assert figure_rows("今年一季度GDP增速比去年同期回落了1.2个点。") == [
        ("1.2个点", 1.2, "百分点", "exact")]
    assert figure_rows("房贷利率上浮了3个点。") == [("3个点", 3.0, "百分点", "exact")]
    assert figure_rows("失业率下降两个点左右。") == [("两个点左右", 2.0, "百分点", "approx")]


def test_points_of_an_index():
    assert figure_rows("沪指当天下跌了30个点。") == [("30个点", 30.0, "点", "exact")]


def test_dots_are_no_points():
    assert all(unit != "百分点" for _, _, unit, _ in figure_rows("图上画着三个点。"))
