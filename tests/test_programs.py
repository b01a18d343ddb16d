"""Programmes: quoted names, scheme words, 以下简称 aliases, start years."""
from minsheng.etl.programs import canonical, find_programs


def test_start_year_and_canonical_name():
    [p] = find_programs("市总工会于2006年开展职工医疗互助活动。")
    assert p.name == "职工医疗互助" and p.start_year == 2006
    assert canonical("职工医疗互助保障") == "职工医疗互助"


def test_alias_definition_resolves_later_mentions():
    text = "该校2025年启动实施“一流本科教育跃升行动”（以下简称“跃升行动”）。“跃升行动”推出五大行动。"
    names = {p.name for p in find_programs(text)}
    assert names == {"一流本科教育跃升行动"}


def test_quoted_campaign():
    [p] = find_programs("工会开展“送万福、进万家”活动")
    assert p.name == "送万福、进万家"


def test_quote_that_is_not_a_programme():
    assert find_programs("他说“很好”。") == []


def test_insurance_scheme():
    names = [p.name for p in find_programs("推进医保个人账户跨省共济")]
    assert names == ["医保个人账户跨省共济"]
