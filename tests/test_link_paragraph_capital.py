"""A paragraph that opens on a place as its subject is about that place, and so is one that
opens on what kind of city the place is, written before its name (首都布加勒斯特一座宿舍里…,
省会长沙的…): its later figures are that city's, not the country or province the lead named.
Sentences of our own."""
from minsheng.etl.pipeline import Manifest, process_text


def _regions(text):
    doc = process_text(text, manifest=Manifest(newspaper="人民日报"))
    return [(f.surface, f.region, f.region_basis) for r in doc.articles for f in r.figures]


def test_a_paragraph_opening_on_the_capital_is_the_capitals():
    text = ("大学生打工\n\n本报驻波兰记者王明\n\n在物价不断上涨的今天，波兰的大学生活已非一心读书。\n\n"
            "首都华沙一座大学生宿舍里，几名学生开了一家复印社。复印一页收费500兹罗提。\n")
    assert _regions(text) == [("500兹罗提", "PL-华沙", "paragraph")]


def test_a_paragraph_opening_on_the_provincial_capital_is_the_citys():
    text = ("湖南见闻\n\n本报记者王明\n\n湖南省今年农业丰收。\n\n"
            "省会长沙的一条小街上，新开了一家书店。书店每天接待读者300多人。\n")
    assert _regions(text) == [("300多人", "430100", "paragraph")]
