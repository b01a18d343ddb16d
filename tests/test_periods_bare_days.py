"""A day of the month written alone (股市9日下跌, 该市28日发放) dates what happened on it: the
latest such day by the publication day, this month or the last. A dateline's day (9日电), a
deadline (15日前) and a day that recurs (每月15日) date nothing. Wire copy writes the day in
numerals (十六日): from ten on, those count as well."""
from datetime import date

import pytest

from periods_of import dated

PUBLISHED = date(1998, 1, 11)


def test_a_day_of_this_month():
    assert dated("泰国股市指数9日下跌10.50点，以349.67点收盘。", PUBLISHED) == {
        "10.50点": (("9日", date(1998, 1, 9), date(1998, 1, 9)), "clause", None),
        "349.67点": (("9日", date(1998, 1, 9), date(1998, 1, 9)), "clause", None)}


def test_a_day_still_ahead_this_month_is_last_months():
    assert dated("该市28日发放救助金300万元。", PUBLISHED)["300万元"][0] == \
        ("28日", date(1997, 12, 28), date(1997, 12, 28))


@pytest.mark.parametrize("text", [
    "新华社纽约9日电 道琼斯指数下跌222点。",
    "该市将于15日前发放救助金300万元。",
    "每月15日发放救助金300元。",
])
def test_datelines_deadlines_and_recurring_days_date_nothing(text):
    assert all(p is None for p, _, _ in dated(text, PUBLISHED).values())


def test_without_a_publication_day_a_day_dates_nothing():
    assert dated("该市9日发放救助金300万元。", None)["300万元"][0] is None


def test_the_day_is_a_plain_date_that_crosses_to_the_loading_process():
    # a worker pickles its results: a date made from the page's PublicationDate by replace()
    # lost that class's fields and could not be pickled
    import pickle

    from minsheng.etl.period_calendar import PublicationDate

    (period, _, _), = dated("该市9日发放救助金300万元。", PublicationDate(1998, 1, 11)).values()
    assert type(period[1]) is date and pickle.loads(pickle.dumps(period[1])) == date(1998, 1, 9)



def test_a_day_written_in_numerals_as_wire_copy_writes_it():
    got = dated("一艘货轮十日在大西洋海面沉没,救援人员共救起四名船员。", PUBLISHED)
    assert got["四名"][0] == ("十日", date(1998, 1, 10), date(1998, 1, 10))
    # ten and above only, and not a length of time
    assert dated("连续十五日降雨,共有3000人受灾。", PUBLISHED)["3000人"][0] is None
