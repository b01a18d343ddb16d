"""The value a comparison names as its base is of the base's period, whether the text writes it
with 的 (比上年同期的16亿元) or with its own verb (去年同期为16亿元, 而上年度同期为16.2亿美元);
上年 and 上年度 are the year before the one the sentence is about, whichever that is (去年第四季度…
上年度同期 is the fourth quarter of the year before last). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from periods_of import dated, dates_of


def test_the_same_span_told_with_its_own_verb():
    got = dated("今年1至10月利润13亿元,去年同期为16亿元。", date(1998, 11, 30))
    assert dates_of(got, "13亿元") == (date(1998, 1, 1), date(1998, 10, 31))
    assert dates_of(got, "16亿元") == (date(1997, 1, 1), date(1997, 10, 31))


def test_the_year_before_the_one_the_sentence_is_about():
    got = dated("去年第四季度该公司盈利13.3亿美元,而上年度同期为16.2亿美元。", date(1998, 1, 30))
    assert dates_of(got, "13.3亿美元") == (date(1997, 10, 1), date(1997, 12, 31))
    assert dates_of(got, "16.2亿美元") == (date(1996, 10, 1), date(1996, 12, 31))
