"""现在 ends a year's frame (the text comes back to now), but not inside 表现在, 体现在, 出现在 or
实现在, where 现 ends another word: 1997年…具体表现在:一是…三是…增长15%以上 is 1997's.
Sentences of our own."""
from datetime import date

from periods_of import dated

D = date(1998, 1, 8)
Y97 = (date(1997, 1, 1), date(1997, 12, 31))


def test_biaoxian_zai_keeps_the_years_frame():
    got = dated("1997年全省农业获得较好收成。具体表现在:一是粮食增产。二是乡镇企业平稳发展,"
                "实现利润和上交税金均增长15%以上。", D)
    assert got["15%以上"][0][1:] == Y97


def test_xianzai_still_comes_back_to_now():
    got = dated("1997年全省农业获得较好收成。现在全省农民收入增长4%。", D)
    assert got["4%"][0] is None
