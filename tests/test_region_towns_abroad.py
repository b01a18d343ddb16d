"""A town or city abroad the gazetteer does not know is a region of its own when the text
names it in a chain after its country or a place of it (意大利南部巴里市附近卡萨诺镇: a township
keyed under Italy, its city's name kept in its own as a Chinese village keeps its township's).
Not a kind of place (海滨城市, 股市汇市), not words (部分地区), and not a Japanese ministry (大藏省).

Sentences written for this test. Each case but the guards failed on 2026.12.18."""
from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.regions import find_regions

from regions_of import regions


def test_a_town_in_a_chain_after_its_country():
    got = regions("炸弹\n\n本报驻意大利记者 意大利南部巴里市附近卡萨诺镇，一架飞机扔下两颗炸弹。")
    assert got["两颗"] == "巴里市卡萨诺镇"
    keys = {h.surface: h.key for h in find_regions("意大利南部巴里市附近卡萨诺镇")}
    assert keys["巴里市"] == "IT|巴里市" and keys["卡萨诺镇"] == "IT|巴里市卡萨诺镇"
    assert gz.level_of_key(keys["卡萨诺镇"]) == "township" and gz.is_foreign(keys["卡萨诺镇"])


def test_a_province_abroad_after_its_country():
    got = regions("地震\n\n新华社伊斯兰堡1月19日电 巴基斯坦俾路支省发生地震，造成12人死亡。")
    assert got["12人"] == "俾路支省"


def test_kinds_of_place_words_and_ministries_are_no_towns():
    for text in ("挪威海滨城市卑尔根", "泰国股市汇市今天均大幅下跌", "加拿大魁北克省部分地区停电",
                 "日本大藏省宣布"):
        assert [h.surface for h in find_regions(text) if h.form == "local"] == []
