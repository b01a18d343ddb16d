"""A county's short name the segmenter cuts in two (孝南 as 孝|南, 宿豫 as 宿|豫, the first half a
bound morpheme to its dictionary) is one place word to the learned heads' readings: the body's
name opens at the place, not at its second half. Sentences written for this test; both cases
failed on 2026.12.31 as it stood (南公安分局, 豫分局)."""
from orgs_of import names


def test_a_place_cut_in_two_opens_the_name_whole():
    assert "孝南公安分局" in names("孝感市公安局网安支队、孝南公安分局网安大队组成专班。")
    assert names("宿迁市公安局宿豫分局民警赶到现场。") == ["宿迁市公安局宿豫分局"]
