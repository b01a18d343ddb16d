"""A body an article names in full and by a short form (陕西农发行, a headline's) is one body,
under its full name; a parent body and its unit, or bodies of two places, stay apart."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text


def orgs_of(text):
    doc = process_text(text)
    return ({f.surface: f.organization for a in doc.articles for f in a.figures},
            {o.name: o.aliases for o in doc.organizations})


def test_a_short_form_is_the_body_it_abbreviates():
    figs, orgs = orgs_of("陕西农发行扶贫贷款到户\n\n本报讯 农业发展银行陕西省分行积极探索扶贫新路子，"
                         "去年发放扶贫贷款5.6亿元。\n")
    assert figs["5.6亿元"] == "农业发展银行陕西省分行"
    assert "陕西农发行" not in orgs and "陕西农发行" in orgs["农业发展银行陕西省分行"]


def test_a_parent_body_is_not_an_abbreviation_of_its_unit():
    _, orgs = orgs_of("表彰大会召开\n\n本报讯 山东省总工会和山东省总工会女职工委员会日前表彰先进个人50名。\n")
    assert {"山东省总工会", "山东省总工会女职工委员会"} <= set(orgs)


def test_a_declared_short_name_is_the_body_wherever_it_is_written():
    figs, orgs = orgs_of("新规出台\n\n近日，南京理工大学(以下简称南理工)出台新规。"
                         "南理工今年有18名学生转为专科，南理工校方表示支持。\n")
    assert figs["18名"] == "南京理工大学"
    assert "南理工" in orgs["南京理工大学"] and "南理工" not in orgs


def test_a_national_bodys_short_form_keeps_a_character_of_every_word():
    figs, orgs = orgs_of("中国社科院建成内部网络\n\n本报讯 中国社会科学院去年投入300万元建设网络。"
                         "中国社科院现有图书400余万册。\n")
    assert figs["300万元"] == figs["400余万册"] == "中国社会科学院"
    assert "中国社科院" in orgs["中国社会科学院"] and "中国社科院" not in orgs


def test_a_short_name_leaving_a_whole_word_out_is_another_body():
    _, orgs = orgs_of("银行放贷\n\n本报讯 中国农业银行去年发放贷款80亿元，中国银行发放贷款50亿元。\n")
    assert {"中国农业银行", "中国银行"} <= set(orgs)


def test_a_body_named_by_the_initials_of_its_words_is_that_body():
    figs, orgs = orgs_of("北师大举办校庆\n\n昨天，北京师范大学举办校庆活动，北师大今年新增博士点12个。\n")
    assert figs["12个"] == "北京师范大学"
    assert "北师大" in orgs["北京师范大学"] and "北师大" not in orgs


def test_two_character_initials_are_left_alone():
    # 北大 of 北京大学 would also be the 北大 of 北大荒
    _, orgs = orgs_of("开垦\n\n北京大学的学生去北大荒参观了3个农场。\n")
    assert orgs["北京大学"] == ()


def test_a_company_named_by_its_trade_name_and_gongsi_is_the_registered_company():
    figs, orgs = orgs_of("新闻\n\n深圳青禾科技有限公司成立于2015年。去年，青禾公司销售额达到3亿元。\n")
    assert figs["3亿元"] == "深圳青禾科技有限公司"
    assert orgs["深圳青禾科技有限公司"] == ("青禾公司",) and "青禾公司" not in orgs


def test_a_trade_name_fitting_two_companies_stays_as_written():
    _, orgs = orgs_of("新闻\n\n青禾电器有限公司和青禾食品有限公司都在苏州。青禾公司去年投资3亿元。\n")
    assert "青禾公司" in orgs


def test_a_latin_name_declared_with_its_short_name_is_the_body():
    figs, orgs = orgs_of("汽车\n\n美国电动车创业公司Faraday Future（以下简称FF）与投资人的纠纷还在继续。"
                         "FF去年获得投资20亿美元。\n")
    assert figs["20亿美元"] == "Faraday Future"
    assert "FF" in orgs["Faraday Future"] and "FF" not in orgs


def test_a_places_police_is_its_public_security_bureau_named_in_full():
    figs, orgs = orgs_of("东阳警方破获盗窃团伙\n\n本报讯 浙江省东阳市公安局日前破获一个盗窃团伙，"
                         "抓获嫌疑人12名，追回赃款30万元。\n")
    assert figs["12名"] == figs["30万元"] == "浙江省东阳市公安局"
    assert "东阳警方" in orgs["浙江省东阳市公安局"] and "东阳警方" not in orgs


def test_a_places_police_is_not_a_branch_bureau():
    figs, orgs = orgs_of("东阳警方破获盗窃团伙\n\n本报讯 东阳市公安局江北分局日前破获一个盗窃团伙，"
                         "抓获嫌疑人12名。\n")
    assert "东阳警方" in orgs and "东阳市公安局江北分局" in orgs


def test_a_districts_police_branch_is_the_citys_bureaus_branch_named_in_full():
    figs, orgs = orgs_of("海淀公安分局破获诈骗案\n\n本报讯 北京市公安局海淀分局日前破获一起诈骗案，"
                         "抓获嫌疑人8名。海淀公安分局提醒市民，涉案金额达50万元。\n")
    assert figs["8名"] == figs["50万元"] == "北京市公安局海淀分局"
    assert "海淀公安分局" in orgs["北京市公安局海淀分局"] and "海淀公安分局" not in orgs


def test_a_body_written_again_without_its_province_is_the_same_body():
    # (2026.12.33: 琼山市公安局 and 海南省琼山市公安局 were two bodies, and 琼山公安 fitted both)
    figs, orgs = orgs_of("琼山公安服务窗口亮起来\n\n本报讯 海南省琼山市公安局投资40万元设立了9个服务窗口。\n"
                         "如今在琼山市公安局，办理户口只要7天。\n")
    assert figs == {"40万元": "海南省琼山市公安局", "9个": "海南省琼山市公安局",
                    "7天": "海南省琼山市公安局"}
    assert "琼山市公安局" not in orgs and "琼山市公安局" in orgs["海南省琼山市公安局"]


def test_a_short_name_declared_with_xiacheng_is_the_body_too():
    # 下称, 以下称, 简称为: the same declaration in other words
    for said in ("下称", "以下称", "以下简称为", "下文称"):
        figs, orgs = orgs_of(f"收费\n\n近日，多名江南理工学院（{said}江理学院）学生反映收费偏高。"
                             "江理学院今年每学分收费200元，江理学院宣传部回应称合规。\n")
        assert figs["200元"] == "江南理工学院", said
        assert "江理学院" in orgs["江南理工学院"] and "江理学院" not in orgs, said


def test_a_programmes_short_name_declared_with_xiacheng():
    from minsheng.etl.entities.programs import find_programs
    hits = find_programs("该市启动“职工健康守护行动”（下称“守护行动”）。“守护行动”覆盖职工3万人。")
    assert {h.name for h in hits} == {"职工健康守护行动"}


def test_a_company_named_without_its_registered_form_is_the_registered_company():
    # (its place may go too: 湖北三峡航运（集团）有限责任公司 … 三峡航运（集团）公司)
    figs, orgs = orgs_of("扶贫\n\n本报讯 湖北三峡航运（集团）有限责任公司春节前走访困难职工。"
                         "三峡航运（集团）公司今年拨出帮扶资金80万元。\n")
    assert figs["80万元"] == "湖北三峡航运（集团）有限责任公司"
    # (an alias is the surface as read, brackets folded to half width)
    assert "三峡航运(集团)公司" in orgs["湖北三峡航运（集团）有限责任公司"]
    assert "三峡航运（集团）公司" not in orgs
