"""分 is a score also when what follows says so (以671分的好成绩, 95分的最高分数), not only when a
word before it does (考了95分); a clock's minute (3时15分的会议) stays none. Sentences of our own."""
import pytest

from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("1995年高考,该村的刘波以671分的好成绩考入清华大学。", [("671分", 671.0, "分")]),
    ("他在比赛中拿到了95分的最高分数。", [("95分", 95.0, "分")]),
    ("她以总分598分的优异成绩被录取。", [("598分", 598.0, "分")]),
])
def test_a_score_named_after_it(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", ["下午3时15分的会议推迟了。", "他用了5分的力气。"])
def test_minutes_and_other_senses_stay_out(text):
    assert _figures(text) == []
