"""该公司, 该局, 该院: a body named again by its kind alone is the last body of that kind named
before it; the figures of the sentence are that body's."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def mentions(text):
    return [(o.surface, o.name) for o in find_organizations(text, find_regions(text))]


def orgs_of_figures(text):
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_a_deictic_names_the_last_body_of_its_kind():
    text = "杭州青禾数码科技有限公司成立于2015年。去年，该公司销售额达到3亿元。"
    assert mentions(text)[-1] == ("该公司", "杭州青禾数码科技有限公司")
    assert orgs_of_figures("新闻\n\n" + text)["3亿元"] == "杭州青禾数码科技有限公司"


def test_a_bureau_named_again_reports_its_own_figure():
    text = ("新闻\n\n本报讯 苏州市总工会昨天发布了今年的帮扶计划。\n\n"
            "苏州市人力资源和社会保障局也召开了发布会。据介绍，该局今年新增就业岗位1.2万个。")
    assert orgs_of_figures(text)["1.2万个"] == "苏州市人社局"  # its canonical name


def test_words_that_begin_like_a_deictic_are_not_one():
    text = "杭州青禾数码科技有限公司成立于2015年。该行业竞争激烈，该局长表示关注。"
    assert [s for s, _ in mentions(text)] == ["杭州青禾数码科技有限公司"]


def test_a_deictic_with_no_body_of_its_kind_before_it_names_nothing():
    assert mentions("据报道，该公司今年利润下降。") == []
    assert mentions("苏州市人力资源和社会保障局发布通知。该公司今年利润下降。") == [
        ("苏州市人力资源和社会保障局", "苏州市人社局")]


def test_a_body_named_with_xian_alone_is_the_county_the_story_is_about():
    text = "近年来，河南镇平县重视再就业。县二轻局办了方便面厂，县委、县政府积极协调。"
    assert mentions(text) == [("县二轻局", "镇平县二轻局"), ("县委", "镇平县委"), ("县政府", "镇平县政府")]
    # no county named before it: kept as written
    assert mentions("县二轻局办了方便面厂。") == [("县二轻局", "县二轻局")]


def test_a_body_named_in_quotes_and_called_one_is_found_and_named_again():
    text = ("“春苗行动”是一个非营利机构。“春苗行动”组织的志愿者遍布全国。"
            "该组织每年派遣30多名志愿医生。")
    assert mentions(text) == [("春苗行动", "春苗行动"), ("春苗行动", "春苗行动"), ("该组织", "春苗行动")]
    assert orgs_of_figures("新闻\n\n本报驻联合国记者 李明\n\n" + text)["30多名"] == "春苗行动"


def test_gai_xiao_names_the_last_school():
    text = "昨日，杭州市第十四中学举行校庆。建校80年来，从该校走出了30名院士。"
    assert mentions(text)[-1] == ("该校", "杭州市第十四中学")
    assert orgs_of_figures("校庆\n\n" + text)["30名"] == "杭州市第十四中学"
    # 该校区, 该校友: other words
    assert [s for s, _ in mentions("杭州市第十四中学扩建。该校区占地50亩，该校友会成立。")] == \
        ["杭州市第十四中学"]


def test_a_level_character_the_segmenter_left_outside_a_name_is_the_story_s_place():
    """县总工会, 县公安局: no word of the segmenter's dictionary, so the name stood as the head
    alone (总工会, and was dropped) until the level character was read as its first."""
    text = ("本报讯 今年以来，江西省铅山县大力推进再就业工程。\n\n"
            "县总工会为120多名下岗职工发放补助金5万元。县公安局今年破获案件80起。")
    assert mentions(text) == [("县总工会", "铅山县总工会"), ("县公安局", "铅山县公安局")]
    assert orgs_of_figures("新闻\n\n" + text)["5万元"] == "铅山县总工会"
    # a word with the character before it (各县, 全县) is no such name
    assert mentions("各县总工会共筹资5万元。") == []


def test_shi_in_a_county_s_story_is_its_city_unless_the_county_is_a_city():
    county = "本报讯 江西省铅山县大力推进再就业工程。\n\n市总工会为120多名下岗职工发放补助金5万元。"
    found = find_organizations(county, find_regions(county), "361124")  # home: 铅山县
    assert [(o.surface, o.name) for o in found] == [("市总工会", "上饶市总工会")]
    city = "本报讯 浙江省义乌市大力推进再就业工程。\n\n市总工会为120多名下岗职工发放补助金5万元。"
    found = find_organizations(city, find_regions(city), "330782")  # home: 义乌市, a county-level city
    assert [(o.surface, o.name) for o in found] == [("市总工会", "义乌市总工会")]


def test_a_sentence_opening_on_the_companys_post_is_that_companys():
    # only a company has a 董事长: the sentence speaks for the company the text named, not for
    # the foundation whose officer speaks later
    text = ("卫星照明\n\n来源:科技日报2020年,你抬头看天时,或许会看到一颗更亮的星星。"
            "近日,成都星河微电子系统有限公司透露,该公司参与的卫星项目正在论证。"
            "公司董事长王明此前介绍,其亮度最大可达月光的8倍。31日,航天专家李四接受科技日报"
            "记者采访时表示,发射卫星并无必要。中国绿色发展基金会星空工作委员会主任张三则认为,"
            "项目需慎重。")
    assert orgs_of_figures(text)["8倍"] == "成都星河微电子系统有限公司"


def test_a_demonstrative_points_back_as_gai_does():
    # 这家公司, 这所学校: the last body of that kind (2026.12.24: the lead's body)
    text = ("新闻\n\n本报讯 江苏省无锡市红星纺织厂去年实行减员增效。无锡东方电缆有限公司也调整了岗位。"
            "这家公司共分流职工1200人。")
    assert orgs_of_figures(text)["1200人"] == "无锡东方电缆有限公司"


def test_a_speakers_this_company_points_into_their_own_story():  # (a guard)
    text = "宁波华美服装有限公司成立于2010年。老陈说：“当时这家企业只有一名技术员。”"
    assert [s for s, _ in mentions(text)] == ["宁波华美服装有限公司"]


def test_this_one_points_back_as_that_one_does():
    # 这个公司 points back as 该公司 and 这家公司 do (failed on 2026.12.49)
    text = "杭州青禾数码科技有限公司成立于2015年。去年，这个公司销售额达到3亿元。"
    assert mentions(text)[-1] == ("这个公司", "杭州青禾数码科技有限公司")
    assert orgs_of_figures("新闻\n\n" + text)["3亿元"] == "杭州青禾数码科技有限公司"
