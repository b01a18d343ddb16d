"""A paragraph that names one place inside the article's lead place (a township of the lead's
city, 该镇 pointing back to it) goes on about that place: its later figures are the most
specific place's, unless their sentence speaks of a wider whole (全市, 各县, 17个地州市), and
never in a national story or a story on a country abroad, inside which every place lies."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest
from regions_of import regions

LEAD = "兴宁市发展庄园经济\n地处广东省东部的兴宁市,近年来大力发展庄园经济,带动了全市经济。\n"


def _regions(text: str) -> dict[str, str | None]:
    return regions(text, Manifest(published_on=date(1998, 2, 3)))


def test_the_township_a_paragraph_names_is_the_place_of_its_later_figures():
    got = _regions(LEAD + "去年春天,市里同意一家公司与该市罗岗镇签订合同。这家公司在取得山地30年的"
                          "承包经营权后,种下果树2万株,投资600万元。\n")
    assert got["2万株"] == "罗岗镇"
    assert got["600万元"] == "罗岗镇"


def test_a_sentence_on_a_wider_whole_keeps_the_lead_place():
    got = _regions(LEAD + "去年春天,市里同意一家公司与该市罗岗镇签订合同。目前全市已种下果树50万株。"
                          "各镇还新建果品市场12个。\n")
    assert got["50万株"] == "兴宁市"
    assert got["12个"] == "兴宁市"
    got = _regions(LEAD + "去年春天,市里同意一家公司与该市罗岗镇签订合同。这家公司已种下果树2万株,"
                          "为全市之最。\n")
    assert got["2万株"] == "罗岗镇"  # (a ranking after the figure, 为全市之最, is no scope of it)


def test_a_national_story_does_not_go_down_to_a_place_it_names():
    got = _regions("全国推广生态农业\n本报北京2月2日电 我国生态农业建设进展顺利。\n"
                   "农业部介绍,广西恭城县的经验已在各地推广。到去年底,建成生态村2000个。\n")
    assert got["2000个"] != "恭城瑶族自治县"


def test_a_team_named_for_a_city_inside_the_lead_place_is_no_place_of_the_story():
    got = _regions("广东男篮九连胜\n广东省篮球队昨晚继续保持不败。\n本轮比赛,广东客场以125比110击败广州。"
                   "赵睿全场贡献14分。\n")
    assert got["14分"] == "广东省"
