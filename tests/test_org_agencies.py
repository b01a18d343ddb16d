"""An agency is named by 署 as a ministry is by 部 (审计署, 海关总署, 法国高等教育署; bare 警署 as bare 局: whose, the text must say), but 署 also
ends verbs and posts (签署, 部署, 署长, 署名), which name nothing. Sentences written for this test;
the foreign agencies fail on 2026.12.26 (署 was no head: their figures went to no body)."""
from orgs_of import names


def test_an_agency_abroad_is_named_by_its_country_and_its_field():
    assert names("法国高等教育署的数据显示，中国留学生有4万人。") == ["法国高等教育署"]
    assert names("澳大利亚药品管理署发布公告，召回3万盒药品。") == ["澳大利亚药品管理署"]


def test_a_national_agency_needs_no_place():
    assert names("审计署去年查出违规资金200亿元。") == ["审计署"]


def test_verbs_and_posts_in_sha_name_nothing():  # (guards)
    assert names("双方签署了价值5亿美元的合同。") == []
    assert names("美军重新部署了3000名士兵。") == []
    assert names("该署署长表示，今年将增加20%的预算。") == []


def test_a_bare_agency_is_no_body_as_a_bare_bureau_is_none():  # (a guard)
    assert names("警署去年破案30起。") == []
    assert names("代县衙署始建于明代，占地3000平方米。") == []
