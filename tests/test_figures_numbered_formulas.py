"""A numbered formula of public discourse (两个文明, 两个根本性转变, 四项基本原则, 国内外两个市场)
names a doctrine or a policy, as the guide's 五大行动 does: its number counts nothing. The
formulas are data (etl/data/numbered_formulas.tsv). A count of the same words outside a formula
stays a figure (新建两个市场: a guard). Sentences written for this test; the first case failed
on 2026.12.20 (three figures)."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[str]:
    return [f.surface for f in extract_figures(text)]


def test_the_numbers_of_a_formula_count_nothing():
    assert found("全县加强两个文明建设，推进两个根本性转变，坚持四项基本原则，共投入资金3亿元。") == ["3亿元"]
    assert found("企业要利用国内外两种资源、两个市场，开拓国际国内两个市场。") == []


def test_a_count_outside_a_formula_stays():  # (a guard)
    assert found("该区今年新建两个市场，投资3亿元。") == ["两个", "3亿元"]
