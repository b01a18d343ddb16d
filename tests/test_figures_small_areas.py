"""Areas smaller than a square metre are units of their own (平方分米, 平方厘米, 平方毫米), not
平方米 cut short. Sentences written for this test."""
from minsheng.etl.figures import extract_figures


def test_square_centimetres_and_smaller_are_their_own_units():
    # (5平方毫米 was 5 平方米 on 2026.12.28: the unit cut at 平方)
    assert [(f.surface, f.value, f.unit) for f in extract_figures("芯片面积仅5平方毫米，伤口约3平方厘米，"
                                                                   "镀层为0.4毫克/平方分米。")] == [
        ("5平方毫米", 5.0, "平方毫米"), ("约3平方厘米", 3.0, "平方厘米"), ("0.4毫克/平方分米", 0.4, "毫克/平方分米")]
