"""Places a lead names as one of a list are not the place its story is about: a list cut short
before its last member (东、中、西部地区: three regions), and a list whose places each carry the
same noun (向香港同胞、澳门同胞、台湾同胞) are lists too."""
from datetime import date

from links_of import links, paper

DAY = paper(date(1998, 1, 25))


def test_a_list_of_directions_cut_short_is_no_lead_place():
    text = ("乡镇企业稳步发展\n"
            "1997年，乡镇企业实现了速度与效益的同步增长，东、中、西部地区乡镇企业发展比较平稳。\n"
            "据统计，乡镇企业出口交货值增长了18%。\n")
    assert links(text, "region", DAY)["18%"] == "100000"


def test_places_that_each_carry_a_noun_are_a_list():
    text = ("新年茶话会\n"
            "在这辞旧迎新的时刻，我们向全国各族人民，向香港特别行政区同胞、澳门同胞、台湾同胞和海外侨胞致以问候。\n"
            "过去一年，我们办成了五项大事。\n")
    assert links(text, "region", DAY)["五项"] == "100000"


def test_one_place_with_its_noun_still_leads():
    text = ("香港经济\n"
            "香港特别行政区同胞迎来回归后的第一个春节。\n"
            "去年，本地生产总值增长了5%。\n")
    assert links(text, "region", DAY)["5%"] == "810000"
