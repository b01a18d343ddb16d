"""A state organ written as part of a leader's title (国务院副总理, 全国政协副主席, 中共中央政治局委员)
names who came or spoke, not whose story the article is: the lead's next body is (国务院副总理某某
在中国航空工业总公司工作会议上…: the corporation's figures). Where the organ speaks for the
figures of its own sentence, it keeps them (a guard). Sentences written for this test; the
first two failed on 2026.12.50."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 16), newspaper="人民日报")


def _orgs(text: str) -> dict[str, str | None]:
    return {f.surface: f.organization for a in process_text(text, manifest=PAPER).articles
            for f in a.figures}


def test_a_leaders_organ_in_the_lead_gives_way_to_the_body_the_story_is_on():
    text = ("航空工业\n\n本报北京1月15日讯 国务院副总理吴邦国今天在中国航空工业总公司工作会议上"
            "强调要深化改革。\n\n去年我国航空工业外贸出口总额增长11.1%，工业企业的销售收入增长5%。\n")
    got = _orgs(text)
    assert got["11.1%"] == got["5%"] == "中国航空工业总公司"


def test_a_party_leaders_title_gives_way_to_the_bureau_that_reports():
    text = ("旅游\n\n本报北京12月31日讯 中共中央政治局委员李某今天出席全国旅游工作会议，国家旅游局"
            "局长作了工作报告。\n\n1997年1月至11月份，国际旅游收入比上年同期增长18.7%。\n")
    assert _orgs(text)["18.7%"] == "国家旅游局"


def test_the_organ_keeps_the_figures_of_its_own_sentence():  # (a guard)
    text = ("政府工作报告\n\n本报北京3月5日讯 国务院总理今天作政府工作报告。\n\n"
            "国务院总理在报告中说，去年国内生产总值增长8.8%。\n")
    assert _orgs(text)["8.8%"] == "国务院"
