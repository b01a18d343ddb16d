"""Figure finding on sentences written for these tests, one rule per test."""
import math

import pytest

from minsheng.etl.figures import extract_figures
from minsheng.etl.metrics import metric_for


def found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def one(text):
    figures = extract_figures(text)
    assert len(figures) == 1, [f.surface for f in figures]
    return figures[0]


# -- values and units ----------------------------------------------------------------------------

def test_multipliers_are_applied_and_units_normalized():
    assert found("去年全省参保4.26亿人次,基金支出812.3亿元。") == [
        ("4.26亿人次", 426_000_000, "人次"), ("812.3亿元", 81_230_000_000, "元")]
    assert found("跨区结算1200.55万人次。") == [("1200.55万人次", 12_005_500, "人次")]
    assert found("招募志愿者350名,专家12位。") == [("350名", 350, "人"), ("12位", 12, "人")]
    assert found("新建800张床位。") == [("800张床位", 800, "张")]
    assert found("共举办12场次。") == [("12场次", 12, "场")]
    assert found("他在厂里干了31个年头。") == [("31个年头", 31, "年")]


def test_chinese_numerals():
    assert found("筹集善款五十万元。") == [("五十万元", 500_000, "元")]
    assert found("帮扶两名患者,走访两家银行,持续三天。") == [
        ("两名", 2, "人"), ("两家", 2, "家"), ("三天", 3, "天")]


def test_percentages_points_multiples_and_fractions():
    assert found("合格率达到98.6%,比上年提高2.3个百分点,产值增长1.8倍。") == [
        ("98.6%", 98.6, "%"), ("2.3个百分点", 2.3, "百分点"), ("1.8倍", 1.8, "倍")]
    f = one("获奖数量占全省1/4。")
    assert (f.value, f.unit) == (0.25, "比例")
    assert found("有三分之一的职工参加。") == [("三分之一", 0.3333, "比例")]
    assert found("八成以上的企业复工。")[0][1:] == (80, "%")


def test_half_units():
    assert found("项目运营一年半,") == [("一年半", 1.5, "年")]
    assert found("驱车一个半小时到达。") == [("一个半小时", 1.5, "小时")]


def test_ranges_store_both_ends():
    f = one("月薪在5000—7000元之间。")
    assert (f.surface, f.value, f.value_max, f.unit, f.qualifier) == (
        "5000—7000元", 5000, 7000, "元", "exact")
    f = one("租金减免15%—30%。")
    assert (f.value, f.value_max, f.unit) == (15, 30, "%")
    f = one("本地工资只有五六千元。")
    assert (f.surface, f.value, f.value_max) == ("五六千元", 5000, 6000)
    f = one("投资2—3亿元。")
    assert (f.value, f.value_max) == (200_000_000, 300_000_000)


def test_bare_multipliers():
    assert found("发放万份宣传册。") == [("万份", 10_000, "份")]
    assert found("设立总部奖励百万元") == [("百万元", 1_000_000, "元")]
    f = one("千余家企业参加。")
    assert (f.surface, f.value, f.unit, f.qualifier) == ("千余家", 1000, "家", "more_than")
    # 数百本 has no definite value: nothing a reader writes down (see test_what_when.py)
    assert found("共赠送数百本图书。") == []
    f = one("近万名快递员加入工会。")
    assert (f.surface, f.value, f.qualifier) == ("近万名", 10_000, "approx")


def test_durations_and_ages_are_figures():
    assert found("培训历时6个月。") == [("6个月", 6, "个月")]
    assert found("20年来,该项目坚持了7年。") == [("20年", 20, "年"), ("7年", 7, "年")]
    assert found("今年45岁的李师傅说。") == [("45岁", 45, "岁")]
    assert found("步行8分钟即到。") == [("8分钟", 8, "分钟")]


def test_money_in_speech():
    f = one("“我买了三十块钱左右的水果。”")
    assert (f.surface, f.value, f.unit, f.qualifier) == ("三十块钱左右", 30, "元", "approx")


# -- qualifiers and roles ------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, qualifier", [
    ("共招募志愿者近300名。", "近300名", "approx"),
    ("惠及困难职工2万余人。", "2万余人", "more_than"),
    ("累计发放3000多万元。", "3000多万元", "more_than"),
    ("参与率超80%。", "超80%", "more_than"),
    ("销售额突破5亿元。", "突破5亿元", "more_than"),
    ("覆盖约1.2万户。", "约1.2万户", "approx"),
    ("费用在300元左右。", "300元左右", "approx"),
    ("救助金上限8万元。", "上限8万元", "at_most"),
    ("每户补助最高不超过20万元。", "最高不超过20万元", "at_most"),
    ("报销比例不低于60%。", "不低于60%", "at_least"),
    ("至少3次。", "至少3次", "at_least"),
    ("用时不到10分钟。", "不到10分钟", "less_than"),
])
def test_qualifier_words_set_the_qualifier_and_join_the_surface(text, surface, qualifier):
    f = one(text)
    assert (f.surface, f.qualifier) == (surface, qualifier)
    assert text[f.char_start:f.char_end] == surface


def test_a_qualifier_character_that_ends_another_word_is_not_a_qualifier():
    f = one("现场签约3个项目。")
    assert (f.surface, f.qualifier) == ("3个", "exact")
    f = one("最近5年,")
    assert (f.surface, f.qualifier) == ("5年", "exact")
    f = one("纽约3家银行宣布合并。")  # (the city's 约)
    assert (f.surface, f.qualifier) == ("3家", "exact")
    assert extract_figures("纽约一家证券公司对10个国家作了分析。")[0].surface == "10个"


def test_a_qualifier_separated_by_a_linking_word_stays_out_of_the_surface():
    f = one("慰问金最高可达3.5万元。")
    assert (f.surface, f.value, f.qualifier) == ("3.5万元", 35_000, "at_most")


def test_yishang_is_a_threshold_in_a_rule_and_a_floor_in_a_report():
    f = one("对年营业收入500万元(含)以上的企业,给予一次性奖励。")
    assert (f.surface, f.qualifier, f.role) == ("500万元(含)以上", "at_least", "parameter")
    rule = extract_figures("对连续经营3年以上的商户,给予5万元补贴。")
    assert [(f.surface, f.qualifier, f.role) for f in rule] == [
        ("3年以上", "at_least", "parameter"), ("5万元", "exact", "parameter")]
    f = one("全市已有90%以上的社区建成驿站。")
    assert (f.surface, f.qualifier, f.role) == ("90%以上", "more_than", "outcome")


def test_roles():
    assert one("会员每人每年缴费60元。").role == "parameter"
    assert one("保持日均余额3000元即可参保。").role == "parameter"
    assert one("去年补助困难职工1200人次。").role == "outcome"


# -- what is not a figure ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2023年9月15日,会议在京召开。",
    "截至今年5月底,工作全面展开。",
    "活动于3月1日至5日举行。",
    "下午3时30分开始。",
    "1998年,他来到深圳。",
    "二〇二四年是关键一年。",
    "2025—2027年示范创建名单公布。",
])
def test_dates_and_clock_times(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "详见第5版。",
    "第二届运动会开幕。",
    "学习十九届六中全会精神。",
    "全总十八届三次执委会议召开。",
    "分获第一、二、三、四名。",
    "进入全省前3名。",
    "(下转2版)",
    "正月初六返岗。",
])
def test_ordinals_editions_and_sessions(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "乘坐G1234次列车。",
    "公交26路驾驶员。",
    "在2号航站楼集合。",
    "编制十四五规划。",
    "夺得男子100米自由泳金牌。",
    "获得女子3000米接力冠军。",
    "新车型极光07上市。",
    "实现5G全覆盖。",
    "建立TOP10榜单。",
])
def test_identifiers_and_event_names(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "开展“三个一”活动。",
    "实施“五个一批”工程。",
    "深刻领悟“两个确立”。",
    "打造“1+N”服务模式。",
    "建立“1名党员+1名志愿者+N户居民”的结对机制。",
    "推出八大行动。",
    "实现社保卡一卡通。",
    "启动安全生产三年行动。",
    "学习《2024年十项重点工作》。",
    "写好“学、思、践、悟”四篇文章。",
])
def test_numbers_inside_slogans_and_names(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "同一个社区",
    "提供一站式服务。",
    "慰问一线职工。",
    "大家一起包饺子。",
    "第一时间赶到现场。",
    "还有一些困难。",
    "开来一辆救护车。",
    "一张张笑脸。",
    "送上一份温暖。",
    "筑起一道防线。",
    "这两天天气很好。",
    "两人都表示满意。",
    "开展二次救助。",
    "三番五次上门。",
    "温暖千家万户。",
    "庆祝建校80周年。",
    "市县乡村四级联动。",
])
def test_word_internal_numerals_articles_and_idioms(text):
    assert found(text) == []


def test_a_count_of_one_in_digits_is_kept():
    assert found("1人获得特等奖,奖品为汽车1辆。") == [("1人", 1, "人"), ("1辆", 1, "辆")]


# -- record fields -------------------------------------------------------------------------------

def test_offsets_evidence_and_metric():
    text = "记者获悉。今年全市共济金额12.5亿元,共济人次达30万人次;其他情况另报。"
    figures = extract_figures(text)
    assert [f.surface for f in figures] == ["12.5亿元", "30万人次"]
    for f in figures:
        assert text[f.char_start:f.char_end] == f.surface
        assert f.evidence == "今年全市共济金额12.5亿元,共济人次达30万人次"
        assert f.evidence_start == text.index("今年")
        assert f.period is None and f.region is None and f.organization is None
    assert figures[0].metric == "共济金额"
    assert figures[1].metric == "共济人次"


def test_metric_from_the_object_after_the_measure_word():
    sentence = "全市发展入会单位2165个,新建3个驿站"
    assert metric_for(sentence, 8, 13, "个") == "入会单位"
    assert metric_for(sentence, 16, 18, "个") == "驿站"


def test_a_parenthetical_aside_inside_the_label_is_skipped():
    sentence = "从地域看,医保统筹区(一般为地市)共济2.5万人次,结算金额(不含自付)3000万元"
    i = sentence.index("2.5万人次")
    assert metric_for(sentence, i, i + 6, "人次") == "医保统筹区共济"
    i = sentence.index("3000万元")
    assert metric_for(sentence, i, i + 6, "元") == "结算金额"


def test_people_counted_by_what_they_did_or_received():
    for sentence, surface, label in [("全年共为4.2万人次发放救助金3000万元", "4.2万人次", "发放救助金"),
                                     ("去年全县856人次获补助120万元", "856人次", "获补助人次"),
                                     ("活动吸引2300人次参与", "2300人次", "参与人次")]:
        i = sentence.index(surface)
        assert metric_for(sentence, i, i + len(surface), "人次") == label
    # a noun naming the people still wins
    sentence = "全县入会职工达12000人"
    i = sentence.index("12000人")
    assert metric_for(sentence, i, i + 6, "人") == "入会职工"


def test_values_are_never_nan_nor_negative_without_a_minus_read_as_one():
    # a minus counts before an amount, a rate or a temperature only: not before people
    for f in extract_figures("利润下降—0.3%,减少-12人。"):
        assert f.value >= 0 and not math.isnan(f.value)


def test_a_temperature_below_zero_is_negative_in_degrees_celsius():
    assert found("气温降至-5°C,今晨零下20℃,夜间零下8摄氏度,白天22℃。") == [
        ("-5°C", -5, "℃"), ("零下20℃", -20, "℃"), ("零下8摄氏度", -8, "摄氏度"), ("22℃", 22, "℃")]


def test_absurdly_long_numbers_are_dropped_not_infinite():
    assert extract_figures("共" + "9" * 400 + "元。") == []


def test_empty_and_figureless_text():
    assert extract_figures("") == []
    assert extract_figures("没有任何数字的一段话。") == []


# -- money written the old way -----------------------------------------------------------------

def test_yuan_jiao_fen_are_one_amount():
    assert found("菜价每公斤2元5角,车票17元7角5分。") == [
        ("2元5角", 2.5, "元"), ("17元7角5分", 17.75, "元")]
    f = one("一度电1元3角多。")
    assert (f.surface, f.value, f.qualifier) == ("1元3角多", 1.3, "more_than")


def test_yuan_followed_by_a_currency_name_is_that_currency():
    assert found("募得善款30万元港币和5万元新台币,另有20万元人民币。") == [
        ("30万元港币", 300_000, "港元"), ("5万元新台币", 50_000, "新台币"),
        ("20万元人民币", 200_000, "元")]


def test_an_amount_in_quotes_is_a_figure_a_numbered_slogan_is_not():
    # (the rate's base, 1美元, is no sum: see test_figures_exchange_rates.py)
    assert found("出现了“1美元兑1300韩元”的行情。") == [("1300韩元", 1300, "韩元")]
    assert found("出现了“捐款1300韩元”的新闻。") == [("1300韩元", 1300, "韩元")]
    assert found("开展“五大行动”,推广“一卡通”。") == []


def test_a_centre_and_its_tolerance_are_the_range_around_it():
    got = [(f.surface, f.value, f.value_max, f.unit) for f in
           extract_figures("室温保持在22±2℃，湿度50±5%，成本为100±10元。")]
    assert got == [("22±2℃", 20, 24, "℃"), ("50±5%", 45, 55, "%"), ("100±10元", 90, 110, "元")]
    # a tolerance alone is a bound of its own
    assert found("误差±3%以内。") == [("3%以内", 3, "%")]


def test_the_minutes_of_a_clock_time_are_no_count():
    assert found("第二天6:30起床比较合适,14:00开会5人参加。") == [("5人", 5, "人")]


def test_a_percentage_in_words_keeps_its_decimals():
    assert found("失业率为百分之八点零七,比上年提高百分之二十六点一。") == [
        ("百分之八点零七", 8.07, "%"), ("百分之二十六点一", 26.1, "%")]


def test_blood_pressure_is_in_millimetres_of_mercury():
    assert found("收缩压超过140毫米汞柱。") == [("超过140毫米汞柱", 140, "毫米汞柱")]


def test_pots_and_panes_are_counted():
    assert found("春节前催花4000盆左右，大厅两侧是29扇玻璃窗。") == [
        ("4000盆左右", 4000, "盆"), ("29扇", 29, "扇")]


def test_square_li_are_no_square_metres():
    # 平方 alone is the square metre; 平方里 (square li) is another unit, unlisted
    assert found("面积30平方的住房，周围1600平方里的区域。") == [("30平方", 30, "平方米")]


def test_dao_and_bian_count():
    # 道 counts what is passed or set (涵洞72道, 两道题) but not in a place's name or an idiom
    assert found("新线有涵洞72道，行测题目是135道，他把课文读了3遍。") == [
        ("72道", 72, "道"), ("135道", 135, "道"), ("3遍", 3, "遍")]
    assert found("他家住八道湾，不许别人说三道四。") == []


def test_a_height_said_in_metres_and_centimetres():
    assert found("他身高1米85，弟弟2米13，妹妹1米6。") == [
        ("1米85", 1.85, "米"), ("2米13", 2.13, "米"), ("1米6", 1.6, "米")]
    assert found("水深1米，长1米20厘米。") == [("1米", 1, "米"), ("1米", 1, "米"), ("20厘米", 20, "厘米")]


def test_kou_counts_the_people_of_a_household():
    got = [(f.surface, f.value, f.unit) for f in extract_figures(
        "他家有5口人，一家4口均能写会画，全家共6口；全村1100口人。村里还打了3口井。")]
    assert got == [("5口人", 5, "人"), ("4口", 4, "人"), ("6口", 6, "人"), ("1100口人", 1100, "人"),
                   ("3口", 3, "口")]  # wells stay counted as 口


def test_a_bare_multiplier_before_people_written_ming_or_wei_counts_them():
    got = [(f.surface, f.value, f.unit) for f in extract_figures(
        "国庆节，百名劳模晋京；湖北万名税官竞争上岗，千名师生参加校庆，百位专家到场。")]
    assert got == [("百名", 100, "人"), ("万名", 10000, "人"), ("千名", 1000, "人"),
                   ("百位", 100, "人")]
    # 名 for "famous", and people written 人 after a bare multiplier of one character (an
    # idiom's, mostly)
    assert extract_figures("他乘百万名车回家，万人空巷，千家万户，千人一面。") == []


def test_people_after_a_bare_multiplier_of_two_characters_are_counted():
    got = [(f.surface, f.value, f.unit) for f in extract_figures(
        "水库移民十万人，比上月增加百万人。")]
    assert got == [("十万人", 100000, "人"), ("百万人", 1000000, "人")]
    # but not a rate's base (每十万人口) nor a countless multitude (数以千万人, 亿万人)
    got = extract_figures("每十万人口有医生12名，数以千万人为之感动，亿万人欢呼。")
    assert [f.surface for f in got] == ["12名"]


def test_nearly_half_and_more_than_half_are_shares():
    got = [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(
        "近半产品不合格，过半数职工同意，近半数企业亏损。")]
    assert got == [("近半", 0.5, "比例", "approx"), ("过半数", 0.5, "比例", "more_than"),
                   ("近半数", 0.5, "比例", "approx")]
    # a half of a time, of a hundred or of a match stays what it was
    assert [(f.surface, f.unit) for f in extract_figures("近半年来，他年近半百，把球传过半场。")] == [
        ("近半年", "年")]


def test_half_alone_is_a_share():
    got = [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(
        "半数以上的患者没有症状，文章中约有半数涉及环保，年轻棋手占了半数席位。")]
    assert got == [("半数以上", 0.5, "比例", "more_than"), ("半数", 0.5, "比例", "approx"),
                   ("半数", 0.5, "比例", "exact")]
