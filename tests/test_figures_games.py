"""Sports pages count games won and lost, goals and points without a measure word of their
own: 4连败 and 5胜3负 are games (场), each number of a record a figure as written; 打进两球 is
goals (球), only after a verb of scoring; 砍下25分 and 25分10篮板 are a player's points;
19投11中 is shots taken and made (次).
Sentences written for this test."""
from __future__ import annotations

import pytest

from minsheng.etl.figures import extract_figures


def counts(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_a_teams_record():
    assert counts("火箭遭遇4连败,北京队则以5胜3负排名第四,多特七胜三平保持不败。") == [
        ("4连败", 4.0, "场"), ("5胜", 5.0, "场"), ("3负", 3.0, "场"), ("七胜", 7.0, "场"),
        ("三平", 3.0, "场")]


def test_goals_after_a_verb_of_scoring():
    assert counts("罗伊斯打进两球,阿尔卡塞尔攻入三球。") == [("两球", 2.0, "球"), ("三球", 3.0, "球")]


def test_a_players_points():
    assert counts("哈登全场砍下25分,保罗得到10分。") == [("25分", 25.0, "分"), ("10分", 10.0, "分")]
    assert counts("哈登拿到25分10篮板。")[0] == ("25分", 25.0, "分")


@pytest.mark.parametrize("text", [
    "两球队打成平手。",      # 球队: a team
    "他是三连冠得主。",      # a title won three times, no games counted
    "北京队5胜。",          # a win count without its losses is no record here
    "比赛还剩9时30分开始。",  # a clock's minute
])
def test_no_game_figure(text):
    assert [c for c in counts(text) if c[2] in ("场", "球", "分")] == []


def test_very_is_no_ten_points():
    assert counts("交通不便,经济落后也是十分自然的,保罗发挥依然十分挣扎。") == []
    assert counts("他在第四节拿到十分。") == [("十分", 10.0, "分")]


def test_medals_won_or_tallied():
    assert counts("他在全运会上夺得五金,此前获得两金一银两铜。") == [
        ("五金", 5.0, "枚"), ("两金", 2.0, "枚"), ("一银", 1.0, "枚"), ("两铜", 2.0, "枚")]
    assert counts("他开了一家五金店,卖五金交电。") == []


def test_a_shooting_line_is_shots_taken_and_made():
    assert counts("易建联全场19投11中,三分球4投0中。") == [
        ("19投", 19.0, "次"), ("11中", 11.0, "次"), ("4投", 4.0, "次"), ("0中", 0.0, "次")]
    # (the pair only: 10中学生 is ten secondary-school pupils' 10, no shot)
    assert counts("全队10中学生参加了比赛,第3投中了。") == []
