"""A government body whose field is two nouns joined by 和 is one body (工业和信息化部,
湖北省人力资源和社会保障厅, 商务部电子商务和信息化司), opening at the clause's start, at the place
or parent body written before it, or at 省/市/国家 standing for them; a ministry named with no
place is the country's. Two places joined by 和 (北京和上海总工会), a person (他和…部门) or a
word the head opens (部门) make none."""
import pytest

from minsheng.etl.pipeline import process_text


def _linked(text):
    doc = process_text(text)
    return [(f.surface, f.organization, f.region) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("工业和信息化部发布数据，去年软件业收入增长15%。",
     [("15%", "工业和信息化部", "100000")]),
    ("湖北省人力资源和社会保障厅发布，全省新增就业60万人。",
     [("60万人", "湖北省人力资源和社会保障厅", "420000")]),
    ("商务部电子商务和信息化司司长表示，去年网络零售额增长30%。",
     [("30%", "商务部电子商务和信息化司", "100000")]),
])
def test_bodies_with_two_fields(text, expected):
    assert _linked(text) == expected


def test_a_name_the_table_knows_keeps_its_canonical_name():
    assert _linked("市住房和城乡建设局局长说，今年将改造棚户区3000户。") == [
        ("3000户", "市住建局", None)]


@pytest.mark.parametrize("text, expected", [
    ("北京和上海总工会共慰问职工5000人。", ("5000人", "上海市总工会", "110000")),
    ("他和信息化部门的同事加班了3天。", ("3天", None, None)),
    ("教育和卫生部门投入资金3亿元。", ("3亿元", None, None)),
])
def test_no_body_across_places_people_or_longer_words(text, expected):
    assert _linked(text) == [expected]


def test_the_name_with_its_first_field_only_is_the_same_body():
    text = ("商务部电子商务司：网络零售持续增长\n\n本报讯 商务部电子商务和信息化司司长表示，"
            "去年网络零售额增长30%。商务部电子商务司还公布，跨境电商进口额增长50%。")
    assert _linked(text) == [("30%", "商务部电子商务和信息化司", "100000"),
                             ("50%", "商务部电子商务和信息化司", "100000")]


def test_two_bodies_joined_by_he_stay_two():
    # 扶贫办 ends in a head of its own: 扶贫办和农业部 are two bodies, no field pair
    from orgs_of import names
    assert "国务院扶贫办和农业部" not in names("国务院扶贫办和农业部联合发文。")
    assert "农业部" in names("国务院扶贫办和农业部联合发文。")
