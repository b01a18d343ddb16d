"""A match report names its sides by nicknames in more ways than 以…比…: a score written right
after the side (雄鹿134-111客场取胜), the side a margin or a streak is over (领先勇士26分, 终结勇士
8连胜) and the two sides of a fixture (东部雄鹿VS西部勇士). Two such cues are as good a proof of a
team as a thing only a team has (勇士队, 主场), for a word of the dictionary that is no person's
name: a player (孙颖莎) does what a side does as often.

The margin after the side that is led, beaten or trailed belongs to the side that does it (雄鹿
领先勇士26分 is 雄鹿's), even when the clause names the sides' cities (落后上海上港5分) or names
the doer in an earlier clause. A time of day (每天8:00-22:00) is no score.

Sentences written for this test. Each case but the guards failed on 2026.12.20."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

from orgs_of import names

GAME = ("雄鹿大胜\n\n北京时间3月2日，东部雄鹿VS西部勇士。上半场雄鹿64-51领先勇士13分。"
        "最终雄鹿134-111客场打爆勇士，终结勇士8连胜。\n")


def _orgs(text: str) -> dict[str, str | None]:
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_the_sides_of_a_report_without_what_a_team_has():
    assert {"雄鹿", "勇士"} <= set(names(GAME))


def test_a_margin_is_the_leaders_and_a_streak_ended_is_the_losers():
    got = _orgs(GAME)
    assert got["13分"] == "雄鹿"
    assert got["8连胜"] == "勇士"


def test_a_margin_over_a_side_named_with_its_city_is_the_doers():
    text = ("积分榜\n\n联赛第11轮结束，猛龙以90比88击败骑士。猛龙主场取胜，骑士客场再负。"
            "本轮过后猛龙排名第2位，落后天津骑士5分。\n")
    assert _orgs(text)["5分"] == "猛龙"


def test_no_side_in_a_players_duel_or_a_timetable():  # (guards)
    duel = "女单决赛\n\n孙颖莎4-1战胜陈幸同。孙颖莎3-0击败刘诗雯后再胜一场。\n"
    assert "孙颖莎" not in names(duel)
    hours = "开放时间\n\n展馆每天8:00-22:00开放，每天9:00-17:00接待团队，门票80元。\n"
    assert "每天" not in names(hours)


def test_points_after_a_side_beaten_by_a_comeback_are_the_winners():
    # 逆转 (came back to beat), 轻取 (beat easily), 淘汰 (knocked out): the side after the verb lost
    text = ("联赛第五轮\n\n浙江女排3比1逆转上海女排，主攻王芳砍下26分。"
            "北京女排3比0轻取辽宁女排，接应李娜拿到18分。\n")
    got = _orgs(text)
    assert got["26分"] == "浙江女排"
    assert got["18分"] == "北京女排"


def test_a_league_named_by_the_countrys_team_words_is_no_team():
    # 中国女排超级联赛 is the league; 中国女排, the national team, plays in none of its games
    text = "女排联赛\n\n2018年中国女排超级联赛第二轮，主攻王芳砍下26分。\n"
    assert _orgs(text)["26分"] is None
    text = "中国女排\n\n中国女排今年获得3个冠军。\n"  # (a guard: the team itself)
    assert _orgs(text)["3个"] == "中国女排"


def test_a_side_named_by_its_place_alone_is_the_sponsored_team():
    # (2026.12.33: 广东队 and 广东宏远队 were two bodies; 巴西法国队 is two sides, no sponsor)
    got = _orgs("男篮联赛\n\n广东宏远队和辽宁沈飞客车队相遇东莞，辽宁队以76∶65获胜。"
                "全场广东队抢得18个篮板球，辽宁队抢到了34个。\n")
    assert got == {"18个": "广东宏远队", "34个": "辽宁沈飞客车队"}


# The side a match was played against (对阵国王的比赛中, 与爵士的比赛, 打火箭, 输给雷霆这一场) is
# the body named nearest before a player's figures, and runs none of them: they are the side
# the sentence names as playing it, or the story's. Sentences written for this test; each case
# but the guards failed on 2026.12.45.
MATCHES = ("湖人主场迎战掘金\n\n北京时间12月3日，湖人以118比105战胜掘金，取得5连胜。詹姆斯砍下32分。"
           "在上一场对阵国王的比赛中，詹姆斯得到28分9篮板。\n")


def test_a_players_figures_after_the_side_played_against_are_the_storys_sides():
    got = _orgs(MATCHES)
    assert got["28分"] == got["9篮板"] == "湖人"


def test_the_side_that_played_is_named_before_the_one_it_met():
    text = ("步行者主场迎战76人\n\n步行者以100比94不敌76人。上一场步行者主场打火箭，奥拉迪波拿到了28分。"
            "在76人对阵活塞的比赛中，恩比德砍下39分17篮板。\n")
    got = _orgs(text)
    assert got["28分"] == "步行者"
    assert got["39分"] == "76人"


def test_a_side_brought_in_by_with_before_its_match():
    text = ("北京队主场迎战广厦队\n\n北京队以114比102战胜广厦队。此前与广厦队的比赛中，"
            "外援琼斯得到了35分。\n")
    assert _orgs(text)["35分"] == "北京队"


def test_the_side_that_opens_its_own_clause_keeps_its_figures():  # (a guard)
    text = ("湖人主场迎战掘金\n\n湖人以118比105战胜掘金。对阵掘金的比赛中，掘金队的约基奇拿到了30分。\n")
    assert _orgs(text)["30分"] == "掘金队"


def test_dialling_a_number_is_no_match():  # (a guard: 拨打 ends in 打)
    text = ("提醒\n\n湖人以118比105战胜掘金。如遇紧急情况，请拨打北京市红十字会24小时热线。\n")
    assert _orgs(text)["24小时"] == "北京市红十字会"


def test_a_round_up_is_about_the_winner_not_the_side_it_beat_again_and_again():
    # (四川女排 and 四川队 are one team, named three times, each as the side beaten; 天津女排 is
    # named twice: the headline's figure is the winner's. Failed without the count leaving out
    # the sides played against.)
    text = ("女排联赛第二轮！新星砍下31分\n\n女排联赛11月9日进行了第二轮的比赛。"
            "卫冕冠军天津女排3比0横扫四川女排，李盈莹砍下28分。"
            "天津女排以3比0完胜四川女排，四川队完全不是对手。\n")
    assert _orgs(text)["31分"] == "天津女排"


# A score's second number is the other side's (勇士上半场以51-64落后: 64 are 雄鹿's), named after
# the score with the verb of the result (以111-134败给雄鹿, 以98-80击退火箭) or, with no verb
# naming it, the match's other side when the report names just two sides and the figure's
# paragraph names it. Sentences written for this test; each case but the guard failed on
# 2026.12.46.
DUEL = ("勇士主场迎战雄鹿\n\n北京时间11月9日，勇士在主场以111-134败给雄鹿。勇士命中率下降，"
        "上半场以51-64落后。雄鹿打出一波高潮后，以54-41拉开差距。字母哥拿下24分9个篮板。\n")


def test_a_scores_second_number_after_its_verb_is_the_side_named_after_it():
    got = _orgs(DUEL)
    assert got["111"] == "勇士" and got["134"] == "雄鹿"
    text = ("雷霆主场迎战火箭\n\n雷霆在主场以98-80击退火箭，豪取7连胜，乔治抢下11个篮板。"
            "火箭客场以80-98惨败给了雷霆。\n")
    got = _orgs(text)
    assert got["98"] == "雷霆" and got["80"] == "火箭"


def test_a_scores_second_number_is_the_other_side_of_a_two_sided_report():
    got = _orgs(DUEL)
    assert got["51"] == "勇士" and got["64"] == "雄鹿"
    assert got["54"] == "雄鹿" and got["41"] == "勇士"


def test_a_round_up_of_several_games_leaves_the_second_number_alone():  # (a guard)
    text = ("NBA战报\n\n勇士以111-134不敌雄鹿，库里抢下5个篮板。湖人以118-105战胜掘金。"
            "火箭上半场以51-64落后。\n")
    assert _orgs(text)["64"] not in ("勇士", "雄鹿", "湖人", "掘金")  # (no side of another game)


def test_a_side_named_most_only_as_the_one_beaten_is_no_storys_subject():
    # (四川女排 named five times, each as the side beaten, 天津女排 twice: the section's subject,
    # named by far the most, leaves out the sides played against too. Failed on 2026.12.51.)
    text = ("女排联赛第二轮！新星砍下31分\n\n女排联赛11月9日进行了第二轮的比赛。卫冕冠军天津女排"
            "3比0横扫四川女排，此前已以3比0完胜四川女排，上赛季曾三次击败四川女排、两次战胜四川女排，"
            "主场迎战四川女排的比赛毫无悬念。天津女排主帅表示满意。\n")
    assert _orgs(text)["31分"] == "天津女排"
