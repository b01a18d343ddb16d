"""三位一体, 一百单八将, 八面玲珑: a numeral that opens an idiom of jieba's dictionary (or a
fixed expression with a second numeral in it) counts nothing, whatever measure word follows
it. The dictionary lists some 2,000 idioms opening with a numeral; the hand-written list in
figures.py keeps the few it lacks. A fixed expression that is a quantity (万元以上) stays one.
Sentences written for this test."""
from __future__ import annotations

import pytest

from conftest import figure_rows


@pytest.mark.parametrize("text", [
    "企业、职工、政府是三位一体的关系。",
    "水浒的一百单八将个个是好汉。",
    "他八面玲珑,处处讨好。",
    "县里领导四处奔波,带着群众干。",
])
def test_numerals_of_idioms_count_nothing(text):
    assert figure_rows(text) == []


def test_quantities_stay():
    assert figure_rows("投资万元以上的项目有5个。") == [
        ("万元以上", 10000.0, "元", "more_than"), ("5个", 5.0, "个", "exact")]
    assert figure_rows("会上共有三位代表发言。") == [("三位", 3.0, "人", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("美国官员正在四处游说。", []),          # everywhere (游说 is a noun to the dictionary)
    ("职工四处巡视、检查。", []),
    ("县里设立四处服务站。", ["四处"]),      # four places: a noun follows
])
def test_sichu_is_everywhere_unless_places_are_counted(text, expected):
    assert [surface for surface, *_ in figure_rows(text)] == expected
