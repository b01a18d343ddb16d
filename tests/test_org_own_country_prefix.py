"""中国外交部, 我国农业部, 中国国家统计局: the country's own name before a body of its state adds
nothing; the body is the one 外交部 names, in the country, and the written form is an alias.
A foreign country's name before a ministry names that country's ministry. Sentences written
for this test."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def orgs(text: str) -> list[tuple]:
    return [(h.surface, h.name, h.region, sorted(h.aliases))
            for h in find_organizations(text, find_regions(text))]


def test_own_country_before_a_state_body():
    assert orgs("中国外交部发言人今天表示。") == [("中国外交部", "外交部", "100000", ["中国外交部"])]
    assert orgs("我国农业部今天宣布全年粮食增产。") == [
        ("我国农业部", "农业部", "100000", ["我国农业部"])]
    assert orgs("中国国家统计局今天发布数据。") == [
        ("中国国家统计局", "国家统计局", "100000", ["中国国家统计局"])]


def test_a_foreign_country_before_a_ministry_stays():
    assert orgs("巴基斯坦外交部今天表示。") == [("巴基斯坦外交部", "巴基斯坦外交部", "PK", [])]
