"""A shopping list run together without spaces puts a product's Latin name right after the
price before it (RMB300YSL圣罗兰明彩笔, ¥465Lancome): the price still ends at its digits. Not a
multiplier written in English (RMB300M, $5bn) nor a model number (A300X), which stay no price.
Sentences written for this test; the first case failed on 2026.12.20."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_a_price_run_on_into_the_next_products_name():
    assert found("遮瑕膏 RMB300YSL圣罗兰明彩笔 RMB375Benefit腮红 ¥465Lancome粉底。") == [
        ("RMB300", 300, "元"), ("RMB375", 375, "元"), ("¥465", 465, "元")]


def test_an_english_multiplier_or_a_model_number_is_no_price():  # (guards)
    assert found("融资RMB300M,估值$5bn。") == []
    assert found("型号A300X的售价为999元。") == [("999元", 999, "元")]
