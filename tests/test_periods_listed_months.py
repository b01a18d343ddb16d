"""Months listed (1995年3、4月间, 10、11、12月份) are the span from the first to the last, not the
last month alone; and when one list of as many figures follows them in their clause (10、11、12月份
涨幅为-0.4%、-0.8%和-1.2%), each figure is its month's. A numbered list's item before a date
(2、1月2日,…) is no list of months. Sentences written for this test; the first two cases failed
on 2026.12.39."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 20), newspaper="人民日报")


def dated(text):
    return {f.surface: f.period and (f.period.start, f.period.end)
            for a in process_text(text, manifest=PAPER).articles for f in a.figures}


def test_listed_months_are_their_span():
    got = dated("1996年5、6月间，这个县遭受洪灾，倒塌房屋1200间。")
    assert got["1200间"] == (date(1996, 5, 1), date(1996, 6, 30))


def test_as_many_figures_as_months_are_each_months():
    got = dated("去年全省工业增长12%。其中10、11、12月份工业增速分别为8.1%、7.6%和7.2%。")
    assert got["8.1%"] == (date(1997, 10, 1), date(1997, 10, 31))
    assert got["7.6%"] == (date(1997, 11, 1), date(1997, 11, 30))
    assert got["7.2%"] == (date(1997, 12, 1), date(1997, 12, 31))


def test_a_numbered_item_before_a_date_is_no_list():  # (guard)
    got = dated("2、1月2日，纽约一条街道发生火灾，烧毁房屋5座。")
    assert got["5座"] == (date(1998, 1, 2), date(1998, 1, 2))
