"""意大利当局, 韩国金融当局, 美国监管当局: a place's authorities are a body, named by the place
(as the text writes it: 台湾当局 is not a body of 台湾省's) and their field; not 当局 alone."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def names(text):
    return [(o.name, o.region) for o in find_organizations(text, find_regions(text))]


def orgs_of_figures(text):
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_a_country_s_authorities_and_their_field():
    assert ("希腊当局", "GR") in names("新华社雅典3月2日电 希腊当局说,已有600多名移民登岸。")
    text = "新闻\n\n新华社首尔3月2日电 韩国金融当局日前暂停了7家银行的外汇业务。"
    assert ("韩国金融当局", "KR") in names(text)
    assert orgs_of_figures(text)["7家"] == "韩国金融当局"


def test_named_as_written_and_not_alone():
    assert ("台湾当局", "710000") in names("新华社北京1月3日电 我们希望台湾当局回到谈判桌前。")
    assert names("新华社北京1月3日电 当局逮捕了30人。") == [("新华社", "100000")]


def test_no_body_for_the_figures_of_sentences_that_do_not_name_them():
    text = ("新闻\n\n本报北京1月3日电 希望台湾当局回应。台湾当局一再拖延。台湾当局必须正视现实。\n"
            "去年两岸人员往来接近200万人次。")
    assert orgs_of_figures(text)["接近200万人次"] is None
