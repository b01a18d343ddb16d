"""A body named right after an event's name is the body, not the event's: a fair, a meeting or a
games names the occasion (成果交易会|华为公司展台前, 长野冬奥会|中国代表团). The event's own
offices keep its name (冬奥会组委会, 博览会秘书处). Sentences written for this test; the first
three failed on 2026.12.52."""
from orgs_of import canonical_names as names


def test_a_fair_before_a_company_is_left_out():
    assert names("在第三届高新技术成果交易会华为公司展台前，观众排起了长队。") == ["华为公司"]
    assert names("在全国糖酒交易会五粮液集团签下订单30份。") == ["五粮液集团"]


def test_games_before_a_delegation_are_left_out():
    assert names("在长野冬奥会中国代表团获得5枚奖牌。") == ["中国代表团"]


def test_an_events_own_office_keeps_its_name():
    assert names("中国国际服装博览会组委会宣布，今年共有300家企业参展。") == ["中国国际服装博览会组委会"]
    assert names("长野冬奥会组委会官员宣布，已有72个国家报名。") == ["长野冬奥会组委会"]
