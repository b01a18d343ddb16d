"""A league report names its clubs by place and sponsor alone (浙江绿城, 河北精英): two characters
after a place, named twice at least in a text that speaks of a league and its matches. A place's
word (北京时间, 杭州地区), a school (浙江工业大学) and a text of no league have none. Sentences
written for this test; the first failed on 2026.12.56 (no club)."""
from __future__ import annotations

from orgs_of import figure_orgs, names


LEAGUE = ("中甲收官\n\n北京时间11月3日，中甲联赛最后一轮，浙江绿城主场3比1击败河北精英。"
          "浙江绿城本赛季积分达到61分，河北精英以45分排名第六。\n")


def test_the_clubs_of_a_league_report():
    assert names(LEAGUE).count("浙江绿城") == 2 and names(LEAGUE).count("河北精英") == 2
    got = figure_orgs(LEAGUE)
    assert got["61分"] == "浙江绿城" and got["45分"] == "河北精英"


def test_no_club_from_a_places_word_a_school_or_a_text_of_no_league():  # (guards)
    text = ("中甲联赛\n\n北京时间11月3日晚，杭州地区的球迷涌入主场，浙江工业大学的学生也来了。"
            "北京时间次日凌晨，杭州地区降温，浙江工业大学停课。\n")
    assert not [n for n in names(text) if n in ("北京时间", "杭州地区", "浙江工业")]
    text = "绿城发展\n\n浙江绿城今年销售额增长30%。浙江绿城计划明年再建10个项目。\n"
    assert "浙江绿城" not in names(text)
