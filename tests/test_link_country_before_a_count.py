"""全国 (我国, 中国) right before a figure counts what it counts (向全国1389个老区的县、市捐赠,
使我国19个品种进入…), whatever place the sentence named before it; not when it is the whole a
share is of (广东…占全国的80%: the part's share). Sentences written for this test."""
from regions_of import regions


def test_the_country_right_before_the_count():
    got = regions("希望学校\n\n本报讯 某集团捐资80万元在湖南省宁乡县援建一所希望学校,并向全国1389个"
                  "老区县捐赠图书。\n")
    assert got["1389个"] == "全国"


def test_not_the_whole_a_share_is_of():
    got = regions("口岸\n\n本报讯 每年经由广东过往的旅客占全国的80%。\n")
    assert got["80%"] == "广东省"
