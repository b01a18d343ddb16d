"""’97 in a review's headline (’97财金大势回眸, ’97世界航天十大新闻) is the year it looks back on,
read against the publication date, and dates the story's figures as a headline's 1997年 does;
in an event's name (’98香港玩具展览会, ’99世界邮展) it dates nothing. Sentences written for
this test; the first failed on 2026.12.19 (undated)."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

JAN = date(1998, 1, 5)


def dated(page, published_on):
    doc = process_text(page, manifest=Manifest(published_on=published_on, newspaper="人民日报"))
    return {f.surface: (f.period and (f.period.label, f.period.start, f.period.end),)
            for a in doc.articles for f in a.figures}


def test_a_reviews_year_dates_its_figures():
    got = dated("’97金融大事回眸\n本报记者王平\n全国新增上市公司200多家，股票筹资额达1200亿元。\n", JAN)
    year = ("’97", date(1997, 1, 1), date(1997, 12, 31))
    assert got["200多家"][0] == year and got["1200亿元"][0] == year


def test_an_events_year_in_its_name_dates_nothing():  # (a guard)
    got = dated("’99世界邮展筹备正酣\n本报记者王平\n组委会已向160个国家和地区发出邀请。\n", JAN)
    assert got["160个"][0] is None
