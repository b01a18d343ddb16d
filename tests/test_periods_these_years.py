"""这十年中, 这五年里: a span that points back at the span of as many whole years the text
named just before is dated as that span (2010-2019年是…的10年。这十年中建校300所); with no such
span before it, it stays a label without dates. Sentences of our own."""
from minsheng.etl.pipeline import process_text


def _periods(text):
    doc = process_text(text)
    return [(f.surface, f.period.label if f.period else None,
             str(f.period.start) if f.period else None, str(f.period.end) if f.period else None)
            for r in doc.articles for f in r.figures]


def test_these_years_are_the_span_named_before():
    assert _periods("本报讯 2010-2019年是民办教育快速发展的10年。这十年中共建校300所。") == [
        ("10年", "2010-2019年", "2010-01-01", "2019-12-31"),
        ("300所", "这十年中", "2010-01-01", "2019-12-31")]
    assert _periods("本报讯 1991年至1995年，全省共建成水库12座。这五年里，全省还新增耕地3万亩。")[1] == (
        "3万亩", "这五年里", "1991-01-01", "1995-12-31")


def test_these_years_without_a_span_of_as_many_years_stay_a_label():
    assert _periods("本报讯 这五年里，全省新增耕地3万亩。") == [("3万亩", "这五年里", "None", "None")]
    assert _periods("本报讯 1991年至1995年全省建成水库12座。这三年里新增耕地3万亩。")[1] == (
        "3万亩", "这三年里", "None", "None")
