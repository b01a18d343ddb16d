"""A body's unit is named after it with a unit head (北京第一机床厂销售部), but a word that ends
in such a head and names no unit does not make one: how much of the body (该厂全部职工), its
people (干部, 离休干部) or an abstraction (关系, 管理体系)."""
import pytest

from minsheng.etl.pipeline import process_text


def _orgs(text):
    doc = process_text(text)
    return [(f.surface, f.organization) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("北京第一机床厂全部职工投入生产，产值增长20%。", [("20%", "北京第一机床厂")]),
    ("北京第一机床厂销售部去年销售额增长20%。", [("20%", "北京第一机床厂销售部")]),
    # a word made with one of them (离休干部, 管理体系) is none either
    ("上海外国语大学离休干部王某去年捐款2万元。", [("2万元", "上海外国语大学")]),
    ("国家环保局环境管理体系认证了上百家企业。", [("上百家", "国家环保局")]),
])
def test_units_and_quantities(text, expected):
    assert _orgs(text) == expected
