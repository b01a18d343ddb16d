"""大学生, 中学生 and 小学生 are students: 大学 there ends no school's name (女大学, 北大学),
while 北京大学生物系 still names 北京大学. Sentences of our own."""
import pytest

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def _orgs(text):
    return [h.name for h in find_organizations(text, find_regions(text, "100000"), None)]


@pytest.mark.parametrize("text", [
    "基金会资助百名贫困女大学生完成学业。",
    "他是北大学生会的主席。",
    "全县贫困中学生300名获得资助。",
])
def test_students_are_no_school(text):
    assert _orgs(text) == []


def test_a_school_before_a_word_of_students_still_is_one():
    assert _orgs("北京大学生物系主任说，今年招收新生120名。") == ["北京大学"]
