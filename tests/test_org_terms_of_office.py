"""A word for a post's term written before the body the post is in (新任冶金部副部长, 时任县委书记)
belongs to the person: the body's name starts after it. Sentences written for this test."""
from __future__ import annotations

from orgs_of import names


def test_newly_appointed_is_not_part_of_the_body():
    assert names("新任冶金部副部长吴建常也出席了会议。") == ["冶金部"]
    assert names("新任上海市委书记昨日到任。") == ["上海市委"]


def test_other_terms_of_office_are_not_part_of_the_body_either():
    assert names("前任国家计委主任陈锦华作了报告。") == ["国家计委"]
    assert names("首任林业部部长梁希。") == ["林业部"]

