"""More nouns that count people fix the unit of a bare number (530万各族人民, 15万女童,
注册用户超3500万, 6680万外国人), and 超 stands between a subject and its count as 超过 does.
Sentences of our own."""
import pytest

from conftest import figure_rows as _figures


@pytest.mark.parametrize("text, expected", [
    ("代表全区530万各族人民的心意。", [("530万", 5300000.0, "人", "exact")]),
    ("在计划资助下，有15万女童读完小学。", [("15万", 150000.0, "人", "exact")]),
    ("至去年底，累计注册用户超3500万。", [("超3500万", 35000000.0, "人", "more_than")]),
    ("去年共有6680万外国人到该国旅游。", [("6680万", 66800000.0, "人", "exact")]),
    ("全市有3万读者参加了读书活动。", [("3万", 30000.0, "人", "exact")]),
    ("这位博主的微博已有86万粉丝。", [("86万", 860000.0, "人", "exact")]),
    ("活动吸引了近2万消费者到场。", [("近2万", 20000.0, "人", "approx")]),
    ("目前仍有2亿中国人生活在农村。", [("2亿", 200000000.0, "人", "exact")]),
])
def test_people_counted_by_these_nouns(text, expected):
    assert _figures(text) == expected


def test_money_is_still_money():
    assert _figures("该市人民币存款增加30亿。") == [("30亿", 3000000000.0, "元", "exact")]


def test_merchants_are_counted_as_households():
    assert _figures("平台已入驻40万商户。") == [("40万", 400000.0, "户", "exact")]


@pytest.mark.parametrize("text, expected", [
    # prices, pay and fees are money; 在 and 目前 may stand between a subject and its count
    ("这款包的价格在3万左右。", [("3万左右", 30000.0, "元", "approx")]),
    ("他的年薪目前在200万以上。", [("200万以上", 2000000.0, "元", "more_than")]),
    ("彩民领取了50万奖金。", [("50万", 500000.0, "元", "exact")]),
    ("学费涨到5万。", [("5万", 50000.0, "元", "exact")]),
    ("人口在100万以上的城市。", [("100万以上", 1000000.0, "人", "more_than")]),
])
def test_money_nouns_and_their_links(text, expected):
    assert _figures(text) == expected
