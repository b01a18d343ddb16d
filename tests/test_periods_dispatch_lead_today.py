"""今天 opening a dispatch's first sentence, right after its credit line (记者某某报道：今天，…;
新华社…电（记者某某）今天的西湖…), is the dispatch's day whatever follows it, so the scene the
lead sets dates the story figures after it. Elsewhere 今天， and 今天的 stay "nowadays" (a guard),
and a time of day after 今天 (今天早晨, 今天一早, 今天6时) makes it the day too.

Sentences written for this test. Each case but the guard failed on 2026.12.20 (undated)."""
from datetime import date

from periods_of import dated_page as dated, dates_of

PAPER = date(1999, 3, 6)
DAY = (date(1999, 3, 5), date(1999, 3, 5))


def test_today_with_a_comma_after_the_credit_line_is_the_dispatch_day():
    got = dated("茶博会开幕\n本报杭州3月5日电 记者张三报道：今天，西湖边的音乐广场热闹非凡，春季茶叶博览会"
                "在这里开幕。来自各地的800多家茶企参展。\n", PAPER)
    assert dates_of(got, "800多家") == DAY


def test_todays_place_after_the_wire_credit_is_the_dispatch_day():
    got = dated("灯会\n新华社杭州3月5日电（记者张三）今天的西湖边鼓乐齐鸣，游人如织。\n"
                "灯会由36组彩灯组成，8条巨龙翻腾。\n", PAPER)
    assert dates_of(got, "36组") == DAY and dates_of(got, "8条") == DAY


def test_a_time_of_day_after_today_makes_it_the_day():
    got = dated("年货\n本报杭州3月5日电 就在今天一早，市民涌进超市，售出年货300多吨。\n", PAPER)
    assert dates_of(got, "300多吨") == DAY
    got = dated("年货\n本报杭州3月5日电 超市于今天早晨开门，售出年货300多吨。\n", PAPER)
    assert dates_of(got, "300多吨") == DAY


def test_today_with_a_comma_elsewhere_stays_nowadays():  # (a guard)
    got = dated("农村\n本报北京3月5日电 记者张三报道：村支书说，今天，全村已有300户盖了新房。\n", PAPER)
    assert dates_of(got, "300户") is None
