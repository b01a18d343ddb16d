"""A county-level city (化州市, 晋江市, 北流市) has a 全市, a 市委 and a 市总工会 of its own: a story
about one is at home there, not in the prefecture above it. A province that says where such a
city lies (地处广东省西南边陲的化州市) gives the story its province, not its place.

该市 points back past its own clause (南宁的商人李某向该市民乐镇: the city the story is about,
not the merchant's), and a township may follow it (该市民乐镇) as it follows a city's name. A
name may open with 那 (那拔镇), which is a demonstrative only before a measure word (那个村).
A place visited to do business (到广州招商) is not the place of what the visitors count.
县市财政 is the counties' and cities' money, no one city's bureau, and 该市场 a market.

Sentences written for this test. Each case but the guards failed on 2026.12.32."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 27), newspaper="人民日报")


def _links(text: str, manifest: Manifest | None = PAPER) -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.region, f.organization)
            for a in process_text(text, manifest=manifest).articles for f in a.figures}


def test_a_lead_that_names_a_city_inside_its_province_is_the_citys():
    got = _links("地处广东省西南边陲的化州市，是全国绿化先进县。几家庄园一年多时间就招商引资2亿多元。\n"
                 "市委市政府认为，引进外资可以带动全市经济。今年全市招商引资3亿元。\n")
    assert got["2亿多元"][0] == "440982"
    assert got["3亿元"] == ("440982", "化州市委")


def test_a_page_about_a_county_level_city_alone_is_at_home_there():
    got = _links("晋江举行职工大会\n\n昨天，晋江市委、市政府召开职工大会。晋江市总工会今年发放互助金300万元。\n"
                 "市总工会还为1000名职工办理了保险。\n", None)
    assert got["1000名"] == ("350582", "晋江市总工会")


def test_this_city_points_back_past_its_clause_and_a_township_may_follow_it():
    got = _links("记者来到广西壮族自治区北流市。去年秋天，南宁的商人李某向该市民乐镇承包荒山3000亩。\n")
    assert got["3000亩"][0] == "450981|民乐镇"


def test_a_township_may_open_with_na_but_not_that_village():
    assert _links("广西田东县那拔镇今年种植芒果5000亩。\n")["5000亩"][0] == "451022|那拔镇"
    assert _links("田东县那个村种植芒果500亩。\n")["500亩"][0] == "451022"  # (guard)


def test_a_place_visited_for_business_is_not_the_visitors():
    got = _links("浏阳花炮闯市场\n湖南省浏阳市是著名的花炮之乡。\n当地花炮企业去年到广州招商，引进资金6000万元。\n")
    assert got["6000万元"][0] == "430181"
    assert _links("去年到北京旅游的游客达1.5亿人次。\n")["1.5亿人次"][0] == "110000"  # (guard)


def test_counties_and_cities_money_is_no_one_citys_bureau():
    got = _links("山西省吕梁地区是个贫困大区。去年全区县市财政用于扶贫的经费达到300万元。\n")
    assert got["300万元"] == ("141100|吕梁地区", None)


def test_a_market_is_no_city():  # (guard)
    from minsheng.etl.entities.regions import find_regions
    assert [h.surface for h in find_regions("目前该市场日均上市蔬菜500万公斤。")] == []
