"""Offices named by the short form of their work and 办 (国家网信办, 国务院扶贫办, 省侨办,
市文明办): after a place, the state's word or a level character standing alone. The
segmenter knows few of them and cuts them into the words around them. Sentences written for
this test."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions

from orgs_of import names


def test_a_state_office_named_by_its_work():
    assert names("国家网信办会同工信部、公安部等五部门开展整治。") == ["国家网信办", "工信部", "公安部"]
    assert names("国务院扶贫办主任在会上讲话。") == ["国务院扶贫办"]


def test_offices_of_a_place_and_of_a_level_listed_together_are_two():
    assert names("江苏省侨办和市台办联合发文。") == ["江苏省侨办", "市台办"]
    assert names("中央网信办、省网信办通报了3起案件。") == ["中央网信办", "省网信办"]


def test_a_level_office_is_the_home_citys():
    text = "鄂州市召开会议。市扶贫办会同市总工会发放资金200万元。"
    found = {o.surface: o.name for o in find_organizations(text, find_regions(text, "420700"), "420700")}
    assert found["市扶贫办"] == "鄂州市扶贫办"


def test_a_verb_before_ban_opens_no_office():
    assert names("全市举办了3场招聘会,国家正在办的实事有10件。") == []
    assert names("城市扶贫办法出台。") == []


def test_a_body_that_hosts_opens_no_office():
    # 主办 is a common word (the dictionary tags it b): 滨州市委主办 is no office
    assert names("由共青团滨州市委主办的活动启动。") == ["共青团滨州市委"]


def test_run_privately_or_publicly_is_no_office():
    # 民办, 公办: how a school is run, not an office of a place (浙江民办教育, 上海市民办学校)
    assert names("浙江民办教育市场总收益增长8.6%。") == []
    assert names("杭州市公办幼儿园收费标准调整。") == []
    assert names("浙江十大民办教育集团之一的浙江莲外教育集团有限公司递交招股书。") == \
        ["浙江莲外教育集团有限公司"]


def test_the_top_few_or_the_largest_of_a_kind_of_body_is_no_body():
    assert names("瑞士三大银行中的两家宣布合并。") == []
    assert names("中国工商银行是全球最大银行。") == ["中国工商银行"]
    # not a university whose place name holds 大 (四川大学), nor a congress (中共十五大)
    assert names("他毕业于四川大学。") == ["四川大学"]
