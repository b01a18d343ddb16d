"""A registered company's name may bracket where it is registered after its trade name
(神州优车(福建)信息技术有限公司) or that it is a group (香江(集团)有限公司); the trade name is
often an invented word the segmenter cuts into odd pieces (首/m 约/d 科技/n), so the name runs
back from the bracket to the nearest word that is no part of a name. The finder sees page text
folded to ASCII brackets (normalize.py). Sentences written for this test."""
from minsheng.etl.normalize import normalize_page

from orgs_of import names


def _names(text):
    return names(normalize_page(text))


def test_a_trade_name_before_a_bracketed_place_opens_the_name():
    assert _names("名单上有星云优品（浙江）网络科技有限公司和另外两家企业。") == [
        "星云优品(浙江)网络科技有限公司"]
    assert _names("记者从首约科技（北京）有限公司获悉，今年将扩招。") == ["首约科技(北京)有限公司"]


def test_a_list_of_such_names_keeps_each_whole():
    got = _names("被约谈的企业有飞鱼出行（上海）科技有限公司、蓝海优车（福建）信息技术有限公司。")
    assert got == ["飞鱼出行(上海)科技有限公司", "蓝海优车(福建)信息技术有限公司"]


def test_the_name_stops_at_a_preposition_before_the_trade_name():
    assert _names("他从华夏（集团）有限公司辞职。") == ["华夏(集团)有限公司"]


def test_a_verb_that_introduces_examples_is_no_part_of_the_first_name():
    got = _names("参展企业包括天成药业有限公司、苏宁云商集团股份有限公司等。")
    assert got == ["天成药业有限公司", "苏宁云商集团股份有限公司"]
    assert _names("涉及的机构例如长江证券股份有限公司也在其中。") == ["长江证券股份有限公司"]
