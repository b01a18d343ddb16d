"""A body's unit is named after it with a unit head (北京第一机床厂销售部), but a word that ends
in such a head and names no unit does not make one: how much of the body (该厂全部职工), its
people (干部) or an abstraction (关系)."""
import pytest

from minsheng.etl.pipeline import process_text


def _orgs(text):
    doc = process_text(text)
    return [(f.surface, f.organization) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("北京第一机床厂全部职工投入生产，产值增长20%。", [("20%", "北京第一机床厂")]),
    ("北京第一机床厂销售部去年销售额增长20%。", [("20%", "北京第一机床厂销售部")]),
])
def test_units_and_quantities(text, expected):
    assert _orgs(text) == expected
