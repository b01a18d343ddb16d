"""中国民办学校, 全国公立医院: the nation's name and a word for a class of bodies (民办, 公立,
民营) before a head name a kind of body, not one body, as 美国私立中学 does; a name with its
own words there (中国人民大学) stays one. Sentences of our own."""
import pytest

from minsheng.etl.pipeline import process_text


def _links(text):
    doc = process_text(text)
    return ([m.key for r in doc.articles for m in r.mentions if m.kind == "organization"],
            [(f.surface, f.region, f.organization) for r in doc.articles for f in r.figures])


@pytest.mark.parametrize("text, expected", [
    ("本报讯 2015年中国民办学校达到300所。", ([], [("300所", "100000", None)])),
    ("本报讯 全国公办学校去年减少了20所。", ([], [("20所", "100000", None)])),
    ("本报讯 北京市民办学校今年招生5万人。", ([], [("5万人", "110000", None)])),
])
def test_a_class_of_bodies_is_no_organisation(text, expected):
    assert _links(text) == expected


def test_a_name_of_its_own_stays():
    assert _links("本报讯 中国人民大学今年招生5000人。")[0] == ["中国人民大学"]
