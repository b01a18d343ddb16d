"""Cities abroad are regions of level city under their country (CLDR's Chinese names of its
time-zone cities, through Babel): a figure of 伦敦股市 is London's, one of 美国纽约股市 New
York's (the segmenter's one word 美国纽约 notwithstanding). A country's own name (新加坡) stays
the country, and a city's name inside a longer word is none. Stored with the key
``<ISO>-<name>``, no official or ISO code, and revision 0014 allows the level."""
import pytest

from minsheng import migrations
from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.pipeline import process_text


def _regions(text):
    doc = process_text(text)
    return [(f.surface, f.region) for r in doc.articles for f in r.figures]


def test_the_gazetteer_has_cities_abroad_under_their_country():
    assert gz.get("GB-伦敦").level == "city" and gz.get("GB-伦敦").parent_code == "GB"
    assert gz.get("JP-东京").parent_code == "JP"
    assert not any(d.level == "city" and d.parent_code in ("CN", gz.COUNTRY_CODE)
                   for d in gz.divisions())
    assert gz.get("SG").level == "country" and gz.get("SG-新加坡") is None


@pytest.mark.parametrize("text, expected", [
    ("伦敦股市上涨20点，巴黎股市下跌15点。", [("20点", "GB-伦敦"), ("15点", "FR-巴黎")]),
    ("美国纽约股市道琼斯指数下跌222点。", [("222点", "US-纽约")]),
    ("新加坡股市下挫94点。", [("94点", "SG")]),
    ("日本东京去年接待游客1500万人次。", [("1500万人次", "JP-东京")]),
])
def test_figures_of_cities_abroad(text, expected):
    assert _regions(text) == expected


def test_a_city_stored_under_its_country_and_the_downgrade_keeps_it_as_an_area(db, tmp_path):
    db.load_page("本报讯 伦敦股市昨日上涨20点。\n", tmp_path)
    assert db.q("SELECT r.key, r.level, r.code, r.iso_code, p.key FROM figures f "
                "JOIN regions r ON r.id = f.region_id JOIN regions p ON p.id = r.parent_id") == [
        ("GB-伦敦", "city", None, None, "GB")]
    migrations.downgrade(db.engine(), "0013")
    assert db.q("SELECT level FROM regions WHERE key = 'GB-伦敦'") == [("area",)]
    migrations.upgrade(db.engine())
    assert migrations.current(db.engine()) == migrations.head()
    assert db.q("SELECT level FROM regions WHERE key = 'GB-伦敦'") == [("city",)]


def test_the_city_in_a_papers_title_is_not_the_place_of_the_figures():
    # a paper's title names where it is published; a yearbook's names whose figures follow
    assert _regions("据《纽约时报》报道，这家公司开除了48名员工。") == [("48名", None)]
    assert _regions("据《广东统计年鉴》，全省有工厂3000家。") == [("3000家", "440000")]


def test_a_city_abroad_opens_no_organisations_name():
    doc = process_text("电动车公司Faraday Future（以下简称FF）宣布融资。他亲赴洛杉矶FF总部考察。")
    names = {m.key for r in doc.articles for m in r.mentions if m.kind == "organization"}
    assert not any(n.startswith("洛杉矶") for n in names)


def test_a_bulletins_title_is_no_paper():
    assert _regions("《杭州市2017年统计公报》显示，年末参保人数达到800万人。") == [("800万人", "330100")]


def test_large_cities_without_a_time_zone_of_their_own():
    # GeoNames' large cities (tools/build_cities_abroad.py): one place under its country, its
    # name with 市 and without it
    assert gz.get("JP-京都").name == "京都市" and gz.get("JP-京都").short_name == "京都"
    assert gz.get("US-旧金山").parent_code == "US" and gz.get("CA-蒙特利尔").level == "city"
    assert _regions("京都去年接待外国游客800万人次。") == [("800万人次", "JP-京都")]
    assert _regions("停电使蒙特利尔市和附近地区的300多万人无电可用。") == [("300多万人", "CA-蒙特利尔")]
    assert _regions("旧金山湾区今年新增岗位3万个。") == [("3万个", "US-旧金山")]


def test_the_cities_file_keeps_only_names_safe_to_match():
    # a person's name GeoNames also gives a city (夏洛特, jieba's nr), a name two cities bear
    # (圣路易斯: São Luís and St. Louis), a small town's (克林顿) and a sandwich are no city
    assert gz.get("US-夏洛特") is None and gz.get("BR-圣路易斯") is None
    assert gz.get("US-克林顿") is None and gz.get("DE-汉堡") is None
    assert _regions("他在麦当劳买了2个汉堡。") == [("2个", None)]
    # a name the divisions or the CLDR cities hold stays theirs
    assert gz.get("JP-东京").code == "JP-东京" and [d.code for d in gz.divisions()
                                                    if d.name == "巴黎"] == ["FR-巴黎"]


def test_a_place_that_names_an_agreement_is_no_place_of_the_figures():
    # 京都议定书, 巴黎协定, 北京宣言: where it was signed, not whose figures follow
    assert _regions("京都议定书规定，发达国家到2012年减排5.2%。") == [("5.2%", None)]
    assert _regions("签署巴黎协定的国家有195个。") == [("195个", None)]
    assert _regions("北京宣言提出，到2000年扫除文盲1亿人。") == [("1亿人", None)]


def test_a_games_abroad_is_its_hosts_only_where_no_country_is_named():
    # the medals are the team's country's; the games' own figures are the host city's; a
    # games at home stays its city's
    assert _regions("悉尼奥运会上只获2金的澳大利亚队，在世锦赛上共获7金。") == [
        ("2金", "AU"), ("7金", "AU")]
    assert _regions("东京奥运会设男女子全能赛两个比赛项目。") == [("两个", "JP-东京")]
    assert _regions("北京冬奥会将新建12个场馆。") == [("12个", "110000")]
