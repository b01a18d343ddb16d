"""The segmenter's dictionary tags some groups of people as bodies (全班同学, 高中同学 are nt
there): a name that ends in a word for people is who a body has, not a body; nor is a count
of bodies one (八所大学). Sentences written for this test."""
from __future__ import annotations

from orgs_of import names


def test_a_class_of_pupils_is_no_body():
    assert names("班主任为全班同学报了名,青岛医学院的学生也来了。") == ["青岛医学院"]
    assert names("全校同学和同班同学都参加了植树活动。") == []


def test_old_schoolmates_are_no_body():
    assert names("他的高中同学在上海工作,月薪1万元。") == []


def test_a_count_of_bodies_is_no_body():
    # 八所 is a town's name (八所镇) to the segmenter; 集八所大学的优势 counts universities
    assert names("浙江青峰集团集八所大学的科技优势为我所用。") == ["浙江青峰集团"]


def test_a_field_of_study_or_a_line_of_business_is_no_body():
    # the dictionary tags 人体工学 nt; 公司银行账户 is a company's bank account
    assert names("刷杆的弧度更符合人体工学,售价360元。") == []
    assert names("因诉讼,公司银行账户被冻结将近1000万元。") == []
    assert names("他在北京大学学习统计学。") == ["北京大学"]
