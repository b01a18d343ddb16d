"""A year right before a quoted name inside a clause is part of the name (参加了2025年“送万福”
书法活动) and dates nothing; a year that opens its clause is the time of what follows
(，1998年“春蕾计划”资助的女童要达到5万名), and so is a month's end or start before one
(7月底“红星”“东风”两支车队共1200人…). Sentences written for this test; the first failed on
2026.12.24 (no period), the last on 2026.12.55."""
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


def test_a_year_that_opens_its_clause_before_a_quoted_name_dates_it():
    # (the year is the time of what follows, the quoted name its subject's: not a name's part)
    got = dated_page("省妇联提出，1998年“春蕾计划”资助的失学女童要达到5万名。", JAN)
    assert dates_of(got, "5万名") == (date(1998, 1, 1), date(1998, 12, 31))
    got = dated_page("1997年“菜篮子工程”新建蔬菜基地3000亩。", JAN)
    assert dates_of(got, "3000亩") == (date(1997, 1, 1), date(1997, 12, 31))
