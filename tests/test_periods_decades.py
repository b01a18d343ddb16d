"""A decade (50年代, 八十年代, 1990年代, 本世纪70年代, 上世纪80年代) is its ten years, of the
century the publication date puts it in; a part of one (80年代初) or a decade entered or
counted from (进入90年代, 90年代以来) is a label that no year around it overrides."""
from __future__ import annotations

from datetime import date

from minsheng.etl.period_phrases import find_mentions
from periods_of import dated_page, dates_of


def _spans(text: str, published_on: date | None) -> list[tuple]:
    return [(m.label, m.begin, m.finish) for m in find_mentions(text, published_on)]


def test_a_decade_is_its_ten_years_in_the_century_the_page_puts_it():
    got = dated_page("本报讯 50年代,草原上的牧民收养过3000名孤儿。八十年代,这位老人供养了13个孩子上学。",
                     date(1998, 1, 7))
    assert dates_of(got, "3000名") == (date(1950, 1, 1), date(1959, 12, 31))
    assert dates_of(got, "13个") == (date(1980, 1, 1), date(1989, 12, 31))
    # a decade not yet begun in the publication year is of the century before
    assert _spans("20年代,这里只有农户40家。", date(2018, 11, 5)) \
        == [("20年代", date(1920, 1, 1), date(1929, 12, 31))]
    assert _spans("10年代以后", date(2018, 11, 5))[0][1:] == (None, None)


def test_the_century_a_decade_is_written_with_decides_it():
    assert _spans("本世纪70年代,全厂有职工1200人。", date(1998, 1, 5))[0][1:] \
        == (date(1970, 1, 1), date(1979, 12, 31))
    assert _spans("上世纪80年代,全厂有职工1200人。", date(2018, 6, 5))[0][1:] \
        == (date(1980, 1, 1), date(1989, 12, 31))
    assert _spans("二十世纪30年代的上海", None)[0][1:] == (date(1930, 1, 1), date(1939, 12, 31))
    # a decade in four digits is no year (1990年代 is not 1990), with or without a date
    assert _spans("1990年代,这个县的产值增长了3倍。", None)[0] \
        == ("1990年代", date(1990, 1, 1), date(1999, 12, 31))


def test_decades_from_one_to_another_span_both():
    got = dated_page("本报讯 从60年代到90年代,全县共打井3万多口。", date(1998, 1, 26))
    assert dates_of(got, "3万多口") == (date(1960, 1, 1), date(1999, 12, 31))


def test_part_of_a_decade_or_one_entered_is_a_label():
    got = dated_page("本报讯 1997年,工厂扩建了车间。80年代初,全厂只有职工200人。进入90年代,工厂先后"
                     "两次扩建。", date(1998, 1, 16))
    assert got["200人"][0] == ("80年代初", None, None)
    assert got["两次"][0] == ("90年代", None, None)
    assert _spans("90年代以来,全市新建学校40所。", date(1998, 1, 12))[0] == ("90年代以来", None, None)


def test_decade_words_without_a_number_are_no_decade():
    assert _spans("那个年代,全村只有一口井。", date(1998, 1, 12)) == []
    assert _spans("这座古塔年代久远,高30米。", date(1998, 1, 12)) == []


def test_a_decade_that_qualifies_a_noun_dates_no_figure():
    # (经受住80年代末、90年代初国际政治风波…的五年: the storms' time, not the five years')
    got = dated_page("本报讯 十五大总结了五年来的工作,这是全国人民经受住80年代末、90年代初国际政治风波的考验,"
                     "把改革开放推向前进的五年。", date(1998, 1, 6))
    assert [m.governs for m in find_mentions("经受住80年代末、90年代初国际政治风波", date(1998, 1, 6))] \
        == [False, False]
    assert got["五年"][0] == ("五年来", date(1993, 1, 1), date(1997, 12, 31))
