"""Where troops or a body are stationed, written by the province's one-character abbreviation
(驻川某汽车团, 驻港部队, 驻藏部队官兵), is that province; and the city a military command is named
after (成都军区, 北京军区) is not where its units' figures are. 驻澳大利亚 is a country, and 驻京
alone (驻京办) names no place here.

Sentences written for this test; each case failed on 2026.12.18."""
from minsheng.etl.entities.regions import find_regions

from regions_of import regions


def test_stationed_by_abbreviation():
    keys = {h.surface: h.key for h in find_regions("兰州军区后勤部驻藏某汽车团和驻港部队")}
    assert keys["藏"] == "540000" and keys["港"] == "810000"
    assert [h.key for h in find_regions("驻澳大利亚使馆")] == ["AU"]
    assert find_regions("驻京办主任") == []


def test_a_units_figures_are_where_it_is_stationed():
    got = regions("汽车团\n\n兰州军区后勤部驻藏某汽车团十分重视体育活动，该团建起12个篮球场。\n")
    assert got["12个"] == "西藏自治区"


def test_a_commands_city_is_not_the_place_of_its_units():
    got = regions("慰问\n\n本报记者王明\n1月12日清晨,北京军区政委与河北省省长一起去灾区慰问军民。\n"
                  "据了解,救灾部队已抢救伤员3200余名。\n")
    assert got["3200余名"] == "河北省"
