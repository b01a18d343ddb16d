"""当天, 当日, 当晚, 当夜 name the day the text last named: a story names a day once and then
tells what happened "that evening", after other days came in between. With no day named
before them they date nothing."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text


def _periods(text, published=date(1998, 1, 6)):
    doc = process_text(text, manifest=Manifest(published_on=published))
    return [(f.surface, f.period and (f.period.label, f.period.start, f.period.end))
            for r in doc.articles for f in r.figures]


def test_that_evening_after_the_next_morning_is_the_day_named():
    text = ("1996年3月2日晚，王某把车停进了小区。第二天早上，车不见了。"
            "物业公司以王某当晚只交了5元停车费为由，不肯赔偿。")
    assert _periods(text) == [("5元", ("当晚", date(1996, 3, 2), date(1996, 3, 2)))]


def test_that_day_after_a_dated_event():
    text = "1月3日，区妇联走访了困难家庭。当日，她们送去慰问金2万元。"
    assert _periods(text) == [("2万元", ("当日", date(1998, 1, 3), date(1998, 1, 3)))]


def test_no_day_named_before_dates_nothing():
    assert _periods("当天共发放慰问金50万元。") == [("50万元", None)]
