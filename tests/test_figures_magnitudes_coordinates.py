"""A quake's magnitude written in words with its decimal (六点二级, 四点六级) is a figure, and so is
a level said about (五级左右, 七级以上) where a quake or a wind is spoken of; a grade (三级医院,
二级以上医院, 英语四级以上) is not. A place's latitude or longitude (北纬四十一点一度) is no
amount of anything. A more-than word between two multipliers (3千多亿元, 2千余万元) leaves one
numeral, more than 300 billion, not 亿元 alone. Sentences written for this test."""

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


def test_a_more_than_word_between_two_multipliers():
    # 3千多亿 is more than 300 billion (not 亿元 alone, one hundred million); 2千余万, 76万多亿
    from minsheng.etl.figures import extract_figures
    got = [(f.surface, f.value, f.unit, f.qualifier)
           for f in extract_figures("全年投资3千多亿元，筹资2千余万元，坏账合计76万多亿日元。")]
    assert got == [("3千多亿元", 3e11, "元", "more_than"), ("2千余万元", 2e7, "元", "more_than"),
                   ("76万多亿日元", 7.6e13, "日元", "more_than")]
