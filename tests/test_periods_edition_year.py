"""A year written before an event's name (2019年世界体操锦标赛, 1998年全国龙舟邀请赛) says which
edition it is: in a sentence that has already named the day something happened at it, the
figures are that day's, not the whole year's. A year that counts something of its own
(该厂1997年全年产值) still dates it. Sentences written for this test; the first two cases
failed on 2026.12.30 (the figures were the edition year's)."""
from datetime import date

from periods_of import dated


def test_a_web_reports_day_before_the_editions_year():
    got = dated("北京时间3月5日晚，在多哈进行的2019年世界体操锦标赛落下帷幕，来自40个国家的300名选手参加了比赛。")
    assert got["300名"][0] == ("3月5日", date(2019, 3, 5), date(2019, 3, 5))


def test_a_dispatchs_day_before_the_editions_year():
    got = dated("本报杭州5月2日电 在今天开幕的1998年全国龙舟邀请赛上，23支队伍展开角逐。", date(1998, 5, 3))
    assert got["23支"][0] == ("今天", date(1998, 5, 2), date(1998, 5, 2))


def test_a_year_that_counts_its_own_still_dates_it():  # (a guard)
    got = dated("本报杭州5月2日电 5月1日，该厂1997年全年产值达5亿元。", date(1998, 5, 3))
    assert got["5亿元"][0] == ("1997年全年", date(1997, 1, 1), date(1997, 12, 31))
