"""A correspondent's byline names where they are posted (本报驻加拿大记者): when the lead goes on
to name a city of that country (我驱车来到多伦多), that city is the story's place, the more
specific one; a place elsewhere (中国驻加拿大使馆) does not displace the post.

Sentences written for this test. The first case failed on 2026.12.32."""
from __future__ import annotations

from datetime import date

from links_of import links, paper


def _regions(text: str) -> dict:
    return links(text, "region", paper(date(1998, 1, 28)))


def test_the_city_of_the_post_the_lead_names_is_the_storys():
    text = ("侨胞迎新春\n本报驻加拿大记者王明\n那天我驱车来到多伦多，当地华人社团正在筹备春节晚会。\n"
            "晚会共邀请了300多名嘉宾。\n")
    assert _regions(text)["300多名"] == "CA-多伦多"


def test_a_place_outside_the_post_leaves_it_the_storys():  # (guard)
    text = ("留学生过新年\n本报驻加拿大记者王明\n中国驻加拿大使馆昨天举行新春招待会。\n"
            "晚会共有200多名留学生参加。\n")
    assert _regions(text)["200多名"] == "CA"
