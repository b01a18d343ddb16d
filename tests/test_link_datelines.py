"""Datelines: 据新华社合肥1月10日电 (a paper relaying the agency's story) is a dateline as
新华社合肥1月10日电 is; a dateline abroad (新华社贝尔格莱德电) places what the text places nowhere
else in the country the correspondent files from, not in its capital. Sentences written for
this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 12), newspaper="人民日报")


def regions(text: str) -> dict[str, tuple]:
    doc = process_text(text, manifest=PAPER)
    return {f.surface: (gz.display_name(f.region), f.region_basis)
            for a in doc.articles for f in a.figures}


def test_a_relayed_dateline_places_the_figures():
    got = regions("旅游收入增长\n\n据新华社合肥1月10日电(记者王某)去年全年共接待游客300万人次。")
    assert got["300万人次"] == ("合肥市", "dateline")


def test_a_dateline_abroad_is_the_country():
    got = regions("货币贬值\n\n新华社布达佩斯1月10日电(记者李某)今年年初,官方汇率为3·3比1,"
                  "市场汇率却高达5·3比1。")
    assert got["3·3比1"] == ("匈牙利", "dateline")
    assert got["5·3比1"] == ("匈牙利", "dateline")


def test_a_dispatch_from_the_capital_gives_no_province_or_city_to_its_deictics():
    # 新华社北京电 is the national desk's: 全省 after 广东省 is Guangdong, 市政府 after 南宁市 is
    # Nanning's (2026.12.19 read both as Beijing's)
    from regions_of import regions
    text = ("禽流感监测\n新华社北京1月25日电 农业部负责人今天宣布了监测结果。\n"
            "广东省兽医防疫检疫站自1994年以来，对全省300多个鸡场的6万多份血清样品进行了检验。\n")
    assert regions(text) == {"300多个": "广东省", "6万多份": "广东省"}


def test_a_dateline_from_a_town_abroad_with_its_country_in_brackets():
    # 新华社达沃斯(瑞士)1月29日电: the agency files the story, it runs none of its figures
    doc = process_text("调查结果\n\n新华社达沃斯(瑞士)1月29日电(记者李某)一项调查显示,51%的人看好亚洲。",
                       manifest=PAPER)
    assert [(f.surface, f.organization) for a in doc.articles for f in a.figures] == [("51%", None)]
