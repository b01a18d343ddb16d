"""The most specific place wins: a figure whose sentence names a body of a place inside the one
the article's lead names (a company of 太原市 in a story led by 山西省) is that body's place,
though the place in the body's name is the body's and no place of the sentence's own.
Sentences written for this test; the first fails on 2026.12.26 (山西省)."""
from regions_of import regions

LEAD = "放小\n\n山西省委、省政府以放开搞活国有小型企业为重点，推进国有企业改革。\n"


def test_a_body_of_a_city_inside_the_leads_province():
    got = regions(LEAD + "太原市煤气公司原有职工3000人，分流后年节约资金143万元。\n")
    assert got["3000人"] == "太原市"
    assert got["143万元"] == "太原市"


def test_a_factory_of_a_city_the_dictionary_calls_a_verb():
    got = regions(LEAD + "介休市纺织厂原有教职工153人，分流后年节约资金143万元。\n")
    assert got["153人"] == "介休市"


def test_a_body_of_another_province_leaves_the_lead():  # (a guard: not inside the lead's place)
    got = regions(LEAD + "全省国有小型企业去年实现利税85亿元，比上年增长12%。\n")
    assert got["85亿元"] == "山西省"
