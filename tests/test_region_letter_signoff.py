"""A reader's letter in a national paper speaks of the city of its writer's sign-off: 我市 in
a letter signed （河北省保定市教育局 王明） is that city, and so is the city of a sign-off that
writes a place by the name of its day and its level (（云南省思茅市委 李红）: 思茅 and 市, today
a district of 普洱市), which the gazetteer knows only as a short name.

Sentences written for this test. The renamed city's case failed on 2026.12.18."""
from regions_of import regions

LETTER = ("人情债\n\n近年来，农民生活水平提高了，“人情债”也越来越重。据我市统计部门调查，"
          "100户农户互赠礼金21025元。\n送礼名目繁多，红白喜事、生日、升学等都要送礼。\n"
          "希望有关部门对此予以重视，加强教育引导。{}\n")


def test_the_signoff_city_in_full():
    got = regions(LETTER.format("（河北省保定市教育局王明）"))
    assert got["21025元"] == "保定市"


def test_the_signoff_city_by_its_short_name_and_level():
    got = regions(LETTER.format("（云南省思茅市委李红）"))
    assert got["21025元"] == "思茅区"
