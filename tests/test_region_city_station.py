"""A railway station named after a city (济南站, 北京站) is in that city: the figures of a
sentence about it are the city's. A street's or a community's name (南京路, 河南社区), or a
stop named after a street (南京路站), says nothing of where it is. Sentences of our own."""
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import Manifest, process_text

NATIONAL_PAPER = Manifest(newspaper="人民日报")


def _places(text):
    return [(h.surface, h.key) for h in find_regions(text, "100000")]


def test_a_city_station_names_its_city():
    assert _places("以济南站为例，售票员每天售票1.3万张。") == [("济南", "370100")]
    assert _places("他从北京站出发。") == [("北京", "110000")]


def test_a_street_or_its_stop_names_no_place():
    assert _places("在南京路站下车。") == []
    assert _places("住在河南社区的居民。") == []


def test_the_figures_about_a_city_station_are_the_city_s():
    doc = process_text("本报讯 铁道部决定今年建成三十个电脑售票中心。\n\n此外，联网售票还提高了效率。"
                       "以济南站为例：过去136名售票员每天售票1.3万张。\n", manifest=NATIONAL_PAPER)
    assert [(f.surface, f.region, f.region_basis) for r in doc.articles for f in r.figures] == [
        ("三十个", "100000", "organization"), ("136名", "370100", "sentence"),
        ("1.3万张", "370100", "sentence")]
