"""A price written with a currency's sign or code is a figure in that money when a space follows
the code (RMB 8,000) and when it opens a range, the sign written once (¥1300~1800, $25-30) or
again (¥1300~¥1800). Sentences written for this test."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


def test_a_space_after_the_code():
    assert found("这款耳环售价：RMB 37,700。") == [("RMB 37,700", 37700, None, "元")]


def test_a_range_with_the_sign_written_once():
    assert found("卷发棒售价¥1300~1800,另一款$25-30。") == [
        ("¥1300~1800", 1300, 1800, "元"), ("$25-30", 25, 30, "美元")]


def test_a_range_with_the_sign_written_twice():
    assert found("价格在¥35—¥79之间。") == [("¥35—¥79", 35, 79, "元")]


def test_years_and_plain_numbers_stay_no_prices():
    assert found("1998-2000年间共建设了30-50所学校。") == [("30-50所", 30, 50, "所")]
