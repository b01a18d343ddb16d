"""A later paragraph of a dispatch that opens on a day something happened (东京股市日经平均指数
12日持续大幅下跌) dates the story figures of its later sentences (the close, the fall), as the
dispatch's opening paragraph does; not a day recalled from long before the paper's (a guard).
Sentences written for this test; the first failed on 2026.12.19 (undated)."""
from datetime import date

from periods_of import dated_page as dated

PAPER = date(1998, 1, 13)
OPENING = "本报东京1月12日电 记者报道：日本首相今天发表演说。\n"


def test_a_later_paragraphs_day_dates_its_story():
    got = dated(OPENING + "据悉，东京股市日经平均指数12日持续大幅下跌。收盘时的指数为14664.44点，"
                          "比上一个交易日下跌330.66点。\n", PAPER)
    day = ("12日", date(1998, 1, 12), date(1998, 1, 12))
    assert got["14664.44点"][0] == day and got["330.66点"][0] == day


def test_a_day_recalled_from_long_before_is_no_scene():  # (a guard)
    got = dated(OPENING + "该公司股票1997年7月1日首次上市。共有200多名投资者认购。\n", PAPER)
    assert got["200多名"][0] is None
