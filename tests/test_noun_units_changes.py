"""A number with no measure word takes its unit from the noun it counts also across a change
(贫困人口减少60万, 农民收入增加30亿), a verb that says what became of the people counted
(下岗职工再就业15万), and the moment each number is given for (从1994年的8000万减少到现在的4200万,
人口2000年为12.6亿). Sentences of our own."""
import pytest

from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.unit, f.unit_basis) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("全县贫困人口减少60万。", [("60万", 600000.0, "人", "noun")]),
    ("全市职工人数减少了3万。", [("3万", 30000.0, "人", "noun")]),
    ("全省农民收入增加30亿。", [("30亿", 3000000000.0, "元", "noun")]),
    ("全市下岗职工再就业15万。", [("15万", 150000.0, "人", "noun")]),
    ("全县农村劳动力转移就业12万。", [("12万", 120000.0, "人", "noun")]),
    ("农村贫困人口从1994年的8000万减少到现在的4200万。",
     [("8000万", 80000000.0, "人", "noun"), ("4200万", 42000000.0, "人", "noun")]),
    ("失业人员由去年的3.2万减少到今年的1.1万。",
     [("3.2万", 32000.0, "人", "noun"), ("1.1万", 11000.0, "人", "noun")]),
    ("全国人口2000年为12.6亿。", [("12.6亿", 1260000000.0, "人", "noun")]),
    ("全县人口去年底达到45万。", [("45万", 450000.0, "人", "noun")]),
])
def test_unit_from_the_noun_across_a_change_or_a_moment(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "全县粮食产量从去年的3万增加到5万。",
    "产量减少了3万。",
])
def test_no_noun_that_fixes_a_unit_no_figure(text):
    assert _figures(text) == []
