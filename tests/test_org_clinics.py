"""A clinic is named by 诊所 as a hospital is by 医院 (梅奥诊所, 美国梅奥诊所), not a kind of clinic
(该诊所, 私人诊所, 社区诊所). Sentences written for this test; the first fails on 2026.12.26."""
import pytest

from orgs_of import names


@pytest.mark.parametrize("text, expected", [
    ("梅奥诊所研究人员记录了347名成年人的早餐习惯。", ["梅奥诊所"]),
    ("该诊所接待了300名患者。", []),  # (guards: a kind of clinic)
    ("一家私人诊所接待了300名患者。", []),
    ("社区诊所接待了300名患者。", []),
])
def test_a_clinic_by_its_name_and_no_kind_of_clinic(text, expected):
    assert names(text) == expected
