"""A sentence that cites a report (据X报告显示, X的报告显示) gives its figures to the body that
reported them, past the semicolons that split the sentence into parts; a body written in Latin
letters is found as one when the text cites it so. Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

from orgs_of import names

LEAD = "机器人产业\n\n工业和信息化部昨天召开座谈会,研究机器人产业发展。"


def orgs_of_figures(text):
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_a_body_in_latin_letters_cited_as_a_reports_source_is_a_body():
    assert names("据 IRDA 第 12 次调查报告显示,全球机器人企业达到3000家。") == ["IRDA"]
    assert names("Kantar发布的报告称,销量增长8%。") == ["Kantar"]
    assert names("根据GDP数据显示,经济增长6%。") == []


def test_the_cited_report_goes_on_past_the_semicolons():
    text = LEAD + ("据 IRDA 第 12 次调查报告显示,截至2018年6月,全球机器人企业总数达到3000家,"
                   "其中日本有800家;中国拥有500家,占据16.7%。")
    orgs = orgs_of_figures(text)
    assert orgs["500家"] == "IRDA" and orgs["16.7%"] == "IRDA"


def test_a_body_whose_report_shows_opens_the_sentence():
    text = LEAD + ("国际机器人联合会的报告显示,2017年日本有机器人研究人员3.9万人;"
                   "美国则拥有7.8万人,占全世界的26.2%。")
    assert orgs_of_figures(text)["26.2%"] == "国际机器人联合会"


def test_a_sentence_going_on_with_the_study_is_the_studys_body():
    # 调查发现 points back to the study cited before it; the journal printed it, the institute
    # did it
    text = ("健康研究\n\n国家卫生健康委员会昨天发布通知。北京市心理研究所最新发表在《心理学报》上的"
            "一项研究显示,坚持锻炼可以延长寿命5年。调查发现,他们的体重比其他人轻3公斤;"
            "每天步行的人多活2年。")
    orgs = orgs_of_figures(text)
    assert orgs["3公斤"] == "北京市心理研究所" and orgs["2年"] == "北京市心理研究所"


def test_a_body_named_in_chinese_cited_as_the_source_of_data_is_a_body():
    # (a name the dictionary lacks, 易观, 艾瑞咨询, or knows only as a name, 尼尔森; fails on
    # 2026.12.27, which found only bodies written in Latin letters so)
    assert names("根据易观数据，一季度移动K歌用户规模增长13%。") == ["易观"]
    assert names("据艾瑞咨询报告显示，市场规模达到500亿元。") == ["艾瑞咨询"]
    text = LEAD + "据尼尔森数据显示，2017年中国游客境外消费约2000亿美元。"
    assert orgs_of_figures(text)["约2000亿美元"] == "尼尔森"


def test_a_common_word_cited_as_a_source_is_no_body():  # (guards)
    for text in ("据统计数据显示，用户达到5亿。", "据有关数据显示，用户达到5亿。", "据不完全统计，用户达到5亿。",
                 "据初步统计，用户达到5亿。", "据中央有关部门统计，用户达到5亿。", "据北京市统计，用户达到5亿。"):
        assert names(text) == [], text


def test_a_cited_source_runs_only_the_sentences_that_cite_it():
    text = ("莲外教育上市\n\n浙江莲外教育集团有限公司昨天上市。根据沙利文数据统计，民办教育市场规模达到500亿元。"
            "\n\n公司去年营业收入为3699万元。\n")
    orgs = orgs_of_figures(text)
    assert orgs["500亿元"] == "沙利文" and orgs["3699万元"] == "浙江莲外教育集团有限公司"


def test_a_bodys_head_word_alone_cited_as_the_source_is_that_body():
    # (海关 is a place to the dictionary; fails on 2026.12.30)
    assert names("据海关统计，去年全省出口增长12%。") == ["海关"]
    text = LEAD + "据海关统计，去年我国机器人进口额达到50亿美元。"
    assert orgs_of_figures(text)["50亿美元"] == "海关"
    assert names("据妇联统计，全市有女企业家300名。") == ["妇联"]
    assert names("据银行统计，去年发放贷款12亿元。") == []  # (which bank?)


def test_what_follows_a_cited_name_is_not_part_of_it():
    # how new or official the data are, who handed them, 大 of 大数据 (fails on 2026.12.30)
    assert names("据蓝鲸官方数据，平台用户达到3000万。") == ["蓝鲸"]
    assert names("据蓝鲸最新数据，平台用户达到3000万。") == ["蓝鲸"]
    assert names("据蓝鲸提供的数据，平台用户达到3000万。") == ["蓝鲸"]
    assert names("据蓝鲸大数据显示，平台用户达到3000万。") == ["蓝鲸"]


def test_how_a_count_was_made_is_no_body():  # (fails on 2026.12.30)
    for text in ("据记者不完全统计，平台用户达到3000万。", "据目前最新的调查结果显示，用户达到5亿。",
                 "在数据库中对数据表进行统计分析，用户达到5亿。", "据九月份数据显示，用户达到5亿。"):
        assert names(text) == [], text


def test_a_story_that_names_no_other_body_is_its_cited_sources():
    # the whole report is the source's count (fails on 2026.12.30: the later sentences had none)
    text = ("我省外贸持续增长\n\n本报讯 据海关统计，去年全省进出口总值达到120亿美元。其中出口75亿美元，"
            "增长9%。\n对日本出口增长较快，达到18亿美元。\n")
    orgs = orgs_of_figures(text)
    assert orgs["120亿美元"] == orgs["75亿美元"] == orgs["18亿美元"] == "海关"


def test_a_story_that_names_another_body_keeps_it():  # (a guard)
    text = ("我省外贸持续增长\n\n本报讯 浙江省对外贸易经济合作厅昨天召开会议。据海关统计，去年全省进出口总值达到120亿美元。"
            "其中出口75亿美元。\n")
    orgs = orgs_of_figures(text)
    assert orgs["120亿美元"] == "海关"
    assert orgs["75亿美元"] != "海关"


# A sentence that opens by citing a body's count or forecast (据俄经济部预测, 根据国家公务员局公布
# 的数据) gives its figures to that body, past the bodies the sentence names on the way (独联体,
# the trade's partner, forecast nothing); a figure's clause that opens with a body of its own
# (华为公司去年销售额达到…) is that body's still. Sentences written for this test; the first
# two cases failed on 2026.12.45.
def test_a_sentence_opening_with_a_cited_forecast_is_the_forecasters():
    text = ("俄外贸\n\n据俄经济部预测，在下个世纪头5年内，俄与独联体国家贸易在俄整个外贸中"
            "所占比重将从19%下降到15%。\n")
    orgs = orgs_of_figures(text)
    assert orgs["19%"] == orgs["15%"] == "俄经济部"


def test_the_last_body_before_what_is_cited_gave_it():
    text = ("报名\n\n根据国家公务员局公布的数据，截至报名结束时，某县气象局一个职位的竞争比"
            "已经达到4040:1。\n")
    assert orgs_of_figures(text)["4040:1"] == "国家公务员局"


def test_a_clause_with_its_own_subject_keeps_it():  # (a guard)
    text = "销售\n\n据国家统计局测算，华为公司去年销售额达到1000亿元。\n"
    assert orgs_of_figures(text)["1000亿元"] == "华为公司"
