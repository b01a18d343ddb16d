"""创海关历史最好水平, 某厂诉银行违约: a one-character verb that jieba's dictionary lists as a
noun (创, 诉, 雇, 奖) takes the body after it as its object; it never opens the body's name.
Sentences written for this test."""
from __future__ import annotations

import pytest

from orgs_of import names


def test_a_record_set_is_no_body():
    assert names("这一成绩创海关历史最好水平。") == []


def test_the_party_sued_is_named_without_the_verb():
    assert names("某厂诉银行违约一案,索赔50万元。") == []
    assert names("某厂诉中国银行南京分行违约一案。") == ["中国银行南京分行"]


def test_a_clause_between_a_place_and_a_bank_is_no_trade_name():
    # 江苏|某厂起诉|中国银行: the place is the plaintiff's; a trade name (江苏恒润…公司) holds no
    # verb of two characters and no pronoun
    assert names("江苏某厂起诉中国银行南京分行违约一案。") == ["中国银行南京分行"]
    assert names("江苏恒润(集团)有限公司今年出口额增长12%。") == ["江苏恒润(集团)有限公司"]


def test_a_name_with_its_place_is_still_found():
    assert names("深圳海关去年查获走私案件12起。") == ["深圳海关"]


@pytest.mark.parametrize("text, expected", [
    ("乔石在广州参观金鹏集团时强调。", ["金鹏集团"]),             # visited (参观 is a noun to jieba)
    ("与公司合作新建厂房,办起桂光制衣有限公司。", ["桂光制衣有限公司"]),  # set up
    ("并赔偿原告周村区法院损失500元。", ["周村区法院"]),          # a party to a case
    ("后任靖边县团委书记。", ["靖边县团委"]),                   # a post held
    ("对同一个银行集团实行不同形式的监管。", []),
])
def test_what_is_done_to_a_body_comes_before_its_name(text, expected):
    assert names(text) == expected
