"""Web pages write units by their Latin symbols (每天喝2000ml水, 盐不超过5g, 140mmHg): the figure
is read in the unit the symbol stands for and stored with the symbol as written (a reader copies
kg, not 公斤; ``units.same_as`` says what it equals), but for the kilometres every reader writes
公里, and one symbol typed two ways is one (mL is ml, KV is kV). A lone letter after a number names a model or a
generation (5G, 6T, 316L steel) and stays no figure; L is a litre where no Chinese word runs on
from it. Sentences written for this test."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


def test_a_latin_symbol_is_the_unit_it_stands_for():
    assert found("成年人每天饮水1500ml至1700ml，食盐不超过5g。") == [
        ("1500ml至1700ml", 1500, 1700, "ml"), ("不超过5g", 5, None, "g")]
    assert found("他身高182cm，体重75kg。") == [
        ("182cm", 182, None, "cm"), ("75kg", 75, None, "kg")]
    assert found("收缩压持续高于140mmHg即为高血压。") == [("高于140mmHg", 140, None, "mmHg")]
    assert found("每片含阿司匹林100mg，一份套餐约650kcal。") == [
        ("100mg", 100, None, "mg"), ("约650kcal", 650, None, "kcal")]
    assert found("限速由20km/h提高到25km/h，全程12km。") == [
        ("20km/h", 20, None, "km/h"), ("25km/h", 25, None, "km/h"), ("12km", 12, None, "公里")]


def test_a_range_keeps_its_symbol():
    assert found("每次饮用约200~300mL。") == [("约200~300mL", 200, 300, "ml")]


def test_a_letter_that_names_a_model_or_a_generation_is_no_unit():
    assert found("该市已建成5G基站，新款手机支持6T快充。") == []
    assert found("采用316L不锈钢，厚度仅3mm。") == [("3mm", 3, None, "mm")]
    assert found("每天喝2000mls水。") == []


def test_nanometres_and_light_years():
    assert found("存储点的直径为1.3nm，星系距地球5000万光年。") == [
        ("1.3nm", 1.3, None, "nm"), ("5000万光年", 50_000_000, None, "光年")]
    # a Latin symbol is written after each number it measures: 820 names a chip
    assert found("骁龙820、10nm的骁龙835") == [("10nm", 10, None, "nm")]


def test_volts_hertz_and_fractions_of_a_unit():
    assert found("电视机原用110V电源，改接220V后使用，输电线路为110KV。") == [
        ("110V", 110, None, "V"), ("220V", 220, None, "V"), ("110KV", 110, None, "kV")]
    assert found("无绳电话工作在900MHz频段。") == [("900MHz", 900, None, "MHz")]
    # a fraction of a unit measured is that much of the unit; of a count it is no figure
    assert found("纪念币有1盎司和1/4盎司的，工期缩短了1/2天。") == [
        ("1盎司", 1, None, "盎司"), ("1/4盎司", 0.25, None, "盎司"), ("1/2天", 0.5, None, "天")]
    assert found("每1/3个小组") == []
    assert found("比价跌到5600/6000盾兑1美元") == [("1美元", 1, None, "美元")]


def test_l_is_a_litre_unless_a_word_runs_on_from_it():
    assert found("加湿器配有4L的水箱，冰箱容积为416L。") == [
        ("4L", 4, None, "L"), ("416L", 416, None, "L")]
    assert found("买了一瓶30L装香槟和一辆1.5L 自动挡轿车。") == [
        ("30L", 30, None, "L"), ("1.5L", 1.5, None, "L")]
    # a steel grade, a class of race cars, a car model
    assert found("表壳由316L精钢打造，12L组比赛结束，他开C200L轿车。") == []


def test_what_a_package_holds_is_an_amount_not_a_rate():
    assert found("桶装水（16.8L/桶）和牛奶（250毫升/盒），药片0.25g/片。") == [
        ("16.8L", 16.8, None, "L"), ("250毫升", 250, None, "毫升"), ("0.25g", 0.25, None, "g")]
    # a price per package stays a rate
    assert found("大米售价30元/袋，原油60美元/桶。") == [
        ("30元/袋", 30, None, "元/袋"), ("60美元/桶", 60, None, "美元/桶")]


def test_spoons_measure_what_a_recipe_or_an_advice_counts():
    assert found("每天摄入的糖不超过6茶匙，再加2勺盐和3汤匙酱油。") == [
        ("不超过6茶匙", 6, None, "茶匙"), ("2勺", 2, None, "勺"), ("3汤匙", 3, None, "汤匙")]
