"""全国, 我国 or 全省 opening a later clause of a sentence as its subject governs the figures
after it, not the specific place a side clause named first (a venue, where something began,
a meeting's city). Not where the sentence is about a country abroad and the word is 全国 (that
country's whole), nor where the scope word is one of several (全国和省市级, …、中国球员).
Sentences written for this test."""
from minsheng.etl.pipeline import process_text


def regions_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.region, f.region_basis) for a in process_text(text).articles for f in a.figures}


def test_the_scope_subject_after_where_it_began():
    got = regions_of("从1990年第一家专卖店在北京开业至今，全国已开设了330多家专卖店、600多家店中店，"
                     "2000多个销售点。")
    assert got == {"330多家": ("100000", "clause"), "600多家": ("100000", "sentence"),
                   "2000多个": ("100000", "sentence")}


def test_the_scope_subject_after_a_meetings_city_and_a_body_of_it():
    got = regions_of("在上海召开的会议上，专家介绍，全国去年新增就业岗位1300万个，城镇失业率降至4%。")
    assert got["4%"] == ("100000", "sentence")
    got = regions_of("由北京市委等主办的论坛开讲，部长透露，全国去年录取27万人，今年录取人数增至761万人。")
    assert got["761万人"] == ("100000", "sentence")


def test_our_country_after_a_country_abroad_is_china():
    got = regions_of("来自加拿大的教授发表了一篇论文，我国常见精神疾病的患病率为17.5%，其中焦虑障碍占5.6%。")
    assert got["5.6%"] == ("100000", "sentence")


def test_the_whole_country_in_a_sentence_about_one_abroad_stays_that_country():  # (guard)
    got = regions_of("乌拉圭是南美洲第四大葡萄酒生产国，全国19个省中的15个都有葡萄酒产业，拥有9000平方公里的葡萄园。")
    assert got["9000平方公里"] == ("UY", "sentence")


def test_a_scope_that_is_one_level_of_several_governs_nothing_after_it():  # (guard)
    got = regions_of("黑龙江省各级工会去年累计建成工会驿站4072个，其中，全国和省市级最美驿站665个，智能化驿站720个。")
    assert got["720个"] == ("230000", "sentence")


def test_a_place_of_action_after_the_scope_subject_still_counts():  # (guard)
    got = regions_of("全国各地纷纷向灾区捐款，北京市捐款500万元，捐衣被10万件。")
    assert got["10万件"] == ("110000", "sentence")
    assert regions_of("福建向宁夏捐款955万元，捐衣被124万件。")["124万件"] == ("640000", "sentence")
