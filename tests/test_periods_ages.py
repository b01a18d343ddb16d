"""An age measures time itself and has no period, except the time it is told for when the text
writes that right before it: 今年58岁 is 58 in the publication year, 1965年，37岁的 was 37 then.
Sentences written for this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.importer import Manifest
from minsheng.etl.pipeline import process_text


def periods(text: str) -> dict[str, tuple | None]:
    doc = process_text("人物\n\n" + text, manifest=Manifest(published_on=date(1998, 1, 19)))
    return {f.surface: f.period and (str(f.period.start), str(f.period.end))
            for a in doc.articles for f in a.figures}


def test_the_time_an_age_is_told_for_dates_it():
    got = periods("本报讯 俞福柏今年58岁，行医35年。1965年，37岁的韩济生开始研究针灸。他今年8月满60岁。")
    assert got["58岁"] == ("1998-01-01", "1998-12-31")
    assert got["37岁"] == ("1965-01-01", "1965-12-31")
    assert got["满60岁"] == ("1998-08-01", "1998-08-31")
    assert got["35年"] is None  # a duration stays without one


def test_an_age_with_no_time_right_before_it_has_none():
    got = periods("本报讯 今年，全县为65岁以上老人发放补贴，一位87岁的老人领到了第一笔钱。")
    assert got["65岁以上"] is None
    assert got["87岁"] is None
