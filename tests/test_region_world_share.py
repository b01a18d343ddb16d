"""A share of a whole the world has (占世界贸易额的5%, 拥有世界2000万种植物中的90%) is the world's
figure when its sentence names no place of its own: not the national paper's 全国. A place's
share (美国占全球…的58%, 中国论文…占世界份额的18%), a comparison with the world (是世界平均水平的
1/10), a share told of a place by a pronoun (它…拥有世界人口的20%) and a body or event named for
the world (世界银行的) stay as they were. Sentences written for this test; the first two cases
failed on 2026.12.39."""
from __future__ import annotations

import pytest

from regions_of import regions


def region_of(sentence: str, surface: str) -> str | None:
    return regions("标题\n本报记者某某\n" + sentence + "\n")[surface]


@pytest.mark.parametrize("sentence, surface, place", [
    ("专家认为，目前每年假冒产品占世界贸易额的5%，危害很大。", "5%", "全世界"),
    ("热带雨林拥有世界2000万种植物中的90%，却在迅速消失。", "90%", "全世界"),
    ("这种芯片占全球市场的30%。", "30%", "全球"),
])
def test_a_share_of_the_worlds_whole(sentence, surface, place):
    assert region_of(sentence, surface) == place


@pytest.mark.parametrize("sentence, surface, place", [  # (guards)
    ("去年美国占全球企业兼并总额的58%。", "58%", "美国"),
    ("去年收录中国论文30万篇，占世界份额的18%。", "18%", "全国"),
    ("我国人均牛奶消费只有6公斤，是世界平均水平的1/10。", "1/10", "全国"),
    ("中国经济增长很快。它拥有世界人口的20%。", "20%", "全国"),
])
def test_a_places_share_or_a_comparison_stays(sentence, surface, place):
    assert region_of(sentence, surface) == place
