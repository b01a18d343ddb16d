"""The body a story is about when no sentence names one for a figure: the body its lead names
first, when the story keeps pointing back to it by its kind (富平县第一中学…这所学校…该校); and,
when nothing names any body for a figure, the body of the official the story quotes
(冶金部黄金管理局局长王德学说). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 20), newspaper="人民日报")


def orgs(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = process_text(text, manifest=PAPER)
    return {f.surface: (f.organization, f.organization_basis) for a in doc.articles for f in a.figures}


def test_a_school_the_story_points_back_to_runs_its_figures():
    got = orgs("一所山区中学\n\n本报讯 富平县第一中学位于县城东郊。这所学校始建于1956年,现有学生2400名。"
               "该校去年有350人考入大学,县教育局为此奖励10万元。")
    # (这所学校 names it in the figure's own sentence, as 该校 does: since 2026.12.25)
    assert got["2400名"] == ("富平县第一中学", "sentence")
    assert got["10万元"] == ("富平县教育局", "sentence")  # the sentence names its own body


def test_a_body_named_later_and_pointed_back_to_is_not_the_story():
    got = orgs("治污\n\n本报讯 山东省环保局昨天通报了去年的治污成绩。全省去年关停污染企业120家。其中,"
               "临沂造纸厂超标排放,该厂被罚款50万元。该厂负责人表示将整改。")
    assert got["120家"] == ("山东省环保局", "article_lead")


def test_the_body_of_the_official_quoted_reports_what_nothing_else_claims():
    got = orgs("黄金生产创纪录\n\n本报北京1月11日讯 去年我国黄金生产取得好成绩,共完成黄金产量166.3吨,"
               "比上年增长37.9%。\n冶金部黄金管理局局长王德学在通报会上说:产量大幅增长,一个重要原因"
               "是价格杠杆起了作用。")
    assert got["166.3吨"] == ("冶金部黄金管理局", "inferred")
    assert got["37.9%"] == ("冶金部黄金管理局", "inferred")


def test_the_body_a_headline_opens_with_runs_the_story_under_it():
    # the guide is the school's, though the lead names the office that approved it first
    from minsheng.etl.pipeline import process_text
    text = ("江南工艺美术学院2019年硕士研究生招生简章\n\n江南工艺美术学院是经国务院学位办批准的"
            "艺术硕士专业学位培养单位。学制3年,学费每生每年8000元。\n")
    got = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert got["3年"] == got["8000元"] == "江南工艺美术学院"


def test_a_person_of_the_body_in_the_headline_leaves_the_story_to_its_organisers():
    from minsheng.etl.pipeline import process_text
    text = ("清华大学人工智能专家滨州科普行活动举行\n\n本报讯 9月25日,由共青团滨州市委主办的"
            "科普行活动启动,共有300名学生参加。\n")
    got = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert got["300名"] == "共青团滨州市委"
