"""点 is a stock index's points where the sentence speaks of an index; a clock's hour or a
count of items (3点意见) elsewhere, and then no figure."""
import pytest

from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("昨日上证综合指数下跌12.35点，收于1180.26点。",
     [("12.35点", 12.35, "点"), ("1180.26点", 1180.26, "点")]),
    ("恒生指数收盘报10235.5点，上涨86点。", [("10235.5点", 10235.5, "点"), ("86点", 86.0, "点")]),
    ("股市于下午3点收盘，指数跌至1000点。", [("1000点", 1000.0, "点")]),
    ("标准普尔指数上涨12点。", [("12点", 12.0, "点")]),
])
def test_index_points_are_figures(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "下午3点开会，提出3点意见。",
    "会议于8点30分开始，股市收盘前到会。",
    "大家晚上9点在股市大厅集合。",
    "他对股市提出了5点看法，指数上涨。",
])
def test_clock_hours_and_items_are_not(text):
    assert _found(text) == []
