"""里, the li of a road walked, is a measure of length after a numeral where the road, the
distance or the land follows it (七里路, 十七里外, 两里地, 四五里远); a street, a place or an idiom
that opens with a number and 里 measures nothing (十里长街, 三里屯, 千里之外). Sentences written
for this test; the first case failed on 2026.12.31 as it stood (no figure)."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_the_li_of_a_road():
    assert found("学校离山口七里路，他每天往十七里外的集上赶，周围两里地没有人家。") == [
        ("七里", 7, "里"), ("十七里", 17, "里"), ("两里", 2, "里")]


def test_a_street_a_place_or_an_idiom_measures_nothing():  # (a guard)
    assert found("十里长街灯火辉煌，三里屯很热闹，千里之外也能看到。") == []
