"""A bare number after a verb whose object is staff (裁员1.8万, 裁员一万八, 扩招10万, 分流2.3万)
counts people, as one after 斥资 is money; a sum written with its unit keeps it, and a number
without 万 or 亿 stays out. Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def units(text):
    return [(f.surface, f.value, f.unit, f.unit_basis) for f in extract_figures(text)]


def test_the_number_after_a_staffing_verb_counts_people():
    assert units("这家电信公司宣布裁员一万八,今年高校扩招10万。") == [
        ("一万八", 18000.0, "人", "noun"), ("10万", 100000.0, "人", "noun")]
    assert units("全厂分流2.3万,其中再就业1.5万人。") == [
        ("2.3万", 23000.0, "人", "noun"), ("1.5万人", 15000.0, "人", "written")]


def test_a_unit_written_or_no_multiplier():
    assert units("裁员节省开支5000万元。") == [("5000万元", 5e7, "元", "written")]
    assert units("招聘会上共招聘3000。") == []
