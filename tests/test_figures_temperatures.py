"""度 is a temperature where its clause speaks of one (气温到了零度左右, 最低气温零下5度), a
number of times after a Chinese numeral elsewhere (两度获奖), and a degree of an angle otherwise;
a latitude or a longitude (南纬55度) is where a place lies, no figure (see
test_figures_magnitudes_coordinates.py). Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def units(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_a_temperature():
    assert units("气温到了零度左右,就再不下降了。") == [("零度左右", 0.0, "℃")]
    assert units("最低气温零下5度。") == [("零下5度", -5.0, "℃")]


def test_times_and_angles_stay():
    assert units("他曾两度获奖,把坡度修到了35度,船行至南纬55度。") == [
        ("两度", 2.0, "次"), ("35度", 35.0, "度")]
