"""A year right before a quoted name is part of the name (2025年“送万福”书法活动) and dates
nothing; a month's end or start before one is a point in time, and dates its clause
(7月底“红星”“东风”两支车队共1200人…). Sentences written for this test; the first failed on
2026.12.24 (no period)."""
from datetime import date

from periods_of import dated_page, dates_of

JAN = date(1998, 1, 6)


def test_a_months_end_before_a_quoted_name_dates_its_clause():
    got = dated_page("继去年7月底“红星”和“东风”两支车队共1200人返乡后，12月份又有800人返乡。", JAN)
    assert dates_of(got, "1200人") == (None, date(1997, 7, 31))
    assert dates_of(got, "800人") == (date(1997, 12, 1), date(1997, 12, 31))


def test_a_year_before_a_quoted_name_is_the_names():  # (a guard)
    got = dated_page("他参加了2025年“送万福、进万家”书法公益活动，写了300副春联。", date(2026, 1, 6))
    assert dates_of(got, "300副") is None
