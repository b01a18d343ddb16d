"""A year written in two digits where the page writes it in full too (2019年…; 19年的新科状元,
就19年选秀市场来讲, 在96年之后) is a year, no length of time; a length of time stays one where
the words around it say so (工作了19年, 19年来, 经过19年的努力, 在13年前, 50年厂庆, 增寿12年:
guards). Sentences written for this test; the first case failed on 2026.12.20 (three figures
of 19 years)."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[str]:
    return [f.surface for f in extract_figures(text)]


def test_a_short_year_the_page_writes_in_full_is_a_year():
    assert found("2019年的选秀大会没有顶级球员。19年的前五顺位相形见绌，就19年选秀市场来讲，"
                 "他可以成为19年的新科状元。") == []


def test_lengths_of_time_stay():  # (guards)
    assert found("2019年他退休了。他在厂里工作了19年，19年来从未请假，经过19年的努力。") == [
        "19年", "19年", "19年"]
    assert found("1950年建厂。1998~2012年的调查显示女性增寿12年，工厂在13年前迎来50年厂庆。") == [
        "12年", "13年", "50年"]
