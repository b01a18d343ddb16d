"""The state's regulators and commissions written by the short forms news uses (银保监会, 保监会,
国家发改委, 市场监管总局, 外汇局, 体育总局) are national bodies: their figures are the country's,
under their full names. A province's branch of one, named after it (中国银行保险监督管理委员会江苏
监管局), runs the figures its clause places in that province when the figure's own sentence
names no body. A local body of the same kind (省发改委) is not the national one. Sentences of our
own; the first two cases failed on 2026.12.38."""
import pytest

from minsheng.etl.pipeline import Manifest, process_text

WEB = Manifest()


def _links(text):
    doc = process_text(text, manifest=WEB)
    return {f.surface: (f.region, f.organization) for r in doc.articles for f in r.figures}


@pytest.mark.parametrize("short, full", [
    ("银保监会", "中国银行保险监督管理委员会"), ("保监会", "中国保险监督管理委员会"),
    ("国家发改委", "国家发展和改革委员会"), ("市场监管总局", "国家市场监督管理总局"),
    ("外汇局", "国家外汇管理局"), ("体育总局", "国家体育总局"),
])
def test_a_national_regulator_by_its_short_form(short, full):
    assert _links(f"国考报名第四日，{short}总报名人数为21268人。")["21268人"] == ("100000", full)


def test_a_provinces_branch_runs_its_provinces_figures():
    got = _links("国考报名第四日，银保监会总报名人数为21268人。\n"
                 "报名人数最多的仍是中国银行保险监督管理委员会江苏监管局的岗位。江苏省有3个岗位位居前十。\n")
    assert got["21268人"] == ("100000", "中国银行保险监督管理委员会")
    assert got["3个"] == ("320000", "中国银行保险监督管理委员会江苏监管局")


def test_a_local_body_of_the_same_kind_is_not_the_national_one():  # (guard)
    assert _links("本报讯 省发改委今年审批项目30个。")["30个"][1] == "省发改委"
