"""A basketball club named for a word (热火, 火箭, 勇士, 76人) is a body only in a game's report,
told by what only such a report writes (NBA, 篮板, 助攻, 季后赛): there the club runs its
figures, and 76人 is the club, not 76 people. Elsewhere 火箭 is a rocket and 太阳 the sun.
Sentences of our own."""
from minsheng.etl.pipeline import process_text


def _figures(text):
    doc = process_text(text)
    return [(f.surface, f.organization) for r in doc.articles for f in r.figures]


def test_a_club_runs_its_figures_in_a_game_report():
    text = "NBA常规赛今天继续进行,热火坐镇主场以95-88击败马刺,取得三连胜。"
    got = dict(_figures(text))  # (the score's two sides are figures too: see test_figures_game_scores)
    assert got["95"] == "热火" and got["三连胜"] == "热火" and got["88"] == "马刺"
    text = "NBA常规赛今天继续进行。热火坐镇主场,全场抢下50个篮板。"
    assert _figures(text) == [("50个", "热火")]


def test_a_club_named_by_a_number_is_no_count_of_people():
    text = "NBA常规赛,76人主场迎战雄鹿,恩比德拿下30分12个篮板。"
    got = _figures(text)
    assert "76人" not in [s for s, _ in got]
    assert ("30分", "76人") in got or ("30分", "雄鹿") in got


def test_outside_a_game_report_the_word_is_no_body():
    text = "这枚火箭首发成功,把3颗卫星送入轨道。"
    assert _figures(text) == [("3颗", None)]
    text = "上午有76人参加了义务植树。"
    assert _figures(text) == [("76人", None)]


def test_a_club_written_with_dui_heads_its_players_lines():
    # 快船队：加里纳利20分…: the club and 队, which the segmenter cuts as one word (fails on
    # 2026.12.38: every player of the second list went to the first club); outside a game's
    # report 太阳队 is still nothing
    text = ("NBA常规赛,开拓者主场以116-105击败快船。开拓者队：利拉德25分4篮板，麦科勒姆23分。"
            "快船队：加里纳利20分5篮板，哈里斯15分。")
    got = dict(_figures(text))
    assert got["25分"] == "开拓者" and got["23分"] == "开拓者"
    assert got["20分"] == "快船" and got["15分"] == "快船"
    assert _figures("太阳队员们在操场上跑了3圈。") == [("3圈", None)]


def test_a_scores_second_number_is_the_side_after_its_result():
    # 111比134输给了雄鹿队: 134 is the side it lost to (fails on 2026.12.38's score rule: both
    # numbers were the first side's)
    got = dict(_figures("NBA常规赛,勇士队111比134输给了雄鹿队,杜兰特17分5篮板。"))
    assert got["111"] == "勇士" and got["134"] == "雄鹿"
    got = dict(_figures("NBA常规赛,火箭主场118比99大胜雷霆,哈登19分8篮板。"))
    assert got["118"] == "火箭" and got["99"] == "雷霆" and got["19分"] == "火箭"
