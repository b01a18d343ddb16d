"""A body brought in by 从, 向, 给 or 对 is what things are taken from, given to or done to:
the figures of its clause are its subject's, though the object stands nearer them. A body a
reporter learns a figure from (从统计局获悉) and the topic of 对…来说 keep their figures."""
from links_of import links


def orgs(text):
    return links(text, "organization")


def test_a_list_after_from_is_where_goods_are_taken_from():
    # (the list's first item, 荆州, is a place: 荆州、宜昌…中心 is one list under 从所属)
    text = ("救灾\n\n本报讯 湖北省民政厅从所属荆州、宜昌救灾物资储备中心调运价值18万元的300顶帐篷，"
            "发往受灾的乡镇。\n")
    assert orgs(text) == {"18万元": "湖北省民政厅", "300顶": "湖北省民政厅"}


def test_the_company_a_form_is_filed_with_does_not_plan_the_spending():
    text = ("扩产\n\n本报讯 天津飞鸽车业有限公司在向中国证券监督管理委员会提交的一份文件中表示，"
            "计划投资30亿元扩建新工厂。\n")
    assert orgs(text)["30亿元"] == "天津飞鸽车业有限公司"


def test_bodies_a_sum_was_cheated_from_do_not_own_it():
    text = ("诈骗\n\n本报讯 广州市公安局日前破获一起保险诈骗案。"
            "两名嫌疑人先后向平安保险公司、太平洋保险公司骗取赔款36万元。\n")
    assert orgs(text)["36万元"] == "广州市公安局"


def test_the_body_a_reporter_learns_from_keeps_its_figure():
    text = "就业\n\n本报讯 记者从湖北省劳动厅获悉，全省去年新增就业岗位12万个。\n"
    assert orgs(text)["12万个"] == "湖北省劳动厅"


def test_the_topic_of_dui_laishuo_keeps_its_figure():
    text = "赛况\n\n本报讯 这场失利对上海队来讲非常可惜，外援全场砍下32分。\n"
    assert orgs(text)["32分"] == "上海队"


def test_a_range_from_one_body_to_another_is_no_object():
    text = ("整改\n\n本报讯 四川省委、省政府去年提出整治方案。全省从省委、省政府到各地纪检部门，"
            "两年查处违纪案件1200多件。\n")
    assert orgs(text)["1200多件"] == "四川省委、省政府"


def test_a_body_that_drafted_what_is_discussed_keeps_its_figures():
    # 对美国政府起草的新规定: the government is the subject of the clause inside the object
    text = ("研讨\n\n本报讯 与会学者对江苏省政府起草的一项新规定进行了解读。"
            "新规定新增了三项内容，并有60天的公众评论期。\n")
    assert orgs(text)["三项"] == "江苏省政府"
