"""A plan's target year opening its sentence (到2030年，…下降到38%以下) dates the figures of its
clause to the end of that year, whatever verb the plan uses, as a forecast's (到2030年，保有量
将达到…) always did; a year the change is counted from (在2018年的基础上每年降低…) is a base, no
period of the figure. A past year after 到 is reached, not a target, and a span (从2010年到
2020年) stays a span. Sentences written for this test; the first two cases failed on 2026.12.30
(no period, and the base year)."""
from datetime import date

from periods_of import dated


def test_a_plans_target_year_with_any_verb():
    got = dated("到2030年，全市森林覆盖率提高到30%以上，城市污水直排率下降到5%以下。", date(2018, 5, 1))
    assert got["30%以上"][0] == ("到2030年", None, date(2030, 12, 31))
    assert got["5%以下"][0] == ("到2030年", None, date(2030, 12, 31))


def test_the_base_of_a_change_is_no_period():
    got = dated("到2025年，力争农村自来水普及率在2020年的基础上提高10个百分点。", date(2021, 5, 1))
    assert got["10个百分点"][0] == ("到2025年", None, date(2025, 12, 31))


def test_a_year_reached_and_a_span_stay():  # (guards)
    assert dated("到1996年底，全省已有28万户农民用上沼气。", date(1998, 1, 4))["28万户"][0] == (
        "1996年底", None, date(1996, 12, 31))
    got = dated("从2010年到2020年，全市常住人口增加了50万人。", date(2021, 5, 1))
    assert got["50万人"][0][1:] == (date(2010, 1, 1), date(2020, 12, 31))
