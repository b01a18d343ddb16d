"""The lead's body is a province's (湖北省总工会); a figure its clause or paragraph places in a
city of that province is run by the same body of that city when the article names it (武汉市总
工会), not by the province's. A city's body of another kind, or a city whose body the article
does not name, leaves the lead's. Sentences written for this test; the first case failed on
2026.12.38."""
from __future__ import annotations

from links_of import links, paper
from datetime import date

_P = paper(date(1998, 1, 20))


def test_the_same_body_of_the_figures_city():
    got = links("困难职工帮扶\n本报记者某某\n湖北省总工会今年筹集帮扶资金3000万元。\n"
                "武汉市总工会从去年起设立帮扶中心。全市已建成帮扶站120个，救助职工8000人。\n",
                "organization", _P)
    assert got["3000万元"] == "湖北省总工会"
    assert got["120个"] == "武汉市总工会" and got["8000人"] == "武汉市总工会"


def test_another_kind_of_body_or_none_leaves_the_leads():  # (guards)
    got = links("困难职工帮扶\n本报记者某某\n湖北省总工会今年筹集帮扶资金3000万元。\n"
                "武汉市民政局从去年起设立救助中心。全市已建成帮扶站120个。\n", "organization", _P)
    assert got["120个"] == "湖北省总工会"
    got = links("困难职工帮扶\n本报记者某某\n湖北省总工会今年筹集帮扶资金3000万元。\n"
                "武汉市已建成帮扶站120个。\n", "organization", _P)
    assert got["120个"] == "湖北省总工会"
