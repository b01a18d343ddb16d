"""A bare number whose noun is written as a count (用户数为…, 会员数达…), is compared with an
earlier base between the noun and the number (较上一季度增长了…, 较去年同期的…增加至…), or
counts the people of a country (…万的美国人, …万德国人) is a count of people, as 人口560万 is.
Sentences written for this test; each but the guards failed on 2026.12.24 (no figure, or a
spurious 1个)."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def units(text):
    return [(f.surface, f.value, f.unit, f.unit_basis) for f in extract_figures(text)]


def test_a_noun_written_as_its_count():
    assert units("该平台的注册用户数为3.6亿,全市工会会员数达12万。") == [
        ("3.6亿", 3.6e8, "人", "noun"), ("12万", 120000.0, "人", "noun")]


def test_a_comparison_between_the_noun_and_its_count():
    assert units("网站的活跃用户较上一季度增长了两个亿。") == [("两个亿", 2e8, "人", "noun")]
    assert units("全省参保职工较去年同期的81万增加至95万。") == [
        ("81万", 810000.0, "人", "noun"), ("95万", 950000.0, "人", "noun")]
    assert units("全县农民收入比上年增加3亿。") == [("3亿", 3e8, "元", "noun")]


def test_a_comparison_with_no_noun_of_people_or_money():  # (a guard)
    assert units("全省粮食产量较上年增加300万。") == []


def test_the_people_of_a_country():
    assert units("据估计约有800万的英国人没有存款,另有30万意大利人在海外工作。") == [
        ("800万", 8e6, "人", "noun"), ("30万", 300000.0, "人", "noun")]


def test_the_whole_country_is_no_people_counted():  # (a guard)
    assert units("这家企业一年卖出5万全国人都认得的月饼。") == []
