"""What a page names in passing does not run or place its figures: a body named once with no
place (教育局并不作统一规定) or the organs of a whole system (移交司法机关处理) are no
section's operator, and the place of a
person's own story (张女士的女儿在海淀区一所小学上学) is that story's, not the article's.
Sentences written for this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.pipeline import Manifest, process_text


def links(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = process_text(text)
    return {f.surface: (gz.display_name(f.region) if f.region else None, f.organization)
            for a in doc.articles for f in a.figures}


def test_a_body_named_once_without_a_place_runs_no_figures():
    # the bureau is named once, in passing, paragraphs after the figures, and the page says
    # whose bureau it is nowhere
    got = links("课间餐停了\n\n不少家长反映，这学期学校取消了课间餐，孩子上午常常喊饿。\n\n"
                "记者随机调查了12所小学，提供课间餐的只有4所。\n\n"
                "一般情况下，是否提供课间餐由学校决定，教育局并不作统一规定。")
    assert got["12所"][1] is None
    assert got["4所"][1] is None
    # named with its place, it may still run the section
    got = links("课间餐停了\n\n不少家长反映，这学期学校取消了课间餐，孩子上午常常喊饿。\n\n"
                "记者随机调查了12所小学，提供课间餐的只有4所。\n\n"
                "一般情况下，是否提供课间餐由学校决定，杭州市教育局并不作统一规定。")
    assert got["12所"][1] == "杭州市教育局"


def test_the_organs_of_a_whole_system_are_no_one_body():
    # 司法机关 (every court and procuratorate) handed a case is not the court that heard it
    for sep in ("\n\n", ""):  # in paragraphs of their own, and in one
        got = links(f"假农药坑农\n\n近年来，假农药案件明显增多。{sep}去年6月份固安县法院受理的假农药案件，"
                    f"受损农田近2000亩，农民要求赔偿300多万元。{sep}今后，对制售假农药者要坚决移交司法机关"
                    "追究刑事责任。")
        assert got["近2000亩"][1] == "固安县法院"
        assert got["300多万元"][1] == "固安县法院"


def test_a_system_organ_written_with_its_place_is_that_place_s():
    doc = process_text("禁毒\n\n去年，云南省公安机关共破获毒品案件5000多起。")
    (fig,) = [f for a in doc.articles for f in a.figures]
    assert gz.display_name(fig.region) == "云南省"


def test_the_place_of_a_relative_s_school_is_a_side_story():
    got = links("课间餐停了\n\n张女士的女儿在海淀区一所小学上四年级，这学期学校取消了课间餐。"
                "目前在北京市区，并非所有小学都提供课间餐。随机调查的10所小学中，提供课间餐的只有3所。")
    assert got["10所"][0] == "北京市"
    assert got["3所"][0] == "北京市"


def test_a_named_person_s_town_is_a_side_story():
    doc = process_text("返乡创业\n\n李先生在柳州市开了一家小餐馆，生意红火。像他这样的返乡创业者越来越多。"
                       "据统计，去年全区有12万名农民工返乡创业。",
                       manifest=Manifest(published_on=date(2018, 3, 1), newspaper="广西日报"))
    (fig,) = [f for a in doc.articles for f in a.figures]
    assert gz.display_name(fig.region) == "广西壮族自治区"


def test_a_party_congress_whose_line_is_followed_runs_no_figure():
    # 贯彻十五大精神: the congress is a meeting the lead invokes, not the body of the figures
    from minsheng.etl.pipeline import process_text
    text = ("广西沼气建设\n\n本报南宁1月3日电 广西壮族自治区党委认真贯彻十五大精神,"
            "今年全区新建沼气池28万户。")
    orgs = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert orgs["28万户"] != "十五大"
    text = ("沼气建设\n\n本报南宁1月3日电 各地认真贯彻十五大精神,今年全区新建沼气池28万户。")
    orgs = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert orgs["28万户"] is None


def test_a_body_a_parenthesis_mentions_by_the_way_runs_no_figure():
    # the agency's recommended intake is an aside; the study is the university's
    from minsheng.etl.pipeline import process_text
    text = ("核桃与健康\n\n美国一项最新研究发现,每天吃少量核桃可预防心脏病。该研究由美国伊利诺伊大学发起。"
            "研究人员让18名健康的成年人每日摄入42克(美国食品和药品管理局推荐的预防冠心病的摄入量)核桃,"
            "共六周。\n")
    orgs = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert orgs["18名"] == orgs["42克"] == "美国伊利诺伊大学"
    # an author's note names the writer's body, no aside
    text = ("林业结构调整\n\n今年全国完成造林任务8000万亩,其中飞播造林1000万亩。\n"
            "(作者为林业部综合计划司副司长)\n")
    orgs = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert orgs["8000万亩"] is not None
