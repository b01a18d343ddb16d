"""A sentence that counts places (3个试点县市, 这两个区) as many as a list the text named before
is about every place of that list, not the city the article opened with."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

PAGE = ("试点扩大\n\n"
        "嘉兴市今年推进农房改造。从今年3月起，嘉兴市在海宁市、桐乡市、嘉善县开展试点。\n\n"
        "截至11月底，3个试点县市共发放补贴1200万元，惠及农户5600户。\n\n"
        "全市另有2个区已提出申请，涉及农户300户。\n")


def links(text):
    return {f.surface: (f.region, f.regions, f.region_basis)
            for a in process_text(text).articles for f in a.figures}


def test_a_count_of_places_is_about_the_list_it_counts():
    got = links(PAGE)
    listed = ("330481", "330483", "330421")
    assert got["1200万元"] == ("330481", listed, "inferred")
    assert got["5600户"] == ("330481", listed, "inferred")


def test_a_count_that_matches_no_list_keeps_the_usual_place():
    # two districts: no list of two was named, so the article's city stays the place
    assert got_region(PAGE, "300户") == "330400"


def got_region(text, surface):
    return links(text)[surface][0]
