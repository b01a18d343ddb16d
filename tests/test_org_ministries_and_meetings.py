"""The ministries of the State Council as they were named in the 1990s (林业部, 冶金部, 广电部)
are bodies of the state, as today's are, and so are the national sports bodies by their short
names (足协, 国足); a ceremony held (召开表彰大会) is a meeting, not a body.
Sentences written for this test."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions
from orgs_of import names


def test_a_ministry_of_the_1990s_is_a_body_of_the_state():
    text = "1997年林业部加大了结构调整力度,冶金部也出台了新规定。"
    found = {o.surface: (o.name, o.region) for o in find_organizations(text, find_regions(text))}
    assert found == {"林业部": ("林业部", "100000"), "冶金部": ("冶金工业部", "100000")}


def test_a_ceremony_held_is_no_body():
    assert names("广播电影电视部昨日在北京召开表彰大会。") == ["广播电影电视部"]


def test_the_national_football_and_basketball_bodies_by_their_short_names():
    text = "足协公布了国足集训队名单,中国篮协也发布了通知。"
    found = {o.surface: (o.name, o.region) for o in find_organizations(text, find_regions(text))}
    assert found["足协"] == ("中国足球协会", "100000")
    assert found["中国篮协"] == ("中国篮球协会", "100000")
