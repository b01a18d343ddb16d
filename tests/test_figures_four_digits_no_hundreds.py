"""Four digits take no 十, 百 or 千 after them: 2018百度世界大会 names a year and a company and
1998千人大会 a year, not 201800 degrees or 1998000 people; 2018万 still counts ten thousands
and 1000千克 is a weight. Sentences written for this test."""

from conftest import figure_rows as found


def test_a_year_before_a_name_that_opens_with_hundred_is_no_figure():
    assert found("在2018百度世界大会上，公司宣布了新计划。") == []
    assert found("1998千人大会在这里召开。") == []


def test_multipliers_and_units_after_digits_still_count():
    assert found("今年3百多人参加，总数达2018万人。") == [
        ("3百多人", 300, "人", "more_than"), ("2018万人", 20180000, "人", "exact")]
    assert found("货物重1000千克。") == [("1000千克", 1000, "公斤", "exact")]
