"""A day that opens its paragraph as the time something happened (8日，两人夺得了首枚金牌。)
dates the story figures of the paragraph's later sentences, as a month that opens it does
(全场3000名观众观看了比赛): not what a later sentence plans or guesses, nor after the day's
sentence says something was announced (8日，某部发布通告。…).

Sentences written for this test; the first case failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of

DAY = date(1998, 1, 9)


def test_a_day_opening_its_paragraph_dates_the_story_after_it():
    got = dated("游泳\n\n本报珀斯1月8日电 比赛今天开幕。\n8日，两人夺得了跳水比赛的首枚金牌。全场3000名"
                "观众观看了比赛。\n", DAY)
    assert dates_of(got, "3000名") == (date(1998, 1, 8), date(1998, 1, 8))


def test_not_after_an_announcement():
    got = dated("通告\n\n本报北京1月8日电 比赛今天开幕。\n8日，体育总局发布通告。全国共有运动员3万名。\n", DAY)
    assert dates_of(got, "3万名") is None
