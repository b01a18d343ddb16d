"""破, 过 and 上 qualify a round number only (破百万台, 上万人): a number of one significant digit
before its multiplier is round too (破1亿人, 过10万人次), while a count after a verb ending in 破
(打破3项纪录) or a plain number (过3年再说) is no floor. Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def qualified(text):
    return [(f.surface, f.value, f.qualifier) for f in extract_figures(text)]


def test_a_round_number_with_one_digit_is_a_floor():
    assert qualified("日活跃用户破1亿人,观众过10万人次,销量破百万台。") == [
        ("破1亿人", 1e8, "more_than"), ("过10万人次", 1e5, "more_than"), ("破百万台", 1e6, "more_than")]


def test_no_floor_for_other_numbers():
    assert qualified("他打破3项纪录。") == [("3项", 3.0, "exact")]
    assert qualified("用户破1.5亿人。") == [("1.5亿人", 1.5e8, "exact")]


def test_a_verb_ending_in_shang_reaches_no_floor():
    # 跃上100万元新台阶: the value reached
    assert qualified("人均年产值跃上100万元新台阶。") == [("100万元", 1e6, "exact")]
