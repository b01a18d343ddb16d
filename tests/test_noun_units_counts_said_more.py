"""A number with no measure word counts the noun after it also without a multiplier when it is
said to be more than it (5000多贫困户, 300余贫困户, 会员1200多: a code or a score is never
written so), and a two-character multiplier does before people (百万农民, 千万网民), but not the
words for "countless" (亿万人民, 数以千万计). Sentences of our own."""
import pytest

from conftest import figure_rows as _figures


@pytest.mark.parametrize("text, expected", [
    ("全州还有5000多贫困户住在茅屋里。", [("5000多", 5000.0, "户", "more_than")]),
    ("全县还有300余贫困户。", [("300余", 300.0, "户", "more_than")]),
    ("协会现有会员1200多。", [("1200多", 1200.0, "人", "more_than")]),
    ("特色农业带动百万农民走向市场。", [("百万", 1000000.0, "人", "exact")]),
    ("这款软件吸引了千万网民。", [("千万", 10000000.0, "人", "exact")]),
])
def test_counted_by_the_noun(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "全市职工12。",
    "改革开放使亿万人民过上了好日子。",
    "数以千万计的农民进城务工。",
    "千万不要相信陌生人。",
])
def test_codes_and_countless_are_no_figure(text):
    assert _figures(text) == []
