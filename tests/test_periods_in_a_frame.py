"""A clause that 在 opens with a year and 中, 期间 or 里 closes (在去年…的过程中, 在1996年…期间)
is the time of what its sentence and paragraph go on to report, as 去年, is. Sentences written
for this test; the first failed on 2026.12.24 (no period)."""
from datetime import date

from periods_of import dated_page, dates_of

JAN = date(1998, 1, 6)


def test_a_year_inside_an_in_frame_dates_the_paragraph():
    got = dated_page("在去年国有企业改组改制的过程中，全市一批企业妥善安置富余人员。这家集团共分流"
                     "2400人，其中1800人转岗。", JAN)
    assert dates_of(got, "2400人") == (date(1997, 1, 1), date(1997, 12, 31))
    assert dates_of(got, "1800人") == (date(1997, 1, 1), date(1997, 12, 31))


def test_a_place_is_no_time_frame():  # (a guard: 上 closes a place, the bridge built last year)
    got = dated_page("在去年建成的大桥上，工人们铺设了新护栏。全桥共有路灯2400盏。", JAN)
    assert dates_of(got, "2400盏") is None
