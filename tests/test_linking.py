"""Figures linked to region, organization and programme through find_entities."""
import pytest

from minsheng.etl.entities import find_entities
from minsheng.etl.records import Article, ArticleResult, DocumentResult, Figure


def run(text, surfaces, home=None, newspaper=None):
    art = ArticleResult(Article(seq=1, text=text))
    for s in surfaces:
        i = text.index(s)
        art.figures.append(Figure(i, i + len(s), s, 1.0, "人"))
    doc = DocumentResult(text=text, encoding="utf-8", articles=[art], home_region=home,
                         newspaper=newspaper)
    find_entities(doc)
    return doc, art.figures


def test_national_body_makes_figure_national():
    doc, [f] = run("新华社北京1月19日电 记者从国家医保局获悉,2024年共济3.71亿人次。", ["3.71亿人次"])
    assert f.region == "100000" and f.organization == "国家医疗保障局"


def test_home_city_from_text_and_deictic_union():
    text = ("# 滨州职工医疗互助走在前列\n\n本报讯 记者从市总工会获悉,全市入会职工达195188人。\n\n"
            "滨州市总工会表示,邹平市入会单位120个。")
    doc, (a, b) = run(text, ["195188人", "120个"])
    assert doc.home_region == "371600"
    assert a.region == "371600" and a.organization == "滨州市总工会"
    assert b.region == "371681"
    assert "滨州市总工会" in {o.name for o in doc.organizations}


def test_lead_organization_carries_to_later_paragraphs():
    text = ("## 泉州清源创新实验室 服务产业落地\n\n本报讯 记者获悉。\n\n去年新申请专利81项。")
    doc, [f] = run(text, ["81项"], home="350500")
    assert f.organization == "泉州清源创新实验室"
    assert f.region == "350500"


def test_manifest_home_region_by_name():
    doc, [f] = run("我市发放补助2408万元。", ["2408万元"], home="泉州市")
    assert doc.home_region == "350500" and f.region == "350500"


def test_programme_link_and_record():
    text = "市总工会于2006年开展职工医疗互助活动,补助12198人次。"
    doc, [f] = run(text, ["12198人次"], home="350500")
    assert f.program == "职工医疗互助"
    [p] = doc.programs
    assert p.start_year == 2006 and p.operator == "泉州市总工会"


def test_unknown_place_stays_empty():
    doc, [f] = run("本单位发放补助100元。", ["100元"])
    assert f.region is None and f.organization is None


def test_a_body_named_once_in_passing_does_not_run_the_section():
    text = ("# 三地协同见实效\n\n京津冀三地已有6.4万家医疗机构实现一卡通结。\n\n"
            "我市高校与北京单位共建一批实验室,天津未来职业教育研究院也已成立。\n\n"
            "京津冀医联体已达68个。")
    doc, (a, b) = run(text, ["6.4万家", "68个"], home="120000")
    assert (a.organization, b.organization) == (None, None)


def test_a_reporting_body_named_once_still_runs_the_section():
    text = ("# 活动共录入发票8.3万多张\n\n本报讯 近日,邹平市开发票中大奖活动圆满结束。\n\n"
            "今年3月以来,邹平市委组织开展系列活动。\n\n活动开出3500多个奖项。")
    doc, (a, b) = run(text, ["8.3万多张", "3500多个"], home="371600")
    assert (a.organization, b.organization) == ("邹平市委", "邹平市委")


def test_a_counted_kind_of_body_is_not_an_organization():
    doc, [f] = run("我市高校与北京单位共建7家全国重点实验室,承担项目5671项。", ["5671项"])
    assert f.organization is None
    assert "全国重点实验室" not in {o.name for o in doc.organizations}


def test_an_unmarked_title_and_byline_do_not_end_the_lead():
    text = ("青少年冬令营营造科普氛围\n□记者吴淑平 通讯员张鸾\n本报讯 日前,津南区小站镇冬令营正式开营。\n"
            "此次冬令营共设置3个营地。")
    doc, [f] = run(text, ["3个"], home="120000")
    # 小站镇 of 津南区, from the first paragraph, not the paper's home city
    assert f.region == "120112|小站镇"


def test_an_institute_with_a_national_name_does_not_make_a_figure_national():
    text = ("# 心理关爱服务年启幕\n\n高新区群团工作部开展培训。高新区企业踊跃报名。\n\n"
            "本期培训历时4个月,共42人通过了中国科学院心理研究所举办的全国统一考试。")
    doc, (a, b) = run(text, ["4个月", "42人"], home="120000")
    assert a.region == b.region != "100000"


def test_the_place_a_section_names_most_stands_in_for_a_missing_one():
    text = ("# 志愿服务进企业\n\n活动启动。\n\n西青区企业踊跃参与,西青区职工点赞。\n\n"
            "本期培训共有42人结业。")
    doc, [f] = run(text, ["42人"], home="120000")
    assert f.region == "120111"


def test_a_street_or_community_named_after_a_province_is_not_the_province():
    doc, [f] = run("在减河南社区科普阵地,志愿者带来3个实验。", ["3个"], home="120000")
    assert "410000" not in {m.key for m in doc.articles[0].mentions if m.kind == "region"}


def test_a_place_named_after_the_figure_belongs_to_what_follows():
    text = ("# 创新实验室晒出成绩单\n\n本报讯 莆田市创新实验室日前晒出去年成绩单。\n\n"
            "实验室去年获科研立项34项,福建省自然科学基金5项。")
    doc, (a, b) = run(text, ["34项", "5项"], home="350300")
    assert a.region == "350300"  # 莆田市, not the province that names the later fund


def test_a_paper_cited_as_the_source_is_not_the_figures_organization():
    text = "# 春运客流创新高\n\n据北京晨报报道,今年春运期间全市公交日均运送乘客1200万人次。\n"
    doc, [f] = run(text, ["1200万人次"], newspaper="人民日报")
    assert f.organization is None
    text = ("# 高校毕业生人数创新高\n\n光明日报记者从教育部获悉,今年高校毕业生达到820万人。\n\n"
            "据中央电视台报道,毕业生签约率比去年提高了3%。\n")
    doc, (a, b) = run(text, ["820万人", "3%"], newspaper="人民日报")
    assert a.organization == b.organization == "教育部"  # the body the lead names, not the outlet


def test_the_agency_of_a_dateline_is_not_the_figures_organization():
    """新华社东京1月13日电: the agency filed the story; the figures are the ministry's, or no
    body's when none is named."""
    text = ("# 日本坏账增加\n\n新华社东京1月13日电 各类商业银行共贷出624万亿日元,"
            "不良债权合计为76万亿日元。\n")
    doc, (a, b) = run(text, ["624万亿日元", "76万亿日元"], newspaper="人民日报")
    assert a.organization is None and b.organization is None
    text = text.replace("电 各类商业银行", "电 日本财务省12日汇总的结果表明,各类商业银行")
    doc, (a, b) = run(text, ["624万亿日元", "76万亿日元"], newspaper="人民日报")
    assert a.organization == b.organization == "日本财务省"


def test_the_place_in_a_cited_papers_name_is_not_the_figures_place():
    text = ("# 北京朝阳区建立学生体质监测中心\n\n北京晨报记者昨日获悉,朝阳区建立了学生体质监测中心。"
            "记者昨日来到一所实验小学,20多名小学生正在做眼保健操。\n")
    doc, [f] = run(text, ["20多名"])
    assert f.region == "110105"  # 朝阳区 the lead names, not 北京 of 北京晨报


def test_an_experts_employer_in_a_credit_line_is_not_the_figures_place_nor_body():
    """受访专家：… names who was asked: their employer's place and the employer itself are
    not what the article's figures are about."""
    text = ("# 改变习惯 防住六成血管病\n\n受访专家：北京医院心内科主任医师 王明"
            "“六成心脑血管疾病可防可控。”研究指出,我国成年人中约60%的冠心病死亡可以预防。"
            "运动每次坚持30分钟。\n")
    doc, (a, b, c) = run(text, ["六成", "约60%", "30分钟"])
    assert a.region == b.region == c.region == "100000"  # 全国, not 北京市
    text = text.replace("北京医院心内科主任医师", "天津第一中心医院营养科主任")
    doc, (a, b, c) = run(text, ["六成", "约60%", "30分钟"])
    assert a.organization is b.organization is c.organization is None


def test_a_body_whose_journal_published_a_study_did_not_run_it():
    text = ("# 走路与健康\n\n最近,发表在美国心脏协会临床杂志上的一项研究表明,每坐1小时活动2分钟,"
            "能减少死亡风险33%。美国哈佛大学的研究人员对3243名参与者的数据进行了分析。\n")
    doc, (a, b) = run(text, ["33%", "3243名"])
    assert a.organization == b.organization == "美国哈佛大学"


def test_a_companys_figures_no_place_claims_are_where_the_company_is():
    text = ("# 改革增活力\n\n本报讯 湖南华菱钢铁集团公司抓改革练内功,1997年实现利税8亿元。\n\n"
            "拥有5万职工的华菱,通过发行股票募集资金16亿元。\n")
    doc, (a, b) = run(text, ["8亿元", "16亿元"], newspaper="人民日报")
    assert (a.region, a.region_basis) == ("430000", "organization")  # not the paper's 全国
    assert b.region == "430000"


@pytest.mark.parametrize("text, runner", [
    # an expert's affiliation says who speaks
    ("# 运动能防癌\n\n本文专家:王明博士,中国科学院生物物理研究所副教授。"
     "最近,哈佛大学医学院的一项调查显示,运动可以降低13种癌症的发生风险。\n\n"
     "每周运动3次的人,风险下降20%。\n", "哈佛大学医学院"),
    # a commentator the lead names once; the section is about the university
    ("# 本转专\n\n近日,教育部高教司发文肯定了南京理工大学的做法。南京理工大学将学分不达标的"
     "学生转为专科,南京理工大学表示,南京理工大学将继续执行政策。\n\n"
     "今年共有13种课程调整,风险下降20%。\n", "南京理工大学"),
], ids=["expert", "commentator"])
def test_a_body_that_only_speaks_of_the_figures_runs_none(text, runner):
    doc, (a, b) = run(text, ["13种", "20%"])
    assert a.organization == b.organization == runner


def test_a_bulletin_whose_title_names_no_place_is_the_states():
    text = ("# 杭州医保卡乱象\n\n最近有媒体报道,在浙江省杭州市的部分药店,医保卡被用来买生活用品。\n\n"
            "《2017年度人力资源和社会保障事业发展统计公报》显示,年末个人账户积累6000亿元。\n\n"
            "《杭州市2017年国民经济和社会发展统计公报》显示,年末参保人数达到800万人。\n")
    doc, (a, b) = run(text, ["6000亿元", "800万人"])
    assert (a.region, a.region_basis) == ("100000", "sentence")  # not the lead's 杭州市
    assert b.region == "330100"  # the city's own bulletin


def test_a_body_the_figures_sentence_names_wins_over_the_leads_body():
    text = ("# 国家卫计委发布流感防控指南\n\n本报讯 国家卫计委日前发布流感防控指南。\n\n"
            "记者在苏州市第一人民医院看到,该院门诊量比上周增长了25%。\n\n"
            "据江苏省人民医院统计,上周接诊发热病人3000人次。\n\n"
            "一家企业向苏州市第二人民医院捐赠口罩5000个。\n")
    doc, (a, b, c) = run(text, ["25%", "3000人次", "5000个"])
    assert (a.organization, a.organization_basis) == ("苏州市第一人民医院", "sentence")
    assert b.organization == "江苏省人民医院"
    assert c.organization == "国家卫计委"  # a hospital given to is not who gives


def test_a_county_department_in_a_city_paper_runs_its_sentences_figure():
    text = ("# 泉州市总工会开展送温暖\n\n本报讯 泉州市总工会近日开展送温暖活动。\n\n"
            "县医保局数据显示,今年全县参保率达到97%。\n")
    doc, [f] = run(text, ["97%"], home="350500")
    # a city's paper names many counties: its bare 县 is kept as written, not the lead's body
    assert (f.organization, f.organization_basis) == ("县医保局", "sentence")


def test_a_paper_a_story_is_compiled_from_and_its_country_are_not_the_figures():
    text = ("# 小征兆预示大病\n\n《健康周报》综合英国《每日电讯报》网站报道,专家盘点了9种大病前的小征兆。\n\n"
            "如果症状持续超过两周,就需要去看医生。\n")
    doc, (a, b) = run(text, ["9种", "超过两周"])
    assert (a.organization, a.region) == (None, None)  # not 健康周报, not 英国
    assert (b.organization, b.region) == (None, None)


def test_a_department_named_by_its_field_runs_its_sentences_figure():
    text = ("# 泉州市总工会开展送温暖\n\n本报讯 泉州市总工会近日开展送温暖活动。\n\n"
            "据市民政部门统计,全市低保对象共1.2万人。\n\n"
            "河北省公安部门通报,去年共破获案件3000起。\n\n"
            "两地的人社部门联合开展招聘,提供岗位5000个。\n")
    doc, (a, b, c) = run(text, ["1.2万人", "3000起", "5000个"], home="350500")
    assert (a.organization, a.organization_basis) == ("泉州市民政部门", "sentence")
    assert b.organization == "河北省公安部门"
    assert c.organization == "泉州市总工会"  # two places' departments are no one body
    text = ("# 民政工作会议召开\n\n本报讯 泉州市民政局日前召开工作会议。\n\n"
            "据市民政部门统计,全市低保对象共1.2万人。\n")
    doc, [f] = run(text, ["1.2万人"], home="350500")
    assert f.organization == "泉州市民政局"  # the bureau the article names is its fullest name


def test_the_papers_own_citys_department_is_named_by_the_city():
    # 我市统计部门 in a paper of 泉州: 泉州市统计部门, not a body called 我市…
    text = "# 农民收入调查\n\n本报讯 据我市统计部门抽样调查,全市农民人均收入达到3200元。\n"
    doc, [f] = run(text, ["3200元"], home="350500")
    assert f.organization == "泉州市统计部门"
