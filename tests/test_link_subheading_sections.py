"""An article run under sub-headings (找准突破口, 保持连续性) is still one article: a section whose
sub-heading and first lines name no place speaks of the place the article opened on (a county
head's account of his county), not of the paper's whole country. A section that names its own
place, or an item filed with a dateline of its own, keeps that place (guards). Sentences
written for this test."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 22), newspaper="人民日报")


def regions_of(text):
    return {f.surface: f.region for a in process_text(text, manifest=PAPER).articles
            for f in a.figures}


HEAD = ("发展特色产业要有长远打算\n河北省涉县县长王明\n"
        "涉县地处太行山东麓，山多地少，交通不便，经济基础薄弱。近年来，我们从县情出发，坚持发展特色"
        "产业，走出了一条山区致富的路子，取得了明显成效。\n")


def test_a_section_under_a_subheading_speaks_of_the_articles_place():
    got = regions_of(HEAD + "抓好基础建设\n交通落后、信息闭塞、电力不足，是山区经济发展的主要制约。我们制定"
                            "发展规划，首先从修路、通电、通讯抓起，为招商引资创造条件。\n"
                            "几年来，我们先后完成了８０项基础设施工程，共投资１.５亿元，山区面貌发生了很大变化。\n")
    assert got["80项"] == got["1.5亿元"] == "130426"


def test_a_section_naming_its_own_place_keeps_it():  # (guard)
    got = regions_of(HEAD + "学习外地经验\n我们组织乡村干部到山东省寿光市考察学习蔬菜产业的经验，收获很大。"
                            "寿光市去年蔬菜产值达到２０亿元，农民人均收入大幅增长。\n")
    assert got["20亿元"] == "370783"
