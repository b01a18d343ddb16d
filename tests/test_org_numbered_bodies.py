"""A body known by its number (空军四五八医院, 解放军301医院, 第二五一医院) is one name: the
number makes a generic head one body's, and the name goes on over it to the force or the place
before it. Counts are not numbers of a body (20所医院), and no verb joins a name over one
(全县共有|120医院). Sentences written for this test; the first four failed on 2026.12.52."""
from orgs_of import canonical_names as names


def test_a_hospital_known_by_its_number():
    assert names("空军四五八医院领导把一个红包送给了病人。") == ["空军四五八医院"]
    assert names("解放军三○一医院去年接诊病人120万人次。") == ["解放军三○一医院"]
    assert names("解放军第二五一医院收治伤员300人。") == ["解放军第二五一医院"]


def test_a_number_after_a_place():
    assert names("沈阳市第123中学有学生2000人。") == ["沈阳市第123中学"]


def test_counts_and_verbs_are_not_a_number_of_a_body():
    assert names("全市新建20所医院。") == []
    assert not any("共有" in name for name in names("全县共有120医院。"))


def test_an_ordinal_as_before():  # (a guard: 第一 was read before)
    assert names("北京市第一医院收治病人300人。") == ["北京市第一医院"]
