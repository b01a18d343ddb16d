"""The numerals of a list share the measure word its last one is written with (40万和300万港元,
3万、5万和8万人, 1200和1500名): each is a figure in that unit, its surface the numeral alone. Not
an item's number (3、百年老矿…), the second part of a compound (11秒37、11秒49), a list of
another script (六、6000米), a guess (四、五十年: forty or fifty years) or a list of dates and
names (5月和6月, 1和2号线). Sentences of our own."""
import pytest

from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("基金会和委员会分别拨出40万和300万港元购买物资。",
     [("40万", 400000.0, "港元"), ("300万港元", 3000000.0, "港元")]),
    ("这些县的人口分别为3万、5万和8万人。",
     [("3万", 30000.0, "人"), ("5万", 50000.0, "人"), ("8万人", 80000.0, "人")]),
    ("两校分别招生1200和1500名。", [("1200", 1200.0, "人"), ("1500名", 1500.0, "人")]),
    ("新发行的硬币有1、2、5卢布三种。",
     [("1", 1.0, "卢布"), ("2", 2.0, "卢布"), ("5卢布", 5.0, "卢布"), ("三种", 3.0, "种")]),
])
def test_a_list_shares_its_last_measure_word(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("3、百年老矿创新高。", []),
    ("她以11秒37、11秒49两夺冠军。", [("11秒37", 11.37, "秒"), ("11秒49", 11.49, "秒")]),
    ("中国在四、五十年前就开始了研究。", [("五十年", 50.0, "年")]),
    ("地铁1和2号线今年5月和6月开通。", []),
    ("医院主要调整三、四类手术的价格。", [("四类", 4.0, "类")]),
])
def test_no_list_of_quantities(text, expected):
    assert _figures(text) == expected
