"""A range of years whose first year leaves out its 年 (2010-2019年, 1991—1995年, 1991至1995年)
is one span of whole years, as 1991年至1995年 is. Sentences of our own."""
import pytest

from minsheng.etl.pipeline import process_text


def _periods(text):
    doc = process_text(text)
    return [(f.surface, f.period.label, str(f.period.start), str(f.period.end))
            for r in doc.articles for f in r.figures if f.period is not None]


@pytest.mark.parametrize("text, expected", [
    ("本报讯 1991-1995年，全省共建成水库12座。", [("12座", "1991-1995年", "1991-01-01", "1995-12-31")]),
    ("本报讯 1991—1995年，全省共建成水库12座。", [("12座", "1991—1995年", "1991-01-01", "1995-12-31")]),
    ("本报讯 1991至1995年，全省共建成水库12座。", [("12座", "1991至1995年", "1991-01-01", "1995-12-31")]),
    ("本报讯 1991年至1995年，全省共建成水库12座。",
     [("12座", "1991年至1995年", "1991-01-01", "1995-12-31")]),
])
def test_a_range_of_years(text, expected):
    assert _periods(text) == expected

