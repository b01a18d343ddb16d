"""An exchange rate quoted per one unit of a money (45比索兑1美元, 1美元兑换6700印尼盾) is the other
money's amount: the one dollar is the rate's base, not a sum, and readers leave it out. A sum
changed into another money (用100美元兑换人民币) is still a sum. 印尼盾, the papers' name for the
rupiah (CLDR's is 印度尼西亚卢比), is a money. Sentences written for this test; the first two
cases failed on 2026.12.39."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_one_unit_of_money_is_the_rates_base():
    assert found("韩元汇率开盘时为1637韩元兑1美元,收盘时跌至1680韩元兑1美元。") == [
        ("1637韩元", 1637.0, "韩元"), ("1680韩元", 1680.0, "韩元")]
    assert found("雅加达外汇市场上1美元兑换9800印尼盾,比前一天下跌6%。") == [
        ("9800印尼盾", 9800.0, "印尼盾"), ("6%", 6.0, "%")]


def test_sums_changed_stay():  # (guards)
    assert found("他在机场用100美元兑换了680元人民币。") == [
        ("100美元", 100.0, "美元"), ("680元人民币", 680.0, "元")]
    assert found("每人可兑换1美元的纪念币,共发行1万枚。") == [("1美元", 1.0, "美元"), ("1万枚", 10000.0, "枚")]
