"""A quality's noun (安全性, 满意度, 增长率, 获得感) after a word for companies (平台, 企业) is
what the company has, not a company's brand, whatever tag the dictionary gives it (安全性 nr,
满意度 ns). Sentences written for this test."""
from orgs_of import names


def test_a_quality_after_a_word_for_companies_is_no_brand():
    assert names("公司将提升平台安全性，平台近期成立了专门的项目组。") == []
    assert names("调查显示企业满意度，企业普遍认为审批加快了。") == []


def test_a_brand_after_a_word_for_companies_still_is_one():
    assert names("互联网巨头腾讯近日宣布投资20亿元。") == ["腾讯"]
