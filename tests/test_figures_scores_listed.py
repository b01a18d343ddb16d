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


def test_a_result_reached_by_a_score_and_points_shared():
    # 以…分 before what it won (夺冠, 名列第三), the scores listed before it too; 同积 (fail on
    # 2026.12.54)
    assert _figures("她以487.35分夺冠，王平和李明分别以452.10分和440.5分名列第二、第三。") == [
        ("487.35分", 487.35, "分"), ("452.10分", 452.1, "分"), ("440.5分", 440.5, "分")]
    assert ("6分", 6.0, "分") in _figures("王平和李明同积6分，只得加赛。")


def test_a_score_in_brackets_after_a_name_in_a_text_of_scores():
    text = "本次等级分名列前三的是：王平(2315分)、李明(2290分)和赵刚(2288分)。"
    assert _figures(text) == [("2315分", 2315.0, "分"), ("2290分", 2290.0, "分"),
                              ("2288分", 2288.0, "分")]
    # (a text of no scores: a minute in brackets stays none)
    assert _figures("会议议程：领导致辞(5分)、代表发言。") == []
