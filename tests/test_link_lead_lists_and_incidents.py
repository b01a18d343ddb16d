"""Two ways a web page's long lead names a place that is not what the page is about:

- an incident told where it happened (近期在江苏常州市，有一名乘客…; 湖南一名大学生…): the
  place of that story's own sentence only, as 比如在会宁县 already was;
- one of a list of three places or more, or of one closed by 等 (成都、武汉、西安等城市的用户):
  the lead's place is the first one named alone. Two places alone (与遂宁、广安两地) may be
  what the story is about, and stay its place.

Sentences written for this test; the pages are web pages (no paper, no home)."""
from minsheng.etl.pipeline import Manifest

from regions_of import regions

WEB = Manifest()


def test_an_incidents_place_is_its_own_sentences_only():
    # (a national site's page: the figures no place claims are the country's)
    site = Manifest(newspaper="新浪网")
    text = ("某平台发布安全报告\n\n某平台发布安全报告。近期在江苏常州市，有一名乘客醉酒后殴打司机，"
            "造成司机受伤2处。平台数据显示，每天共收到超2万次与醉酒乘客相关的投诉，"
            "全年共处理纠纷5000余起。")
    got = regions(text, site)
    assert got["2处"] == "常州市"
    assert got["超2万次"] == got["5000余起"] == "全国"
    got = regions(text.replace("在江苏常州市，有一名", "江苏常州市一名"), site)
    assert got["超2万次"] == "全国"


def test_a_listed_city_is_not_the_leads_place():
    got = regions("某打车软件上线新功能\n\n11月起，成都、武汉、西安、南宁等城市的乘客将陆续收到提示。"
                  "平台表示，短信报警功能已扩展至12个城市，累计服务乘客300万人次。", WEB)
    assert got["12个"] is None and got["300万人次"] is None


def test_the_first_place_named_alone_leads_after_a_list():
    got = regions("某打车软件上线新功能\n\n11月起，成都、武汉、西安等城市的乘客将陆续收到提示。"
                  "深圳市交通局表示，该市已有网约车8万辆。", WEB)
    assert got["8万辆"] == "深圳市"


def test_two_places_alone_stay_the_stories_place():
    got = regions("劳务协作\n本报记者王明\n我们与遂宁、广安两地的人社部门联手搭建交流平台。"
                  "活动期间，共为当地提供2000多个岗位。")
    assert got["2000多个"] in ("遂宁市", "遂宁市、广安市")
