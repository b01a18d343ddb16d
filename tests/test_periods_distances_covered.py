"""A length or a time someone covers at a dated scene (跑过了2900米, 成绩超过3300米, 游了1500米),
and the points a contest scores there, are what happened there, as the sums and the people of
the story are; a length that describes the scene (全长1500米的大桥) stays undated. Sentences
written for this test; all but the guard failed on 2026.12.19 (undated)."""
from datetime import date

from periods_of import dated_page as dated

D = date(1998, 1, 25)
TEST = ("本报昆明1月24日电 全市中学生体能测试今天在这里开始。320名学生参加了测试。"
        "参加测试的男生均跑过了3000米，女生组的最好成绩超过了2400米。\n")


def test_the_distances_run_on_the_day_are_the_days():
    got = dated(TEST, D)
    day = ("今天", date(1998, 1, 24), date(1998, 1, 24))
    assert got["3000米"][0] == day and got["2400米"][0] == day and got["320名"][0] == day


def test_a_length_that_describes_the_scene_stays_undated():  # (a guard)
    got = dated("本报昆明1月24日电 全市中学生长跑比赛今天在这里举行。赛道经过全长1500米的大桥。\n", D)
    assert got["1500米"][0] is None


def test_the_points_scored_on_the_day_are_the_days():
    # a contest's score is its day's, as an index's points are the day's close (2026.12.19: none)
    got = dated("本报珀斯1月8日电 世界游泳锦标赛今天开幕。\n在女子双人跳台比赛中，她们五个动作得了326.34分。\n",
                date(1998, 1, 9))
    assert got["326.34分"][0] == ("今天", date(1998, 1, 8), date(1998, 1, 8))
