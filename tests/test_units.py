import pytest

from minsheng.etl.records import DIMENSIONS
from minsheng.etl.units import FORMS, NON_QUANTITY, UNITS, canonical, dimension_of, normalize_unit


@pytest.mark.parametrize("form, base", [
    ("名", "人"), ("位", "人"), ("块钱", "元"), ("元人民币", "元"), ("张床位", "张"),
    ("场次", "场"), ("个年头", "年"), ("个百分点", "百分点"), ("平米", "平方米"), ("千克", "公斤"),
    ("周岁", "岁"), ("个小时", "小时"), ("人次", "人次"), ("%", "%"),
])
def test_written_forms_map_to_base_units(form, base):
    assert canonical(form) == base


def test_multipliers_in_front_of_a_unit_scale_the_value():
    assert normalize_unit("万人次") == ("人次", 10_000)
    assert normalize_unit("亿元") == ("元", 100_000_000)
    assert normalize_unit("万元") == ("元", 10_000)
    assert normalize_unit("千元") == ("元", 1000)


def test_cheng_is_ten_per_cent():
    assert normalize_unit("成") == ("%", 10.0)


def test_rates_keep_both_units():
    assert canonical("元/平方米") == "元/平方米"


@pytest.mark.parametrize("unit, dimension", [
    ("元", "currency"), ("美元", "currency"), ("人", "person"), ("名", "person"),
    ("人次", "person_time"), ("个", "count"), ("家", "count"), ("%", "ratio"),
    ("百分点", "ratio"), ("比例", "ratio"), ("倍", "multiple"), ("年", "duration"),
    ("个月", "duration"), ("岁", "age"), ("亩", "area"), ("公里", "length"), ("吨", "weight"),
    ("千瓦时", "other"), ("不存在的单位", "other"),
])
def test_dimensions(unit, dimension):
    assert dimension_of(unit) == dimension


def test_every_unit_has_a_known_dimension():
    assert set(UNITS.values()) <= set(DIMENSIONS)
    for base, _ in FORMS.values():
        assert base in UNITS


def test_calendar_and_ordinal_words_are_not_quantities():
    for word in ("周年", "届", "版", "号", "路", "日", "月", "时", "点"):
        assert word in NON_QUANTITY
        assert word not in FORMS
