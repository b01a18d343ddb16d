"""Companies and platforms news names by their brand alone (谷歌, 富士康, 星巴克, 拼多多) are bodies,
from a list in etl/data/org_known.tsv written from general knowledge; a brand that is also a
common word (苹果, 小米, 联想, 亚马逊) counts only with its 公司 or 集团, and a site's own name
(新浪), which its pages print everywhere, and an aircraft maker's name (波音747) are left out.
Sentences written for this test."""
from minsheng.etl.pipeline import process_text

from orgs_of import names


def test_a_brand_named_alone_is_a_company():
    assert names("去年谷歌的广告收入达到1162亿美元，富士康在郑州有10万名员工。") == ["谷歌", "富士康"]
    assert names("拼多多和小红书的用户都超过1亿。") == ["拼多多", "小红书"]
    assert names("苏富比和佳士得的拍卖总额超过100亿美元。") == ["苏富比", "佳士得"]


def test_a_brand_that_is_a_common_word_needs_its_company():
    assert names("这让人联想到苹果的味道，亚马逊雨林面积很大。") == []
    assert names("小米集团去年卖出了1亿台手机。") == ["小米集团"]


def test_a_story_on_a_company_is_its_figures():
    doc = process_text("苹果股价下跌\n\n手机销售额是苹果公司的大头。截至昨日收盘，苹果股价跌破200美元，"
                       "跌幅超过3.91%。\n")
    assert [(f.surface, f.organization) for a in doc.articles for f in a.figures] == [
        ("200美元", "苹果公司"), ("超过3.91%", "苹果公司")]


def test_three_stars_are_no_company():
    assert names("这家餐厅连续十年获得米其林三星，三星电子的手机销量第一。") == ["米其林", "三星电子"]


def test_the_world_economic_forum_is_a_body():
    assert names("世界经济论坛今天公布了一项调查。") == ["世界经济论坛"]


def test_clubs_by_their_names():
    assert names("湖人和凯尔特人都赢了,皇马客场战胜巴萨。") == ["湖人", "凯尔特人", "皇马", "巴萨"]
    # a club is no place's body: what the segmenter tags as a place before it stays out
    assert names("他或加盟湖人辅佐詹姆斯。") == ["湖人"]
    # clubs named for a word or a place are not listed: pioneers, Chelsea the district
    assert names("他们是改革的开拓者,英国切尔西和威斯敏斯特医院正在试验新疗法。") == []


def test_banks_and_agencies_quoted_for_figures():
    assert names("高盛预计，明年经济增长6.5%，瑞银则预计为6.3%。") == ["高盛", "瑞银"]
    assert names("穆迪将该国评级下调一级，普华永道的报告称亏损达30亿元。") == ["穆迪", "普华永道"]
