"""Reporting periods and publication dates on sentences written for the purpose: one test per
rule, with the cases the rule must leave alone next to it."""
from __future__ import annotations

import pickle
from datetime import date

import pytest

from minsheng.etl.period_calendar import PublicationDate

from minsheng.etl.periods import assign_periods

from minsheng.etl.publication_date import infer_publication_date
from minsheng.etl.records import Article, Figure, Period

UNITS = ("人次", "万元", "亿元", "元", "个", "家", "人", "户", "件", "场", "项", "份", "%", "年", "岁",
         "公顷", "张")


def _figure(text: str, surface: str, nth: int = 0, **kw) -> Figure:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    unit = next(u for u in UNITS if surface.endswith(u))
    s = max(text.rfind(c, 0, pos) for c in "。!?\n") + 1
    e = min([x for x in (text.find(c, pos) for c in "。!?\n") if x >= 0] or [len(text)])
    return Figure(char_start=pos, char_end=pos + len(surface), surface=surface, value=1.0,
                  unit=unit, evidence=text[s:e], evidence_start=s, **kw)


def periods(text: str, *surfaces, published_on: date | None = None, body_start: int = 0,
            **kw) -> list[Period | None]:
    article = Article(seq=1, text=text, body_start=body_start)
    figs, seen = [], {}
    for surface in surfaces:
        figs.append(_figure(text, surface, seen.get(surface, 0), **kw))
        seen[surface] = seen.get(surface, 0) + 1
    assign_periods(article, figs, published_on)
    return [f.period for f in figs]


def one(text: str, surface: str, **kw) -> Period | None:
    return periods(text, surface, **kw)[0]


D = date

# -- explicit periods ---------------------------------------------------------------------------


def test_a_year_before_the_figure_is_its_full_year():
    assert one("2023年,全市新增城镇就业岗位1.2万个。", "1.2万个") == \
        Period("2023年", D(2023, 1, 1), D(2023, 12, 31), "year", False)


@pytest.mark.parametrize("phrase", ["2022年全年", "2022年度"])
def test_full_year_words(phrase):
    p = one(f"{phrase},共救助困难职工3500人。", "3500人")
    assert p == Period(phrase, D(2022, 1, 1), D(2022, 12, 31), "year", False)


def test_a_year_later_in_the_same_clause_when_none_comes_before():
    assert one("我区5项成果获2023年度省级科技奖。", "5项") == \
        Period("2023年度", D(2023, 1, 1), D(2023, 12, 31), "year", False)


def test_month_range_to_month_end():
    assert one("2022年3月到9月底共为5120人次发放补贴。", "5120人次") == \
        Period("2022年3月到9月底", D(2022, 3, 1), D(2022, 9, 30), "range", False)


def test_month_span_written_with_a_dash():
    assert one("2024年1-9月,全省新增市场主体8.6万户。", "8.6万户") == \
        Period("2024年1-9月", D(2024, 1, 1), D(2024, 9, 30), "range", False)


@pytest.mark.parametrize("phrase,start,end,gran", [
    ("2023年上半年", D(2023, 1, 1), D(2023, 6, 30), "half_year"),
    ("2023年下半年", D(2023, 7, 1), D(2023, 12, 31), "half_year"),
    ("2023年一季度", D(2023, 1, 1), D(2023, 3, 31), "quarter"),
    ("2023年第三季度", D(2023, 7, 1), D(2023, 9, 30), "quarter"),
    ("2023年前三季度", D(2023, 1, 1), D(2023, 9, 30), "range"),
    ("2023年5月", D(2023, 5, 1), D(2023, 5, 31), "month"),
    ("2024年2月", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2023年5月12日", D(2023, 5, 12), D(2023, 5, 12), "day"),
    ("2021年至2023年", D(2021, 1, 1), D(2023, 12, 31), "range"),
])
def test_parts_of_a_year(phrase, start, end, gran):
    assert one(f"{phrase},全市接待游客120万人次。", "120万人次") == \
        Period(phrase, start, end, gran, False)


def test_until_a_day_has_no_start_and_is_cumulative():
    assert one("截至2023年11月5日,全省已发放消费券2.3亿元。", "2.3亿元") == \
        Period("截至2023年11月5日", None, D(2023, 11, 5), "open", True)


@pytest.mark.parametrize("phrase,end", [
    ("截至2022年12月", D(2022, 12, 31)), ("截至2022年底", D(2022, 12, 31)),
    ("截至2022年末", D(2022, 12, 31)), ("截止到2022年6月底", D(2022, 6, 30)),
])
def test_until_a_month_or_year_end(phrase, end):
    assert one(f"{phrase},全市共有养老机构86家。", "86家") == Period(phrase, None, end, "open", True)


@pytest.mark.parametrize("phrase,start", [
    ("2023年以来", D(2023, 1, 1)),
    ("自2019年项目启动以来", D(2019, 1, 1)),
    ("自2016年9月份成立以来", D(2016, 9, 1)),
])
def test_since_opens_a_cumulative_period(phrase, start):
    assert one(f"{phrase},中心共服务会员4200人次。", "4200人次") == \
        Period(phrase, start, None, "open", True)


# -- relative periods ---------------------------------------------------------------------------

LAST_YEAR = "去年,全市新增市场主体3.2万户。"


def test_last_year_resolves_against_a_known_publication_date():
    assert one(LAST_YEAR, "3.2万户", published_on=D(2024, 3, 5)) == \
        Period("去年", D(2023, 1, 1), D(2023, 12, 31), "year", False)


def test_last_year_resolves_when_the_page_fixes_only_the_year():
    pub = PublicationDate(2024, granularity="year", year_certain=True)
    assert one(LAST_YEAR, "3.2万户", published_on=pub).end == D(2023, 12, 31)


@pytest.mark.parametrize("pub", [None, PublicationDate(2024, 5, 6, "day", year_certain=False)])
def test_relative_year_keeps_its_label_without_a_fixed_year(pub):
    assert one(LAST_YEAR, "3.2万户", published_on=pub) == Period("去年", None, None, "year", False)


@pytest.mark.parametrize("phrase,start,end,gran", [
    ("今年上半年", D(2024, 1, 1), D(2024, 6, 30), "half_year"),
    ("今年一季度", D(2024, 1, 1), D(2024, 3, 31), "quarter"),
    ("前年", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("今年1至5月", D(2024, 1, 1), D(2024, 5, 31), "range"),
])
def test_relative_parts_of_a_year(phrase, start, end, gran):
    assert one(f"{phrase},全市接待游客1200万人次。", "1200万人次", published_on=D(2024, 8, 10)) == \
        Period(phrase, start, end, gran, False)


def test_until_a_month_end_this_year():
    assert one("截至今年6月底,全市参保人数达52万人。", "52万人", published_on=D(2024, 7, 15)) == \
        Period("截至今年6月底", None, D(2024, 6, 30), "open", True)
    assert one("截至今年6月底,全市参保人数达52万人。", "52万人") == \
        Period("截至今年6月底", None, None, "open", True)


def test_this_year_so_far():
    assert one("今年以来,全市开展志愿服务活动120场。", "120场", published_on=D(2024, 9, 1)) == \
        Period("今年以来", D(2024, 1, 1), None, "open", True)


def test_bare_month_takes_the_year_of_the_publication_month():
    text = "11月,全区发放取暖补贴300万元。"
    assert one(text, "300万元", published_on=D(2024, 1, 20)).start == D(2023, 11, 1)
    assert one(text, "300万元", published_on=D(2024, 12, 2)).start == D(2024, 11, 1)
    # a page that fixes its year but no day (its full dates all in 2024): that year's November,
    # as the guide dates a relative phrase once another dated sentence fixes the year
    year_only = PublicationDate(2024, granularity="year")
    assert one(text, "300万元", published_on=year_only) == \
        Period("11月", D(2024, 11, 1), D(2024, 11, 30), "month", False)
    # a page whose year is not fixed: a label
    unsure = PublicationDate(2024, granularity="year", year_certain=False)
    assert one(text, "300万元", published_on=unsure) == Period("11月", None, None, "month", False)


def test_this_month_needs_a_month():
    text = "本月,全市发放助学金300万元。"
    assert one(text, "300万元", published_on=D(2024, 4, 9)) == \
        Period("本月", D(2024, 4, 1), D(2024, 4, 30), "month", False)
    assert one(text, "300万元", published_on=PublicationDate(2024, granularity="year")).end is None


def test_until_now_ends_on_a_publication_day_only():
    text = "截至目前,全市共建成充电桩1.8万个。"
    assert one(text, "1.8万个", published_on=D(2024, 4, 9)) == \
        Period("截至目前", None, D(2024, 4, 9), "open", True)
    assert one(text, "1.8万个", published_on=PublicationDate(2024, granularity="year")) == \
        Period("截至目前", None, None, "open", True)


def test_now_is_a_state_without_dates():
    assert one("目前,全市养老服务覆盖率达95%。", "95%", published_on=D(2024, 4, 9)) == \
        Period("目前", None, None, "unknown", False)


@pytest.mark.parametrize("phrase", ["近年来", "多年来", "迄今为止"])
def test_open_spans_are_cumulative_labels(phrase):
    assert one(f"{phrase},工会共帮扶困难家庭190户。", "190户", published_on=D(2024, 4, 9)) == \
        Period(phrase, None, None, "open" if phrase == "迄今为止" else "unknown", True)


# -- what is not the figure's period -------------------------------------------------------------


def test_comparison_base_is_not_the_period():
    p12 = one("2023年,全市完成投资80亿元,与2022年相比增长12%。", "12%")
    assert p12 == Period("2023年", D(2023, 1, 1), D(2023, 12, 31), "year", False)
    # the base is not the period; the period is the one after it (see test_what_when.py)
    assert one("全市完成投资80亿元,较2022年同期增长12%。", "12%") == Period(
        "2023年", D(2023, 1, 1), D(2023, 12, 31), "year", False)


def test_respectively_over_a_span_of_years_is_no_period():
    assert one("2014年至2017年,公司营收分别为1.03亿元、1.74亿元。", "1.74亿元") is None


def test_a_span_counted_back_from_now_stops_an_earlier_frame():
    text = "1976年,公司成立。过去二十年里,公司股价上涨了180%。"
    # a rate, so not cumulative even under a span
    assert one(text, "180%") == Period("过去二十年里", None, None, "unknown", False)


def test_year_on_year_and_forecasts_keep_their_period():
    p = one("8月游客下降12%,预计10月到12月同比下降约25%。", "25%", published_on=D(2018, 11, 15))
    assert p == Period("10月到12月", D(2018, 10, 1), D(2018, 12, 31), "range", False)


def test_effective_date_is_not_a_period():
    assert one("自3月1日起,新增两家银行办理业务,服务网点达到36个。", "36个",
               published_on=D(2024, 3, 1)) is None


def test_year_naming_an_event_is_not_a_period():
    assert one("2024年“春风行动”招聘会吸引了3000余人参加。", "3000余人") is None


def test_a_target_year_and_a_deadline_are_their_end():
    # a forecast's target year dates its figure to the year's end (tests/test_periods_stories.py)
    assert one("到2027年,全市将建成社区食堂200个。", "200个") == \
        Period("到2027年", None, date(2027, 12, 31), "open", False)
    # and so does a deadline, 前 after a year: by the end of that year
    assert one("2025年前,全市将建成社区食堂200个。", "200个") == \
        Period("2025年前", None, date(2025, 12, 31), "open", False)


def test_years_inside_titles_are_not_periods():
    assert one("发布《2023年度发展报告》,收录典型案例50个。", "50个") is None
    # a title closed before the year leaves it a period; one opened after it does not matter
    assert one("根据《实施办法》,2023年救助3200人次,编入《2024年汇编》。", "3200人次").label == "2023年"
    assert one("《通知》和《2022年报告》发布后,《办法》规定,2023年救助3200人次。", "3200人次").label == "2023年"


def test_thresholds_and_caps_carry_no_period():
    text = "2024年,对年销售额超过1亿元的企业给予100万元奖励,最高不超过30万元。"
    p_over, p_reward, p_cap = periods(text, "1亿元", "100万元", "30万元")
    assert p_reward == Period("2024年", D(2024, 1, 1), D(2024, 12, 31), "year", False)
    # the qualifier, not the sentence, decides: thresholds and caps are rules, not results
    [p_cap] = periods(text, "30万元", qualifier="at_most")
    assert p_cap is None


def test_durations_and_ages_carry_no_period():
    text = "2024年,今年34岁的他已在这里工作了18年。"
    assert periods(text, "34岁", "18年") == [None, None]


# -- frames beyond the sentence -------------------------------------------------------------------


def test_a_sentence_opening_phrase_frames_the_rest_of_the_paragraph():
    text = "去年,全市新建公园12个。在绿化方面,新增绿地面积300公顷。\n另一段里有植树5万张。"
    p12, p300, other = periods(text, "12个", "300公顷", "5万张", published_on=D(2024, 2, 1))
    assert p12 == p300 == Period("去年", D(2023, 1, 1), D(2023, 12, 31), "year", False)
    assert other is None


def test_a_year_in_mid_sentence_frames_nothing_beyond_it():
    text = "市总工会于2006年开展互助活动。参加职工超过65万人。"
    assert one(text, "65万人") is None


def test_a_later_dated_scene_ends_the_frame():
    text = "2024年,全市新增就业1.2万人。5月20日,工会向职工发放物资200份。职工们表示感谢,共计300份。"
    assert periods(text, "200份", "300份")[1] is None


def test_to_a_date_opening_a_paragraph_dates_the_sentences_after_it():
    # 到 before the date opens the sentence as 截至 does (2026.12.18)
    text = "到1996年底,全区累计发展沼气28万户。同时,全区累计推广省柴节煤灶745万户。"
    p = one(text, "745万户", published_on=D(1998, 1, 4))
    assert (p.start, p.end) == (None, D(1996, 12, 31))


def test_month_openers_frame_the_story_after_them_not_a_report():
    # (2026.12.18: a month opening a paragraph dates the story figures of the sentences after it,
    # as the guide has a paragraph introduced by a dated phrase date the figures under it; what
    # a report published that month tells is the report's, not the month's)
    text = "今年4月,召开了全市工作会议。会议成立服务队11个。"
    assert one(text, "11个", published_on=D(2024, 9, 1)).start == D(2024, 4, 1)
    text = "今年4月,市统计局发布了一季度数据。全市新增就业岗位1.2万个。"
    assert one(text, "1.2万个", published_on=D(2024, 9, 1)) is None


def test_breakdowns_continue_the_previous_figure():
    text = ("一单式结算以来,2021年4月到10月底共为39399人次报销互助金1796万元。"
            "与2018年同期相比理赔率增幅20.05%。")
    p_n, p_pct = periods(text, "39399人次", "20.05%")
    assert p_pct == p_n == Period("2021年4月到10月底", D(2021, 4, 1), D(2021, 10, 31), "range", False)


def test_breakdown_after_qizhong_shares_the_total_period():
    text = "2023年,全省累计建成工会驿站4072个,其中,星级驿站665个。"
    p_total, p_part = periods(text, "4072个", "665个")
    assert p_total == p_part == Period("累计", None, D(2023, 12, 31), "open", True)


def test_cumulative_under_a_year_frame_runs_to_the_year_end():
    text = "去年,实验室新孵化企业4家,累计引育企业10家。"
    p4, p10 = periods(text, "4家", "10家", published_on=D(2024, 1, 20))
    assert p4 == Period("去年", D(2023, 1, 1), D(2023, 12, 31), "year", False)
    assert p10 == Period("累计", None, D(2023, 12, 31), "open", True)


def test_cumulative_over_an_explicit_range_keeps_the_range():
    assert one("2021年至2023年,全省累计投入资金30亿元。", "30亿元") == \
        Period("2021年至2023年", D(2021, 1, 1), D(2023, 12, 31), "range", True)


def test_rates_are_never_cumulative():
    assert one("截至2023年底,全市医保参保率达98%。", "98%") == \
        Period("截至2023年底", None, D(2023, 12, 31), "open", False)


def test_parameters_do_not_inherit_a_frame():
    text = "2024年,全市补助职工1.2万人次。参保职工每人每年缴纳50元。"
    assert periods(text, "1.2万人次", "50元")[1] is None
    assert periods("2024年,全市补助职工1.2万人次。另有补助金50元。", "50元",
                   role="parameter") == [None]


def test_headlines_do_not_inherit_from_each_other_or_the_body():
    text = "全市帮扶职工4万人,新增岗位3000个\n2024年,全市帮扶职工4万人。"
    head, body = periods(text, "4万人", "4万人", body_start=text.index("\n") + 1)
    # a headline figure the body repeats takes its period (see test_what_when.py); one the
    # body does not repeat inherits nothing
    assert head == body and body.end == D(2024, 12, 31)
    assert periods(text, "3000个", body_start=text.index("\n") + 1) == [None]


def test_lone_cumulative_word():
    assert one("累计为36.7万人次发放互助金", "36.7万人次") == Period("累计", None, None, "open", True)


# -- the publication date -------------------------------------------------------------------------


def _articles(page: str) -> list[Article]:
    return [Article(seq=i + 1, text=t) for i, t in enumerate(page.split("\n\n"))]


def test_manifest_wins():
    page = "2024年3月5日 星期二\n新华社北京3月4日电 记者获悉。"
    assert infer_publication_date(page, _articles(page), D(2024, 3, 6)) == (D(2024, 3, 6), "manifest")


def test_printed_issue_date_with_weekday():
    page = "2024年3月5日 星期二\n本报讯 全市新增就业1.2万人。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.granularity, pub.year_certain) == (D(2024, 3, 5), "explicit", "day", True)


def test_printed_issue_date_in_chinese_numerals():
    page = "二〇二五年一月二十一日 星期二\n本报讯 全市新增就业1.2万人。"
    assert infer_publication_date(page, _articles(page)) == (D(2025, 1, 21), "explicit")
    page = "一九九八年十二月三十日 星期三\n本报讯"
    assert infer_publication_date(page, _articles(page)) == (D(1998, 12, 30), "explicit")


@pytest.mark.parametrize("stamp", ["2025-01-21 08:30:12 来源:人民网", "发布时间:2025/01/21\n正文"])
def test_web_time_stamp_at_the_top(stamp):
    page = f"标题\n{stamp}\n本报讯 全市新增就业1.2万人。"
    assert infer_publication_date(page, _articles(page)) == (D(2025, 1, 21), "explicit")


def test_a_number_that_looks_like_a_date_in_the_body_is_not_a_stamp():
    page = "标题\n全市编号为2025-01-21 的项目。"
    assert infer_publication_date(page, _articles(page)) == (None, None)


def test_a_full_date_without_weekday_is_not_the_issue_date_but_fixes_its_year():
    page = "会议于2024年3月5日召开。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.granularity, pub.year_certain) == (D(2024, 1, 1), "year_only",
                                                                "year", True)
    # dates of two years, or a later year written: the year is not fixed
    page = "会议于2024年3月5日召开，2023年5月1日曾预告。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.year_certain) == (D(2024, 3, 5), "latest_date", False)
    page = "会议于2024年3月5日召开，2026年将再次举办。"
    pub, source = infer_publication_date(page, _articles(page))
    assert source != "year_only" and not pub.year_certain


def test_dateline_with_the_year_fixed_by_an_apposition():
    page = "新华社北京3月4日电 去年(2023年)全国新增就业1244万人。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.year_certain) == (D(2024, 3, 4), "dateline", True)


def test_year_fixed_by_one_figure_under_a_relative_and_an_explicit_year():
    page = "去年全市新增就业8.6万人\n\n本报讯 2023年,全市新增就业8.6万人,同比增长5%。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.granularity, pub.year_certain) == (D(2024, 1, 1), "year_only", "year", True)


def test_dateline_without_a_fixed_year_follows_the_latest_past_day():
    page = "新华社上海1月6日电 2023年10月24日签约的项目已投产。今年,全市计划新增就业9万人。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.year_certain) == (D(2024, 1, 6), "dateline_after_latest_date", False)
    # so relative phrases stay unresolved
    text = "今年,全市计划新增就业9万人。"
    assert one(text, "9万人", published_on=pub) == Period("今年", None, None, "year", False)


def test_scheduled_days_are_not_evidence_of_the_publication_date():
    page = "新华社北京3月4日电 新规将于2025年5月1日起施行,2023年6月1日发布的通知同时废止。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source) == (D(2024, 3, 4), "dateline_after_latest_date")
    page = "报名时间为2025年5月1日至10日。"
    assert infer_publication_date(page, _articles(page)) == (None, None)


@pytest.mark.parametrize("cutoff", ["截至", "截止至", "截止到"])
def test_a_data_cutoff_is_a_past_day_that_fixes_the_year(cutoff):
    page = f"{cutoff}2025年2月4日,14个省开通医保钱包。今年,还将有8个省开通。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.year_certain) == (D(2025, 2, 4), "latest_date", True)
    assert one("今年,还将有8个省开通。", "8个", published_on=pub) == Period(
        "今年", D(2025, 1, 1), D(2025, 12, 31), "year", False)


def test_a_year_end_cutoff_and_a_dateline_soon_after_fix_the_day_and_year():
    page = "新华社北京3月1日电 截至2025年末,全市制造业贷款余额达5226亿元。去年11月,新增项目31个。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.year_certain) == (D(2026, 3, 1), "dateline_after_latest_date", True)
    page = "新华社北京1月19日电 截至2024年12月底,参保人数达1.2亿。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, pub.year_certain) == (D(2025, 1, 19), True)


def test_a_cutoff_long_before_the_dateline_does_not_fix_the_year():
    page = "新华社北京9月1日电 截至2024年底,参保人数达1.2亿。"
    pub, source = infer_publication_date(page, _articles(page))
    assert (pub, source, pub.year_certain) == (D(2025, 9, 1), "dateline_after_latest_date", False)


def test_a_dateline_alone_gives_no_date():
    page = "新华社北京3月4日电 今年以来,全国新增就业300万人。"
    assert infer_publication_date(page, _articles(page)) == (None, None)


def test_years_and_days_are_not_figures_for_the_year_evidence():
    page = "今年8月份印发方案,确保2020年启动商用。\n\n2017年8月印发意见,力争2020年启动商用。"
    assert infer_publication_date(page, _articles(page)) == (None, None)


def test_no_evidence_no_date():
    page = "今年以来,全市开展活动360余次。"
    assert infer_publication_date(page, _articles(page)) == (None, None)


def test_a_short_number_repeated_by_chance_fixes_nothing():
    page = "去年新建5个\n\n2021年,全市新建5个驿站。"
    assert infer_publication_date(page, _articles(page)) == (None, None)


def test_publication_date_survives_pickling():
    pub = PublicationDate(2025, 1, 1, "year", True)
    back = pickle.loads(pickle.dumps(pub))
    assert (back, back.granularity, back.year_certain) == (D(2025, 1, 1), "year", True)


def test_the_framing_phrase_before_a_figure_is_the_one_a_scan_would_find():
    """Phrases settles once per article which period phrases open their sentence and may frame
    what follows (a target year, 到2025年, frames nothing) and bisects them: for every stretch of
    the text, the last such phrase is the one a scan finds."""
    from minsheng.etl.period_phrases import find_mentions
    from minsheng.etl.periods import _opens_sentence, Phrases

    text = ("2024年,全市职工医疗互助参保人数达到35万人。去年,共为2.3万人次发放互助金。"
            "今年以来,补助金额4975万元,同比增长12%。其中,今年1月发放1200万元。\n"
            "截至2024年底,累计救助3.71亿人次。上半年,新增会员4万余人。到2025年,目标覆盖90%。")
    mentions = find_mentions(text, date(2025, 3, 1))
    assert len(mentions) >= 6
    phrases = Phrases(text, mentions)
    for lo in range(0, len(text) + 1, 3):
        for hi in range(lo, len(text) + 1, 5):
            openers = [m for m in mentions if lo <= m.start < hi and m.frames and _opens_sentence(text, m)]
            assert phrases.last_opener(lo, hi) == (openers[-1] if openers else None)
            assert phrases.starting_in(lo, hi) == [m for m in mentions if lo <= m.start < hi]


def test_mu_qian_inside_another_word_is_no_time():
    # 项目前期工作: the 目 ends 项目, and no 目前 (now) is written
    assert one("该市抓紧重点项目前期工作，已开工12个。", "12个", published_on=D(2024, 3, 1)) is None
    # 项目目前: the project, then now
    assert one("这些项目目前已有12个开工。", "12个", published_on=D(2024, 3, 1)).label == "目前"


def test_a_span_of_years_ends_where_its_last_year_says():
    # (2026.12.18) to a month or a day of its last year, or to the end of that year when the
    # span opened on a month (not to the same month of it)
    p = one("1986年至1996年1月间,他贪污公款187万元。", "187万元", published_on=D(1998, 1, 13))
    assert (p.start, p.end) == (D(1986, 1, 1), D(1996, 1, 31))
    p = one("1993年10月至1995年,他受贿6.8万元。", "6.8万元", published_on=D(1998, 1, 13))
    assert (p.start, p.end) == (D(1993, 10, 1), D(1995, 12, 31))
    p = one("从1996年至1997年10月15日共投资5亿元。", "5亿元", published_on=D(1998, 1, 13))
    assert (p.start, p.end) == (D(1996, 1, 1), D(1997, 10, 15))
