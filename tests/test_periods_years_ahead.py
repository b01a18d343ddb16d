"""The years ahead (今后3年, 未来的五年内) are a span counted on from the publication date, as 近3年来
is one counted back: from the paper's year when it is printed in the first half of a year, else
from the next. They date the figures of their own clause and the duration written in them, not
the paragraph after them. Not a span with a second end (今后5年到10年内) nor the years a noun is
about (今后三年世界经济发展前景的问题), nor years that are no time of their clause (为今后五年…奠定
基础): guards. A duration written inside a count back (最近3年来) is that span too.

Sentences written for this test; each case but the guards failed on 2026.12.20 (undated)."""
from datetime import date

from periods_of import dated_page as dated, dates_of

JANUARY = date(1998, 1, 5)


def test_the_years_ahead_date_their_clause_and_their_duration():
    got = dated("改革\n本报北京1月4日讯 今后3年，全系统每年减员8万人以上。\n", JANUARY)
    assert dates_of(got, "3年") == (date(1998, 1, 1), date(2000, 12, 31))
    assert dates_of(got, "8万人以上") == (date(1998, 1, 1), date(2000, 12, 31))


def test_from_the_next_year_in_the_second_half():
    got = dated("规划\n本报讯 未来的五年内，全市将新建3座大桥。\n", date(1998, 9, 20))
    assert dates_of(got, "3座") == (date(1999, 1, 1), date(2003, 12, 31))


def test_a_duration_inside_a_count_back():
    got = dated("住房\n本报讯 最近3年来，全市新建住房5万套。\n", JANUARY)
    assert dates_of(got, "3年") == (date(1995, 1, 1), date(1997, 12, 31))


def test_no_span_with_a_second_end_or_before_a_noun():  # (guards)
    got = dated("科技\n本报讯 我国决定今后5年到10年内，建设20个示范区。\n", JANUARY)
    assert dates_of(got, "20个") is None
    got = dated("调查\n本报讯 在回答今后三年经济前景的问题时，有62%的经理表示乐观。\n", JANUARY)
    assert dates_of(got, "62%") is None
