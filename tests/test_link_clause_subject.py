"""The body that opens a figure's own clause did what the figure counts, whoever the sentence
named before it (由市总工会组织，某某集团捐资80万元)."""
from minsheng.etl.pipeline import process_text


def orgs_of(text):
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_the_clause_subject_runs_the_figure():
    text = ("捐建\n\n本报讯 由南京市总工会组织筹划，江苏青禾电器集团捐资80万元援建一所学校，"
            "南京市总工会发放慰问金20万元。\n")
    assert orgs_of(text) == {"80万元": "江苏青禾电器集团", "20万元": "南京市总工会"}


def test_a_body_inside_the_clause_is_not_its_subject():
    # 向某某小学捐赠: the school receives; the sentence's body gives
    text = "捐书\n\n本报讯 南京市总工会昨天向南京市第一中学捐赠图书2000册。\n"
    assert orgs_of(text)["2000册"] == "南京市总工会"


def test_a_headlines_space_parts_its_clauses():
    text = "南京市第一中学入选示范学校名单 全国仅10所学校入选\n\n本报讯 教育部日前公布示范学校名单。\n"
    assert orgs_of(text)["10所"] == "教育部"
