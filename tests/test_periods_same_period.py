"""同期 opening a sentence or clause (今年前三季度…。同期，服装…占23.6%) is the period the text
named last before it; 比上年同期 and 去年同期 stay the base of a comparison. A span within one
year (今年1至9月) dates every figure of a 分别 run, where a span of several years does not say
which year each is. Sentences of our own, published 1 November 2018."""
from datetime import date

import pytest

from minsheng.etl.pipeline import Manifest, process_text

PUBLISHED = Manifest(published_on=date(2018, 11, 1))


def _periods(text):
    doc = process_text(text, manifest=PUBLISHED)
    return [(f.surface, f.period.label if f.period else None,
             str(f.period.start) if f.period else None, str(f.period.end) if f.period else None)
            for r in doc.articles for f in r.figures]


def test_same_period_is_the_period_named_before():
    assert _periods("本报讯 今年前三季度，全国网上零售额达6.3万亿元。\n\n同期，服装网络零售额占23.6%。")[1] == (
        "23.6%", "同期", "2018-01-01", "2018-09-30")
    assert _periods("本报讯 今年前三季度，网上零售额达6.3万亿元。据监测，同期，服装和家电分别占"
                    "实物商品网络零售额的23.6%和10.9%。")[1:] == [
        ("23.6%", "同期", "2018-01-01", "2018-09-30"), ("10.9%", "同期", "2018-01-01", "2018-09-30")]


def test_a_comparison_base_is_not_it():
    assert _periods("本报讯 今年1至9月，全市财政收入达20亿元，比上年同期增长12%。") == [
        ("20亿元", "今年1至9月", "2018-01-01", "2018-09-30"),
        ("12%", "今年1至9月", "2018-01-01", "2018-09-30")]


@pytest.mark.parametrize("text, expected", [
    ("本报讯 今年1至9月，服装和家电零售额分别增长5%和6%。",
     [("5%", "今年1至9月", "2018-01-01", "2018-09-30"), ("6%", "今年1至9月", "2018-01-01", "2018-09-30")]),
    ("本报讯 2014年至2017年，公司利润分别为1.03亿元和1.74亿元。",
     [("1.03亿元", None, None, None), ("1.74亿元", None, None, None)]),
])
def test_a_span_within_a_year_dates_a_fenbie_run(text, expected):
    assert _periods(text) == expected


def test_a_period_after_a_dateline_or_a_lead_in_still_opens_its_sentence():
    """本报讯 2018年前三季度,… / 从零售数据来看,2018年前三季度,… / 据…监测,同期,…: what
    stands before the phrase only introduces the statement, and the phrase frames the sentences
    of the paragraph after it as if it opened its own. Sentences written for this test."""
    def periods(body):
        doc = process_text("电商\n\n" + body, manifest=Manifest(published_on=date(2018, 11, 8)))
        return {f.surface: f.period and (str(f.period.start), str(f.period.end))
                for a in doc.articles for f in a.figures}

    q3 = ("2018-01-01", "2018-09-30")
    got = periods("本报讯 2018年前三季度，全国网络零售额达到6.2万亿元。服装零售额占实物商品零售额的23.6%。")
    assert got["23.6%"] == q3
    got = periods("从零售数据来看，2018年前三季度，全国网络零售额达到6.2万亿元。"
                  "据商务大数据对重点电子商务平台监测，同期，服装零售额占23.6%。"
                  "粮油食品和家具增速排名前二，分别为40.5%和35.8%。")
    assert (got["23.6%"], got["40.5%"], got["35.8%"]) == (q3, q3, q3)
