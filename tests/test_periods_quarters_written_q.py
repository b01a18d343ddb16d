"""Web pages write a quarter as Q1-Q4 (2018年Q3, 2018Q3, 今年Q2, Q3 alone): the same quarter as
第三季度, dated by the year written before it, the publication year, or the quarter the text
dated before. A financial year's quarter (2018财年Q4) is the company's, not the calendar's, and
stays undated, as 第四财季 does. Sentences written for this test."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text


def periods(text: str, published: date | None = None) -> dict[str, tuple]:
    doc = process_text(text, manifest=Manifest(published_on=published) if published else None)
    return {f.surface: (f.period.start, f.period.end) if f.period else None
            for a in doc.articles for f in a.figures}


def test_a_quarter_written_with_its_year():
    got = periods("2018年Q3，华为手机出货量增长了33%。小米2018Q2出货量为3200万台。")
    assert got["33%"] == (date(2018, 7, 1), date(2018, 9, 30))
    assert got["3200万台"] == (date(2018, 4, 1), date(2018, 6, 30))


def test_a_quarter_of_the_publication_year():
    got = periods("今年Q2，苹果出货量为4130万部。Q1小米出货量为2800万台。", date(2018, 11, 3))
    assert got["4130万部"] == (date(2018, 4, 1), date(2018, 6, 30))
    assert got["2800万台"] == (date(2018, 1, 1), date(2018, 3, 31))


def test_a_quarter_named_again():
    got = periods("2018年Q3手机出货量保持第二\n报告显示，Q3全球智能手机出货量达到3.868亿台。\n")
    assert got["3.868亿台"] == (date(2018, 7, 1), date(2018, 9, 30))


def test_a_financial_years_quarter_stays_undated():  # (guard)
    got = periods("2018财年Q4，公司收入58亿美元。", date(2018, 11, 8))
    assert got["58亿美元"] is None
