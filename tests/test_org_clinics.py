"""A clinic is named by 诊所 as a hospital is by 医院 (梅奥诊所, 美国梅奥诊所), not a kind of clinic
(该诊所, 私人诊所, 社区诊所). Sentences written for this test; the first fails on 2026.12.26."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def names(text):
    return [o.name for o in find_organizations(text, find_regions(text))]


def test_a_clinic_by_its_name():
    assert names("梅奥诊所研究人员记录了347名成年人的早餐习惯。") == ["梅奥诊所"]


def test_a_kind_of_clinic_is_no_body():  # (guards)
    assert names("该诊所接待了300名患者。") == []
    assert names("一家私人诊所接待了300名患者。") == []
    assert names("社区诊所接待了300名患者。") == []
