"""An exchange rate is quoted as one unit of a money against so much of another, either way
round (1美元兑换7.8港元, 1英镑合1.6美元, 4000比索兑1美元, 1卢布可兑换10韩元): the other money's amount is
the figure, the one unit counts nothing. One unit of money spent or paid is a figure (guard).
Sentences written for this test."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_one_unit_before_the_rate():
    assert found("港币实行联系汇率，1美元兑换7.8港元。") == [("7.8港元", 7.8, "港元")]
    assert found("当天的牌价是1英镑合1.6美元。") == [("1.6美元", 1.6, "美元")]
    assert found("按当时的汇率，1卢布可兑换10韩元。") == [("10韩元", 10.0, "韩元")]


def test_one_unit_after_the_rate():
    assert found("比索一度跌至4000比索兑1美元。") == [("4000比索", 4000.0, "比索")]


def test_one_unit_paid_is_a_figure():  # (guard)
    assert found("一瓶矿泉水只卖1美元。") == [("1美元", 1.0, "美元")]
