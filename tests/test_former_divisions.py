"""Divisions older news names and today's code list does not (data/former_divisions.tsv, from
the GB/T 2260 vintages; those before 2002 are test_former_divisions_before_2002.py): one abolished since is a region of
its own under its last code and parent, with the last year listed (revision 0016); one only
renamed (襄樊市, now 襄阳市) or changed in status (宁乡县, now 宁乡市) is its current unit under
the name the text gives it (its key: the current code and that name; test_region_renamed_as_written.py).
A name of one character and 县 is left out: 召开县委 holds 开县. Sentences written for this test."""
import pytest

from minsheng import migrations
from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.pipeline import process_text


def _regions(text):
    doc = process_text(text)
    return [(f.surface, f.region) for r in doc.articles for f in r.figures]


def test_an_abolished_division_keeps_its_last_code_and_parent():
    d = gz.get("130230")
    assert (d.name, d.short_name, d.level, d.parent_code, d.listed_until) == (
        "唐海县", "唐海", "county", "130200", 2011)
    assert gz.get("110104").name == "宣武区" and gz.get("110104").parent_code == "110000"
    # a district of an abolished prefecture hangs on that prefecture
    assert gz.get("371202").parent_code == "371200" and gz.get("371200").name == "莱芜市"
    assert gz.get("130208").listed_until is None  # (丰润区: a current division)


@pytest.mark.parametrize("text, expected", [
    ("河北唐海县去年新开发盐田2万亩。", [("2万亩", "130230")]),
    ("北京市宣武区今年新建社区医院5所。", [("5所", "110104")]),
    ("天津塘沽区去年港口吞吐量达到6000万吨。", [("6000万吨", "120107")]),
    # renamed or changed in status: the current unit, as the text names it
    ("湖北省襄樊市今年植树300万株。", [("300万株", "420600|襄樊市")]),
    ("湖南宁乡县农民人均收入增加200元。", [("200元", "430182|宁乡县")]),
    ("山东即墨市新办乡镇企业80家。", [("80家", "370215|即墨市")]),
])
def test_figures_of_divisions_older_news_names(text, expected):
    assert _regions(text) == expected


def test_a_one_character_name_with_its_county_word_is_no_place():
    assert "开县" not in gz.names() and "蓟县" not in gz.names()
    assert _regions("全省召开县委书记会议，部署扶贫任务30项。") == [("30项", None)]


def test_stored_with_the_year_it_was_last_listed(db, tmp_path):
    db.load_page("本报讯 北京市宣武区今年新建社区医院5所。\n", tmp_path)
    assert db.q("SELECT r.name, r.code, r.level, r.listed_until, p.name FROM figures f "
                "JOIN regions r ON r.id = f.region_id JOIN regions p ON p.id = r.parent_id") == [
        ("宣武区", "110104", "county", 2009, "北京市")]
    assert db.q("SELECT listed_until FROM regions WHERE code = '110102'") == [(None,)]
    migrations.downgrade(db.engine(), "0015")
    assert db.q("SELECT name FROM regions WHERE code = '110104'") == [("宣武区",)]
    migrations.upgrade(db.engine())
    assert migrations.current(db.engine()) == migrations.head()

