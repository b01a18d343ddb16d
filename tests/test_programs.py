"""Programmes: quoted names, scheme words, 以下简称 aliases, start years."""
from minsheng.etl.entities.programs import canonical, find_programs


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


def test_the_name_starts_after_the_verb_place_or_adverb_before_it():
    names = [p.name for p in find_programs(
        "全县共发展职工医疗互助,不断扩大职工医疗互助覆盖面;德州职工医疗互助走在前列。")]
    assert names == ["职工医疗互助"] * 3


def test_a_bare_core_word_after_a_verb_is_kept_short():
    assert [p.name for p in find_programs("并于近日上线医保钱包")] == ["医保钱包"]
    assert find_programs("对困难职工共帮扶") == []  # 帮扶 alone is no programme's name


def test_modifiers_that_the_dictionary_calls_verbs_stay_in_the_name():
    assert [p.name for p in find_programs("参加补充住院医疗保险")] == ["补充住院医疗保险"]


def test_a_defined_short_name_with_a_modifier_in_front_is_the_same_programme():
    text = ("获益于补充住院医疗保险(以下简称补充医保)的会员。"
            "市总工会为职工免费赠送补充医保,工会会员补充医保理赔便捷。")
    hits = find_programs(text)
    assert {p.name for p in hits} == {"补充住院医疗保险"}
    assert {"补充医保", "工会会员补充医保"} <= set().union(*(p.aliases for p in hits))


def test_plain_names_are_looked_for_only_before_core_terms():
    """The plain-name pattern is tried 4 to 14 characters before each core term, overlapping
    ones too (医疗保险 inside 住院医疗保险), and finds what a scan of every character finds."""
    from minsheng.etl.entities.programs import _PLAIN, _plain_names

    texts = ["全市职工参加补充住院医疗保险和大病医疗互助活动，困难职工帮扶救助",
             "住院医疗保险住院医疗保险职工医疗互助保障医保钱包跨省共济",
             "开展帮扶", "市总工会组织职工住院医疗保险，共有3万人参加"]
    for text in texts:
        assert [m.span() for m in _plain_names(text)] == [m.span() for m in _PLAIN.finditer(text)]
    names = [p.name for p in find_programs("市总工会组织职工住院医疗保险，共有3万人参加")]
    assert names == ["职工住院医疗保险"]
