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
    from minsheng.etl.importer import run_import

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("本报讯 伦敦股市昨日上涨20点。\n", encoding="utf-8")
    run_import(db.engine(), [pages])
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
