"""河北等22个省, 北京、上海、广州等18个城市: a figure that counts places, the ones listed
right before 等 being only examples of them, is about the region that holds them all (全国
for provinces or for cities of several provinces, the province for cities of one), with basis
``inferred``; not about its first example; so is what the sentence counts of those places
(苏州、无锡等5个城市的用户达到25万户). Sentences of our own."""
import pytest

from minsheng.etl.pipeline import process_text


def _links(text):
    doc = process_text(text)
    return [(f.surface, f.region, f.region_basis, f.regions)
            for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("如江苏等15个省份已出台实施办法。", [("15个", "100000", "inferred", ())]),
    ("河北、山西等9个省、自治区提高了最低工资标准。", [("9个", "100000", "inferred", ())]),
    ("北京、上海、广州等20个城市开展了试点。", [("20个", "100000", "inferred", ())]),
    ("苏州、无锡等5个城市已建成骨干网。", [("5个", "320000", "inferred", ())]),
])
def test_a_count_of_places_with_examples_is_the_region_holding_them(text, expected):
    assert _links(text) == expected


def test_what_the_sentence_counts_of_them_and_only_after_deng():
    # the users of the five cities are the province's, not the first example's; a list
    # without 等 names all it counts
    assert _links("苏州、无锡等5个城市的用户达到25万户。")[1][:3] == ("25万户", "320000", "inferred")
    assert _links("据黑龙江、辽宁、青海等25个省、自治区统计,已筹集资金15亿元。")[1][:3] == (
        "15亿元", "100000", "inferred")
    assert _links("在长宁区、浦东新区、青浦县3个区县进行试点。") == [
        ("3个", "310105", "clause", ("310105", "310115", "310118|青浦县"))]
    # a place right before the count, with no 等, is what is counted in
    assert _links("江苏全省有13个城市参加。")[0][:2] == ("13个", "320000")


def test_examples_abroad_hold_no_region_of_ours():
    # (countries share no region in the gazetteer: the count stays with its example)
    assert _links("日本、韩国等12个国家参加了会议。")[0][:2] == ("12个", "JP")
