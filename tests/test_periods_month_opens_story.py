"""A month that opens a paragraph as the time something happened (去年8月,某镇遭受台风袭击。…)
dates the story figures of the sentences after it in that paragraph, as the guide has a
paragraph introduced by a dated phrase date the figures under it: not a sentence that looks
ahead or guesses, not after the month's sentence said something was announced (its figures are
the report's), and not a rate or a length (story figures are sums, people, counts, weights).
Sentences written for this test."""
from datetime import date

from periods_of import dated_page, dates_of as _dates

AUG = (date(1997, 8, 1), date(1997, 8, 31))


def dated(text):
    return dated_page(text, date(1998, 1, 20))


def test_a_month_opening_a_story_dates_what_follows():
    got = dated("台风过后\n\n去年8月,石门镇遭受强台风袭击,多处发生山体滑坡。有一个农户的房屋全部倒塌,"
                "3个人受伤。镇长连夜赶到,把2000元救灾款送到农户家里。")
    assert _dates(got, "3个人") == AUG and _dates(got, "2000元") == AUG


def test_not_a_plan_nor_a_guess_nor_a_share():
    got = dated("台风过后\n\n去年8月,石门镇遭受强台风袭击。镇里计划投入500万元重建房屋。"
                "专家估计损失可能超过1000万元。受灾农户占全镇的30%。")
    assert _dates(got, "500万元") is None and _dates(got, "超过1000万元") is None
    assert _dates(got, "30%") is None


def test_not_after_the_month_said_something_was_announced():
    got = dated("通报\n\n去年8月,省统计局发布了上半年经济数据。全省新增就业岗位12万个。")
    assert _dates(got, "12万个") is None

