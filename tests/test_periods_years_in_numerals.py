"""一九九七年, 二〇二四年: People's Daily and official texts write years in numerals; such a year
dates its figures as 1997年 does. Sentences written for this test."""
from __future__ import annotations

from datetime import date

from periods_of import dated

D = date(1998, 1, 23)


def test_a_year_in_numerals_dates_its_clause():
    got = dated("一九九七年全省粮食增产120万吨。", D)
    assert got["120万吨"][0] == ("1997年", date(1997, 1, 1), date(1997, 12, 31))


def test_it_wins_over_the_paragraphs_frame():
    got = dated("去年全市打击犯罪成果显著。罗警方说,犯罪集团一九九五年印制假币三百五十亿列伊。", D)
    assert got["三百五十亿列伊"][0][1:] == (date(1995, 1, 1), date(1995, 12, 31))


def test_a_span_of_years_in_numerals():
    got = dated("从一九九四年到一九九七年,全县共修建公路350公里。", D)
    assert got["350公里"][0][1:] == (date(1994, 1, 1), date(1997, 12, 31))


def test_a_headlines_planned_year_dates_no_figure():
    # 二〇〇〇年…将竖立: the year of a plan; 2000年倒计时钟: the year counted down to
    from minsheng.etl.pipeline import Manifest, process_text
    doc = process_text("二○○○年长城将竖立倒计时钟\n\n本报北京1月9日讯 报社将在长城脚下设立一座钟。\n\n"
                       "世纪钟的底座为长城城垛形状,钟体宽4.5米。", manifest=Manifest(published_on=D))
    assert [(f.surface, f.period) for a in doc.articles for f in a.figures] == [("4.5米", None)]
    doc = process_text("二○○○年全市粮食产量120万吨\n\n本报讯 全市粮食产量达到120万吨。",
                       manifest=Manifest(published_on=date(2001, 1, 9)))
    assert {f.period.label for a in doc.articles for f in a.figures} == {"2000年"}  # no plan
    got = dated("人民日报社将设立一座2000年倒计时钟,钟高5.8米。", D)
    assert got["5.8米"][0] is None


def test_months_and_days_in_numerals_after_a_year():
    got = dated("一九九七年十月,全市出口增长12%。", D)
    assert got["12%"][0][1:] == (date(1997, 10, 1), date(1997, 10, 31))
    got = dated("去年一至十一月,来华旅游人数逾五千万。", D)
    assert got["逾五千万"][0][1:] == (date(1997, 1, 1), date(1997, 11, 30))
    got = dated("去年十月以来,全县共新建住房320套。", D)
    assert got["320套"][0][1:] == (date(1997, 10, 1), None)
