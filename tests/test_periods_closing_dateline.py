"""A correspondent's dispatch may sign off with its dateline instead of opening on it (…离开了
会场。(本报华盛顿1月10日电)): its 今天, 昨天 and 今晚 count from that day, as an opening
dateline's do, not from the paper's day two days later. A photographer's credit in brackets
(新华社记者某某摄) dates nothing.

Sentences written for this test. Each case but the guard failed on 2026.12.32."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 28), newspaper="人民日报")
# a dispatch's middle, long enough that its closing dateline lies far from its opening
MIDDLE = "来宾们回顾了过去一年的工作，畅谈了对新一年的希望和打算，会场气氛热烈而融洽。\n" * 8


def _periods(text: str) -> dict[str, tuple[date | None, date | None] | None]:
    out = {}
    for a in process_text(text, manifest=PAPER).articles:
        for f in a.figures:
            out[f.surface] = (f.period.start, f.period.end) if f.period else None
    return out


def test_an_evening_in_a_dispatch_signed_off_with_its_dateline():
    text = ("侨胞欢度春节\n本报驻法国记者王明\n今晚，巴黎一家饭店里灯火通明，300多名华侨华人欢聚一堂。\n"
            + MIDDLE + "晚会直到午夜才结束。(本报巴黎1月25日电)\n")
    assert _periods(text)["300多名"] == (date(1998, 1, 25), date(1998, 1, 25))


def test_today_and_yesterday_count_from_the_closing_dateline():
    text = ("东京股市下挫\n本报驻日本记者李华\n今天，东京股市日经指数下跌300点。"
            "昨天已有两家证券公司宣布停业。\n" + MIDDLE + "(本报东京1月26日电)\n")
    got = _periods(text)
    assert got["300点"] == (date(1998, 1, 26), date(1998, 1, 26))
    assert got["两家"] == (date(1998, 1, 25), date(1998, 1, 25))


def test_a_photographers_credit_dates_nothing():  # (guard)
    text = "招待会\n今晚，大使馆举行招待会，300多名来宾出席。(新华社记者李学仁摄)\n"
    assert _periods(text)["300多名"] is None
