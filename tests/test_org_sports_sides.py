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
