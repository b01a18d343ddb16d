"""Places a subject is ranked against (继日本、韩国之后世界第三, 仅次于美国, 超过德国) place the
subject; they are not where the paragraph's later figures happen. Those stay the subject's (the
country, for a national paper's industry).

Sentences written for this test; the first case failed on 2026.12.18."""
from regions_of import regions

TEXT = ("纺织业\n\n本报北京1月12日讯 我国纺织工业连续5年成为继意大利、德国之后世界第三纺织品出口国。"
        "1997年纺织品出口达到450亿美元，比上年增长12%。\n")


def test_places_ranked_against_are_not_the_paragraphs():
    got = regions(TEXT)
    assert got["450亿美元"] == "全国"


def test_a_place_of_the_figures_own_sentence_still_counts():
    got = regions("出口\n\n本报讯 德国纺织品出口1997年达到500亿美元，仅次于意大利。\n")
    assert got["500亿美元"] == "德国"
