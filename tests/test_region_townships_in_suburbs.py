"""A township in a city's suburbs is written after the city and its 郊 (济南市郊王舍人镇, 成都北郊
天回镇): the township is 王舍人镇, not 郊王舍人镇. A district called 郊区 is a district (guard)."""
from minsheng.etl.entities.regions import find_regions


def local(text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.key) for h in find_regions(text) if h.form == "local"]


def test_a_township_in_the_suburbs():
    assert local("我们来到山东济南市郊王舍人镇梁四村。") == [
        ("王舍人镇", "370100|王舍人镇"), ("梁四村", "370100|王舍人镇梁四村")]
    assert local("成都北郊天回镇有企业30家。") == [("天回镇", "510100|天回镇")]


def test_a_district_called_suburbs():  # (guard)
    assert ("大通镇", "340711|大通镇") in local("安徽铜陵市郊区大通镇。")
