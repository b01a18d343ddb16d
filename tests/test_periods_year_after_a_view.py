"""A paragraph whose first sentence reports a view (会议认为, 他强调) on a year (会议认为,1997年
在省委的领导下,全省经济稳中有升。) frames what the paragraph goes on to report, as a speaker's
介绍 or 指出 does. Sentences written for this test."""
from datetime import date

from periods_of import dated_page

YEAR_1997 = ("1997年", date(1997, 1, 1), date(1997, 12, 31))


def test_a_view_on_a_year_frames_the_paragraph():
    got = dated_page("会议认为，1997年在省委的领导下，全省经济稳中有升。通过招商引资共引进资金120亿元。",
                     date(1998, 1, 20))
    assert got["120亿元"][0] == YEAR_1997
    got = dated_page("他强调，1997年全省上下齐心协力，经济稳中有升。全省共引进资金120亿元。",
                     date(1998, 1, 20))
    assert got["120亿元"][0] == YEAR_1997
