"""A country named inside a currency's name (德国马克, 瑞士法郎) is money, not a place: on
sentences written for these tests."""
from minsheng.etl import pipeline
from minsheng.etl.currencies import currency_words
from minsheng.etl.entities.regions import find_regions


def places(text):
    return [(h.surface, h.key) for h in find_regions(text)]


def test_the_words_for_money_come_from_cldr():
    words = currency_words()
    assert {"马克", "法郎", "元", "镑", "卢布", "第纳尔", "比索", "卢比", "里拉", "美元",
            "日元", "英镑", "港元", "新台币", "欧元", "韩元"} <= words
    assert "尼" not in words and "诺" not in words  # 阿富汗尼, 玻利维亚诺 run on from one name


def test_a_country_followed_by_its_money_is_not_a_place():
    assert places("当地货币对德国马克的汇率一再下调。") == []
    assert places("100瑞士法郎可兑换450法国法郎。") == []
    assert places("俄罗斯卢布和新加坡元都在贬值。") == []
    # the country itself, and words that only start like money, still name the place
    assert places("德国马克思主义研究会今年新增会员300人。") == [("德国", "DE")]
    assert places("英国元首今年访问了韩国。") == [("英国", "GB"), ("韩国", "KR")]


def test_figures_of_an_article_about_another_countrys_money_are_not_given_that_country():
    page = ("北国货币贬值压力增大\n\n"
            "北国银行宣布,本国货币对德国马克的官方汇率为4·2比1。今年北国通货膨胀率达到18%,"
            "外汇储备只有3亿瑞士法郎。\n")
    doc = pipeline.process_text(page)
    figures = [(f.surface, f.region) for a in doc.articles for f in a.figures]
    assert figures == [("4·2比1", None), ("18%", None), ("3亿瑞士法郎", None)]


def test_the_money_a_rate_is_quoted_for_keeps_its_country():
    assert places("今天菲律宾比索对美元的汇率下跌。") == [("菲律宾", "PH")]
    assert places("挪威克朗兑美元小幅走高,1丹麦克朗兑0.15美元。") == [("挪威", "NO")]
