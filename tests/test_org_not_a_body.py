"""Words that look like a body's name and are none: a count of people before a long list
(26人大名单, 突破万人大关: 26人 and 大名单, not 人大), a fair named as the occasion of what
happened (在首届中国国际进口博览会上, 1997年武汉博览会，…), a basement (哈佛大学地下室), and a
rank of bodies (国家重点实验室, 世界一流大学). Sentences written for this test; each but the guards
failed on 2026.12.52."""
from orgs_of import canonical_names as names


def test_a_count_of_people_is_no_congress():
    assert names("这份23人大名单里有5名新人。") == []
    assert names("报名人数即将突破15000人大关。") == []


def test_the_congress_as_before():  # (guards)
    assert names("全国人大常委会通过了3项决定。") == ["全国人民代表大会常务委员会"]
    assert names("十届人大一次会议代表2900人。") == ["人大"]


def test_a_fair_as_the_occasion():
    assert names("在首届中国国际进口博览会上，阿里巴巴集团宣布了未来五年的计划。") == ["阿里巴巴集团"]
    assert names("1997年武汉博览会，他们投资200万元搭建了展台。") == []


def test_a_fair_that_acts_and_its_office_stay():  # (guards)
    assert names("中国国际进口博览会吸引了3000家企业参展。") == ["中国国际进口博览会"]
    assert names("中国国际进口博览会组委会宣布，共有3000家企业参展。") == ["中国国际进口博览会组委会"]


def test_a_basement_is_a_room():
    assert names("研究人员将其注入哈佛大学地下室一个房间。") == ["哈佛大学"]


def test_a_rank_of_bodies_names_none():
    assert names("高校建设了60%的国家重点实验室。") == []
    assert names("世界一流大学建设高校为42所。") == []
    assert names("清华大学化学系有机国家重点实验室发表论文30篇。") == ["清华大学化学系有机国家重点实验室"]
