"""A sentence that names again an inquiry told of before (这次调查, 此次普查, 该项研究) speaks
of the time it was made: its figures with no period of their own take the period of the
figures of the last sentence before that names it. A game or an event named again (本次比赛)
is not followed back: a story of games tells of several."""
from datetime import date

from periods_of import dated

PUBLISHED = date(1998, 1, 11)


def test_this_survey_takes_the_months_it_was_made_in():
    text = ("市妇联去年5月至8月对全市职工家庭进行了一次抽样调查。调查结果显示，在被访问的1200户家庭中，"
            "38%的家庭年收入超过5万元。\n这次调查的受访者中，45%的家庭有储蓄计划，其中12%购买了商业保险。")
    got = dated(text, PUBLISHED)
    months = (date(1997, 5, 1), date(1997, 8, 31))
    assert got["45%"][0][1:] == months and got["45%"][1] == "inferred"
    assert got["12%"][0][1:] == months


def test_this_census_takes_its_year():
    text = "1990年进行的人口普查结果显示，全县人口为56万人。\n据分析，此次普查登记的外来人口有3万人。"
    got = dated(text, PUBLISHED)
    assert got["3万人"][0][1:] == (date(1990, 1, 1), date(1990, 12, 31))


def test_an_inquiry_never_named_before_gives_nothing():
    text = "全县人口为56万人。\n这次调查的受访者中，45%的家庭有储蓄计划。"
    assert dated(text, PUBLISHED)["45%"][0] is None


def test_a_game_named_again_is_not_followed_back():
    text = ("2016年全国青年攀岩比赛共有20名选手参赛。\n本次比赛中，他一人就拿下两枚金牌。")
    assert dated(text, PUBLISHED)["两枚"][0] is None
