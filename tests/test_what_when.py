"""What and when as a reader writes them down: units read from the counted noun, numerals of
every shape, the desk's notes left out, periods fixed by dated context and comparisons, years in
two digits and five-year plans. Sentences are written for these tests."""
from __future__ import annotations

from datetime import date

from minsheng.etl.figures import extract_figures
from minsheng.etl.period_calendar import PublicationDate
from minsheng.etl.periods import assign_periods
from minsheng.etl.records import Article
from periods_of import dated


def found(text: str) -> list[tuple]:
    return [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


# -- 1. numbers without a measure word --------------------------------------------------------

def test_a_population_noun_counts_people_and_a_money_noun_yuan():
    figures = extract_figures("全县人口从41万增加到46.5万，财政收入达3.2亿，另有1.5万贫困户。")
    assert [(f.surface, f.value, f.unit, f.unit_basis) for f in figures] == [
        ("41万", 410_000, "人", "noun"), ("46.5万", 465_000, "人", "noun"),
        ("3.2亿", 320_000_000, "元", "noun"), ("1.5万", 15_000, "户", "noun")]
    assert found("厂里12万多职工放假。") == [("12万多", 120_000, "人", "more_than")]
    assert found("首周票房1.2亿,公司市值突破500亿。") == [
        ("1.2亿", 120_000_000, "元", "exact"), ("突破500亿", 50_000_000_000, "元", "more_than")]
    assert extract_figures("共发放4万元。")[0].unit_basis == "written"


def test_a_time_adverb_between_the_noun_and_its_number_keeps_the_unit():
    # 即将, 累计, 有望 before the linking verb: still the noun's number
    assert found("总报名人数即将突破40万,全市参保人数累计达到100万。") == [
        ("突破40万", 400_000, "人", "more_than"), ("100万", 1_000_000, "人", "exact")]


def test_a_bare_number_whose_noun_fixes_no_unit_stays_out():
    assert found("去年产量3万，库存2万。") == []
    assert found("直播间人气12万。") == []
    assert found("集团总资产是80个亿。") == [("80个亿", 8_000_000_000, "元", "exact")]


# -- 2. Chinese numerals of every shape --------------------------------------------------------

def test_chinese_numerals_with_decimals_halves_and_ranges():
    assert found("投资三点五亿元，种植四十六点二万亩。") == [
        ("三点五亿元", 350_000_000, "元", "exact"), ("四十六点二万亩", 462_000, "亩", "exact")]
    assert found("工期半年以上，试运行半个月，每次检修半小时。") == [
        ("半年以上", 0.5, "年", "more_than"), ("半个月", 0.5, "个月", "exact"),
        ("半小时", 0.5, "小时", "exact")]
    assert found("改革试点已推行一年多。") == [("一年多", 1, "年", "more_than")]
    assert found("观展6万5000人次,收入6亿5000万元。") == [
        ("6万5000人次", 65_000, "人次", "exact"), ("6亿5000万元", 650_000_000, "元", "exact")]
    # one digit after 万 is the thousands, as in 一万七; 千 may say so
    assert found("月薪1万7元,年终奖12万5千元。") == [
        ("1万7元", 17_000, "元", "exact"), ("12万5千元", 125_000, "元", "exact")]
    # 半年报 is a report, no half year (the users written as their count are people since 2026.12.25)
    assert found("2018年半年报显示,月活跃用户数超过5亿。") == [("超过5亿", 500_000_000, "人", "more_than")]
    assert found("干旱持续了半年多,摊主拾到二点三万元。") == [
        ("半年多", 0.5, "年", "more_than"), ("二点三万元", 23_000, "元", "exact")]
    # more than half a month or an hour, 多 inside the measure word (fails on 2026.12.31 as it
    # stood: no figure)
    assert found("书传了半个多月，会开了半个多小时。") == [
        ("半个多月", 0.5, "个月", "more_than"), ("半个多小时", 0.5, "小时", "more_than")]
    f = extract_figures("预计两三年内建成。")[0]
    assert (f.surface, f.value, f.value_max, f.unit) == ("两三年", 2, 3, "年")
    assert found("一半以上的家庭,每5个患者就有一个。") == [
        ("一半以上", 0.5, "比例", "more_than"), ("每5个患者就有一个", 0.2, "比例", "exact")]
    assert found("军功章有我的一半,另一半儿归你。") == []
    # a half that is a calendar or a frequency is no quantity (the number of times per half
    # year is: a programme's parameter)
    assert found("上半年开工，每半年检查一次。") == [("一次", 1.0, "次", "exact")]


def test_numerals_without_a_definite_value_are_not_figures():
    assert found("二十几个村的数千名村民十几年来。") == []


def test_bounds_within_requirements_and_lists():
    assert found("合同期满后6个月内续签的,工龄需要在3年以上。") == [
        ("6个月", 6, "个月", "at_most"), ("3年以上", 3, "年", "at_least")]
    assert found("考核指标不低于85%和90%,次数大于3次。") == [
        ("不低于85%", 85, "%", "at_least"), ("90%", 90, "%", "at_least"),
        ("大于3次", 3, "次", "more_than")]


# -- 3. editorial furniture -------------------------------------------------------------------

def test_the_desks_notes_are_not_figures():
    assert found("山区小学见闻(附图片3张)") == []
    assert found("详情(见第二版)共有12所学校(图2)参加。") == [("12所", 12, "所", "exact")]
    # the outline of a speech is not a count of anything
    assert found("改革主要有两个方面:一是放权,二是让利。思路有三条,一个是开放。") == []
    assert found("新建两个公园。") == [("两个", 2, "个", "exact")]
    # places named as a group are not a count of places
    assert found("鲁豫两省区、沿海三市及周边县市") == []
    assert found("向五百县赠送图书。") == [("五百县", 500, "县", "exact")]


# -- 6. two-digit years -----------------------------------------------------------------------

def test_a_year_in_two_digits_is_no_duration():
    assert found("该市92年建市，从05年到08年分三年建成学校60所。") == [
        ("三年", 3, "年", "exact"), ("60所", 60, "所", "exact")]
    assert found("合同期限在10年—20年之间。")[0][:3] == ("10年—20年", 10, "年")


# -- periods ----------------------------------------------------------------------------------



Y1997 = ("1997年", date(1997, 1, 1), date(1997, 12, 31))


# -- 4. dated context governs what follows ----------------------------------------------------

def test_a_list_introduced_by_a_dated_paragraph_is_dated_by_it():
    text = ("1997年,全市社会事业稳步发展。\n"
            "●教育投入增加。新建校舍12万平方米。\n"
            "●卫生条件改善,新增病床800张。")
    got = dated(text, date(1998, 1, 10))
    assert got["12万平方米"] == (Y1997, "dated_context", None)
    assert got["800张"] == (Y1997, "dated_context", None)


def test_a_dated_statement_after_a_colon_or_a_source_frames_its_paragraph():
    text = "市政府今天宣布:截至1997年底,全市下岗职工再就业2.1万人。发放补助金3000万元。"
    got = dated(text, date(1998, 1, 12))
    assert got["3000万元"] == (("截至1997年底", None, date(1997, 12, 31)), "paragraph", None)
    text = "据统计,1994年至1997年全省共修公路800公里。新建桥梁35座。"
    assert dated(text, date(1998, 1, 12))["35座"][:2] == (
        ("1994年至1997年", date(1994, 1, 1), date(1997, 12, 31)), "paragraph")


def test_years_counted_back_from_the_publication_date():
    got = dated("近3年来,全县新建学校45所。5年投资8亿元。", date(1998, 3, 3))
    assert got["45所"][:2] == (("近3年来", date(1995, 1, 1), date(1997, 12, 31)),
                              "publication_date")
    assert got["8亿元"][:2] == (("5年", date(1993, 1, 1), date(1997, 12, 31)), "publication_date")
    # a span still ahead is not counted back
    assert dated("计划用5年投资8亿元。", date(1998, 3, 3))["8亿元"] == (None, None, None)


def test_a_year_reached_is_no_target():
    got = dated("人均住房由1990年的6平方米提高到1996年的9平方米,到去年底,全市GDP是80亿元。",
                date(1998, 1, 5))
    assert got["9平方米"][0] == ("1996年", date(1996, 1, 1), date(1996, 12, 31))
    assert got["80亿元"][0] == ("去年底", None, date(1997, 12, 31))
    # a year still ahead stays a target: the figure stands at its end
    assert dated("到2000年,全市GDP将达到120亿元。", date(1998, 1, 5))["120亿元"][0] == \
        ("到2000年", None, date(2000, 12, 31))


def test_since_a_month_of_last_year_starts_a_period():
    got = dated("去年10月以来,全市新增就业1.2万人。去年全县实现利税3.5亿元。", date(1998, 3, 3))
    assert got["1.2万人"][0] == ("去年10月以来", date(1997, 10, 1), None)
    assert got["3.5亿元"][0] == ("去年", date(1997, 1, 1), date(1997, 12, 31))
    got = dated("去年10月至今,全市新增就业1.2万人。", date(1998, 3, 3))
    assert got["1.2万人"][0] == ("去年10月至今", date(1997, 10, 1), None)


# -- 5. comparisons fix the current period ----------------------------------------------------

def test_a_comparison_dates_the_figure_after_its_base_and_records_the_base():
    got = dated("全省粮食产量较1996年增长6%。", date(1998, 1, 3))
    assert got["6%"] == (("1997年", date(1997, 1, 1), date(1997, 12, 31)), "comparison",
                         (date(1996, 1, 1), date(1996, 12, 31)))
    got = dated("全市完成工业产值820亿元,比上年增长9.6%。", date(2025, 2, 3))
    assert got["820亿元"] == got["9.6%"] == (
        ("2024年", date(2024, 1, 1), date(2024, 12, 31)), "comparison",
        (date(2023, 1, 1), date(2023, 12, 31)))
    got = dated("今年前三季度税收收入45亿元,同比增长12%。", date(2024, 11, 3))
    assert got["12%"][2] == (date(2023, 1, 1), date(2023, 9, 30))
    assert got["12%"][1] == "sentence"
    # a balance compared with the end of the year before: the end of the year before the
    # publication year, compared with the end of the year before that
    got = dated("各项贷款余额为830亿元,比上年末增加100亿元。", date(1998, 1, 5))
    assert got["830亿元"] == (("1997年末", None, date(1997, 12, 31)), "comparison",
                             (None, date(1996, 12, 31)))
    # a quarter without its year is of the paper's year (tests/test_periods_limits.py), and
    # the same quarter of the year named is its base
    assert dated("一季度销售收入较2023年同期增长8.5%。", date(2024, 5, 3))["8.5%"] == (
        ("一季度", date(2024, 1, 1), date(2024, 3, 31)), "clause",
        (date(2023, 1, 1), date(2023, 3, 31)))
    # a part of a year the text does not date gets no whole year
    assert dated("上半年销售收入较2023年同期增长8.5%。", date(2024, 9, 3))["8.5%"] == (
        None, None, None)


# -- 6. two-digit years and five-year plans ---------------------------------------------------

def test_two_digit_years_and_five_year_plans_are_periods():
    got = dated("“九五”期间,全省新增耕地120万亩。从96年到98年投资20亿元。", date(1999, 3, 3))
    assert got["120万亩"][0] == ("“九五”期间", date(1996, 1, 1), date(2000, 12, 31))
    assert got["20亿元"][0] == ("从96年到98年", date(1996, 1, 1), date(1998, 12, 31))
    # a duration that counts the years of the span is that span
    got = dated("从05年到07年分三年建成学校60所,用两年时间。", date(2008, 3, 3))
    assert got["三年"][:2] == (("从05年到07年", date(2005, 1, 1), date(2007, 12, 31)), "clause")
    assert got["两年"] == (None, None, None)
    got = dated("十三五以来,全市建成公园30个。", date(2019, 3, 3))
    assert got["30个"][0] == ("十三五以来", date(2016, 1, 1), None)
    # without a publication year a two-digit year is a label only
    assert dated("从96年到98年投资20亿元。", None)["20亿元"][0] == ("从96年到98年", None, None)
    # a vague end of a century is a label
    assert dated("本世纪末,全市人口将达120万。", date(1998, 3, 3))["120万"][0] == (
        "本世纪末", None, None)


# -- stored -----------------------------------------------------------------------------------

def test_figure_facts_shows_how_unit_and_period_were_read(db, tmp_path):
    from minsheng import migrations
    from minsheng.etl.importer import run_import

    page = tmp_path / "page.txt"
    page.write_text("本报讯 全县人口46.5万。全县完成工业产值82亿元,比上年增长9.6%。\n",
                    encoding="utf-8")
    (tmp_path / "page.txt.meta.json").write_text('{"published_on": "1998-02-03"}',
                                                 encoding="utf-8")
    engine = db.engine()
    migrations.upgrade(engine)
    assert run_import(engine, [tmp_path]).failed == 0
    rows = db.q("SELECT surface, unit, unit_basis, period_start, period_basis, compared_to, "
                "compared_to_start, compared_to_end FROM figure_facts ORDER BY char_start")
    assert [tuple(map(str, r)) for r in rows] == [
        ("46.5万", "人", "noun", "None", "None", "None", "None", "None"),
        ("82亿元", "元", "written", "1997-01-01", "comparison", "上年", "1996-01-01",
         "1996-12-31"),
        ("9.6%", "%", "written", "1997-01-01", "comparison", "上年", "1996-01-01",
         "1996-12-31")]


def test_a_figure_with_no_period_in_its_paragraph_takes_its_headlines_year():
    text = "2024年全市就业形势稳定\n全市新增就业岗位12万个。各类补贴惠及3万人。"
    figures = extract_figures(text)
    assign_periods(Article(seq=1, text=text, body_start=text.index("\n") + 1), figures,
                   date(2025, 1, 10))
    assert [(f.surface, f.period.start, f.period.end, f.period_basis) for f in figures] == [
        ("12万个", date(2024, 1, 1), date(2024, 12, 31), "heading"),
        ("3万人", date(2024, 1, 1), date(2024, 12, 31), "heading")]


def test_a_headline_figure_takes_the_period_of_the_body_figure_it_repeats():
    text = "●三年修路860公里\n据统计,1995年至1997年全省共修公路860公里。"
    figures = extract_figures(text)
    assign_periods(Article(seq=1, text=text, body_start=text.index("\n") + 1), figures,
                   date(1998, 1, 10))
    head = next(f for f in figures if f.char_start < text.index("\n") and f.unit == "公里")
    assert (head.period.start, head.period.end, head.period_basis) == (
        date(1995, 1, 1), date(1997, 12, 31), "inferred")


def test_a_headline_figure_rounding_a_body_figure_takes_its_period():
    # the headline rounds the story's figure (近48亿元 for 47.84亿元): the one within 5 % of it
    text = "某银行盈利近48亿元\n本报讯 去年该行全年实现利润47.84亿元,比上年增长12%。"
    figures = extract_figures(text)
    assign_periods(Article(seq=1, text=text, body_start=text.index("\n") + 1), figures,
                   date(1998, 1, 14))
    head = figures[0]
    assert (head.surface, head.period.start, head.period.end, head.period_basis) == (
        "近48亿元", date(1997, 1, 1), date(1997, 12, 31), "inferred")
    # a headline figure no body figure rounds to inherits nothing
    text = "某银行盈利近60亿元\n本报讯 去年该行全年实现利润47.84亿元。"
    figures = extract_figures(text)
    assign_periods(Article(seq=1, text=text, body_start=text.index("\n") + 1), figures,
                   date(1998, 1, 14))
    assert figures[0].period is None or figures[0].period.end is None



def test_minsheng_extract_prints_how_unit_and_period_were_read(tmp_path):
    import json

    from typer.testing import CliRunner

    from minsheng.cli import app

    page = tmp_path / "page.txt"
    page.write_text("本报讯 2024年全县人口46.5万,完成工业产值82亿元,较2023年增长9.6%。\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    figs = {r["surface"]: r for r in rows if r["type"] == "figure"}
    assert (figs["46.5万"]["unit"], figs["46.5万"]["unit_basis"]) == ("人", "noun")
    assert figs["82亿元"]["period_basis"] == "sentence"
    assert figs["9.6%"]["compared_to"] == {"label": "2023年", "start": "2023-01-01",
                                          "end": "2023-12-31"}
