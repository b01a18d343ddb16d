"""A bare sum after a verb only money follows (拿出2.3亿, 斥资5亿, 拨款1200万) is in yuan, even
where the sentence runs straight on into what the money is for (拿出2.3亿要普及, 斥资5亿收购);
a counted thing after such a verb keeps its measure word. Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def units(text):
    return [(f.surface, f.value, f.unit, f.unit_basis) for f in extract_figures(text)]


def test_a_sum_after_a_verb_of_money_is_yuan():
    assert units("最近卫生部拿出2.3亿要普及健康素养,公司斥资5亿收购一家工厂。") == [
        ("2.3亿", 2.3e8, "元", "noun"), ("5亿", 5e8, "元", "noun")]
    assert units("市政府拨款1200万用于改造。") == [("1200万", 1.2e7, "元", "noun")]


def test_a_thing_counted_after_it_keeps_its_measure_word():
    assert units("他拿出3个苹果。") == [("3个", 3.0, "个", "written")]


def test_a_currency_the_units_do_not_list_is_no_yuan():
    assert [f.unit for f in extract_figures("政府拨款3亿谢克尔用于安置。")] != ["元"]


def test_a_round_sum_over_a_money_noun_after_guo():
    # 过 links a money noun to the round sum it passes (身价已经过亿, 销售额过亿), as 破 does
    assert [(f.surface, f.value, f.unit, f.qualifier)
            for f in extract_figures("李咏身价已经过亿，公司销售额过亿。")] == [
        ("过亿", 1e8, "元", "more_than"), ("过亿", 1e8, "元", "more_than")]


def test_a_sum_borrowed_lost_or_taken_is_yuan():
    # (2026.12.33: sums after 借了, 被骗, 受贿, 罚款, 损失 and 赔偿 had no unit and were dropped)
    assert units("他当时借了五万，付某被骗20多万。") == [
        ("五万", 5e4, "元", "noun"), ("20多万", 2e5, "元", "noun")]
    assert units("王某受贿300多万，企业被罚款5万，火灾损失3000多万，一首歌赔偿一千。") == [
        ("300多万", 3e6, "元", "noun"), ("5万", 5e4, "元", "noun"),
        ("3000多万", 3e7, "元", "noun"), ("一千", 1e3, "元", "noun")]
    assert units("他借了3本书。") == [("3本", 3.0, "本", "written")]  # (guard)
