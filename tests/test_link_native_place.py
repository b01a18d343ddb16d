"""Where a person comes from, written before the person (新疆小伙儿, 四川民工, 河南籍姑娘), is the
person's origin, not the place the story goes on in: a migrant's story told in the city he came
to speaks of that city. In its own sentence the origin still counts.

Sentences written for this test; the first case failed on 2026.12.18."""
from regions_of import regions

STORY = ("卖羊肉串的阿里\n\n新疆小伙儿阿里来到南京，在城东开了一家小店。\n"
         "阿里到南京不过两个多月，已经雇了三个帮手。\n他和四个同伴每天要卖掉20多公斤葡萄干。\n")


def test_a_migrant_story_is_the_city_he_came_to():
    got = regions(STORY)
    assert got["20多公斤"] == "南京市"


def test_the_origin_in_its_own_sentence():
    got = regions("民工\n\n四川民工张强去年在家乡承包了30亩果园。\n")
    assert got["30亩"] == "四川省"
