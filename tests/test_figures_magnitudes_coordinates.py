"""A quake's magnitude written in words with its decimal (六点二级, 四点六级) is a figure, and so is
a level said about (五级左右, 七级以上) where a quake or a wind is spoken of; a grade (三级医院,
二级以上医院, 英语四级以上) is not. A place's latitude or longitude (北纬四十一点一度) is no
amount of anything. Sentences written for this test."""

from conftest import figure_rows as found


def test_magnitudes_in_words():
    assert found("张北发生六点二级地震，最大余震为四点六级。") == [
        ("六点二级", 6.2, "级", "exact"), ("四点六级", 4.6, "级", "exact")]
    assert found("预计北风五级左右，阵风七级以上。") == [
        ("五级左右", 5, "级", "approx"), ("七级以上", 7, "级", "more_than")]


def test_grades_are_no_magnitudes():
    assert found("全市二级以上医院普遍提供服务，这是一所三级医院。") == []
    assert found("要求英语达到四级以上水平。") == []


def test_coordinates_are_no_amounts():
    assert found("震中位于北纬四十一点一度、东经114.3度，海拔1200米。") == [
        ("1200米", 1200, "米", "exact")]
