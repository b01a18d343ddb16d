"""A name does not open inside the verb phrase before it: a verb followed by a place takes the
body after it as its object (欢聚伦敦帝国理工学院: the students gather at the college). The rule
held for places in China; a city abroad, which opens no name of its own here, is a place too."""
from orgs_of import canonical_names as names


def test_a_verb_before_a_city_abroad_opens_no_name():
    assert names("1000多名中国留学生欢聚伦敦帝国理工学院，参加春节晚会。") == ["伦敦帝国理工学院"]
    assert names("代表团一行参观纽约证券交易所。") == ["纽约证券交易所"]


def test_a_verb_before_a_place_at_home_as_before():
    assert names("来自各地的学生欢聚北京大学。") == ["北京大学"]


def test_a_name_that_holds_a_verb_after_a_noun_keeps_it():
    assert names("清源创新实验室发布了报告。") == ["清源创新实验室"]
