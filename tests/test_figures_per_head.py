"""An amount written per head (8000元/人/年, 388元/位, 230元/人次) is so much for each person, in
the amount's own unit, as 人均 and 每人 write it; a price per quantity of goods (元/公斤,
元/平方米) stays a rate. Sentences written for this test."""

from conftest import figure_rows as found


def test_an_amount_per_person_is_in_the_amounts_unit():
    assert found("该校住宿费为1200元/人/年，体检费80元/人。") == [
        ("1200元/人", 1200, "元", "exact"), ("80元/人", 80, "元", "exact")]
    assert found("自助餐388元/位，门诊次均费用230元/人次。") == [
        ("388元/位", 388, "元", "exact"), ("230元/人次", 230, "元", "exact")]


def test_a_price_of_goods_stays_a_rate():
    assert found("猪肉价格为26元/公斤，新房均价1.2万元/平方米。") == [
        ("26元/公斤", 26, "元/公斤", "exact"), ("1.2万元/平方米", 12000, "元/平方米", "exact")]
