"""Organization names that generalise: where a name starts and ends, and which form is kept."""
import pytest

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def orgs(text, home=None):
    return [(o.surface, o.name, o.kind) for o in find_organizations(text, find_regions(text, home), home)]


def test_a_company_name_goes_on_over_its_parenthesised_part():
    assert orgs("江苏恒润(集团)有限公司今年出口额增长12%。") == [
        ("江苏恒润(集团)有限公司", "江苏恒润（集团）有限公司", "company")]
    assert orgs("会议邀请了诺和诺德(中国)制药有限公司的代表。")[0][1] == "诺和诺德（中国）制药有限公司"


def test_a_trade_name_between_a_place_and_the_industry_belongs_to_the_name():
    assert orgs("浙江恒远纺织有限公司去年出口额增长9%。")[0][1] == "浙江恒远纺织有限公司"


def test_rooms_halls_and_stations_are_not_organizations():
    found = orgs("会议在四川省总工会大楼会议室举行,随后代表们来到成都火车站。")
    assert [name for _, name, _ in found] == ["四川省总工会"]


def test_a_name_that_runs_on_into_a_stadium_or_a_theatre_names_a_venue():
    found = orgs("新机将于11月5日在深圳大运中心体育馆发布,同日在香港文化中心大剧院展出。")
    assert found == []
    # (a body's own building keeps the body: see above)
    found = orgs("20位下岗职工走进福州市总工会大楼报到。")
    assert [name for _, name, _ in found] == ["福州市总工会"]


def test_a_body_under_another_is_a_body_of_its_own():
    # 辖下, 下属, 所属: the body after the word is under the one before, not one name with it
    found = orgs("江门海关辖下阳江海关的岗位连续多日最热门。")
    assert [surface for surface, _, _ in found] == ["江门海关", "阳江海关"]


def test_a_joint_body_of_party_and_government_is_one():
    found = orgs("河南省委、省政府出台措施稳定就业。", "410100")
    assert found == [("河南省委、省政府", "河南省委、省政府", "government")]


def test_short_forms_of_a_government_and_its_parts_take_the_place():
    assert orgs("省政府拿出200万元,省财政拿出80万元。", "450100") == [
        ("省政府", "广西壮族自治区政府", "government"), ("省财政", "广西壮族自治区财政", "government")]
    assert orgs("市扶贫办、市发改委联合发文。", "360100") == [
        ("市扶贫办", "南昌市扶贫办", "government"), ("市发改委", "南昌市发改委", "government")]
    assert orgs("记者从国家发改委获悉。")[0][1] == "国家发展和改革委员会"  # the table's full form


def test_a_short_head_word_inside_a_verb_phrase_names_no_body():
    assert orgs("福建着力推动政府、企业、社会共同参与。") == []
    assert orgs("全省财政收入增长8%,各地举办招聘会,办理社保。", "450100") == []
    assert orgs("他受委托出席会议。") == []


def test_an_ordinal_inside_a_name_does_not_end_it():
    assert orgs("中山大学附属第三医院专家介绍。")[0][1] == "中山大学附属第三医院"


def test_a_city_level_body_is_the_citys_own():
    assert orgs("市级职工互助会去年筹集资金80万元。", "430200")[0][1] == "株洲市职工互助会"


def test_a_press_office_is_not_a_governing_body():
    assert orgs("昆明市政府新闻办举行新闻发布会。")[0][2] == "media"


def test_a_bodys_numbered_congress_and_a_term_are_part_of_the_name():
    found = orgs("祝中国民主促进会第九次全国代表大会圆满成功。")
    assert [s for s, _, _ in found] == ["中国民主促进会第九次全国代表大会"]
    found = orgs("第十届全国人民代表大会第一次会议在北京举行。")
    assert found[0][0] == "第十届全国人民代表大会"


def test_a_trade_name_and_trade_is_a_company_where_the_text_calls_it_one():
    found = orgs("山东晨鸣纸业、太阳纸业等龙头企业去年利润增长20%。")
    assert [(s, k) for s, _, k in found] == [("山东晨鸣纸业", "company"), ("太阳纸业", "company")]
    assert orgs("伊利乳业今年营收增长12%。") == []  # nothing says it is a company
    assert orgs("当地企业大力发展化工、物流等产业。") == []  # trades, not names


def test_a_places_political_situation_is_no_bureau():
    assert orgs("东亚政局动荡，中东政局不稳。") == []
    assert [o[0] for o in orgs("市财政局拨款，山东省民政局发布通知。")] == ["市财政局", "山东省民政局"]


def test_a_kind_of_body_counted_right_after_it_is_no_body():
    assert [o[0] for o in orgs("南方日报记者获悉，天河区今年新建学校5所，新增医院3家。")] == ["南方日报"]
    # a count of something else the body has is no count of the kind
    assert [o[0] for o in orgs("天河区第一中学3所分校今年招生。")] == ["天河区第一中学"]


def test_a_bodys_branch_is_named_with_the_place_it_serves():
    assert [o[0] for o in orgs("本报讯 农业发展银行陕西省分行积极探索扶贫新路子。")] == ["农业发展银行陕西省分行"]
    assert [o[0] for o in orgs("中国银行北京市分行今年贷款增长。")] == ["中国银行北京市分行"]


def test_a_rank_is_no_body():
    # 省部级: provincial or ministerial rank; no 部 of the province, even in a paper with a home
    assert orgs("他获得省部级科技进步奖2项。", home="120000") == []


def test_an_ordinal_after_the_place_is_part_of_the_name():
    assert [o[0] for o in orgs("山西第五建筑公司是全国建筑行业500强之一。")] == ["山西第五建筑公司"]
    assert [o[0] for o in orgs("湖南第三工程公司承建了大桥。")] == ["湖南第三工程公司"]


def test_a_verb_before_a_place_takes_the_body_as_its_object():
    # 申请 is what the students do; 美国私立中学 is a kind of school, no school's name
    assert orgs("中国学生申请美国私立中学的常见问题。") == []
    assert [o[0] for o in orgs("北京启明演出公司今年演出300场。")] == ["北京启明演出公司"]


def test_a_part_of_the_body_is_no_ministry():
    assert orgs("头颈部癌症患者中20%的人吸烟,胸部和腰部疼痛的患者有30人。") == []


def test_troops_and_a_deployment_are_no_ministry():
    assert orgs("去年全国公安消防部队共出动灭火14万余起,各地部署了3000名警力。") == []


@pytest.mark.parametrize("text, expected", [
    ("海口公安微博发文,共抓获“黄牛”20人。", ["海口公安"]),
    ("北京警方共抓获嫌疑人31名。", ["北京警方"]),
    ("深圳交警今年查处违章10万起。", ["深圳交警"]),
    ("公安机关今年破案1万起。", ["公安机关"]),         # the police as a system (a known body)
    ("海口市公安局今年破案300起。", ["海口市公安局"]),  # the longer name stands
    ("据罗马尼亚警方说,犯罪集团印制假币350亿列伊。", ["罗马尼亚警方"]),  # a country abroad has police
    ("美国公安人员", []),  # (公安 and 交警 are China's services)
])
def test_the_police_of_a_place(text, expected):
    """海口公安, 北京警方: web news names a city's police by its place and the service's word.
    Sentences written for this test."""
    from orgs_of import names
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1997年全国公安机关共缴获海洛因超过5吨。", [("全国公安机关", "公安机关", "100000")]),
    ("检察机关全年办理毒品犯罪案件1万多起。", [("检察机关", "检察机关", None)]),
    ("北京市公安机关今年破案3000起。", [("北京市公安机关", "北京市公安机关", "110000")]),
])
def test_the_organs_of_a_system(text, expected):
    """公安机关, 检察机关: the police and the procuratorate as a system, the country's when 全国 is
    written before them, a place's when the place is, and nobody's in particular written alone
    (every procuratorate of the paper's country, province or county: the figure's context
    says which). Sentences written for this test."""
    assert [(o.surface, o.name, o.region) for o in find_organizations(text, find_regions(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("大庆石油化工总厂今年实现利税13.1亿元。", ["大庆石油化工总厂"]),
    ("燕山石化总厂今年投产。", ["燕山石化总厂"]),
    ("该总厂今年实现利税。", []),
])
def test_a_works_as_a_whole(text, expected):
    """X总厂: a works named as a whole. Sentences written for this test."""
    from orgs_of import names
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("中保人寿保险有限公司本溪分公司对山城人民作出承诺。",
     [("中保人寿保险有限公司本溪分公司", "210500")]),
    ("中国人民保险公司广州分公司去年赔付1.2亿元。", [("中国人民保险公司广州分公司", "440100")]),
])
def test_a_branch_is_the_place_it_serves(text, expected):
    """A body's branch named after its place is that place's, not its head office's (which
    names none). Sentences written for this test."""
    assert [(o.name, o.region) for o in find_organizations(text, find_regions(text))] == expected


def test_a_name_the_dictionary_lacks_is_read_whole_not_cut_at_one_of_its_characters():
    # cut by the dictionary alone, 中芯 and 卑诗 come out a character at a time (中 as a
    # locality word, 卑 as an adjective's root): the name runs over them
    assert [n for _, n, _ in orgs("上海市民办中芯学校向家长致歉。")] == ["上海市民办中芯学校"]
    assert [n for _, n, _ in orgs("温哥华的卑诗大学今年招收国际学生2000人。")] == ["卑诗大学"]
    # not over a character that does a word's work (去, 读: verbs)
    assert [n for _, n, _ in orgs("他想去读北京大学。")] == ["北京大学"]


def test_a_customs_district_keeps_the_name_the_state_gives_it():
    # 深圳海关, 拱北海关: the state's customs district named after its city, not the city's own
    # body (no 深圳市海关), as 北京军区 is not 北京市军区
    assert orgs("深圳海关今年查获走私案件300起。") == [("深圳海关", "深圳海关", "government")]
    # a city's own bureau written by the city's short name still takes its level (泉州市人社局)
    assert orgs("泉州人社局今年发放补贴300万元。")[0][1] == "泉州市人社局"
