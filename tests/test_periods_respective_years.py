"""2018年、2019年和2020年的净利润分别不低于8.88亿元、10.69亿元和12.71亿元: the figures after 分别
take the years listed before it (or the years of one span, 1996年至1998年), one each in order,
when there are as many figures as years; otherwise nothing is paired. Sentences of our own."""
import pytest

from minsheng.etl.pipeline import process_text


def _periods(text):
    doc = process_text(text)
    return [(f.surface, f.period.label if f.period else None) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("本报讯 该公司承诺2018年、2019年和2020年的净利润分别不低于8.88亿元、10.69亿元和12.71亿元。",
     [("不低于8.88亿元", "2018年"), ("10.69亿元", "2019年"), ("12.71亿元", "2020年")]),
    ("本报讯 全市1996年和1997年的财政收入分别为20亿元和25亿元。",
     [("20亿元", "1996年"), ("25亿元", "1997年")]),
    ("本报讯 1996年至1998年全市财政收入分别达20亿元、25亿元和30亿元。",
     [("20亿元", "1996年"), ("25亿元", "1997年"), ("30亿元", "1998年")]),
])
def test_years_listed_before_fenbie_pair_with_the_figures(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two figures for a span of three years: which year each is, the text does not say
    ("本报讯 1996年至1998年全市财政收入分别达20亿元和25亿元。", [("20亿元", None), ("25亿元", None)]),
    # one year for the whole run: each figure is of that year
    ("本报讯 1997年，甲乙两厂产值分别为3亿元和4亿元。", [("3亿元", "1997年"), ("4亿元", "1997年")]),
])
def test_no_pairing_without_as_many_years(text, expected):
    assert _periods(text) == expected
