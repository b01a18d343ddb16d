"""Countries by the names news gives them, not only by CLDR's: the abbreviation of a long name
(印尼 for 印度尼西亚, 波黑, 沙特, 阿联酋) and a country that no longer exists (苏联, 南斯拉夫),
each keyed by its ISO 3166-1 code (the former ones by the code ISO 3166-3 records they had).
Without them a story on Indonesia's banks gave its figures to the last country it could read.
Each case below failed on 2026.12.19 (the figure went to 全国, 美国 or nowhere)."""
import pytest

from minsheng.etl.entities import gazetteer as gz

from regions_of import regions


def test_short_names_are_the_countrys_and_former_countries_are_countries():
    assert gz.short_names()["印尼"] == ("ID",) and gz.get("ID").name == "印度尼西亚"
    assert gz.short_names()["波黑"] == ("BA",)
    assert gz.get("SU").name == "苏联" and gz.get("SU").level == "country"
    assert gz.is_country_abroad("YU") and gz.get("YU").parent_code is None


@pytest.mark.parametrize("text, expected", [
    ("印尼政府决定关闭16家银行。", {"16家": "印度尼西亚"}),
    ("沙特去年日产原油800万桶。", {"800万桶": "沙特阿拉伯"}),
    ("驻波黑的维和部队现有3.1万人，其中美军8500人。",
     {"3.1万人": "波斯尼亚和黑塞哥维那", "8500人": "波斯尼亚和黑塞哥维那"}),
    ("阿联酋的石油储量居世界第五位，约为980亿桶。", {"约为980亿桶": "阿拉伯联合酋长国"}),
    ("1957年，前苏联发射了世界上第一颗人造卫星，重83.6公斤。", {"83.6公斤": "苏联"}),
    ("南斯拉夫去年通货膨胀率为21%。", {"21%": "南斯拉夫"}),
])
def test_figures_of_a_country_named_short_or_former(text, expected):
    assert regions(text) == expected


def test_a_word_that_only_begins_like_a_short_name_is_no_country():  # (a guard)
    # 中非 (China and Africa) is left out of the list: its figure stays the country's
    assert regions("中非贸易额去年达到56.7亿美元。") == {"56.7亿美元": "全国"}


def test_a_database_of_an_older_vintage_takes_the_new_names(db, tmp_path):
    # a database loaded before 印尼 was 印度尼西亚's short name is renamed at the next load,
    # as the regions of a new vintage are added
    from minsheng.etl.importer import run_import

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("本报讯 印尼政府决定关闭16家银行。\n", encoding="utf-8")
    run_import(db.engine(), [pages])
    db.execute("UPDATE regions SET short_name = '印度尼西亚' WHERE key = 'ID'")
    db.execute("UPDATE kb_meta SET value = 'an older vintage' WHERE key = 'gazetteer_vintage'")
    (pages / "b.txt").write_text("本报讯 沙特去年日产原油800万桶。\n", encoding="utf-8")
    run_import(db.engine(), [pages])
    assert db.q("SELECT name, short_name FROM regions WHERE key = 'ID'") == [("印度尼西亚", "印尼")]
    assert db.q("SELECT r.key FROM figures f JOIN regions r ON r.id = f.region_id "
                "ORDER BY f.value") == [("ID",), ("SA",)]


def test_the_three_gorges_reservoir_is_a_grouping_of_its_counties():
    # (the grouping beside the countries: both were places no list had)
    assert regions("三峡库区今年将搬迁安置移民9.5万人。") == {"9.5万人": "三峡库区"}
    members = gz.groups()["三峡库区"].members
    assert "500101" in members and "420527" in members  # 万州区, 秭归县
