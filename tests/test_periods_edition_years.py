"""A year written before the name of the event it numbers, with no 年 (2018中国国际进口博览会,
2019赛季), is that edition's year: it dates its own sentence's figures, and a headline's dates
the story's as 2018年 would. Sentences written for this test."""

from minsheng.etl.pipeline import process_text


def periods(text: str) -> list[tuple]:
    return [(f.surface, f.period and str(f.period.start), f.period and str(f.period.end))
            for a in process_text(text).articles for f in a.figures]


def test_an_editions_year_dates_its_sentence():
    assert periods("2018中国国际进口博览会吸引了3600多家企业参展。") == [
        ("3600多家", "2018-01-01", "2018-12-31")]
    assert periods("在2016赛季，他代表球队出场30场。") == [
        ("30场", "2016-01-01", "2016-12-31")]


def test_a_headlines_edition_dates_the_story():
    text = ("2018珠海网球精英赛精彩回顾\n\n伴随着掌声与欢呼声，比赛在珠海落下大幕。"
            "半决赛中心球场的上座率高达98.42%，决赛日上座率为99.26%。")
    assert periods(text) == [("98.42%", "2018-01-01", "2018-12-31"),
                             ("99.26%", "2018-01-01", "2018-12-31")]


def test_a_number_or_a_span_is_no_edition():
    assert periods("共有2018个论坛参加。") == [("2018个", None, None)]
    assert periods("本报讯1997至1998全国排球联赛已战罢4轮。") == [("4轮", None, None)]
