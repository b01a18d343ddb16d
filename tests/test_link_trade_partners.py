"""An export or an import is counted where the trader is: the place the goods go to (出口到美国,
销往俄罗斯) or come from (从日本进口) is the other end of the trade, not the figure's place,
when the sentence names the trader's place before it. A gift stays the recipient's (向宁夏捐款)."""
from minsheng.etl.pipeline import process_text


def regions_of(text):
    return {f.surface: f.region for a in process_text(text).articles for f in a.figures}


def test_an_export_is_the_exporters():
    assert regions_of("出口创汇\n\n去年，我国生产的500万台彩电出口到美国等40个国家和地区。\n") == \
        {"500万台": "100000", "40个": "100000"}
    assert regions_of("汽车外销\n\n今年以来，广东省生产的10万辆汽车销往俄罗斯等8个国家。\n") == \
        {"10万辆": "440000", "8个": "440000"}


def test_an_import_is_the_importers():
    assert regions_of("贸易\n\n美国去年从日本进口汽车300万辆。\n") == {"300万辆": "US"}


def test_goods_brought_in_from_a_list_of_countries_are_the_buyers():
    # 从…、…等国 + a verb of getting goods: the countries are where the goods come from
    assert regions_of("年货\n\n上海一家超市从日本、澳大利亚等国组织了约2亿元的货源。\n") == \
        {"约2亿元": "310000"}
    assert regions_of("粮食\n\n去年我国从美国、加拿大和澳大利亚等国购进小麦300万吨。\n") == \
        {"300万吨": "100000"}


def test_a_trade_partner_alone_is_still_the_place():
    assert regions_of("贸易\n\n去年出口到美国的玩具达300万件。\n") == {"300万件": "US"}


def test_a_gift_is_still_the_recipients():
    assert regions_of("援助\n\n福建向宁夏捐款955万元。\n") == {"955万元": "640000"}
