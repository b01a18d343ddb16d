"""政府 alone in a story from abroad: the government of the country the sentence, the sentence
before it or the story is about (在泰国,政府…; 以政府 by the country's first character), a body
of its own sentences only; never a body at home, where 政府 is as often government in general."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def mentions(text):
    return [(o.surface, o.name, o.region) for o in find_organizations(text, find_regions(text))]


def orgs_of_figures(text):
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_the_country_named_in_the_same_sentence():
    text = "新闻\n\n新华社河内3月2日电 在越南,政府上个月关闭了12家亏损的国有企业。"
    assert ("政府", "越南政府", "VN") in mentions(text)
    assert orgs_of_figures(text)["12家"] == "越南政府"


def test_the_government_named_in_the_sentence_before():
    text = ("新闻\n\n新华社开罗5月6日电 开罗大学的学者评论了预算。开罗大学认为,"
            "埃及政府上周公布的预算方案很重要。政府将把教育投入增加15%。")
    assert orgs_of_figures(text)["15%"] == "埃及政府"


def test_the_country_the_sentence_before_names():
    text = ("新闻\n\n新华社雅加达4月2日电 东南亚各国都在调整经济。菲律宾现有9家国有银行。"
            "政府日前宣布,将把其中的3家合并。")
    assert orgs_of_figures(text)["3家"] == "菲律宾政府"


def test_the_story_s_country_when_the_sentences_around_name_none():
    text = ("新闻\n\n新华社东京2月3日电 日本首相今天在国会发表施政演说。\n"
            "首相在演说中宣布,政府将投入20万亿日元稳定金融体系。")
    assert orgs_of_figures(text)["20万亿日元"] == "日本政府"


def test_a_country_by_its_first_character():
    text = "新闻\n\n新华社开罗1月8日电 以色列总理今天表示,以政府将从西岸撤出13%的土地。"
    assert ("以政府", "以色列政府", "IL") in mentions(text)
    assert orgs_of_figures(text)["13%"] == "以色列政府"
    # (巴 starts two countries the text names: which one's, it does not say)
    two = "新华社北京1月8日电 巴西和巴基斯坦签署协议,巴政府将出资5亿美元。"
    assert not any(name.endswith("政府") for _, name, _ in mentions(two))


def test_a_kind_of_thing_and_government_at_home_are_no_body():
    abroad = "新华社巴黎3月2日电 法国今年扩大政府采购,政府部门削减开支8%。"
    assert not any(name.endswith("政府") for _, name, _ in mentions(abroad))
    home = "本报北京1月4日电 我国今年将新建住房1.5亿平方米,政府将投入资金300亿元。"
    assert not any(name.endswith("政府") for _, name, _ in mentions(home))


def test_it_runs_no_figure_its_sentence_does_not_name_it_in():
    # the only body of the story is a bare 政府: a later sentence of figures is no one's
    text = ("新闻\n\n新华社平壤3月4日电 记者走访了一个农户。农民说,政府去年修了水渠。"
            "这户人家去年卖大米4500公斤,收入1.5万元。")
    assert orgs_of_figures(text)["1.5万元"] is None


def test_a_country_of_a_list_is_not_the_one_the_sentence_is_about():
    text = ("新闻\n\n新华社内罗毕3月2日电 肯尼亚的互联网发展很快。肯尼亚人越来越多地在网上消费,"
            "吸引了来自美国、日本、韩国等多国的企业。而政府方面推出了超过80项在线服务。")
    assert orgs_of_figures(text)["超过80项"] == "肯尼亚政府"


def test_one_government_has_one_name_however_the_text_writes_its_country():
    # 印尼政府 is written out as 印度尼西亚政府 by the finder; the bare 政府 after it is the same
    # body, by the same name
    text = "新闻\n\n新华社雅加达1月15日电 印尼政府今天宣布,政府将削减预算20%。"
    assert ("政府", "印度尼西亚政府", "ID") in mentions(text)
    assert orgs_of_figures(text)["20%"] == "印度尼西亚政府"
    # and so is the government of a country the sentence names by its short name
    text = "新闻\n\n新华社雅加达1月15日电 在印尼,政府上个月关闭了16家银行。"
    assert ("政府", "印度尼西亚政府", "ID") in mentions(text)
