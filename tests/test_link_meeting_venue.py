"""A body a meeting is held at (座谈会今天在农业部召开, 在上海展览中心举行) is its venue, not the
body that reports what the meeting hears: it runs none of the article's figures; nor does the
hall a launch is held in (在伦敦的皇家音乐学院一口气发布了4款新品: fails on 2026.12.38). A body that
holds the meeting itself (农业部今天召开座谈会) does (guard). Sentences written for this test."""
from orgs_of import figure_orgs


def test_the_body_a_meeting_is_held_at():
    got = figure_orgs("本报北京１月２０日讯 全国扶贫工作座谈会今天在农业部召开。\n"
                      "过去的一年，各地安排扶贫资金６３５０万元，帮助３１万人解决了温饱。\n")
    assert got["6350万元"] is None
    assert got["31万人"] is None


def test_a_body_holding_the_meeting():  # (guard)
    got = figure_orgs("本报北京１月２０日讯 农业部今天召开全国扶贫工作座谈会。\n"
                      "过去的一年，各地安排扶贫资金６３５０万元，帮助３１万人解决了温饱。\n")
    assert got["6350万元"] == "农业部"


def test_the_hall_a_launch_is_held_in():
    got = figure_orgs("新品发布\n本报记者某某\n公司昨天在伦敦的皇家音乐学院一口气发布了4款新品。\n")
    assert got["4款"] is None
    got = figure_orgs("新品发布\n本报记者某某\n皇家音乐学院昨天发布了4款新品。\n")  # (guard)
    assert got["4款"] == "皇家音乐学院"
