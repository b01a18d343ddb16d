"""The value a comparison is made with, written right after its period as what describes a
noun (比1996年10%的增幅略低, 高于1990—1995年间7%的平均值, 远低于去年4%的水平), is that period's
value, not the sentence's. A figure the comparison reaches with a verb (比1996年增长10%) is the
sentence's (guard). Sentences written for this test."""
from datetime import date

from periods_of import dated_page

PUBLISHED = date(1998, 1, 15)


def test_a_year_compared_with():
    got = dated_page("全省去年经济增长９％，比１９９６年１０％的增幅略低。", PUBLISHED)
    assert got["9%"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
    assert got["10%"][0][1:] == (date(1996, 1, 1), date(1996, 12, 31))


def test_a_span_of_years_compared_with():
    got = dated_page("全省去年经济增长９％，高于１９９０—１９９５年间７％的平均值。", PUBLISHED)
    assert got["7%"][0][1:] == (date(1990, 1, 1), date(1995, 12, 31))


def test_the_year_before_compared_with():
    got = dated_page("今年预计增长３％，远低于去年４％左右的水平。", PUBLISHED)
    assert got["4%左右"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))


def test_a_change_reached_with_a_verb():  # (guard)
    got = dated_page("全省去年经济比１９９６年增长１０％。", PUBLISHED)
    assert got["10%"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
