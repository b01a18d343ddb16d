"""Scopes: a mention governs its clause, sentence and paragraph; a dateline or sub-heading
starts a new item; a dateline is where the reporter filed, not what a figure is about. Every
link says in which scope it was made (region_basis, organization_basis)."""
from minsheng.etl.entities import scopes
from minsheng.etl.entities import find_entities
from minsheng.etl.records import Article, ArticleResult, DocumentResult, Figure
from minsheng.etl.entities.regions import infer_home


def run(text, surfaces, home=None, newspaper=None, body_start=0):
    art = ArticleResult(Article(seq=1, text=text, body_start=body_start))
    for s in surfaces:
        i = text.index(s)
        art.figures.append(Figure(i, i + len(s), s, 1.0, "人"))
    doc = DocumentResult(text=text, encoding="utf-8", articles=[art], home_region=home,
                         newspaper=newspaper)
    find_entities(doc)
    return doc, art.figures


COLUMN = ("各地送温暖活动见闻\n"
          "山西\n"
          "本报太原电 记者王林报道:山西省总工会日前召开帮扶工作会议。全省共筹集帮扶资金2.3亿元。\n"
          "省财政拿出800万元慰问困难职工。\n"
          "甘肃\n"
          "本报兰州电 记者李青报道:甘肃各地近日走访慰问困难群众。\n"
          "省财政拿出600万元,省总工会筹集资金1200万元,慰问全省困难职工3.5万户。\n")


def test_a_column_of_items_under_sub_headings_and_datelines():
    body = COLUMN.index("山西")
    bs = scopes.blocks(COLUMN, body)
    assert [(b.kind, b.anchor, b.dateline) for b in bs] == [
        ("heading", "140000", "140100"), ("heading", "620000", "620100")]
    assert bs[1].start == COLUMN.index("甘肃")


def test_an_item_speaks_of_its_own_province():
    doc, figs = run(COLUMN, ["800万元", "600万元", "1200万元", "3.5万户"], newspaper="工人日报",
                    body_start=COLUMN.index("山西"))
    shanxi, gansu, union, households = figs
    assert shanxi.region == "140000"
    assert gansu.region == union.region == households.region == "620000"  # not 山西省
    assert union.organization == "甘肃省总工会"  # 省总工会 under the 兰州 dateline
    assert households.region_basis == "organization"  # 甘肃省总工会, in its sentence


def test_national_figures_in_a_capital_dateline_are_national():
    text = ("就业形势总体稳定\n"
            "本报北京3月2日讯 记者从国家统计局获悉,全国城镇新增就业1100万人。\n"
            "其中,高校毕业生就业率达到91%。\n")
    doc, (a, b) = run(text, ["1100万人", "91%"], newspaper="工人日报")
    assert doc.home_region == "100000"  # a masthead naming no place: a national paper
    assert (a.region, a.region_basis) == ("100000", "clause")
    assert b.region == "100000" and b.region_basis != "dateline"


def test_the_dateline_speaks_when_nothing_nearer_does():
    text = ("公租房交付使用\n本报合肥电 近日,一批新建的公租房交付使用,共计3200套。\n")
    doc, [f] = run(text, ["3200套"], newspaper="工人日报")
    assert (f.region, f.region_basis) == ("340100", "dateline")


def test_a_paragraph_that_opens_with_a_new_place_governs_it():
    text = ("东西部协作结硕果\n本报讯 浙江、四川两省开展东西部协作。浙江今年投入帮扶资金20亿元。\n"
            "四川广元市新建产业园区12个,带动就业4000多人。此外,新修道路300公里。\n")
    doc, (a, b, c) = run(text, ["20亿元", "12个", "300公里"], newspaper="工人日报")
    assert a.region == "330000"
    assert b.region == "510800"
    assert (c.region, c.region_basis) == ("510800", "paragraph")  # 广元市, not the lead's 浙江


def test_a_place_in_a_company_name_is_where_the_company_comes_from():
    text = ("产业扶贫见实效\n本报讯 定西市今年引进企业投资项目。\n"
            "浙江宏达纺织有限公司投资8000万元建设厂房。\n")
    doc, [f] = run(text, ["8000万元"], newspaper="工人日报")
    assert f.region == "621100"  # 定西市, the article's place, not 浙江省


def test_a_city_deictic_without_a_home_city_is_the_city_the_paragraph_named():
    text = ("职工互助显身手\n本报讯 湖南省总工会近日通报帮扶情况。\n"
            "株洲市近年推行职工互助保障,市职工互助会已筹集资金80万元。\n")
    doc, [f] = run(text, ["80万元"], newspaper="工人日报")
    assert f.organization == "株洲市职工互助会"


def test_china_as_the_subject_is_national():
    doc, [f] = run("连锁经营发展报告\n本报讯 上海连锁经营协会日前发布报告。中国已有3万家连锁超市。\n",
                   ["3万家"], newspaper="工人日报")
    assert (f.region, f.region_basis) == ("100000", "clause")


def test_a_national_article_without_a_place_in_its_lead_is_not_given_a_city_it_lists():
    text = ("房改稳步推进\n本报记者 张明\n"
            "去年住房制度改革稳步推进,公积金归集额达到800亿元。\n"
            "广州取消了福利分房,广州职工购房积极性很高。\n"
            "各地公房租金平均达到每平方米1.3元。\n")
    doc, (a, b) = run(text, ["800亿元", "1.3元"], newspaper="工人日报")
    assert a.region == b.region == "100000"


def test_places_listed_together_do_not_make_a_home():
    assert infer_home(["南京、天津取消了福利分房。", "除北京、天津外,各地都已出售公房。"]) is None
    assert infer_home(["天津发布新政。", "天津职工受益。"]) == "120000"


def test_a_place_a_gift_goes_to_is_where_it_is_counted():
    text = ("东西协作\n本报讯 山东各界向甘肃捐款300万元,捐衣被5万件。山东企业在全省率先投资2亿元。\n")
    doc, (a, b, c) = run(text, ["300万元", "5万件", "2亿元"], newspaper="工人日报")
    assert a.region == b.region == "620000"  # 甘肃, not the giver
    assert c.region == "370000"  # 在全省率先: a range of comparison, not where it happened


def test_a_country_word_inside_a_body_name_is_not_the_subject():
    text = ("科研成果\n本报讯 成都某实验室去年获科研立项34项,中国科学院资助项目4项。\n")
    doc, (a, b) = run(text, ["34项", "4项"], newspaper="工人日报")
    assert b.region == "510100"


def test_a_body_an_item_names_for_one_city_does_not_run_a_figure_placed_in_the_province():
    text = ("帮扶工作见实效\n本报讯 江西省总工会近日通报全省帮扶情况。\n"
            "互助共济\n九江市职工互助会去年筹集资金90万元。\n全省已建立互助组织300个。\n")
    doc, (a, b) = run(text, ["90万元", "300个"], newspaper="工人日报")
    assert a.organization == "九江市职工互助会"
    assert (b.region, b.organization, b.organization_basis) == ("360000", "江西省总工会", "inferred")


def test_a_township_named_in_the_figures_sentence_wins_over_its_county():
    text = ("山区脱贫有新路\n本报讯 河北省平山县近年大力发展林果产业。\n"
            "西柏坡镇今年新栽果树3000亩,全县新增果园1.2万亩。\n"
            "在岗南镇,农民人均收入达到2100元。\n"
            "平山县还发展养殖业,下口镇今年新建养殖小区,存栏生猪8000头。\n")
    doc, (a, b, c, d) = run(text, ["3000亩", "1.2万亩", "2100元", "8000头"], newspaper="人民日报")
    assert (a.region, a.region_basis) == ("130131|西柏坡镇", "clause")  # not 平山县 of the lead
    assert b.region == "130131"  # 全县: the county
    assert c.region == "130131|岗南镇"
    assert (d.region, d.region_basis) == ("130131|下口镇", "sentence")  # inside the subject 平山县


def test_a_place_in_a_side_story_speaks_only_for_its_own_sentence():
    text = ("农村医保惠及农民\n"
            "本报讯 家住河南省兰考县的王大妈今年报销医药费3000元。记者从卫生部获悉,去年新农合参合农民达到8亿人。\n"
            "新农合基金支出比上年增长20%。\n"
            "比如在甘肃省会宁县,一户农民领到补偿金1200元。\n"
            "各地住院补偿比例平均提高了5个百分点。\n")
    doc, (a, b, c, d, e) = run(text, ["3000元", "8亿人", "20%", "1200元", "5个百分点"],
                               newspaper="人民日报")
    assert a.region == "410225" and d.region == "620422"  # the story's own figures
    assert b.region == c.region == e.region == "100000"  # the national statistics stay national


def test_a_dateline_run_on_after_the_headline_is_still_only_where_the_reporter_filed():
    text = ("铁路系统全力扭亏增盈本报北京1月4日讯记者王明报道:全国铁路工作会议今天开幕。\n"
            "会议提出,今年运输系统要减亏40%,全年力争盈利10亿元。\n")
    doc, (a, b) = run(text, ["40%", "10亿元"], newspaper="人民日报")
    assert a.region == b.region == "100000"  # not 北京市, where the reporter filed


def test_a_sub_heading_padded_past_a_paragraphs_length_still_opens_an_item():
    """Body paragraphs are passed over at once; a line padded with spaces is not one of them."""
    body = "本报太原电 记者王林报道:山西省总工会日前召开帮扶工作会议,全省共筹集帮扶资金2.3亿元,慰问困难职工。\n"
    more = "省财政拿出800万元慰问困难职工,各市县总工会也筹集资金送到困难职工家中,共走访慰问职工3万户。\n"
    text = "各地见闻\n山西\n" + body + more + " " * 40 + "甘肃\n" + body.replace("太原", "兰州")
    bs = scopes.blocks(text, text.index("山西"))
    assert [(b.kind, b.anchor) for b in bs] == [("heading", "140000"), ("heading", "620000")]
    assert bs[1].start == text.index(" " * 40 + "甘肃")
