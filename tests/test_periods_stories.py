"""What a dated phrase dates after its own sentence: the day that opens a story dates the story's
figures, a year that opens a paragraph stops where another time or 现在/如今 takes over, a
forecast's target year dates its figure, and the year of the event a page is about fixes its
今年. Sentences written for the purpose."""
from __future__ import annotations

from datetime import date

from minsheng.etl.figures import extract_figures
from minsheng.etl.period_calendar import PublicationDate
from minsheng.etl.periods import assign_periods
from minsheng.etl.publication_date import infer_publication_date
from minsheng.etl.pipeline import process_text
from minsheng.etl.records import Article

D = date


def dated(text: str, published_on: date | None = None) -> dict[str, tuple]:
    """surface -> ((label, start, end) or None, basis)."""
    figures = extract_figures(text)
    assign_periods(Article(seq=1, text=text), figures, published_on)
    return {f.surface: (None if f.period is None else
                        (f.period.label, f.period.start, f.period.end), f.period_basis)
            for f in figures}


# -- 1. a dated event governs its story --------------------------------------------------------

def test_a_day_that_opens_a_story_dates_its_figures_until_a_general_statement():
    text = ("去年10月20日下午,市民张女士接到一个自称警察的电话。对方称她的银行卡涉嫌洗钱,"
            "要她把存款转入安全账户。\n张女士随后转账两次,被骗走12.6万元。\n"
            "据统计,全市去年共发生电信诈骗案件1200起。")
    got = dated(text, D(2018, 3, 5))
    assert got["12.6万元"] == (("去年10月20日", D(2017, 10, 20), D(2017, 10, 20)), "dated_context")
    assert got["1200起"][0] == ("去年", D(2017, 1, 1), D(2017, 12, 31))


def test_a_story_ends_at_a_general_statement_in_its_paragraph():
    text = ("1月3日晚,一辆货车在高速公路上侧翻。交警调集了20名警力清理现场。"
            "近年来,全省高速公路共发生货车事故300多起。")
    got = dated(text, D(2018, 1, 6))
    assert got["20名"] == (("1月3日", D(2018, 1, 3), D(2018, 1, 3)), "dated_context")
    assert got["300多起"][0] is None or got["300多起"][0][1] is None


def test_a_day_counted_back_from_the_publication_day_opens_a_story_too():
    text = ("前天上午,一名老人在银行门口被骗走现金2万元。民警随后调取了15个监控探头的录像。\n"
            "据了解,今年以来全市共破获此类案件30起。")
    got = dated(text, D(2018, 11, 7))
    assert got["2万元"][0] == ("前天", D(2018, 11, 5), D(2018, 11, 5))
    assert got["15个"] == (("前天", D(2018, 11, 5), D(2018, 11, 5)), "dated_context")
    assert got["30起"][0] == ("今年以来", D(2018, 1, 1), None)
    got = dated("昨晚,一场大火烧毁了3间厂房。\n消防部门出动了12辆消防车。", D(2018, 11, 7))
    assert got["12辆"][0] == ("昨晚", D(2018, 11, 6), D(2018, 11, 6))
    # a day without a time of day is mostly when something was announced: it dates its own
    # sentence, not the report that follows
    got = dated("11月5日,某公司发布三季度财报。公司用户数达到1.4亿户。", D(2018, 11, 7))
    assert got["1.4亿户"][0] is None


# -- 2. a year that opens a paragraph stops at another time or at now ---------------------------

def test_a_year_opening_a_paragraph_stops_at_a_later_year_or_at_now():
    text = ("1993年,他考入北京大学。读书时他发表论文12篇。毕业后,2000年他去了深圳创业。"
            "公司员工一度达到300人。如今公司年营业额超过2亿元。")
    got = dated(text)
    assert got["12篇"][0] == ("1993年", D(1993, 1, 1), D(1993, 12, 31))
    assert got["300人"][0] is None
    assert got["超过2亿元"][0] is None


# -- 3. a forecast's target year ------------------------------------------------------------------

def test_a_forecast_dates_its_figure_to_the_end_of_its_target_year():
    text = "到2030年,我国新能源汽车保有量将达到800万辆,充电桩有望增加到500万台。"
    got = dated(text, D(2018, 11, 5))
    assert got["800万辆"][0] == ("到2030年", None, D(2030, 12, 31))
    assert got["500万台"][0] == ("到2030年", None, D(2030, 12, 31))
    # a deadline with no forecast of a figure stays no period of it
    assert dated("到2030年底前,完成全部改造任务,共涉及小区120个。", D(2018, 11, 5))["120个"][0] is None


def test_a_word_opening_with_zi_opens_no_span_before_a_target_year():
    # 自 of 自动驾驶 / 自治区 is no "from": 至2030年 / 到2020年 is still a forecast's target
    text = "中国将成为全球最大的自动驾驶市场。至2030年,中国大概将有800万辆的自动驾驶汽车。"
    assert dated(text)["800万辆"][0] == ("至2030年", None, D(2030, 12, 31))
    text = "西藏自治区去年新增就业岗位5万个,到2020年将新增就业岗位50万个。"
    assert dated(text, D(2018, 11, 5))["50万个"][0] == ("到2020年", None, D(2020, 12, 31))
    # a real 从 … 到 span is no target: the figure is the span's (tests/test_periods_from_spans.py)
    assert dated("从2016年到2020年,全省将新增就业岗位50万个。")["50万个"][0] == \
        ("从2016年到2020年", D(2016, 1, 1), D(2020, 12, 31))


# -- 4. the event a page is about fixes its 今年 ---------------------------------------------------

def test_the_year_of_the_event_a_page_is_about_resolves_its_this_year():
    page = ("2018中国智能汽车博览会在重庆开幕\n"
            "新浪科技讯 11月2日上午,2018中国智能汽车博览会在重庆开幕。"
            "今年博览会吸引了参展企业560家,比上届增加了一百多家。\n")
    published = infer_publication_date(page, [])[0]
    assert (published.year, published.granularity, published.year_certain) == (2018, "year", True)
    doc = process_text(page)
    got = {f.surface: f.period for a in doc.articles for f in a.figures}
    assert (got["560家"].label, got["560家"].start, got["560家"].end) == \
        ("今年", D(2018, 1, 1), D(2018, 12, 31))
    # an event named for the season ahead (a 2019年度 programme launched in 2018) fixes nothing
    ahead = "芒果TV 2019年度招商发布会在北京举行\n今年共有12档新节目亮相。\n"
    assert infer_publication_date(ahead, [])[0] is None
    # a page naming a later year is not about that event any more
    later = page + "2019年,博览会将移师成都,预计参展企业达700家。2019年第一季度营收增长了50%。\n"
    assert infer_publication_date(later, [])[0] is None or \
        infer_publication_date(later, [])[0].year != 2018


def test_a_day_and_its_clock_time_open_a_story():
    # 1月10日15时40分, as 1月10日下午, is the scene the story's figures happened in
    got = dated("1月10日15时40分,意大利南部一个小镇郊外。正在地里干活的农民突然看见两架飞机扔下"
                "两颗炸弹。", D(1998, 1, 12))
    assert got["两架"] == got["两颗"] == (("1月10日", D(1998, 1, 10), D(1998, 1, 10)), "dated_context")
