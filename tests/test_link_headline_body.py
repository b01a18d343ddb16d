"""A headline on one body (浙江上风集团创业之路) over a lead that sets the country's scene
(我国东部地区的众多乡镇企业…): the story is at the body's place, not the country's. Sentences
written for this test."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text
from regions_of import PAPER, regions


def test_a_story_under_a_headline_on_a_body_is_at_its_place():
    text = ("靠科技闯市场——浙江青峰电机集团创业之路\n本报记者王明\n"
            "目前，我国东部地区的众多乡镇企业都在思考一个问题：企业如何继续前进？\n"
            "浙江青峰电机集团的回答是：依靠科技。集团1997年实现销售收入3亿多元，利税5000多万元。")
    got = regions(text)
    assert got["3亿多元"] == "浙江省" and got["5000多万元"] == "浙江省"



def test_a_feature_s_sub_heading_keeps_the_headline_s_body():
    # (a sub-heading that names no place is a part of the story, not an item of a column)
    text = ("靠科技闯市场——浙江青峰电机集团创业之路\n\n本报记者王明\n\n"
            "目前，我国东部地区的众多乡镇企业都在思考一个问题：企业如何继续前进？\n\n"
            "走向世界\n\n"
            "经过三年努力，出口创汇5000多万元。")
    doc = process_text(text, manifest=PAPER)
    assert {f.surface: f.organization for a in doc.articles for f in a.figures}["5000多万元"] \
        == "浙江青峰电机集团"


def test_the_headlines_body_named_on_through_the_story_outweighs_one_it_cites_more():
    # 中南财经政法大学2019年硕士研究生招生简章: a notice that cites 教育部's rules seven times is
    # still the university's, which it names three times (failed on 2026.12.48)
    text = ("江城财经大学2019年硕士研究生招生简章\n\n江城财经大学是教育部直属高校。按照教育部有关规定，"
            "结合教育部的要求，江城财经大学制定本简章。学校设有17个学院。考生须按教育部规定报名，"
            "教育部将统一公布分数线，教育部另有规定的从其规定。江城财经大学研究生院负责解释，"
            "教育部监督。本校今年招收硕士生3000人。\n")
    orgs = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert orgs["17个"] == orgs["3000人"] == "江城财经大学"
