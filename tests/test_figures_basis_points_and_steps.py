"""Two measure words of web news: 基准点 / 基点 (basis points of an interest rate, 个 before them
as before 百分点) and 步 (steps counted by a phone or a doctor). 步 after a numeral in words makes
set phrases (三步走, 两步并作一步, 进一步), so it is a unit after digits only. Sentences written
for this test."""
import pytest

from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("央行宣布加息25个基准点。", [("25个基准点", 25.0, None, "基准点")]),
    ("这笔贷款的利率比基准利率高出300到350个基点。", [("300到350个基点", 300.0, 350.0, "基点")]),
    ("医生建议老人每天走6000步左右。", [("6000步左右", 6000.0, None, "步")]),
    ("他的微信步数达到2.5万步。", [("2.5万步", 25000.0, None, "步")]),
])
def test_basis_points_and_steps_are_units(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "改革分三步走，第一步是试点。",
    "他三步并作两步跑上楼。",
    "要进一步加强管理，一步一个脚印。",
])
def test_steps_in_words_are_set_phrases(text):
    assert _found(text) == []
