"""Ages told in words: tens of years (年过六旬, 年近七旬, 八旬老人: 旬 after 四 to 九 is ten
years of age, while 一旬 is ten days and 上旬 no numeral) and an age a little past its tens
(60出头, 三十出头, 20岁出头: more than). 年过, 年逾 and 年近 qualify an age; after 去年 or 今年
the 年 is the time's and only 近 qualifies. Sentences written for this test."""
import pytest

from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("村里年过六旬的老党员还在值班。", [("年过六旬", 60, "岁", "more_than")]),
    ("一位年近七旬的老人走进了诊所。", [("年近七旬", 70, "岁", "approx")]),
    ("上至八旬老翁，下至学龄儿童。", [("八旬", 80, "岁", "exact")]),
    ("他才五十岁，看上去却像60出头。", [("五十岁", 50, "岁", "exact"), ("60出头", 60, "岁", "more_than")]),
    ("三十出头的年轻人挑起了大梁。", [("三十出头", 30, "岁", "more_than")]),
    ("两个儿子都才20岁出头。", [("两个", 2, "个", "exact"), ("20岁出头", 20, "岁", "more_than")]),
])
def test_ages_in_words(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["本月上旬，全市普降大雪。", "一旬之内完成播种。"])
def test_xun_as_ten_days_is_no_age(text):
    assert _found(text) == []


def test_after_last_year_only_jin_qualifies():
    assert _found("这是去年近40万脱贫人口的一个缩影。") == [("近40万", 400_000, "人", "approx")]
