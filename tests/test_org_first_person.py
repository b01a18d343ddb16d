"""我院共受理…, 我厂今年…: a body speaking of itself, in a letter or a column its author signs
with the body's name at its end (（湖南宁远县人民法院王明）), is that body, with its place, when the
text names one body of that kind only. Sentences of our own."""
from minsheng.etl.pipeline import process_text


def _links(text):
    doc = process_text(text)
    return ([(m.surface, m.key) for r in doc.articles for m in r.mentions if m.kind == "organization"],
            [(f.surface, f.region, f.organization) for r in doc.articles for f in r.figures])


def test_the_body_the_author_signs_with():
    mentions, figures = _links(
        "劳动争议不容忽视\n\n1997年，我院共受理劳动争议案12件，其中工伤赔偿案5件。"
        "有关部门应给予高度重视。（湖南宁远县人民法院王明）\n")
    assert ("我院", "湖南宁远县人民法院") in mentions
    assert figures == [("12件", "431126", "湖南宁远县人民法院"), ("5件", "431126", "湖南宁远县人民法院")]


def test_two_bodies_of_the_kind_leave_it_unresolved():
    mentions, _ = _links("本报讯 我院与道县人民法院去年共受理案件120件。（湖南宁远县人民法院王明）")
    assert not any(surface == "我院" for surface, _ in mentions)
