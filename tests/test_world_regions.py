"""Parts of the world (东南亚, 南美, 欧洲) are groupings like 京津冀: regions of level group,
with their member countries where a standard (UN M.49) bounds them; a crisis named for one is
an event, not a place."""
from __future__ import annotations

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def regions_of_figures(text):
    return {f.surface: f.region for a in process_text("新闻\n\n" + text).articles for f in a.figures}


def test_a_part_of_the_world_is_the_region_of_its_figures():
    assert regions_of_figures("金融风暴持续了半年多，东南亚旅游业收入下降了30%。") == {
        "半年多": "group|东南亚", "30%": "group|东南亚"}
    assert regions_of_figures("据统计，南美洲去年新增就业岗位120万个。")["120万个"] == "group|南美"


def test_members_are_countries_by_iso_code():
    assert gz.groups()["东南亚"].members == ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH",
                                           "TL", "VN")
    assert gz.groups()["拉美"].name == "拉丁美洲" and gz.groups()["欧洲"].members == ()


def test_a_crisis_named_for_a_part_of_the_world_is_no_place():
    assert [h.surface for h in find_regions("东南亚金融危机爆发后，出口下降5%。")] == []
    assert regions_of_figures("受东南亚金融危机影响，泰国失业人数增加20万人。")["20万人"] == "TH"


def test_the_whole_world_is_a_region_too():
    assert regions_of_figures("今天全球20个办公室的数千名员工参加罢工。")["20个"] == "group|全球"
    # (the world as the text names it: 全世界 is not written 全球)
    assert regions_of_figures("全世界有3亿人患病。")["3亿人"] == "group|全世界"
    # 全球化, 全球性: words of their own
    assert regions_of_figures("经济全球化使我国贸易增长5%。")["5%"] != "group|全球"
    assert regions_of_figures("该公司是全球性企业，员工3万名。")["3万名"] != "group|全球"


def test_the_world_right_before_a_figure_even_as_shijie():
    # 世界 alone is no place the finder takes (世界银行, 世界杯), but right before a figure it
    # counts what the figure counts, as 全球 does; fails on 2026.12.27
    assert regions_of_figures("海洋拥有世界3000万种物种中的大部分。")["3000万种"] == "group|全世界"
    assert regions_of_figures("该行的资产居世界银行业前列，去年贷款300亿美元。")["300亿美元"] != "group|全世界"


def test_the_world_speaks_only_for_the_figure_right_after_it():
    found = regions_of_figures("今天全球20个办公室的员工参加罢工。\n\n据悉，该公司在美国开除了48名员工。")
    assert found == {"20个": "group|全球", "48名": "US"}
    found = regions_of_figures("今天全球的员工参加罢工。\n\n据悉，公司去年开除了48名员工。")
    assert found["48名"] != "group|全球"
