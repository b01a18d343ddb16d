"""A lead that opens on a person and where she lives (她叫王秀英，住在湖南桑植县洞口村。) tells
that place's story: the figures of the paragraphs after it are the village's, not the paper's
全国. A home told to introduce someone (家住兰考县的王大妈) or told past the lead stays a side
story's, and a place the family went to work in (去广东打工) is not where its figures are.
Sentences written for this test; the first two cases failed on 2026.12.38."""
from __future__ import annotations

from regions_of import regions

_PORTRAIT = ("山里的日子\n本报记者某某\n她叫王秀英，住在湖南桑植县洞口村。\n"
             "村里只有十多户人家。她家种了2亩地，收的粮食不够吃5个月。\n")


def test_the_leads_residence_is_the_storys_place():
    got = regions(_PORTRAIT)
    assert got["十多户"] == "洞口村" and got["2亩"] == "洞口村" and got["5个月"] == "洞口村"


def test_a_place_gone_to_for_work_is_not_the_familys():
    got = regions("山里的日子\n本报记者某某\n她叫王秀英，住在湖南桑植县洞口村。\n"
                  "丈夫三年前去广东打工了，留下她和2个孩子。\n")
    assert got["2个"] == "洞口村"


def test_a_home_that_introduces_someone_stays_a_side_story():  # (guards)
    got = regions("粮食增产\n本报记者某某\n今年全国粮食增产5%。家住兰考县的王大妈说，她家多收了2000斤。\n"
                  "全国有300个县获得丰收。\n")
    assert got["300个"] == "全国"
    got = regions("粮食增产\n本报记者某某\n今年全国粮食增产5%。\n她叫王秀英，住在湖南桑植县洞口村。\n"
                  "全国有300个县获得丰收，收成不够吃的只有2个县。\n")
    assert got["300个"] == "全国" and got["2个"] == "全国"
