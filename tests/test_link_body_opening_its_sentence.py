"""A body named with its place (吴忠市乳制品集团公司) that opens a sentence naming no other place
is that sentence's subject: the figures it goes on to count are at its place, not at the place
the sentence before was about (银川市建有市场19个). A body named later in its sentence, after what
it is said of (…的产品销往吴忠市某集团), leaves the sentence to the scopes around it. Sentences
written for this test; the first case failed on 2026.12.38."""
from __future__ import annotations

from regions_of import regions


def test_a_body_with_its_place_opens_the_sentence():
    got = regions("宁夏农副产品市场\n本报记者某某\n宁夏各地建立了一大批农副产品市场。银川市建有批发市场19个。"
                  "吴忠市乳制品集团公司，属下有13家乳品加工企业，年产奶粉7000吨。\n")
    assert got["19个"] == "银川市"
    assert got["13家"] == "吴忠市" and got["7000吨"] == "吴忠市"


def test_a_body_named_after_the_figure_leaves_it():  # (guard)
    got = regions("宁夏农副产品市场\n本报记者某某\n宁夏各地建立了一大批农副产品市场。银川市建有批发市场19个。"
                  "全年奶粉7000吨销往吴忠市乳制品集团公司。\n")
    assert got["7000吨"] == "银川市"
