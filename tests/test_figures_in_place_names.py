"""A numeral and a measure word inside a place's name count nothing (三门峡市, 七台河市, a
village named after its county: 八家户村), while the same characters outside a name still
count (三门课程)."""
import pytest

from minsheng.etl.pipeline import process_text


def _figures(text):
    doc = process_text(text)
    return [(f.surface, f.value, f.unit) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("三门峡市去年工业产值达到500亿元。", [("500亿元", 5e10, "元")]),
    ("七台河市新建了3个煤矿。", [("3个", 3.0, "个")]),
    ("乌鲁木齐县八家户村去年人均收入5500元。", [("5500元", 5500.0, "元")]),
    ("他这学期选了三门课程。", [("三门", 3.0, "门")]),
])
def test_numerals_in_place_names(text, expected):
    assert _figures(text) == expected
