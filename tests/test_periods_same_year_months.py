"""同年10月, 当年3月 and 次年3月 are months of the year the text named last before them (or of
the year after, for 次年 and 翌年): 2017年5月…。同年10月,…2亿元 is October 2017; 截至同年12月3日
is a stock up to that day. With no year named before, they date nothing. Sentences of our own."""
from datetime import date

import pytest

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(newspaper="人民日报", published_on=date(1998, 1, 11))


def _periods(text):
    doc = process_text(text, manifest=PAPER)
    return {f.surface: (f.period.label, f.period.start, f.period.end) if f.period else None
            for r in doc.articles for f in r.figures}


@pytest.mark.parametrize("text, figure, expected", [
    ("本报讯 2017年5月,该公司完成3000万元融资。同年10月,公司又以2亿元估值完成A轮融资。\n", "2亿元",
     ("同年10月", date(2017, 10, 1), date(2017, 10, 31))),
    ("本报讯 1990年10月,该县发生地震。当年7月底,全省11个地市举行了演习。\n", "11个",
     ("当年7月", date(1990, 7, 1), date(1990, 7, 31))),
    ("本报讯 1995年他考入大学。次年3月,他获得奖学金5000元。\n", "5000元",
     ("次年3月", date(1996, 3, 1), date(1996, 3, 31))),
    ("本报讯 1996年10月,省物价局开始审批。截至同年12月3日,全省84个县市完成了审批。\n", "84个",
     ("截至同年12月3日", None, date(1996, 12, 3))),
])
def test_a_month_of_the_year_named_before(text, figure, expected):
    assert _periods(text)[figure] == expected


def test_no_year_named_before_dates_nothing():
    assert _periods("本报讯 同年10月,公司融资2亿元。\n") == {"2亿元": None}
