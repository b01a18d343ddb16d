"""1997年前5个月, 今年前10个月 and 去年头两个月 are the year's first months: a period from 1 January
to the end of the last of them, for the figures it frames. (The months it counts stay a
duration figure, undated, as every numeral with its measure word is one.) Sentences of our own."""
from datetime import date

import pytest

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(newspaper="人民日报", published_on=date(1998, 1, 19))


def _periods(text):
    doc = process_text(text, manifest=PAPER)
    return [(f.surface, (f.period.start, f.period.end) if f.period else None)
            for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("本报讯 在1997年前5个月查获的25起案件中,有24起是盗窃案。\n",
     [("5个月", None), ("25起", (date(1997, 1, 1), date(1997, 5, 31))),
      ("24起", (date(1997, 1, 1), date(1997, 5, 31)))]),
    ("本报讯 今年前10个月,全市实现利润3亿元。\n",
     [("10个月", None), ("3亿元", (date(1998, 1, 1), date(1998, 10, 31)))]),
    ("本报讯 去年头两个月,销售额达5000万元。\n",
     [("两个月", None), ("5000万元", (date(1997, 1, 1), date(1997, 2, 28)))]),
])
def test_the_first_months_of_a_year(text, expected):
    assert _periods(text) == expected


def test_durations_stay_figures():
    assert _periods("本报讯 该部队提前一个月完成任务,工程共用了5个月。\n") == [
        ("一个月", None), ("5个月", None)]
