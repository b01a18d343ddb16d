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


def test_a_list_ending_on_part_of_a_year_and_a_second_list_in_its_own_clause():
    # 2026.12.19 gave every figure the list's last period
    text = ("本报讯 该公司2016年、2017年、2018年1-6月的营业收入分别为3.2亿元、4.1亿元和2.6亿元，"
            "净利润为0.5亿元、0.7亿元和0.4亿元。")
    assert _periods(text) == [("3.2亿元", "2016年"), ("4.1亿元", "2017年"), ("2.6亿元", "2018年1-6月"),
                              ("0.5亿元", "2016年"), ("0.7亿元", "2017年"), ("0.4亿元", "2018年1-6月")]


def test_the_list_is_the_one_right_before_and_two_years_compared_pair_nothing():
    # an earlier span of years in the sentence does not break the list (2026.12.19: none paired)
    text = ("本报讯 从1991年至1995年，投资年均增长14.4%；1995年和1996年的增长速度分别为32%和45%。")
    assert _periods(text)[1:] == [("32%", "1995年"), ("45%", "1996年")]
    # (a guard) two years compared, six figures in one list: no year is any figure's own
    text = "本报讯 1997年和1987年相比，六大类产品分别增长1.8倍、2.55倍、1.14倍、2.7倍、1.02倍和2倍。"
    assert {p for _, p in _periods(text)} != {"1987年"} and ("2.55倍", "1987年") not in _periods(text)
