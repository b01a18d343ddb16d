"""A name longer than the walk's first reach before its head word (17 characters before 局 in
中国银行保险监督管理委员会江苏监管局) is walked again from further, and not cut in the middle of
a word (国银行…). A 市 that opens 市场 is no level of a name, and 前述 or 上述 (the
aforementioned) is no part of one."""
from orgs_of import canonical_names as names


def test_a_long_name_is_read_whole():
    assert names("报考中国银行保险监督管理委员会江苏监管局的考生有1000人。") \
        == ["中国银行保险监督管理委员会江苏监管局"]
    assert names("全国人民代表大会常务委员会法制工作委员会发布了说明。") \
        == ["全国人民代表大会常务委员会法制工作委员会"]


def test_a_name_within_the_first_reach_as_before():
    assert names("江苏监管局发布公告。") == ["江苏监管局"]


def test_a_market_is_no_city():
    # 市 opens 市场 here, not a name's level: the body is the market regulator, not a city's
    assert names("据国家市场监督管理总局统计，全国有100家。") == ["国家市场监督管理总局"]
    # (its short form is the same national body, under its full name)
    assert names("国家市场监管总局发布公告。") == ["国家市场监督管理总局"]


def test_a_level_after_a_place_as_before():
    assert names("北京市市场监督管理局发布公告。") == ["北京市市场监督管理局"]


def test_the_aforementioned_is_no_part_of_a_name():
    assert names("前述广州市白云区市场监管局在回复中称。") == ["广州市白云区市场监督管理局"]
    assert names("在上述国家卫计委调查的全职母亲中，有近1/3辞职。") == ["国家卫计委"]
