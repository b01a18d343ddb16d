"""A figure its own clause tells as a comparison base's value (上年同期为6.8万辆) is of that base's
period, even when the next clause compares (，同比增长83%): the next clause's 同比 compares the
figure before it, not the base. A figure whose next clause compares it is still dated to its
own period with the base recorded. Sentences written for this test; the first case failed on
2026.12.39."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(2018, 11, 5), newspaper="人民日报")


def dated(text, manifest=None):
    return {f.surface: (f.period and (f.period.start, f.period.end),
                        f.compared_to and (f.compared_to.start, f.compared_to.end))
            for a in process_text(text, manifest=manifest).articles for f in a.figures}


def test_the_bases_value_before_a_change_is_the_bases():
    got = dated("2018年上半年，这家公司共销售电动车12.5万辆，上年同期为6.8万辆，同比增长83%。")
    assert got["6.8万辆"] == ((date(2017, 1, 1), date(2017, 6, 30)), None)
    got = dated("今年前三季度全省实现利润154亿元，去年同期为120亿元，同比增长28%。", PAPER)
    assert got["120亿元"] == ((date(2017, 1, 1), date(2017, 9, 30)), None)


def test_the_figure_compared_keeps_its_own_period():  # (guard)
    got = dated("2018年上半年，这家公司共销售电动车12.5万辆，同比增长83%。")
    assert got["12.5万辆"] == ((date(2018, 1, 1), date(2018, 6, 30)), (date(2017, 1, 1), date(2017, 6, 30)))


def test_last_years_same_span_on_a_page_of_no_date():
    # (去年 on a page whose year nothing fixes: the year before the span the sentence reports,
    # as 上年同期 is; the first case failed on 2026.12.39)
    got = dated("2018年第三季度，公司净利润4500万美元，去年同期为2350万美元，同比增长91%。")
    assert got["2350万美元"] == ((date(2017, 7, 1), date(2017, 9, 30)), None)
    got = dated("财报显示，毛利率由去年同期的14.3%降至2018年第二季度的12.5%。")
    assert got["14.3%"][0] == (date(2017, 4, 1), date(2017, 6, 30))
