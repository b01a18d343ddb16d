"""A figure whose clause names no place before it is at the place 在 or 于 brings in right after
it, in the same clause: where the money is spent or the thing done (捐资80万元在宁乡县援建)."""
from minsheng.etl.pipeline import process_text


def regions_of(text):
    return {f.surface: (f.region, f.region_basis)
            for a in process_text(text).articles for f in a.figures}


def test_the_place_right_after_the_figure():
    found = regions_of("捐赠\n\n该集团捐资80万元在湖南省宁乡县援建一所希望学校。\n")
    assert found["80万元"] == ("430182|宁乡县", "clause")
    assert regions_of("大会\n\n昨天共有3000人在北京参加了大会。\n")["3000人"] == ("110000", "clause")


def test_not_across_a_clause_mark_nor_a_destination():
    # the next clause's place is that clause's; 到 brings in where a thing goes
    assert regions_of("捐赠\n\n本报讯 南京市民捐款20万元，在西吉县建了一所学校。\n")["20万元"][0] == "320100"
    assert regions_of("捐赠\n\n本报讯 南京市民捐款20万元到西吉县。\n")["20万元"][0] == "320100"
