"""Organization names from suffix rules, canonical names and aliases."""
from minsheng.etl.entities.org_names import abbreviations
from minsheng.etl.entities.organizations import find_organizations, merge
from minsheng.etl.entities.regions import find_regions


def orgs(text, home=None):
    return [(o.surface, o.name, o.kind, o.region)
            for o in find_organizations(text, find_regions(text, home), home)]


def test_deictic_city_union_takes_home_city():
    assert orgs("记者从市总工会获悉", "371600") == [("市总工会", "滨州市总工会", "union", "371600")]


def test_zong_abbreviation():
    assert orgs("烟台市总、山西省总联合开展")[:2] == [
        ("烟台市总工会", "烟台市总工会", "union", "370600"),
        ("山西省总工会", "山西省总工会", "union", "140000")]


def test_national_abbreviations():
    assert orgs("记者从国家医保局获悉") == [("国家医保局", "国家医疗保障局", "government", "100000")]
    got = orgs("中互会滨州办事处在全市设代办处", "371600")
    assert got == [("中互会滨州办事处", "中国职工保险互助会滨州办事处", "union", "371600")]


def test_branch_of_named_body_is_one_name():
    got = orgs("中国职工保险互助会滨州办事处自2014年成立以来")
    assert [g[1] for g in got] == ["中国职工保险互助会滨州办事处"]


def test_kinds_and_left_boundary():
    got = orgs("从天津大学获悉,农业银行和泉州清源创新实验室、滨州市应急管理局")
    assert [(g[1], g[2]) for g in got] == [("天津大学", "school"), ("农业银行", "bank"),
                                           ("泉州清源创新实验室", "other"),
                                           ("滨州市应急管理局", "government")]


def test_local_abbreviation_canonical_form():
    assert orgs("泉州市人力资源和社会保障局发布")[0][1] == "泉州市人社局"
    assert orgs("滨州市应急局统计")[0][1] == "滨州市应急管理局"


def test_generic_heads_need_a_prefix():
    assert orgs("在党群服务中心举办") == []
    assert orgs("相关部门和局长表示") == []


def test_merge_collects_aliases():
    text = "中互会滨州办事处和中国职工保险互助会滨州办事处"
    merged = merge(find_organizations(text, find_regions(text)))
    assert list(merged) == ["中国职工保险互助会滨州办事处"]
    assert "中互会滨州办事处" in merged["中国职工保险互助会滨州办事处"].aliases


def test_abbreviation_table_is_documented_data():
    rows = {a.alias: a for a in abbreviations()}
    assert rows["全总"].full == "中华全国总工会"
    assert rows["人社局"].canonical == "alias"


def test_a_name_never_reaches_back_over_a_region_into_punctuation():
    # the segmenter's words left of a region used to be measured from the wrong offset, so the
    # name ran back over 》《 into the title before it
    got = orgs("印发《互助实施办法(试行)》《天津滨海高新技术产业开发区总工会关于帮扶的办法》")
    assert [g[0] for g in got] == ["天津滨海高新技术产业开发区总工会"]


def test_words_before_a_region_still_join_the_name():
    got = orgs("共青团滨州市委和物流行业工会联合会")
    assert [g[0] for g in got] == ["共青团滨州市委", "物流行业工会联合会"]


def test_learned_heads_find_teams_publishers_and_delegations():
    assert orgs("昨晚巴西队在主场以二比一击败了对手") == [("巴西队", "巴西队", "other", "BR")]  # of Brazil
    assert orgs("该书由漓江出版社出版") == [("漓江出版社", "漓江出版社", "media", None)]
    assert [g[:3] for g in orgs("中国代表团抵达会场")] == [("中国代表团", "中国代表团", "other")]
    assert [g[:3] for g in orgs("韩国现代集团宣布裁员")] == [("韩国现代集团", "韩国现代集团", "company")]


def test_learned_heads_leave_ordinary_words_and_kinds_of_bodies_alone():
    # 部队, 部门, 汇报 end in head characters but name nothing; 单位工会 is a kind of union
    assert orgs("部队官兵和群众一起") == []
    assert orgs("各部门要加强汇报") == []
    assert orgs("由单位工会统一组织参加") == []
    assert orgs("全市开发区工会设立代办处") == []


def test_learned_head_table_is_counts_of_heads():
    from minsheng.etl.entities.learned_heads import learned_heads
    table = learned_heads()
    assert table[("word:name", "队")] > 0.8          # 巴西队, 辽宁队
    assert table[("word", "中心")] < 0.45            # 服务中心, 研究中心: mostly not one body
    assert all(len(head) <= 4 for _, head in table)


def test_well_known_bodies_are_whole_words_with_the_place_before_them():
    assert orgs("北约东扩计划") == [("北约", "北大西洋公约组织", "other", None)]
    assert orgs("据央视报道") == [("央视", "中央电视台", "media", "100000")]
    assert orgs("他年轻时去了北大荒") == []          # 北大 inside another word
    assert [g[:3] for g in orgs("美国国会通过法案")] == [("美国国会", "美国国会", "government")]


def test_party_congress_is_named_by_its_number():
    assert [g[0] for g in orgs("中共十五大报告指出")] == ["中共十五大"]
    assert [g[0] for g in orgs("致公党第十二次全国代表大会在京开幕")] == ["致公党第十二次全国代表大会"]
    assert orgs("评选十大杰出青年") == []


def test_a_team_named_after_a_body_leaves_the_body_its_name():
    got = orgs("市委宣传部代表队获得第三名", "371600")
    assert [(g[0], g[1]) for g in got] == [("市委宣传部", "滨州市委宣传部")]


def test_left_of_a_place_or_name_only_places_and_names_join():
    assert [g[0] for g in orgs("这支球队深圳平安队昨天输了")] == ["深圳平安队"]
    assert [g[0] for g in orgs("其最大股东日产汽车公司宣布")] == ["日产汽车公司"]


def test_a_body_named_by_its_head_alone_takes_only_a_place_before_it():
    assert [g[0] for g in orgs("会议决定敦请联合国派员调查")] == ["联合国"]
    assert [g[0] for g in orgs("中国共产党领导")] == ["中国共产党"]


def test_a_bare_level_character_starts_a_department_name():
    assert [g[0] for g in orgs("县粮食局副局长说")] == ["县粮食局"]
    assert orgs("市文化局组织演出", "371600") == [("市文化局", "滨州市文化局", "government", "371600")]


def test_a_head_whose_characters_belong_to_other_words_is_no_name():
    assert orgs("欧洲领导人大约有十位") == []
    assert [g[1] for g in orgs("市人大常委会召开会议", "371600")] == ["滨州市人大常委会"]


def test_a_unit_named_after_its_body_is_one_name():
    assert [g[0] for g in orgs("他在卫生部康复中心工作")] == ["卫生部康复中心"]
    assert [g[0] for g in orgs("据新华社莫斯科电")] == ["新华社"]   # a place after it is no unit


def test_a_development_area_body_is_one_row_whichever_name_of_the_area_is_written():
    home = "120000"
    text = "天津滨海高新技术产业开发区总工会印发办法。高新区总工会表示将持续推进。"
    names = {o[1] for o in orgs(text, home)}
    assert names == {"滨海高新区总工会"}


def test_the_shared_beginnings_pattern_matches_as_the_longest_first_alternation():
    import re

    from minsheng.etl.entities.org_words import trie_pattern
    names = ["国家", "国家统计局", "国家税务总局", "国会", "北约", "联合国", "联合国安理会"]
    flat = re.compile("|".join(sorted(names, key=len, reverse=True)))
    trie = re.compile(trie_pattern(names))
    text = "国家统计局和国家税务总局、国家、国会议员,联合国安理会与联合国,北约北大"
    assert [m.group() for m in trie.finditer(text)] == [
        "国家统计局", "国家税务总局", "国家", "国会", "联合国安理会", "联合国", "北约"]
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_known_body_after_punctuation_and_a_unit_after_a_known_body():
    assert [g[0] for g in orgs("据悉,联合国安理会今天开会")] == ["联合国安理会"]
    assert [g[0] for g in orgs("中国科学院物理所研究员说")] == ["中国科学院物理所"]
    assert [g[0] for g in orgs("新华社国际部记者")] == ["新华社国际部"]


def test_a_generic_head_takes_a_name_only_from_a_place_a_deictic_or_a_national_prefix():
    assert orgs("该局负责人表示") == []
    assert orgs("服务中心开业") == []
    assert orgs("国家统计局发布数据") == [("国家统计局", "国家统计局", "government", "100000")]
    assert orgs("省财政厅下达资金", "370000") == [("省财政厅", "山东省财政厅", "government", "370000")]
    assert [g[0] for g in orgs("滨州市民政局发布通知")] == ["滨州市民政局"]


def test_the_block_pattern_is_the_segmenters():
    """left_edge cuts only the block before a head, as the segmenter cuts each block alone:
    that holds only while the two agree on what a block is."""
    import re

    from minsheng.etl import words
    from minsheng.etl.entities.org_text import BLOCK
    ours, theirs = re.compile(BLOCK.pattern), re.compile(words._HAN_POS.pattern)
    text = "".join(map(chr, range(0x20, 0x10000)))
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_the_regions_near_a_head_are_those_a_scan_would_find():
    """A head asks about the regions near it through Places, which bisects instead of scanning
    all of the article's: every region touching the stretch, in text order, and whether a
    place lies within it, as a scan would answer."""
    import random

    from hits import random_hits

    from minsheng.etl.entities.org_names import Places

    rng = random.Random(11)
    for _ in range(200):
        hits = random_hits(rng, 15, 80, 9, ("full", "country"))
        places = Places(hits)
        for _ in range(20):
            lo = rng.randint(0, 90)
            hi = lo + rng.randint(0, 25)
            assert places.near(lo, hi) == [h for h in hits if h.end >= lo and h.start <= hi]
            assert places.place_within(lo, hi) == any(
                lo <= h.start and h.end <= hi for h in hits if h.form != "country")


def test_the_head_end_pattern_matches_wherever_a_learned_head_may_end_a_name():
    """segment_near_heads looks only where _head_ends_re matches, and asks there, once for all
    the heads with that last character, whether one of them may end a name: a dictionary word
    of a learned group ends there, or the head stands as a word of its own. Both answer as the
    question asked head by head does (and a head's characters all belong to its block, so the
    block found from its last character is the head's)."""
    from pathlib import Path

    from minsheng.etl import words
    from minsheng.etl.entities.learned_heads import (
        _counted_words, _head_end_table, _head_ends_re, _may_end_name_at, _reliable_heads)
    from minsheng.etl.entities.org_text import BLOCK

    by_last, word_heads, in_word = _reliable_heads()
    heads = [h for hs in by_last.values() for h in hs]
    assert "外交部" in heads or "部" in heads
    assert all(BLOCK.fullmatch(h) for h in heads)
    lex = words.lexicon()

    def is_word(s):
        return bool(lex.frequency(s))

    def may_end_name(text, p, head):  # head by head
        q = p + len(head)
        if any(n <= q and text[q - n:q] in names for n, names in in_word.get(head, ())):
            return True
        return head in word_heads and p > 0 and not is_word(text[p - 1:p + 1]) \
            and not is_word(text[q - 1:q + 1])

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    text = "外交部发言人说。巴西队、新华社、部队和会议。" + "".join(
        p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    ends = {m.start() for m in _head_ends_re().finditer(text)}
    accepted = {p + len(h) - 1 for p in range(len(text)) for h in heads
                if text.startswith(h, p) and may_end_name(text, p, h)}
    assert len(accepted) > 100 and {2, 10, 14} <= accepted  # 外交部, 巴西队, 新华社
    assert 17 not in accepted  # 部队
    assert accepted <= ends
    assert len(ends) < 3 * len(accepted)  # and not every character that ends some head
    table = _head_end_table()
    assert {p for p in ends
            if _may_end_name_at(text, p + 1, *table[text[p]], _counted_words())} == accepted


def test_the_tests_that_skip_a_pattern_hold_wherever_it_matches():
    """congresses, place_teams, bodies_of_posts and settle's members rule run their pattern
    only when a cheaper test finds what every match of it holds; random text made of the
    patterns' own characters never has a match the test would miss."""
    import random

    from minsheng.etl.entities import org_edges
    from minsheng.etl.entities.known_bodies import _CONGRESS_RE, _NUMERAL_DA
    from minsheng.etl.entities.patterned_bodies import _POST_RE, _TEAM_RE

    rng = random.Random(5)
    pieces = list("第全国代表大会次一二三四五六七八九十百千男女篮排足队奥青少部局厅长成员家各的,") + [
        "东盟", "欧盟", "国家", "成员国", "各国", "代表大会", "国奥队", "女排", "财政部长"]
    gates = [
        (_CONGRESS_RE, lambda s: "代表大会" in s or _NUMERAL_DA.search(s) is not None),
        (_TEAM_RE, lambda s: "男" in s or "女" in s or "队" in s),
        (_POST_RE, lambda s: "部长" in s or "局长" in s or "厅长" in s),
        (org_edges._members_re(), lambda s: "国家" in s or "成员国" in s or "各国" in s),
    ]
    matched = [0] * len(gates)
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(2, 10)))
        for k, (pattern, gate) in enumerate(gates):
            if pattern.search(s) is not None:
                matched[k] += 1
                assert gate(s), s
    assert all(n > 20 for n in matched), matched
    assert [m.group() for m in _CONGRESS_RE.finditer("中共十五大和第八次全国代表大会")] == [
        "十五大", "第八次全国代表大会"]


def test_settle_asks_for_a_body_before_its_members_where_every_match_has_one():
    """settle runs the members' pattern only where one of its names ends right where a
    members' word starts (东盟国家, 欧盟成员国), as in every match of it."""
    import random

    from minsheng.etl.entities import org_edges

    rng = random.Random(7)
    pieces = list("国家成员各的东欧盟,") + ["东盟", "欧盟", "国家", "成员国", "各国", "联合国", "东南亚国家联盟"]
    matched = 0
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(2, 10)))
        if org_edges._members_re().search(s) is not None:
            matched += 1
            assert org_edges._body_before_members(s), s
    assert matched > 100, matched
    assert not org_edges._body_before_members("国家统计局发布，东盟秘书处")
    # and its short congresses only where a numeral stands right before 大
    from minsheng.etl.entities.known_bodies import _NUMERAL_DA
    pieces = list("一二八九十大学会党") + ["民进", "十一大", "八大"]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        if any(org_edges._SHORT_CONGRESS.match(s, k) for k in range(len(s))):
            assert _NUMERAL_DA.search(s) is not None, s


def test_a_blocks_word_is_found_by_where_it_starts_or_ends():
    """The known bodies and the units of a body look up the word of a block that starts (or
    ends) at a place by bisection: the same word the search word by word found, none between."""
    from minsheng.etl.entities.org_text import END, segment, START, word_at

    toks = segment("北京市财政局副局长和上海代表团")
    assert [t[2] for t in toks] == ["北京市", "财政局", "副局长", "和", "上海", "代表团"]
    for at in range(0, 17):
        assert word_at(toks, at, START) == next((i for i, t in enumerate(toks) if t[0] == at), None)
        assert word_at(toks, at, END) == next((i for i, t in enumerate(toks) if t[1] == at), None)
    assert word_at(toks, 3, START) == 1 and word_at(toks, 6, END) == 1
    assert word_at(toks, 4, START) is None and word_at([], 0, END) is None


def test_the_scans_that_open_with_one_character_find_what_the_class_did():
    """_NUMERAL_DA opens with 大 and looks behind it for the numeral (re skips to each 大 in C,
    where a class first tested every character): it matches exactly the texts that hold a
    numeral right before 大. bare_committees runs its pattern only in a text that holds 委 or
    党支部, as every match does."""
    import random
    import re

    from minsheng.etl.entities.known_bodies import _NUMERAL_DA
    from minsheng.etl.entities.patterned_bodies import _BARE_COMMITTEE, bare_committees

    by_class = re.compile("[一二三四五六七八九十]大")
    rng = random.Random(11)
    pieces = list("一二十大学会市省县村委员党支部会的在,") + ["十五大", "村委会", "村党支部", "市委"]
    matched = [0, 0]
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        assert (_NUMERAL_DA.search(s) is None) == (by_class.search(s) is None), s
        if _BARE_COMMITTEE.search(s) is not None:
            matched[1] += 1
            assert "委" in s or "党支部" in s, s
        matched[0] += by_class.search(s) is not None
    assert min(matched) > 100, matched
    assert [h.surface for h in bare_committees("在县委工作，由村党支部和村委会决定")] == [
        "县委", "村党支部", "村委会"]


def test_a_foreign_country_opens_a_name_unless_a_place_comes_before_it():
    # the segmenter's dictionary calls 牢记 a noun: the walk left stops at the country
    assert [g[1] for g in orgs("应该牢记美国心脏学会建议的摄入量。")] == ["美国心脏学会"]
    assert [g[1] for g in orgs("必须铭记英国皇家学会的忠告。")] == ["英国皇家学会"]
    # a place before the country is part of the name (the American chamber in China)
    assert [g[1] for g in orgs("中国美国商会发布报告。")] == ["中国美国商会"]


def test_units_of_the_armed_police_the_fire_service_and_the_police_are_bodies():
    assert [g[1] for g in orgs("北京市消防总队出动消防车50辆。")] == ["北京市消防总队"]
    assert [g[1] for g in orgs("武警北京边防总队官兵为灾区捐款10万元。")] == ["武警北京边防总队"]
    assert [g[:2] for g in orgs("市公安局交警支队查处违章1000起。", "430100")] == [
        ("市公安局交警支队", "长沙市公安局交警支队")]
    # a crowd, and a unit of no force (the survey's corps is its bureau's), are none
    assert orgs("一大队人马开进村里。") == []
    assert [g[1] for g in orgs("国家统计局云南调查总队发布数据。")] == ["国家统计局"]
