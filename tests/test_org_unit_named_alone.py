"""A body named after the body it belongs to (邯郸县公安局黄粱梦派出所, 武汉市公安局江汉派出所) is
named by its own part alone too (黄粱梦派出所, 江汉派出所), before or after the full name: the
same body. Sentences written for this test."""
from minsheng.etl.pipeline import process_text


def orgs(text):
    return [(f.surface, f.organization) for a in process_text(text).articles for f in a.figures]


def test_the_unit_named_before_its_full_name():
    text = ("警长公开栏\n\n这是黄粱梦派出所设置的公开栏。3个月内接到报警电话60余次。\n"
            "邯郸县公安局黄粱梦派出所辖区内总人口8万余人。\n")
    assert orgs(text) == [("3个月", "邯郸县公安局黄粱梦派出所"), ("60余次", "邯郸县公安局黄粱梦派出所"),
                          ("8万余人", "邯郸县公安局黄粱梦派出所")]


def test_the_unit_named_after_its_full_name():
    text = "派出所\n\n武汉市公安局江汉派出所今年破案300起。江汉派出所的破案率提高了20%。\n"
    assert orgs(text) == [("300起", "武汉市公安局江汉派出所"), ("20%", "武汉市公安局江汉派出所")]


def test_a_unit_named_by_a_common_word_is_not_the_body_elsewhere():
    # 公立医院 names any public hospital: only 华润集团公立医院 is that body
    doc = process_text("医改\n\n华润集团公立医院今年接诊300万人次。全国公立医院改革已推开。\n")
    assert [(o.name, o.aliases) for o in doc.organizations] == [("华润集团公立医院", ())]
    doc = process_text("警长公开栏\n\n黄粱梦派出所设置了公开栏。邯郸县公安局黄粱梦派出所辖区内有8万人。\n")
    assert [(o.name, o.aliases) for o in doc.organizations] == [
        ("邯郸县公安局黄粱梦派出所", ("黄粱梦派出所",))]
