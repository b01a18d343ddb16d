"""截至2018年年中 stands at the middle of the year, 30 June, not at its end (the phrase was read as
截至2018年 and 年中 dropped); a moment 2017年年中 alone is still dated in its year, and 2018年中国…
is the year and the country. Sentences written for this test; the first case failed on
2026.12.39."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(2018, 11, 1), newspaper="人民日报")


def periods(text):
    return {f.surface: (f.period.start, f.period.end) if f.period else None
            for a in process_text(text, manifest=PAPER).articles for f in a.figures}


def test_until_the_middle_of_the_year():
    assert periods("截至2018年年中，全球财富增长了4.6%。")["4.6%"] == (None, date(2018, 6, 30))
    assert periods("截至今年年中，全省新增就业12万人。")["12万人"] == (None, date(2018, 6, 30))


def test_a_moment_of_the_year_and_the_country_after_a_year():  # (guards)
    assert periods("2017年年中，这家公司的视频收入为5亿元。")["5亿元"] == (date(2017, 1, 1), date(2017, 12, 31))
    assert periods("2018年中国经济增长6.6%。")["6.6%"] == (date(2018, 1, 1), date(2018, 12, 31))
