"""Four digits take no 十, 百 or 千 after them: 2018百度世界大会 names a year and a company and
1998千人大会 a year, not 201800 degrees or 1998000 people; 2018万 still counts ten thousands
and 1000千克 is a weight. Nor does a year take a measure word a name opens with (2019米其林指南,
2018台北). Sentences written for this test."""

from conftest import figure_rows as found


def test_a_year_before_a_name_that_opens_with_hundred_is_no_figure():
    assert found("在2018百度世界大会上，公司宣布了新计划。") == []
    assert found("1998千人大会在这里召开。") == []


def test_multipliers_and_units_after_digits_still_count():
    assert found("今年3百多人参加，总数达2018万人。") == [
        ("3百多人", 300, "人", "more_than"), ("2018万人", 20180000, "人", "exact")]
    assert found("货物重1000千克。") == [("1000千克", 1000, "千克", "exact")]


def test_a_year_before_a_name_that_opens_with_a_measure_word_is_no_figure():
    # 2019米其林指南, 2018台北, Le 1947餐厅: the segmenter reads a name from the measure word on
    assert found("在2019米其林指南中，2018台北的一家餐厅和Le 1947餐厅都上榜了。") == []
    # an amount the segmenter joins to what follows (米左右) still counts
    assert found("海拔2000米左右的铁杉，全长2019米的大桥。") == [
        ("2000米左右", 2000, "米", "approx"), ("2019米", 2019, "米", "exact")]
