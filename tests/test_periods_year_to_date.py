"""A year followed by 截至 a month or a day of it (去年截至11月底, 今年截至6月30日) is the year to
date, from its first day: the totals a report gives for it, not a stock on that day.
Sentences of our own."""
from datetime import date

import pytest

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(newspaper="人民日报", published_on=date(1998, 1, 16))


def _periods(text):
    doc = process_text(text, manifest=PAPER)
    return {f.surface: (f.period.start, f.period.end) if f.period else None
            for r in doc.articles for f in r.figures}


@pytest.mark.parametrize("text, figure, expected", [
    ("本报讯 据统计,去年截至11月底,全国接待游客5236万人次。\n", "5236万人次",
     (date(1997, 1, 1), date(1997, 11, 30))),
    ("本报讯 今年截至1月10日,全市发放贷款3亿元。\n", "3亿元", (date(1998, 1, 1), date(1998, 1, 10))),
    ("本报讯 去年截至11月底,入境人数同比增长12.3%;外国游客680万人次。\n",
     "680万人次", (date(1997, 1, 1), date(1997, 11, 30))),
])
def test_the_year_to_date(text, figure, expected):
    assert _periods(text)[figure] == expected


def test_until_alone_stays_a_stock():
    assert _periods("本报讯 截至去年11月底,全市共有企业3000家。\n") == {
        "3000家": (None, date(1997, 11, 30))}
