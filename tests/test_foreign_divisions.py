"""A foreign country's first-level divisions (US states, Canadian provinces, Japanese
prefectures) are regions of level state under their country, keyed by their ISO 3166-2
code; their Chinese names are the iso-codes translations pycountry ships. Only full
names (佛罗里达州, not 佛罗里达), and never a direction or a kind of land (西北地区 is China's
northwest, not Canada's Northwest Territories). Sentences written for this test."""
import pytest

from minsheng import migrations
from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def _regions(text):
    return [(f.surface, f.region) for r in process_text(text).articles for f in r.figures]


def test_the_gazetteer_has_divisions_abroad_under_their_country():
    assert gz.get("US-FL").name == "佛罗里达州" and gz.get("US-FL").parent_code == "US"
    assert gz.get("US-FL").level == "state" and gz.is_state_abroad("US-FL")
    assert gz.get("JP-27").name == "大阪府" and gz.get("CA-ON").name == "安大略省"
    assert not gz.is_state_abroad("US-纽约") and not gz.is_state_abroad("US")
    # a direction or a kind of land is no division's name here
    assert gz.get("CA-NT") is None and gz.get("NG-PL") is None


@pytest.mark.parametrize("text, expected", [
    ("美国佛罗里达州的家庭收入中位数为70124美元,失业率为3.8%。",
     [("70124美元", "US-FL"), ("3.8%", "US-FL")]),
    ("怀俄明州房价中位数为249900美元。", [("249900美元", "US-WY")]),
    ("日本大阪府去年接待游客1100万人次。", [("1100万人次", "JP-27")]),
])
def test_figures_of_divisions_abroad(text, expected):
    assert _regions(text) == expected


def test_a_direction_and_a_word_for_area_stay_chinas():
    assert [(h.surface, h.key) for h in find_regions("我国西北地区的降水量偏少。")] == [("我国", "100000")]


def test_a_division_abroad_stored_under_its_country_and_kept_by_a_downgrade(db, tmp_path):
    db.load_page("本报讯 美国加利福尼亚州去年新增就业岗位30万个。\n", tmp_path)
    assert db.q("SELECT r.key, r.level, r.code, r.iso_code, p.key FROM figures f "
                "JOIN regions r ON r.id = f.region_id JOIN regions p ON p.id = r.parent_id") == [
        ("US-CA", "state", None, None, "US")]
    for down in ("0014", "0013"):  # a city, then an area, in the schemas before
        migrations.downgrade(db.engine(), down)
        assert db.q("SELECT level FROM regions WHERE key = 'US-CA'") == [
            ({"0014": "city", "0013": "area"}[down],)]
        migrations.upgrade(db.engine())
        assert migrations.current(db.engine()) == migrations.head()
        assert db.q("SELECT level FROM regions WHERE key = 'US-CA'") == [("state",)]
        assert db.q("SELECT level FROM regions WHERE key = 'US-纽约'") == [("city",)]


def test_this_state_and_within_the_state_point_to_the_state_named_last():
    # the example named (以…为例) is what the paragraph goes on about
    got = _regions("美国中产阶级最宜居的州\n\n美国一家机构发布报告。综合评比结果表示,南达科他、怀俄明与"
                   "密西西比州为最适合中产阶级家庭居住的3个州。以南达科他州为例,中产阶级家庭的年收入中位数"
                   "为77156美元。从1999至2014年间,该州中产阶级家庭收入平均增加1.7%。州内公立大学学杂费"
                   "平均每年为8450美元,州内房价中位数为229500美元。\n")
    got = dict(got)
    assert got["1.7%"] == got["8450美元"] == got["229500美元"] == "US-SD"
