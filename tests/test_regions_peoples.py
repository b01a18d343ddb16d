"""A country's name right before 族 (朝鲜族老人, 蒙古族牧民, 俄罗斯族群众) names one of China's
peoples, not the country abroad; a division named after a people (延边朝鲜族自治州) and the
country itself (蒙古国, 朝鲜半岛) stay places. Sentences written for this test; the first case
failed on 2026.12.38."""
from minsheng.etl.entities.regions import find_regions


def keys(text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.key) for h in find_regions(text)]


def test_a_people_is_not_a_country():
    assert keys("村里的朝鲜族老人崔南洙说，蒙古族牧民有300户，俄罗斯族群众也不少。") == []


def test_divisions_and_countries_stay():  # (guards)
    assert keys("延边朝鲜族自治州与蒙古国、朝鲜半岛") == [
        ("延边朝鲜族自治州", "222400"), ("蒙古", "MN"), ("朝鲜", "KP")]
