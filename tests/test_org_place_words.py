"""A body's name opens with a place the region finder knows, whatever the segmenter's dictionary
tags that word: it tags 介休市 a verb, and a factory with no name before its trade (纺织厂) is
too often no body at all to be taken. Sentences written for this test; the first fails on
2026.12.26."""
from orgs_of import names


def test_a_factory_of_a_city_the_dictionary_calls_a_verb():
    assert names("介休市纺织厂去年实现利税300万元。") == ["介休市纺织厂"]


def test_a_trade_and_its_works_without_a_place_name_nothing():  # (a guard)
    assert names("纺织厂去年实现利税300万元。") == []


def test_a_places_bodies_of_a_kind_are_no_body():  # (a guard: 运城 read as a place)
    assert names("运城党组织为群众致富架金桥，去年帮助3万户脱贫。") == []
