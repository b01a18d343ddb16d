"""A story whose lead names a country or a province and whose body goes on about one place
inside it, named more often than the lead's own place and three times or more, is that place's
story: its figures that fall back on the lead go to the most specific place. Not a place named
less often than the lead's (nor, in the code, a national story, which names the capital as often
as it likes). Sentences written for this test; the first failed on 2026.12.52."""
from regions_of import regions

CITY_ABROAD = """南方小城
飞机飞临智利上空时，一座小城映入眼帘，这就是蓬塔阿雷纳斯。
蓬塔阿雷纳斯是世界最南端的城市之一。蓬塔阿雷纳斯的居民不多，冬天很冷。
这里全年平均气温只有6摄氏度，夏天最热时也不过15摄氏度。
城里有一座博物馆，收藏了3000多件文物。
"""


def test_the_city_abroad_the_story_is_about():
    found = regions(CITY_ABROAD)
    assert found["6摄氏度"] == "蓬塔阿雷纳斯"
    assert found["3000多件"] == "蓬塔阿雷纳斯"


COUNTRY_MORE = """冬日
飞机飞临智利上空时，一座小城映入眼帘，这就是蓬塔阿雷纳斯。
智利是一个狭长的国家，智利的冬天很冷。智利人喜欢足球。
这里全年平均气温只有6摄氏度。
"""


def test_not_when_the_lead_place_is_named_as_often():  # (a guard)
    assert regions(COUNTRY_MORE)["6摄氏度"] == "智利"
