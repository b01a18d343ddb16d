"""这一年 (这1年) is the one year the text has just named, as 这十年 is the span of ten it named:
1995年,…。这一年,他8次…, 根据2017年的财报,…光这1年就实现营收…. A comparison's base is no
year it points to. Sentences written for this test."""
from datetime import date

from periods_of import dated

MARCH = date(2018, 3, 1)


def span(got: dict, surface: str) -> tuple:
    label_start_end = got[surface][0]
    return None if label_start_end is None else label_start_end[1:]


def test_this_one_year_is_the_year_just_named():
    got = dated("1995年，他来到这个村任教。这一年，他8次去看望困难户，送去了3套衣服。", MARCH)
    assert span(got, "8次") == span(got, "3套") == (date(1995, 1, 1), date(1995, 12, 31))
    got = dated("根据2017年的财报，这家公司光这1年就实现营收300亿元。", MARCH)
    assert span(got, "300亿元") == (date(2017, 1, 1), date(2017, 12, 31))


def test_a_comparisons_base_is_not_pointed_to():
    got = dated("全厂产值比2016年增长10%。这一年，全厂新增职工200人。", MARCH)
    assert span(got, "200人") == (None, None)
