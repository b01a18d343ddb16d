"""全国/我国 opening its clause after a period named by a plan or an era (“十五”期间我国…,
九十年代以来全国…) is still the clause's subject: the figures of the clause are the country's,
not those of the place the article is about."""
from regions_of import regions


def test_a_plan_period_before_the_country():
    text = ("江苏水利建设加快\n"
            "本报南京1月5日电 江苏今年将投资80亿元兴修水利。“十五”期间，我国将新建大型水库12座。\n")
    got = regions(text)
    assert got["80亿元"] == "江苏省"
    assert got["12座"] == "全国"


def test_a_plan_period_without_a_comma():
    text = ("江苏水利建设加快\n"
            "本报南京1月5日电 江苏今年将投资80亿元兴修水利。“九五”期间我国已新建大型水库9座。\n")
    assert regions(text)["9座"] == "全国"


def test_a_decade_before_the_country():
    text = ("苏州外贸\n"
            "本报苏州1月5日电 苏州去年出口增长18%。九十年代以来全国出口年均增长15%。\n")
    got = regions(text)
    assert got["18%"] == "苏州市"
    assert got["15%"] == "全国"


def test_a_quoted_name_is_no_period():
    # “中国旅游年”: a name in quotes before 中国 does not make the country the clause's subject
    text = ("苏州旅游\n"
            "本报苏州1月5日电 在“中国旅游年”活动中，苏州接待游客1200万人次。\n")
    assert regions(text)["1200万人次"] == "苏州市"
