"""A paragraph that opens on an official speaking for his body (国家统计局局长刘洪介绍，…) is
his report: its figures are that body's, in the sentences after the one he speaks in too, over
the body the article's lead named (the leader who received the meeting). Sentences written for
this test; the first fails on 2026.12.19 (the figures went to the lead's 国务院)."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 20), newspaper="人民日报")
LEAD = ("国务院副总理今天接见了出席全国水利工作会议的代表，并讲了话。\n"
        "副总理说，水利是农业的命脉，各地要把水利建设放在突出位置。\n")


def orgs(text):
    doc = process_text(text, manifest=PAPER)
    return {f.surface: (f.organization, f.organization_basis) for a in doc.articles for f in a.figures}


def test_the_officials_paragraph_is_his_bodys():
    text = LEAD + ("水利部部长钮茂生介绍，去年各地加固堤防。据统计，共完成土石方12亿立方米，"
                   "新增灌溉面积1800万亩。\n")
    assert orgs(text) == {"12亿立方米": ("水利部", "paragraph"), "1800万亩": ("水利部", "paragraph")}


def test_an_official_named_later_in_the_paragraph_does_not_take_what_comes_before():  # (a guard)
    text = LEAD + ("各地去年共完成土石方12亿立方米。水利部部长钮茂生说，这是历史最好水平。\n")
    assert orgs(text)["12亿立方米"] == ("国务院", "article_lead")
