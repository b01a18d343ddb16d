"""Places an article names that are not what its figures are about: the city a reporter set
out from (从海南三亚市出发…我们来到白沙县), and a place in the name of one example of a counted
set (完成了湛江50万吨浆厂等6个项目); and the place a sentence opening with 该/这 refers back to
(北京海关的职位最热。该岗位共有164人报名); and the capital in a national paper's dateline
(本报北京电), which is where its desk files, not a place of the story; nor is a place a
run-on lead paragraph names sentences after a figure. Sentences written for this test."""
from __future__ import annotations

from regions_of import regions


def test_the_city_a_journey_sets_out_from_is_not_the_lead_place():
    got = regions("山里的学校\n\n本报记者 王明\n从河北石家庄市出发,汽车在山路上走了半天,我们来到阜平县。\n"
                  "这里的小学去年新建了12间教室,全校有学生300多名。")
    assert got["12间"] == "阜平县"
    assert got["300多名"] == "阜平县"


def test_a_journey_that_sets_out_from_the_story_place_keeps_it():
    # the origin is the only place: it stays the article's (nothing else is named)
    got = regions("车队\n\n本报记者 王明\n运送救灾物资的车队今晨从保定市出发。\n车队共有卡车20辆。")
    assert got["20辆"] == "保定市"


def test_a_place_in_the_name_of_one_example_does_not_place_the_count():
    got = regions("结构调整见成效\n\n本报北京1月4日讯 1997年国家林业局加大了结构调整力度。\n"
                  "国家林业局抓好建设项目管理,完成了湛江50万吨浆厂等6个大中型项目前期工作,"
                  "审查审批技术改造项目25项。全年完成木材产量5859万立方米。")
    assert got["6个"] == "全国"
    assert got["25项"] == "全国"
    assert got["5859万立方米"] == "全国"
    assert got["50万吨"] == "湛江市"  # the example's own figure is the example's place's


def test_places_listed_as_examples_of_counted_places_still_give_their_holder():
    got = regions("试点\n\n本报讯 南京、苏州等5个城市开展试点,共培训职工2万人。")
    assert got["5个"] == "江苏省"


def test_a_sentence_opening_with_this_refers_back_to_the_place_before():
    got = regions("国考报名第三日\n\n截至24日17时,海关总报名人数已达14725人。今日报名人数最多的岗位在"
                  "深圳海关,该岗位共有1591人报名。今日,北京海关辖下职位最受欢迎。该岗位共招录1人,"
                  "共有164人报名。", manifest=None)
    assert got["1591人"] == "深圳市"
    assert got["164人"] == "北京市"


def test_the_capital_in_a_dateline_is_the_national_desk_not_the_story_place():
    text = "旅游\n本报北京1月5日讯 记者王明报道:去年共接待入境游客5700万人次。"
    assert regions(text) == {"5700万人次": "全国"}  # a national paper: the country's figure
    assert regions(text.replace("北京", "合肥")) == {"5700万人次": "合肥市"}
    assert regions(text.replace("去年", "北京市去年")) == {"5700万人次": "北京市"}


def test_a_run_on_lead_names_its_later_places_for_the_sentences_around_them():
    got = regions("国考报名第三日\n\n今年国考报名进入第三日。截至24日,报名人数已达14725人,已报名职位244个。"
                  "职位平均竞争比为12.2:1。其中报名人数最多的岗位工作地点在深圳市,该职位招考8人。")
    assert got["14725人"] == "全国"  # not 深圳市: the lead names it three sentences on
    assert got["12.2:1"] == "深圳市"  # the sentence right before it: the lead still speaks
    assert got["8人"] == "深圳市"


def test_a_sentence_naming_no_place_goes_on_about_the_subject_of_the_one_before():
    got = regions("农村电商\n\n本报记者 王明\n读者来信说,舟山镇凌宅村的农产品靠电商卖到了全国。数据显示,"
                  "2017年全国农村实现网络零售额12448.8亿元。截至2017年底,农村网店达985.6万家,同比增长20.7%。")
    assert got["985.6万家"] == "全国"
    assert got["20.7%"] == "全国"
    # a part told after 其中 is the part's, and its place is not what follows it
    got = regions("就业\n\n本报讯 全省今年新增就业12万人。其中,南京市新增3万人。下岗职工再就业5万人。")
    assert got["3万人"] == "南京市"


def test_a_letter_signed_from_a_city_speaks_of_that_city():
    got = regions("人情债\n\n近年来,据我市统计部门对100户农户的抽样调查,户均礼金支出2100元。(河北省保定市委 王明)")
    assert got == {"100户": "保定市", "2100元": "保定市"}


def test_places_counted_without_a_measure_word_hold_their_examples_too():
    got = regions("高考\n\n截至目前,已有山东、湖北、河北、江苏、天津、湖南等14省市公布了报名时间,"
                  "报名人数共计80万人。", manifest=None)
    assert got == {"14省市": "全国", "80万人": "全国"}


def test_a_place_a_journey_goes_by_is_not_the_lead_place():
    got = regions("深山里的果园\n\n本报记者 王明\n从河北石家庄市出发,汽车沿山路行进;过平山县,翻过一道山梁,"
                  "我们来到阜平县。\n这里的果园去年收获苹果80万公斤,全乡有果农600多户。")
    assert got["80万公斤"] == "阜平县"
    assert got["600多户"] == "阜平县"


def test_a_place_passed_without_a_journey_told_is_still_the_place():
    # (途经 in a text that tells no journey: the river's place, read as before)
    got = regions("治河工程\n\n本报讯 这条河途经平山县,沿岸去年新修堤坝30公里。")
    assert got["30公里"] == "平山县"
