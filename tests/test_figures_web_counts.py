"""A web page counts what its readers did without a measure word (播放量已达2.3亿, 转发量破10万,
点击量就突破1000万大关): each is a number of times, as a reader writes it down, with an adverb
(就, 也) between the noun and its verb and the mark a count passes (大关) after it. Sentences
written for this test; each case failed on 2026.12.30 (no figure)."""
from conftest import figure_rows


def test_counts_of_what_readers_did_are_times():
    assert figure_rows("这段视频的播放量已达2.3亿，文章阅读量超过10万，转发量破万。") == [
        ("2.3亿", 230_000_000, "次", "exact"), ("超过10万", 100_000, "次", "more_than"),
        ("破万", 10_000, "次", "more_than")]


def test_an_adverb_between_the_noun_and_its_count():
    assert figure_rows("网站开通不到三个月，点击量就突破500万。报名人数也达到12万。") == [
        ("不到三个月", 3, "个月", "less_than"), ("突破500万", 5_000_000, "次", "more_than"),
        ("12万", 120_000, "人", "exact")]


def test_the_mark_a_count_passes():
    assert figure_rows("全市常住人口突破1000万大关。") == [("突破1000万", 10_000_000, "人", "more_than")]
