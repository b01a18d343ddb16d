"""粤西山区 is western Guangdong's mountains, not Kunming's 西山区: a district whose name is a
direction and a word for a kind of area (西山区, 南山区, 西城区) is named only where the name is a
word of the text, not the end of a region's name and that word. Sentences written for this
test."""
from __future__ import annotations

from minsheng.etl.entities.regions import find_regions


def places(text):
    return [(h.surface, h.key) for h in find_regions(text)]


def test_the_mountains_of_a_region_are_no_district():
    assert places("地处粤西山区的信宜市,面积3000多平方公里。") == [("信宜市", "440983")]
    assert ("南山区", "440305") not in places("皖南山区的农民人均收入1500元。")


def test_the_districts_themselves_are_still_named():
    assert places("深圳南山区今年新增企业300家。") == [("深圳", "440300"), ("南山区", "440305")]
    assert places("在西山区工作的职工有3万人。") == [("西山区", "530112")]
