"""A sports report names its teams by nicknames the dictionary knows as common words (火箭, 雷霆):
they are bodies where the report says what only a team does (以80比98, 客场挑战, 击败) and writes
them with what only a team has (主场, 全队, 队). A place (广东) and a player (孙颖莎) are none, and
neither is a word in a text without a score. Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

from orgs_of import figure_orgs, names


GAME = ("火箭惨败\n\n11月9日,火箭客场挑战雷霆。火箭全队低迷,保罗全场只拿到了10分,"
        "火箭最终以80比98遭遇惨败。雷霆主场取胜,威斯布鲁克缺阵。\n")


def test_the_teams_of_a_game_report():
    assert set(names(GAME)) >= {"火箭", "雷霆"}
    assert figure_orgs(GAME)["10分"] == "火箭"


def test_no_team_without_what_a_team_has_or_without_a_score():
    # a player beats a player; a place's name stays a place
    assert "孙颖莎" not in names("女单决赛中,孙颖莎以4比1战胜陈幸同,孙颖莎夺冠。")
    assert names("火箭发射成功,火箭全长30米。") == []


# A preview names no score: the visit to a team's ground (作客…的主场, 客场面对) says it is a
# team. Sentences written for this test; this case failed on 2026.12.18.
PREVIEW = ("周末德比\n\n本周六多特蒙德将作客沙尔克的主场。多特蒙德主帅表示全队状态良好,"
           "多特蒙德本赛季已打进25球。周中多特蒙德客场面对马竞时留力,马竞主场取胜。沙尔克门将有伤在身。\n")


def test_the_teams_of_a_preview_without_a_score():
    assert {"多特蒙德", "沙尔克", "马竞"} <= set(names(PREVIEW))
    assert figure_orgs(PREVIEW)["25球"] == "多特蒙德"


def test_a_word_for_any_side_is_no_team():
    assert "对手" not in names("本赛季球队主场作客对手的主场三次,对手主场失利两次。")


def test_a_club_named_by_its_place_a_sponsor_and_the_team_word():
    # (北京首钢男篮: the sponsor between the place and 男篮; fails on 2026.12.27, which took a
    # place right before the team word only)
    assert names("北京首钢男篮以94比87战胜浙江广厦男篮。") == ["北京首钢男篮", "浙江广厦男篮"]
    assert names("深圳男篮以122比112击败吉林男篮。") == ["深圳男篮", "吉林男篮"]


def test_a_contest_named_by_the_team_word_is_no_team():  # (a guard)
    assert names("广州国际女足邀请赛今天开幕，8支球队参赛。") == []


# A club named in full, then by its sponsor and a team word: the same club. Sentences written
# for this test; fails on 2026.12.27, which left 首钢队 and 大华女篮 unnamed.
CLUBS = ("北京首钢男篮以94比87战胜浙江广厦队。首节首钢队以25比23领先，广厦队只命中4个三分。"
         "上海大华女篮主场迎战山西女篮，大华女篮全场抢下40个篮板。")


def test_a_club_called_again_by_its_sponsor_and_a_team_word():
    got = figure_orgs(CLUBS)
    assert got["4个"] == "浙江广厦队"
    assert got["40个"] == "上海大华女篮"
    doc = process_text(CLUBS)
    mentions = [(m.surface, m.key) for a in doc.articles for m in a.mentions if m.kind == "organization"]
    assert ("首钢队", "北京首钢男篮") in mentions and ("大华女篮", "上海大华女篮") in mentions


def test_a_club_with_a_nickname_called_again_by_its_sponsor():
    # (新疆广汇飞虎男篮: the sponsor, then the club's nickname; fails on 2026.12.28, which took
    # the sponsor and the nickname together for the sponsor)
    text = "新疆广汇飞虎男篮主场迎战山东男篮。山东男篮开局领先。广汇队全场命中12个三分球。"
    assert figure_orgs(text)["12个"] == "新疆广汇飞虎男篮"
    doc = process_text(text)
    mentions = [(m.surface, m.key) for a in doc.articles for m in a.mentions if m.kind == "organization"]
    assert ("广汇队", "新疆广汇飞虎男篮") in mentions


def test_a_sponsor_word_that_is_a_squads_own_is_no_club():  # (a guard)
    # 首钢队员: the club's players, not the club again (队 opens 队员)
    assert names("北京首钢男篮以94比87获胜，首钢队员发挥出色。") == ["北京首钢男篮"]


def test_a_sport_named_by_another_place_is_that_places_team():  # (a guard)
    # 重庆攀岩队 then 国家青年攀岩队: 攀岩 is the sport, and the national youth team another team
    doc = process_text("重庆攀岩队成立于2010年。国家青年攀岩队共有运动员20名。")
    mentions = [(m.surface, m.key) for a in doc.articles for m in a.mentions if m.kind == "organization"]
    assert not any(k == "重庆攀岩队" and s != "重庆攀岩队" for s, k in mentions)


# A team written with its team word (北控队, 八一男篮) is named as one where the report gives it
# one cue: where it played and its score (北控队在客场以113-102), or opening its players' lines
# (同曦队方面). The word for any team (率领球队) is none. Sentences written for this test; the
# first case failed on 2026.12.44.
BOX = ("同曦不敌北控\n\n北京时间11月9日,CBA常规赛继续进行,北控队在客场以113-102击败同曦队。"
       "同曦队方面,王明得到32分6篮板,李强13分;北控队方面,赵刚21分5助攻。\n")


def test_a_team_written_with_its_team_word_needs_one_cue():
    assert {"北控队", "同曦队"} <= set(names(BOX))
    orgs = figure_orgs(BOX)
    assert orgs["32分"] == "同曦队" and orgs["13分"] == "同曦队" and orgs["21分"] == "北控队"


def test_the_word_for_any_team_is_none():
    got = names("赛后他表示,率领球队以98-90取胜不容易,率领球队在客场以98-90取胜更难。")
    assert not any(n.endswith("球队") for n in got)


# A report calls a side by its team word and by its sport and sex (八一队 and 八一男篮, 山东队 and
# 山东男篮): one team, under the name that says which of the club's teams it is. Not where the
# text names two of the club's teams (八一男篮 and 八一女篮). Sentences written for this test;
# the first case failed on 2026.12.45.
def test_a_team_word_and_the_sport_are_one_team():
    text = ("男篮联赛\n\n八一队在客场以101比95击败同曦队。八一队方面张三21分8篮板。"
            "八一男篮本赛季已取得4胜,八一男篮主帅表示满意。同曦队遭遇3连败。\n")
    assert set(figure_orgs(text).values()) == {"八一男篮", "同曦队"}
    assert figure_orgs(text)["21分"] == "八一男篮"


def test_two_teams_of_one_club_stay_apart():  # (a guard)
    text = ("联赛\n\n八一队在客场以101比95击败同曦队。八一队方面张三21分。"
            "八一男篮和八一女篮同日训练,八一女篮主场迎战山西女篮。\n")
    assert figure_orgs(text)["21分"] == "八一队"


def test_a_place_and_the_team_word_and_the_sport_are_one_team():
    # (山东队, found as a place's team, and 山东男篮: one team; failed on 2026.12.45)
    text = ("CBA常规赛\n\n山东队主场以102比95战胜江苏队。山东队外援拿到了30分。"
            "山东男篮主帅表示满意,山东男篮将客场作战。\n")
    orgs = figure_orgs(text)
    assert orgs["30分"] == orgs["102"] == "山东男篮"
