"""A rate per hundred thousand or per million people (发病率为70/10万) is a figure of that many,
with the denominator as its unit, as epidemiology writes it; sentences written for this test."""

from conftest import figure_rows as found


def test_a_rate_per_hundred_thousand_is_a_figure():
    assert found("该市去年肺癌发病率为56.3/10万，死亡率为41/10万。") == [
        ("56.3/10万", 56.3, "/10万", "exact"), ("41/10万", 41, "/10万", "exact")]
    assert found("孕产妇死亡率降至2.1/100万以下。") == [("2.1/100万以下", 2.1, "/100万", "less_than")]


def test_a_share_written_with_a_slash_stays_a_share():
    assert found("约1/3的患者没有症状。") == [("约1/3", 0.3333, "比例", "approx")]
    assert found("乘坐69/70次列车。") == []
