"""A, B和C…分别为x、y和z: each figure of the run after 分别 is about the place or the body of the
same rank in the list named before it, when the counts agree."""
from dataclasses import dataclass

from minsheng.etl.entities.body_links import _listed_run
from minsheng.etl.pipeline import process_text


@dataclass
class _Hit:
    start: int
    end: int


def links_of(text):
    return {f.surface: (f.region, f.organization)
            for a in process_text(text).articles for f in a.figures}


def test_places_paired_with_their_figures():
    found = links_of("增长\n\n去年，北京、上海和广州的居民收入分别增长5%、6%和7%。\n")
    assert [found[k][0] for k in ("5%", "6%", "7%")] == ["110000", "310000", "440100"]


def test_bodies_paired_with_their_figures():
    found = links_of("股东\n\n该公司有三家股东，分别是南京青禾科技有限公司、中国苏州绿叶电器有限公司和"
                     "无锡红枫投资有限公司，持股比例分别是50%、30%和20%。\n")
    assert [found[k][1] for k in ("50%", "30%", "20%")] == [
        "南京青禾科技有限公司", "中国苏州绿叶电器有限公司", "无锡红枫投资有限公司"]


def test_a_place_opening_a_bodys_name_may_stand_between_list_items():
    # a body's mention may start after the place that opens its name (、中国贵州…公司)
    text = "甲公司、中国乙公司和丙公司"
    hits = [_Hit(0, 3), _Hit(6, 9), _Hit(10, 13)]
    assert _listed_run(text, hits, 3) == hits
    assert _listed_run("甲公司、很大乙公司和丙公司", [_Hit(0, 3), _Hit(6, 9), _Hit(10, 13)], 3) is None


def test_no_pairing_when_the_counts_differ_or_the_figures_are_no_list():
    found = links_of("增长\n\n北京和上海分别有3所大学，共投入5亿元。\n")
    assert found["5亿元"][0] == "110000"  # not paired with 上海: 3所 and 5亿元 are no list
    found = links_of("增长\n\n北京、上海和广州的收入分别增长5%和6%。\n")
    assert found["6%"][0] != "310000"  # two figures, three places: no pairing
