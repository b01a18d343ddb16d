"""A year written without 年 before a part of itself, as web pages and some wire copy write it
(2017全年, 2018上半年, 2019前三季度, 2018第三季度, 2018一季度): that part of that year, as 2017年全年
would be; a number before a measure word stays a count (2018名). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from periods_of import dated, dates_of

PUBLISHED = date(2019, 11, 1)


def test_a_year_before_its_part_without_nian():
    got = dated("据统计,2017全年中国游客境外消费约2000亿美元。该公司2018上半年营收120亿元。", PUBLISHED)
    assert dates_of(got, "约2000亿美元") == (date(2017, 1, 1), date(2017, 12, 31))
    assert dates_of(got, "120亿元") == (date(2018, 1, 1), date(2018, 6, 30))


def test_a_year_before_its_quarters_in_a_text_without_nian():
    got = dated("2019前三季度,全国GDP增长6.2%。公司2018第三季度净利润5亿元,2018一季度亏损3亿元。", PUBLISHED)
    assert dates_of(got, "6.2%") == (date(2019, 1, 1), date(2019, 9, 30))
    assert dates_of(got, "5亿元") == (date(2018, 7, 1), date(2018, 9, 30))
    assert dates_of(got, "3亿元") == (date(2018, 1, 1), date(2018, 3, 31))


def test_a_count_is_no_year():
    assert dates_of(dated("共有2018名学生报名。", PUBLISHED), "2018名") is None
