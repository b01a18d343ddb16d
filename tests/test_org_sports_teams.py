"""A sports report names its teams by nicknames the dictionary knows as common words (火箭, 雷霆):
they are bodies where the report says what only a team does (以80比98, 客场挑战, 击败) and writes
them with what only a team has (主场, 全队, 队). A place (广东) and a player (孙颖莎) are none, and
neither is a word in a text without a score. Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

from orgs_of import names


GAME = ("火箭惨败\n\n11月9日,火箭客场挑战雷霆。火箭全队低迷,保罗全场只拿到了10分,"
        "火箭最终以80比98遭遇惨败。雷霆主场取胜,威斯布鲁克缺阵。\n")


def test_the_teams_of_a_game_report():
    assert set(names(GAME)) >= {"火箭", "雷霆"}
    got = {f.surface: f.organization for a in process_text(GAME).articles for f in a.figures}
    assert got["10分"] == "火箭"


def test_no_team_without_what_a_team_has_or_without_a_score():
    # a player beats a player; a place's name stays a place
    assert "孙颖莎" not in names("女单决赛中,孙颖莎以4比1战胜陈幸同,孙颖莎夺冠。")
    assert names("火箭发射成功,火箭全长30米。") == []
