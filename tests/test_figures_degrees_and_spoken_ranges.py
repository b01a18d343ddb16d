"""An angle written with its symbol (倾斜45°) is in degrees; flowers count in 朵; 三五, as speech
says "a few", is the range three to five (三五支花箭), not thirty-five; a school year before a
count (高三六门科目) is not part of it, and a cohort named by its year (2018级) counts nothing.
Sentences written for this test."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


def test_an_angle_is_in_degrees_and_a_temperature_stays_one():
    assert found("360°全景视野,屋顶倾斜45°。气温5°C。") == [
        ("360°", 360, None, "°"), ("45°", 45, None, "°"), ("5°C", 5, None, "℃")]


def test_flowers_count_in_duo():
    assert found("每支花箭可长出五至七朵花。") == [("五至七朵", 5, 7, "朵")]


def test_three_five_is_a_few_not_thirty_five():
    assert found("普通的水仙一般只长三五支花箭,三五天就开。") == [
        ("三五支", 3, 5, "支"), ("三五天", 3, 5, "天")]
    assert found("一九三五年") == []


def test_a_school_year_and_a_cohort_are_no_counts():
    assert found("要求高三六门科目平均分达到80分以上。") == [
        ("六门", 6, None, "门"), ("80分以上", 80, None, "分")]
    assert found("2018级新生今天报到,共1200人。") == [("1200人", 1200, None, "人")]
