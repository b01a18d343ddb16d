"""A place in a ranking written with 位 or 名 and no 第 (世界排名从第50位上升到42位, a ranked
list's 李某（42位）) is no count of people; a count of people a sentence about a ranking gives
(这次排名中有3位中国选手) still is. Sentences written for this test."""
import pytest

from minsheng.etl.figures import extract_figures


def _surfaces(text):
    return [f.surface for f in extract_figures(text)]


@pytest.mark.parametrize("text", [
    "他的世界排名从第50位上升到42位。",
    "她的世界排名上升到12位，积分增加5分。",
    "球队的名次跌至8名。",
    "排名从522位上升到498位。",
    "以下为本周排名前五的选手：张三（12位），李四（35位）。",
])
def test_a_place_in_a_ranking_is_no_count(text):
    assert [s for s in _surfaces(text) if s.endswith(("位", "名"))] == []


@pytest.mark.parametrize("text, expected", [
    ("这次排名中有3位中国选手进入前十。", ["3位"]),
    ("排名公布后，共有12位选手晋级。", ["12位"]),
    ("全校共有12位教师（含外籍教师2名）。", ["12位", "2名"]),
])
def test_a_count_of_people_beside_a_ranking_is_kept(text, expected):
    assert _surfaces(text) == expected
