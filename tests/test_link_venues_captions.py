"""Places that are not what an article's figures are about: the city a meeting is held in
(从今天在北京举行的…全会上获悉), the place a photo shows (资料图：山西太原一公务员考点), and the city
a reporter filed from when a body of the whole country reports (本报北京电 中国儿童少年基金会公布…);
and one that is: a place written between a figure's measure word and the noun it counts
(3018个广州家长). Sentences written for this test."""
from __future__ import annotations

from regions_of import regions


def test_the_city_a_meeting_is_held_in_is_not_the_lead_place():
    got = regions("禁毒工作成效好\n\n本报讯 记者从今天在南京举行的全国禁毒工作会议上获悉:1997年全国禁毒"
                  "专项斗争取得好成效。\n\n据统计,检察机关全年办理毒品案件1万多起。")
    assert got["1万多起"] == "全国"


def test_the_city_of_a_hall_in_brackets_is_a_venue_too():
    got = regions("卫生工作会议\n\n本报讯 全国卫生工作会议今天在京西宾馆（北京）召开。会议透露，去年"
                  "新建乡镇卫生院300所。")
    assert got["300所"] == "全国"


def test_a_venue_in_the_figures_own_clause_still_places_them():
    got = regions("展销会\n\n在南京举行的年货展销会上,成交额达5亿元。")
    assert got["5亿元"] == "南京市"


def test_a_photo_caption_names_no_place_of_the_story():
    got = regions("报名人数创新高\n\n截至24日,已有超过18万人通过资格审查。资料图:山西太原一考点,"
                  "考生排队入场。国家公务员局表示,报名将持续到31日。", manifest=None)
    assert got["超过18万人"] == "全国"


def test_a_national_body_reports_for_the_country_not_the_dateline_city():
    got = regions("春蕾计划\n\n本报北京1月12日讯 在今天召开的恳谈会上,中国儿童少年基金会公布了去年的成绩。"
                  "1997年,基金会共募集基金1174.8万元。")
    assert got["1174.8万元"] == "全国"
    got = regions("春节慰问\n\n本报合肥1月12日讯 今年春节,市总工会共慰问困难职工3000户。")
    assert got["3000户"] == "合肥市"


def test_a_place_right_after_the_measure_word_is_whose_count_it_is():
    got = regions("留学\n\n入读美国名校,应提前做好哪些准备?据调查显示,参与调研的3018个广州家长中,"
                  "逾四成决定送孩子出国留学。今年共有500名北京市民报名。", manifest=None)
    assert got["3018个"] == "广州市"
    assert got["500名"] == "北京市"


def test_a_republication_note_names_nothing_of_the_story():
    # 原文刊载于X,经Y(上海…)授权发布: the article's history, not what it reports
    got = regions("社区医疗\n\n原文刊载于健康报,经某某中心(卫生政策上海圆桌会议主办方)授权发布。"
                  "社区医疗在云南是一个巧合。我们现在有50家社区卫生服务中心。", manifest=None)
    assert got["50家"] == "云南省"


def test_the_city_an_award_is_presented_or_announced_in_is_a_venue_too():
    got = regions("文学奖颁奖\n\n本报讯 首届青年文学奖今天在北京人民大会堂颁奖。\n"
                  "本届评奖共收到参评作品300多部。")
    assert got["300多部"] == "全国"
    got = regions("十佳评选揭晓\n\n本报讯 全国十佳运动员评选结果今天在上海揭晓。\n当选的10名运动员中,"
                  "有6名是奥运冠军。")
    assert got["6名"] == "全国"
