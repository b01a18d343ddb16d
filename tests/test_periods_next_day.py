"""次日, 翌日, 第二天 name the day after the one the text last named: a story names a day once
and then tells what happened "the next day". It dates its own sentence (a story moves on from
the scene), not a routine's every next day (每天下午来,第二天早晨回去), and with no day named
before it, nothing."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text


def _periods(text, published=date(1998, 1, 12)):
    doc = process_text(text, manifest=Manifest(published_on=published))
    return [(f.surface, f.period and (f.period.label, f.period.start, f.period.end))
            for r in doc.articles for f in r.figures]


def test_the_next_day_after_a_dated_event():
    text = "1月8日，该市遭受暴雨袭击。次日，市政府拨款50万元救灾。"
    assert _periods(text) == [("50万元", ("次日", date(1998, 1, 9), date(1998, 1, 9)))]
    text = "1997年12月30日，工厂发生火灾。第二天，职工们捐款3万元帮助受灾同事。"
    assert _periods(text) == [("3万元", ("第二天", date(1997, 12, 31), date(1997, 12, 31)))]


def test_not_a_routine_nor_a_next_day_after_no_day():
    text = "1月8日，老人来到这里。他每天下午来，第二天早晨回去，月工资480元。"
    assert _periods(text) == [("480元", None)]
    assert _periods("第二天，市政府拨款50万元救灾。") == [("50万元", None)]
