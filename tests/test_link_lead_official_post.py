"""A lead's first place that is part of an official's post (河北省省长, 某某县县长) names where the
official governs; the place inside it the same sentence goes on to name (在张北县会合) is where
the story is, and the story's figures are that place's. With no such place the province stays
(guard). Sentences written for this test."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 13), newspaper="人民日报")


def regions_of(text):
    return {f.surface: f.region for a in process_text(text, manifest=PAPER).articles
            for f in a.figures}


def test_the_place_the_governor_went_to_is_the_storys():
    got = regions_of("风雪送温暖\n本报记者李明\n一月十日上午，云南省省长王平与民政部副部长在镇雄县会合，"
                     "一同看望受灾群众。\n据了解，当地干部已转移受灾群众一千二百余人，发放棉被三千床。\n")
    assert got["一千二百余人"] == got["三千床"] == "530627"


def test_without_a_place_inside_the_province_stays():  # (guard)
    got = regions_of("风雪送温暖\n本报记者李明\n一月十日上午，云南省省长王平与民政部副部长一同看望受灾群众。\n"
                     "据了解，当地干部已转移受灾群众一千二百余人，发放棉被三千床。\n")
    assert got["三千床"] == "530000"
