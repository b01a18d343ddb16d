"""Military bodies. A command named after the city it sits in keeps its name (北京军区, not
北京市军区: it is not the city's); a group army is no company (某集团军); and a unit the army
names by its kind after its command (成都军区后勤部驻川某汽车团, 南京军区某集团军某高炮旅) is one
body from the command on, which 该团 points back to.

Sentences written for this test; each case failed on 2026.12.18."""
from minsheng.etl.pipeline import process_text

from orgs_of import names


def test_a_command_keeps_its_name():
    got = process_text("慰问\n\n济南军区向灾区捐款50万元。\n")
    assert [f.organization for a in got.articles for f in a.figures] == ["济南军区"]


def test_an_anonymous_unit_after_its_command():
    assert names("兰州军区后勤部驻甘某汽车团常年战斗在青藏线上。") == ["兰州军区后勤部驻甘某汽车团"]
    assert names("南京军区某集团军某高炮旅的官兵赶到现场。") == ["南京军区某集团军某高炮旅"]


def test_this_regiment_points_back_to_the_unit():
    got = process_text("体育\n\n兰州军区后勤部驻甘某汽车团重视体育活动。该团先后建起12个篮球场。\n")
    assert [f.organization for a in got.articles for f in a.figures] == ["兰州军区后勤部驻甘某汽车团"]
