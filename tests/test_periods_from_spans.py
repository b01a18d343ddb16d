"""从 before a date opens a span when the span's end is written (从1997年1月1日至12月31日,
从1994年到1997年): the figure is dated to the whole span, as it is without 从. Alone (从1998年
1月1日起) 从 still names a starting point, which dates nothing. And 至今年 is 至 and 今年, not
至今 ("until now") followed by 年."""
from datetime import date

import pytest

from minsheng.etl.pipeline import Manifest, process_text

PUBLISHED = Manifest(published_on=date(1998, 1, 6))


def _periods(text):
    doc = process_text(text, manifest=PUBLISHED)
    return [(f.surface, f.period and (f.period.start, f.period.end))
            for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("从1997年1月1日至12月31日，共收入3万元。",
     [("3万元", (date(1997, 1, 1), date(1997, 12, 31)))]),
    ("从1994年到1997年，全省共投资50亿元。",
     [("50亿元", (date(1994, 1, 1), date(1997, 12, 31)))]),
    ("自1997年3月至11月，全市新增就业岗位2万个。",
     [("2万个", (date(1997, 3, 1), date(1997, 11, 30)))]),
    ("从1998年1月1日起，每人每月补助50元。", [("50元", None)]),
])
def test_from_with_an_end_is_a_span(text, expected):
    assert _periods(text) == expected


def test_zhi_jin_nian_is_not_until_now():
    # before: "至今" was read out of 至今年 and dated the figure "until now"
    assert _periods("合同约定，从今年元旦至今年12月31日，年租金为3万元。") == [("3万元", None)]
    assert _periods("这种做法至今已推广到30个县。") == [("30个", (None, None))]
