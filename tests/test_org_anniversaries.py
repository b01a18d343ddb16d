"""A body whose anniversary dates a story (为纪念中国人民解放军建军80周年, 在清华大学建校90周年之际)
runs none of the story's figures beyond its own sentence: the body the story goes on about does
(国防大学编写的《军史故事》…全书收入故事200多个). In its own sentence it is still the subject
when nothing else is (学校今年共接待校友3万多人次).

Sentences written for this test. The first case failed on 2026.12.32."""
from __future__ import annotations

from datetime import date

from links_of import links, paper


def _orgs(text: str) -> dict:
    return links(text, "organization", paper(date(2007, 8, 2)))


def test_a_body_whose_anniversary_dates_the_story_runs_none_of_it():
    got = _orgs("军史故事出版\n新华社北京8月1日电 为纪念中国人民解放军建军80周年，国防大学编写的《军史故事》"
                "已正式出版。\n全书收入故事200多个，约150万字。\n")
    assert got == {"200多个": "国防大学", "约150万字": "国防大学"}


def test_in_its_own_sentence_it_is_still_the_subject():  # (guard)
    got = _orgs("校庆\n本报讯 在清华大学建校90周年之际，学校今年共接待校友3万多人次。\n")
    assert got == {"3万多人次": "清华大学"}
