"""The many-word matcher behind the region finder: leftmost longest matches, no overlaps."""
from minsheng.etl.entities.regions import _matcher
from minsheng.etl.triematch import TrieMatcher


def test_leftmost_longest_without_overlap():
    m = TrieMatcher(["ab", "abcd", "bc", "cde", "x"])
    assert list(m.finditer("abcdexab")) == [(0, 4, "abcd"), (5, 6, "x"), (6, 8, "ab")]
    assert list(m.finditer("zabcz")) == [(1, 3, "ab")]  # "bc" starts inside "ab"


def test_words_of_one_character_and_the_end_of_the_text():
    m = TrieMatcher(["b", "bc", "abc"])
    assert list(m.finditer("ab b")) == [(1, 2, "b"), (3, 4, "b")]
    assert list(m.finditer("xab")) == [(2, 3, "b")]  # "abc" would run past the end
    assert list(TrieMatcher(["ab", "abc"]).finditer("xab")) == [(1, 3, "ab")]


def test_empty_word_list():
    assert list(TrieMatcher([]).finditer("滨州市")) == []
    assert list(TrieMatcher([""]).finditer("滨州市")) == []


def test_gazetteer_names_in_text():
    text = "山东省滨州市邹平市和烟台莱阳市的职工"
    assert [w for _, _, w in _matcher().finditer(text)] == ["山东省", "滨州市", "邹平市", "烟台", "莱阳市"]
