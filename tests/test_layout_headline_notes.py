"""A headline may end on ! or ? and carry the paper's note of its photos (周日,让我们志愿服务去!
(附图片1张)): it stays the title of the story under it, and the story's lead is its first
paragraph, not the headline nor the caption of the photo over it (压题照片:…). Sentences written
for this test."""
from __future__ import annotations

from minsheng.etl.normalize import normalize_page
from minsheng.etl.segment import split_articles

from regions_of import regions

PAGE = ("周日,让我们去做志愿者!(附图片1张)\n本报记者王明\n压题照片:志愿者为困难居民送大白菜。\n"
        "越来越多的青岛人在双休日选择了志愿服务。\n"
        "据不完全统计,表示愿意参加本次植树活动的市民已经多达500余人。\n")


def test_the_headline_with_its_photo_note_titles_the_story():
    articles = split_articles(normalize_page(PAGE))
    assert len(articles) == 1
    assert articles[0].title == "周日,让我们去做志愿者!(附图片1张)"


def test_the_lead_is_the_first_paragraph_not_the_photos_caption():
    assert regions(PAGE)["500余人"] == "青岛市"
