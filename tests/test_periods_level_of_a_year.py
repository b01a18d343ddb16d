"""A year followed by 水平 names the level of that year, a base a figure is held or brought
back to (稳定在1997年的水平, 恢复到1990年水平): it dates none of the figures after it, which stay
in the year the sentence is about. Sentences of our own."""
from datetime import date

from periods_of import dated

D = date(1998, 1, 8)
Y98 = (date(1998, 1, 1), date(1998, 12, 31))


def test_the_level_of_a_year_is_no_frame():
    got = dated("1998年的主要目标是:农业增加值增长4%,粮食总产量稳定在1997年的水平,"
                "乡镇企业增加值增长19%。", D)
    assert got["4%"][0][1:] == Y98 and got["19%"][0][1:] == Y98


def test_without_shuiping_the_year_frames_what_follows():
    got = dated("1998年的主要目标是:农业增加值增长4%,1997年乡镇企业增加值增长19%。", D)
    assert got["19%"][0][1:] == (date(1997, 1, 1), date(1997, 12, 31))
