"""What and when as a reader writes them down: units read from the counted noun, numerals of
every shape, the desk's notes left out, periods fixed by dated context and comparisons, years in
two digits and five-year plans. Sentences are written for these tests."""
from __future__ import annotations

from datetime import date

from minsheng.etl.figures import extract_figures
from minsheng.etl.periods import PublicationDate, assign_periods
from minsheng.etl.records import Article


def found(text: str) -> list[tuple]:
    return [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


# -- 1. numbers without a measure word --------------------------------------------------------

def test_a_population_noun_counts_people_and_a_money_noun_yuan():
    figures = extract_figures("全县人口从41万增加到46.5万，财政收入达3.2亿，另有1.5万贫困户。")
    assert [(f.surface, f.value, f.unit, f.unit_basis) for f in figures] == [
        ("41万", 410_000, "人", "noun"), ("46.5万", 465_000, "人", "noun"),
        ("3.2亿", 320_000_000, "元", "noun"), ("1.5万", 15_000, "户", "noun")]
    assert found("厂里12万多职工放假。") == [("12万多", 120_000, "人", "more_than")]
    assert extract_figures("共发放4万元。")[0].unit_basis == "written"


def test_a_bare_number_whose_noun_fixes_no_unit_stays_out():
    assert found("去年产量3万，库存2万。") == []
    assert found("直播间人气12万。") == []
    assert found("集团总资产是80个亿。") == [("80个亿", 8_000_000_000, "元", "exact")]


# -- 2. Chinese numerals of every shape --------------------------------------------------------

def test_chinese_numerals_with_decimals_halves_and_ranges():
    assert found("投资三点五亿元，种植四十六点二万亩。") == [
        ("三点五亿元", 350_000_000, "元", "exact"), ("四十六点二万亩", 462_000, "亩", "exact")]
    assert found("工期半年以上，试运行半个月，每次检修半小时。") == [
        ("半年以上", 0.5, "年", "more_than"), ("半个月", 0.5, "个月", "exact"),
        ("半小时", 0.5, "小时", "exact")]
    assert found("改革试点已推行一年多。") == [("一年多", 1, "年", "more_than")]
    f = extract_figures("预计两三年内建成。")[0]
    assert (f.surface, f.value, f.value_max, f.unit) == ("两三年", 2, 3, "年")
    # a half that is a calendar or a frequency is no quantity
    assert found("上半年开工，每半年检查一次。") == []


def test_numerals_without_a_definite_value_are_not_figures():
    assert found("二十几个村的数千名村民十几年来。") == []


# -- 3. editorial furniture -------------------------------------------------------------------

def test_the_desks_notes_are_not_figures():
    assert found("山区小学见闻(附图片3张)") == []
    assert found("详情(见第二版)共有12所学校(图2)参加。") == [("12所", 12, "所", "exact")]
    # places named as a group are not a count of places
    assert found("鲁豫两省区、沿海三市及周边县市") == []


# -- 6. two-digit years -----------------------------------------------------------------------

def test_a_year_in_two_digits_is_no_duration():
    assert found("该市92年建市，从05年到08年分三年建成学校60所。") == [
        ("三年", 3, "年", "exact"), ("60所", 60, "所", "exact")]
    assert found("合同期限在10年—20年之间。")[0][:3] == ("10年—20年", 10, "年")
