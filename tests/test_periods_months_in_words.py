"""A month and day written in numerals (一月十日, 十二月二十五日) date what their sentence reports as
1月10日 does; the name of something in quotes (“五月的风”), a lunar month (阴历十二月) and a season's
weather (六月天) are no dates. Sentences written for this test."""
from datetime import date

from periods_of import dated_page

PAPER_DAY = date(1998, 1, 11)


def span(got, surface):
    found = got[surface][0]
    return None if found is None else found[1:]


def test_a_date_in_numerals():
    got = dated_page("据测定,一月十日十一时五十分,张北县发生里氏六点二级地震。", PAPER_DAY)
    assert span(got, "六点二级") == (date(1998, 1, 10), date(1998, 1, 10))
    got = dated_page("十二月二十五日,全市共接待游客3万人次。", PAPER_DAY)
    assert span(got, "3万人次") == (date(1997, 12, 25), date(1997, 12, 25))


def test_names_lunar_months_and_weather_are_no_dates():
    got = dated_page("大型雕塑“五月的风”高30.5米。六月天,麦地里温度常常高达38摄氏度。", PAPER_DAY)
    assert span(got, "30.5米") is None and span(got, "38摄氏度") is None
