"""A province's parts that news names as one place (河西走廊, 陕北, 胶东) are groupings with their
members: the most specific place of what the story tells of them, unless a place inside them is
named right after; and a two-character grouping must stand as a word, not a region's speech."""
from __future__ import annotations

from datetime import date

from links_of import links
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import Manifest


def _regions(text: str) -> dict[str, str | None]:
    return links(text, "region", Manifest(published_on=date(1998, 3, 2)))


def test_the_part_of_the_province_the_lead_names_is_the_place_of_the_story():
    got = _regions("河西走廊兴修水利\n本报兰州3月1日电 甘肃河西走廊去年新修水渠1200公里,"
                   "新增水浇地30多万亩。\n各地还新建小型水库15座。\n")
    assert got == {"1200公里": "group|河西走廊", "30多万亩": "group|河西走廊",
                   "15座": "group|河西走廊"}
    got = _regions("胶东果农增收\n本报济南3月1日电 山东胶东半岛去年苹果产量达到120万吨。\n")
    assert got["120万吨"] == "group|胶东"


def test_a_place_named_inside_the_grouping_is_more_specific():
    text = "陕北南部的延安市,去年新建梯田25万亩。"
    assert [h.key for h in find_regions(text)] == ["610600"]
    assert _regions("河西走廊中部的临泽县,有个服务队,由11名退休女工组成。")["11名"] == "620723"


def test_a_grouping_named_inside_another_word_or_for_its_speech_is_no_place():
    assert [h.key for h in find_regions("有关中国经济的报告今天发布。")] == ["100000"]
    assert find_regions("其中亚马逊下跌20%。") == []
    assert find_regions("他讲一口陕北话,在老家开了3家饭店。") == []
    assert [h.key for h in find_regions("关中地区今年粮食增产10%。")] == ["group|关中"]
