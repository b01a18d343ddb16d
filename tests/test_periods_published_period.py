"""The period of what a story's opening sentence says was published (某协会日前公布了1998年上半年
的最新排名, 统计局发布了第三季度的数据) dates the undated figures the story goes on to list, as a
year opening that sentence does. Not the period of something else the sentence names after a
verb of another kind (a guard). Sentences written for this test; the first case failed on
2026.12.20 (undated)."""
from datetime import date

from minsheng.etl.normalize import normalize_page
from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 25), newspaper="人民日报")


def periods(text: str) -> dict[str, tuple | None]:
    doc = process_text(normalize_page(text), manifest=PAPER)
    return {f.surface: f.period and (f.period.start, f.period.end)
            for a in doc.articles for f in a.figures}


def test_the_published_periods_list():
    got = periods("象棋协会公布最新等级分\n新华社北京1月24日电 中国象棋协会日前公布了1998年上半年棋手的"
                  "最新等级分，许银川排名第一。\n等级分排在前三名的棋手如下：许银川，2600分；吕钦，2580分；"
                  "赵国荣，2570分。\n")
    half = (date(1998, 1, 1), date(1998, 6, 30))
    assert got["2600分"] == half and got["2570分"] == half


def test_a_period_after_another_verb_frames_no_list():  # (a guard)
    got = periods("象棋协会总结赛事\n新华社北京1月24日电 中国象棋协会日前总结了1998年上半年的比赛计划，"
                  "许银川排名第一。\n等级分排在前三名的棋手如下：许银川，2600分；吕钦，2580分。\n")
    assert got["2600分"] is None
