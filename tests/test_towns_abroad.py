"""Cities and towns abroad that the gazetteer does not match alone (华盛顿, 波士顿, 休斯顿, 慕尼黑:
jieba and the news give the same names to people and teams) are places where the text writes
them as places: right after their country or one of its places, or as a dateline's place.
Stored keyed ``<ISO>|<name>`` under the country, level city, written only when named."""
from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities import scopes
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def _places(text):
    return [(h.surface, h.key) for h in find_regions(text)]


def _regions(text):
    return [(f.surface, f.region) for r in process_text(text).articles for f in r.figures]


def test_a_town_right_after_its_country_is_a_place():
    assert _places("美国休斯顿的炼油厂") == [("美国", "US"), ("休斯顿", "US|休斯顿")]
    assert _places("他去过德国慕尼黑。") == [("德国", "DE"), ("慕尼黑", "DE|慕尼黑")]
    assert _regions("美国休斯顿的一家炼油厂去年裁员300人。") == [("300人", "US|休斯顿")]
    assert gz.level_of_key("US|休斯顿") == "city"


def test_the_same_name_read_alone_or_as_a_persons_is_no_place():
    # a player's or a president's name, though the text names the country
    assert _places("钱德勒得了25分，美国队赢了。") == [("美国", "US")]
    assert _places("乔治·华盛顿是美国第一任总统。") == [("美国", "US")]
    assert _places("在波士顿，有3所大学。") == []
    # after another country's name: not that country's town
    assert _places("英国休斯顿") == [("英国", "GB")]


def test_a_towns_name_in_a_dateline_files_for_its_country():
    text = "新华社华盛顿1月7日电 美国劳工部今天公布，上月新增就业岗位30万个。"
    assert [d.place for d in scopes.datelines(text)] == ["US"]
    assert ("华盛顿", "US|华盛顿") in _places(text)


def test_a_town_the_chain_reader_took_with_its_suffix_stays_whole():
    assert ("圣艾蒂安市", "FR|圣艾蒂安市") in _places("在法国圣艾蒂安市动物园，三只白虎崽出生。")


def test_the_towns_file_keeps_names_safe_beside_their_country():
    towns = gz.towns_abroad()
    us = set(towns["US"])
    assert {"休斯顿", "波士顿", "华盛顿"} <= us and "慕尼黑" in towns["DE"]
    every = [n for names in towns.values() for n in names]
    assert len(every) == len(set(every))  # one place per name
    # two characters are as often a surname or a word's middle (山口, 中村, 福尼), a name
    # ending in a state's word is a state's, traditional forms never meet simplified text
    assert min(map(len, every)) >= 3
    assert not any(n.endswith(("州", "省", "国")) for n in every)
    assert "休斯頓" not in us
    # names the gazetteer matches alone stay out: CLDR's cities, the large cities
    assert "纽约" not in us and "旧金山" not in us and gz.town_country("东京") is None


def test_a_town_is_stored_under_its_country_as_a_city(db, tmp_path):
    db.load_page("美国休斯顿的一家炼油厂去年裁员300人。\n", tmp_path)
    assert db.q("SELECT r.key, r.name, r.level, r.code, p.key FROM figures f "
                "JOIN regions r ON r.id = f.region_id JOIN regions p ON p.id = r.parent_id") == [
        ("US|休斯顿", "休斯顿", "city", None, "US")]
