"""Holidays on a fixed day of the year are days: 元旦 in a paper of January 1998 is 1 January
1998, 国庆节 in it 1 October 1997, 1994年国庆节 1 October 1994; 元旦以来 starts a span there. The
days around one (国庆期间, 元旦来临, 元旦、春节期间) stay a label, and neither a document named
for it (元旦献词) nor one end of a span (从今年元旦至12月31日) is the holiday's day.

Sentences written for this test. Each case but the guards failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of

DAY = date(1998, 1, 4)


def test_a_holiday_is_its_day_of_the_latest_year():
    got = dated("送报\n\n本报讯 元旦清晨，邮递员把报纸送到3.2万户家庭。", DAY)
    assert dates_of(got, "3.2万户") == (date(1998, 1, 1), date(1998, 1, 1))
    got = dated("游园\n\n本报讯 国庆节当天，公园接待游客12万人次。", DAY)
    assert dates_of(got, "12万人次") == (date(1997, 10, 1), date(1997, 10, 1))


def test_a_year_before_the_holiday_fixes_it():
    got = dated("老干部\n\n本报讯 1994年国庆节，百名学生来到干休所。", DAY)
    assert dates_of(got, "百名") == (date(1994, 10, 1), date(1994, 10, 1))


def test_since_the_holiday_starts_a_span():
    got = dated("游客\n\n本报讯 元旦以来，园区接待游客已达2万人次。", DAY)
    assert dates_of(got, "2万人次") == (date(1998, 1, 1), None)


def test_days_around_a_holiday_stay_a_label():
    got = dated("慰问\n\n本报讯 在元旦、春节来临之际，市政府筹集资金1500多万元。", DAY)
    assert got["1500多万元"][0] == ("元旦", None, None)
    got = dated("旅游\n\n本报讯 国庆期间，全市接待游客120万人次。", DAY)
    assert got["120万人次"][0] == ("国庆期间", None, None)


def test_a_document_named_for_the_holiday_is_no_day():
    got = dated("献词\n\n本报讯 元旦献词说，全国有5800万贫困人口。", DAY)
    assert got["5800万"][0] is None
