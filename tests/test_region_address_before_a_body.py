"""四川省泸州市第二中学, 贵州省遵义市铁合金有限责任公司: the body's name, as the finder takes
it, starts at its own place (泸州市第二中学), the places before it its address. The address and
the place it ends in are one place, and the most specific one is where the text says the body
is: a figure the sentence places by that address is that place's, not the province's. The
place inside a company's name whose address is not written before it stays the company's own
(a 福建 company's investment in 宁夏 is 宁夏's). Sentences of our own."""
from minsheng.etl.pipeline import process_text


def _regions(text):
    doc = process_text(text)
    return [(f.surface, f.region, f.region_basis) for r in doc.articles for f in r.figures]


def test_a_figure_placed_by_an_address_is_the_addresss_innermost_place():
    got = _regions("获奖作品的作者是四川省泸州市第二中学学生(14岁)。")
    assert got == [("14岁", "510500", "clause")]
    got = _regions("贵州省遵义市铁合金有限责任公司的30多名下岗女工集资10多万元。")
    assert [r for _, r, _ in got] == ["520300", "520300"]


def test_a_companys_own_place_is_not_where_it_invests():
    got = _regions("福州某某集团公司今年在宁夏投资2000万元。")
    assert got == [("2000万元", "640000", "clause")]
