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
