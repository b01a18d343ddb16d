"""记四川新兴集团公司, 创北京纪录: a one-character word right before a place does not open a
body's name that starts with that place (the segmenter may call it a noun: 记, 创); a longer
word there still may (共青团滨州市委). Sentences of our own."""
import pytest

from minsheng.etl.pipeline import process_text


def _orgs(text):
    doc = process_text(text)
    return [m.key for r in doc.articles for m in r.mentions if m.kind == "organization"]


@pytest.mark.parametrize("text, expected", [
    ("访山东鲁南机械厂\n\n本报讯 该厂今年投资2亿元。", "山东鲁南机械厂"),
    ("记四川新兴集团公司的发展战略\n\n本报讯 公司今年投资2亿元。", "四川新兴集团"),
])
def test_one_character_before_a_place_opens_no_name(text, expected):
    assert _orgs(text)[0].startswith(expected)


def test_a_longer_word_before_a_place_still_does():
    assert _orgs("本报讯 共青团滨州市委今年组织志愿者500人。") == ["共青团滨州市委"]
