"""分 is a score in the items of a list whose header says the list is of scores (选手的总积分如
下：王平，86分；李明，81分), and in a rating (等级分猛长了42分), though no item repeats the cue;
a clock's minute in a timetable listed the same way stays none. Sentences of our own; the first
two failed on 2026.12.19 (no figure)."""
from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_the_items_of_a_list_of_scores():
    text = "本届比赛选手的总积分如下：\n王平，86分；李明，81分；赵刚，79分。"
    assert _figures(text) == [("86分", 86.0, "分"), ("81分", 81.0, "分"), ("79分", 79.0, "分")]


def test_a_rating_that_rose():
    assert ("42分", 42.0, "分") in _figures("她的等级分半年内猛长了42分。")


def test_a_timetable_and_a_list_after_a_full_stop_hold_no_score():  # (guards)
    assert _figures("列车时刻如下：\n8时30分开出；9时15分到达。") == []
    assert _figures("选手的总积分如下。我们明天出发，路上要走45分。") == []
