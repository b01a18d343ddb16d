"""A physical unit is stored as the text writes it when the text uses a symbol or a synonym
(kg, cm, 千克, 摄氏度, V): a reader copies 75kg as kg, not 公斤. One symbol typed two ways is
one (°C is ℃, KG is kg); the metres, kilometres and square metres every reader writes stay the
one unit they are (千米 and km are 公里, 平米 is 平方米); counts, people, time and money are
their base unit whatever the text writes (名 is 人, 个星期 is 周, 美金 is 美元). The database
says what a unit kept as written equals (``units.same_as``), so that sums still put 5kg and
3公斤 together. Sentences written for this test; each case but the third (a guard) failed on
2026.12.30, which stored every such unit as the one it stands for."""
from conftest import figure_rows
from minsheng.etl.units import same_as


def units(text):
    return [(surface, unit) for surface, _, unit, _ in figure_rows(text)]


def test_a_symbol_or_a_synonym_is_kept_as_written():
    assert units("他体重75kg，身高182cm，行李重20千克，夜里气温零下3摄氏度，充电器输出5V。") == [
        ("75kg", "kg"), ("182cm", "cm"), ("20千克", "千克"), ("零下3摄氏度", "摄氏度"), ("5V", "V")]


def test_one_symbol_typed_two_ways_is_one():
    assert units("今晨气温-2°C，背包重8KG，每次喝200mL。") == [("-2°C", "℃"), ("8KG", "kg"), ("200mL", "ml")]


def test_a_readers_own_unit_is_the_one_unit():
    assert units("全程12km，又走了3千米，房子80平米。") == [("12km", "公里"), ("3千米", "公里"), ("80平米", "平方米")]
    assert units("来了30名工人，干了3个星期，挣了2万美金。") == [("30名", "人"), ("3个星期", "周"), ("2万美金", "美元")]


def test_what_a_unit_kept_as_written_equals():
    assert same_as("kg") == "公斤" and same_as("摄氏度") == "℃" and same_as("mmol/L") == "毫摩尔/升"
    assert same_as("公斤") is None and same_as("人") is None


def test_the_database_records_what_it_equals(db, tmp_path):
    db.load_page("本报讯 去年全市共收购生猪肉5000kg，鲜鱼3000公斤。\n", tmp_path)
    assert db.q("SELECT u.name, u.same_as, u.dimension FROM figures f JOIN units u ON u.id = f.unit_id "
                "ORDER BY f.value") == [("公斤", None, "weight"), ("kg", "公斤", "weight")]
    assert db.q("SELECT COALESCE(u.same_as, u.name), SUM(f.value) FROM figures f "
                "JOIN units u ON u.id = f.unit_id GROUP BY 1") == [("公斤", 8000)]
