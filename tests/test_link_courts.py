"""A court hears a case; the sums and goods of the case are the parties'. The court is the
organisation of a figure only when no party is named (its own caseload)."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

CASE = ("网购退款被拒 消费者起诉商家\n\n"
        "本报讯 近日，朝阳区人民法院受理了一起网购纠纷案。"
        "原告张女士将上海蓝鸟科技发展有限公司诉至法院，要求退还货款共计3600元。"
        "她在该公司网店购买了3台空气净化器。\n\n"
        "据了解，该院今年共受理消费纠纷案件1200件。\n")


def test_the_parties_not_the_court_run_the_figures_of_a_case():
    doc = process_text(CASE)
    got = {f.surface: f.organization for a in doc.articles for f in a.figures}
    assert got["3600元"] == "上海蓝鸟科技发展有限公司"
    # the court's own caseload: no party named, the court named in the lead
    assert got["1200件"] == "朝阳区人民法院"


def test_a_sentence_the_court_hands_down_is_its_own():
    # the term and the fine are the court's judgment, not the sums of the case
    text = ("受贿案宣判\n\n本报讯 石家庄市建设局原局长王某受贿一案，昨天由河北省高级人民法院审理终结。"
            "法庭宣判：以受贿罪判处王某有期徒刑10年，没收财产5万元；判处同案李某有期徒刑3年，"
            "缓刑4年。经查，王某共收受贿赂38万元。\n")
    got = {f.surface: f.organization for a in process_text(text).articles for f in a.figures}
    assert got["10年"] == got["5万元"] == got["3年"] == got["4年"] == "河北省高级人民法院"
    assert got["38万元"] != "河北省高级人民法院"
