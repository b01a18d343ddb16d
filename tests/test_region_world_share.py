"""A share of a whole the world has (占世界贸易额的5%, 拥有世界2000万种植物中的90%) is the world's
figure when its sentence names no place of its own: not the national paper's 全国. A place's
share (美国占全球…的58%, 中国论文…占世界份额的18%), a comparison with the world (是世界平均水平的
1/10), a share told of a place by a pronoun (它…拥有世界人口的20%) and a body or event named for
the world (世界银行的) stay as they were. Sentences written for this test; the first two cases
failed on 2026.12.39."""
from __future__ import annotations

from regions_of import regions


def test_a_share_of_the_worlds_whole():
    got = regions("假冒产品\n本报记者某某\n专家认为，目前每年假冒产品占世界贸易额的5%，危害很大。\n")
    assert got["5%"] == "全世界"
    got = regions("森林\n本报记者某某\n热带雨林拥有世界2000万种植物中的90%，却在迅速消失。\n")
    assert got["90%"] == "全世界"
    got = regions("市场\n本报记者某某\n这种芯片占全球市场的30%。\n")
    assert got["30%"] == "全球"


def test_a_places_share_or_a_comparison_stays():  # (guards)
    got = regions("兼并\n本报记者某某\n去年美国占全球企业兼并总额的58%。\n")
    assert got["58%"] == "美国"
    got = regions("论文\n本报记者某某\n去年收录中国论文30万篇，占世界份额的18%。\n")
    assert got["18%"] == "全国"
    got = regions("牛奶\n本报记者某某\n我国人均牛奶消费只有6公斤，是世界平均水平的1/10。\n")
    assert got["1/10"] == "全国"
    got = regions("经济\n本报记者某某\n中国经济增长很快。它拥有世界人口的20%。\n")
    assert got["20%"] == "全国"
