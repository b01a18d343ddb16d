"""A part of a sentence after a semicolon that opens with its verb (实现利税…, 又投资…, 归属于股东
的净利润…) goes on with the subject of the part before it: the body that opens that part, or its
second clause after a short opening (财报显示，…), runs its figures, not a body the article's
lead named. A part with a subject of its own (而同行业企业…), a body that only says when (…成立
后) and a body listed in the middle of the part before are not carried over (guards).
Sentences written for this test."""
from orgs_of import figure_orgs

LEAD = "本报讯 省经贸委今天公布了全省重点企业的经营情况。"


def test_a_verb_after_the_semicolon_goes_on_with_the_subject():
    got = figure_orgs(LEAD + "华源集团今年实现销售收入12亿元，同比增长15%；实现利税1.8亿元，增长20%。")
    assert got["1.8亿元"] == "华源集团"
    assert got["20%"] == "华源集团"


def test_an_adverb_after_the_semicolon():
    got = figure_orgs(LEAD + "宏达集团今年新建厂房5座；又投资2000万元引进生产线3条。")
    assert got["2000万元"] == "宏达集团"
    assert got["3条"] == "宏达集团"


def test_the_subject_after_a_short_opening():
    got = figure_orgs(LEAD + "财报显示，宏达集团今年实现营业收入80亿元，同比增长9%；"
                      "归属于股东的净利润6亿元，增长12%。")
    assert got["6亿元"] == "宏达集团"


def test_a_part_with_a_subject_of_its_own():  # (guard)
    got = figure_orgs(LEAD + "宏达集团去年亏损300万元；而同行业企业平均盈利500万元。")
    assert got["300万元"] == "宏达集团"
    assert got["500万元"] == "省经贸委"


def test_a_body_that_says_when():  # (guard)
    got = figure_orgs(LEAD + "宏达集团成立后，王明先后担任厂长、董事长；投资2000万元建起了新厂。")
    assert got["2000万元"] == "省经贸委"


def test_a_body_listed_in_the_part_before():  # (guard)
    got = figure_orgs(LEAD + "今年开工建设了市图书馆、宏达集团新厂房等项目；投资3000万元建起了体育馆。")
    assert got["3000万元"] == "省经贸委"
