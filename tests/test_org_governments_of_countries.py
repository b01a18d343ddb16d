"""A country's government is the body that decides and pays (德国政府…提供2亿马克, 日本政府决定
追加…): an organisation of kind government placed in that country, as a province's government
is. Only the country's name, or 联邦/中央 after it, stands before 政府; the state's purse
(中国财政) names no body. Sentences written for this test."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions

from orgs_of import names


def _bodies(text):
    return [(o.name, o.kind, o.region) for o in find_organizations(text, find_regions(text))]


def test_a_foreign_countrys_government_is_a_body_of_that_country():
    assert _bodies("法国政府宣布今年追加3亿欧元教育经费。") == [("法国政府", "government", "FR")]
    assert _bodies("巴西联邦政府已向灾区拨款5000万雷亚尔。") == [("巴西联邦政府", "government", "BR")]


def test_the_figure_of_a_countrys_government_is_linked_to_it():
    from minsheng.etl.pipeline import process_text
    doc = process_text("援助计划\n本报记者王明\n加拿大政府决定分三年提供总计2亿加元的援助资金。")
    fig = next(f for a in doc.articles for f in a.figures if f.surface == "2亿加元")
    assert (fig.organization, fig.region) == ("加拿大政府", "CA")


def test_a_countrys_purse_or_a_word_between_is_no_government():
    assert names("中国财政收入今年增长8%。") == []
    assert names("美国各州政府") == []
