"""A township written right after 该县/本县/我市 (该县柳林镇的蛋鸡饲养量) is named on its own, under
the county the text named before, as one after 在 or a comma is. A word that is no place name
(该县城镇) stays out. Sentences written for this test; the first case failed on 2026.12.38."""
from minsheng.etl.entities.regions import find_regions


def locals_of(text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.key) for h in find_regions(text) if h.form == "local"]


def test_a_township_after_the_county_pointed_at():
    assert locals_of("中卫县养鱼水面达5400亩。该县柳林镇的蛋鸡饲养量达到130万只。") == [
        ("柳林镇", "640321|柳林镇")]


def test_no_township_after_it():  # (guard)
    assert locals_of("中卫县养鱼水面达5400亩。该县城镇居民收入增长5%。") == []
