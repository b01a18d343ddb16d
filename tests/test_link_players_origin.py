"""The province or city a player plays for, written before the player (广东名将许银川, 上海新秀,
浙江选手), is the player's, not the place of the event the story reports: a national ranking
stays national. In the player's own sentence the place still counts; a country's players
(中国选手) stay their country's. Sentences written for this test; the first case failed on
2026.12.21."""
from regions_of import regions


def test_a_players_province_is_not_the_rankings_place():
    got = regions("象棋等级分公布\n\n中国象棋协会日前公布了最新等级分，广东名将许银川排名第一。\n"
                  "排名前十的棋手中，有6人不到30岁。\n")
    assert got["6人"] == "全国"


def test_in_the_players_own_sentence_the_province_counts():
    got = regions("游泳冠军赛\n\n全国游泳冠军赛昨天在武汉结束，浙江选手孙杨夺得三枚金牌。\n"
                  "本届比赛共有420名运动员参赛。\n")
    assert got == {"三枚": "浙江省", "420名": "武汉市"}


def test_a_countrys_players_stay_the_countrys():
    got = regions("短道速滑\n\n中国选手在比赛中获得3枚金牌。\n本届比赛共有20个国家的选手参加。\n")
    assert got == {"3枚": "全国", "20个": "全国"}
