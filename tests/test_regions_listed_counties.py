"""A list of places closed by 等 and what they are (广水、咸丰、松滋、京山等市县) names counties
by their short names, which alone are read only inside their own city's news: the list says
they are places. Each is taken when the one county of that name is in a province the text
names; a list in a text of no province, or a name of a county elsewhere, stays out. Sentences
written for this test; the first case failed on 2026.12.38."""
from __future__ import annotations

from minsheng.etl.entities.regions import find_regions


def keys(text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.key) for h in find_regions(text)]


def test_a_list_of_counties_in_a_named_province():
    assert keys("湖北省国税局推进改革，广水、咸丰、松滋、京山等市县也已推开。") == [
        ("湖北省", "420000"), ("广水", "421381"), ("咸丰", "422826"), ("松滋", "421087"),
        ("京山", "420882")]


def test_no_province_named_or_another_province():  # (guards)
    assert keys("广水、咸丰、松滋、京山等市县也已推开。") == []
    assert keys("四川省今年在广水、咸丰等县推广。") == [("四川省", "510000")]
