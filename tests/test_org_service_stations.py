"""A station named by the public work it does (动物检疫站, 卫生防疫站, 农技推广站, 文化站) is a
body of its place, opened by the place or a level character; a railway station (北京西站), a
plant (核电站), a website (网站) or every station of a city (全市文化站已有120个) is none.
Sentences written for this test."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions

from orgs_of import names


def test_a_station_named_by_its_work_is_a_body_of_its_place():
    got = [(o.name, o.kind, o.region) for o in find_organizations(
        "郑州市动物检疫站对12个屠宰场进行了检查。", find_regions("郑州市动物检疫站对12个屠宰场进行了检查。"))]
    assert got == [("郑州市动物检疫站", "government", "410100")]
    assert names("县农技推广站今年培训农民800人次。") == ["县农技推广站"]
    assert names("据市卫生防疫站抽检,合格率为95%。") == ["市卫生防疫站"]


def test_a_railway_station_a_plant_or_every_station_is_none():
    assert names("北京西站今天发送旅客3万人。") == []
    assert names("大亚湾核电站今年发电100亿千瓦时。") == []
    assert names("他在网站上发布消息。") == []
    assert names("全市文化站已有120个。") == []
