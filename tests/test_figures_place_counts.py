"""Counts of places and departments written with a two-character measure word: 6地市, 3省区,
10县市 (one measure word each, not 6 and a stray 地, nor 3省 and a stray 区), and 五部门
(departments: 个, not five 部 of something). A population written with 量 or 破 before its
number counts people (用户量突破1亿, 用户破1亿). Sentences written for this test; each case
failed on 2026.12.20."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, str]]:
    return [(f.surface, f.unit) for f in extract_figures(text)]


def test_two_character_measure_words_of_places_and_departments():
    assert found("6地市降雪，3省区出现险情，10县市受灾，工信部等五部门开展行动。") == [
        ("6地市", "地市"), ("3省区", "省区"), ("10县市", "县市"), ("五部门", "个")]
    # (闽宁两省区, 郊区五市: a small number in words names the places listed, as with 省)
    assert found("闽宁两省区合作。") == []


def test_users_past_a_number():
    assert found("闪充用户破1亿，用户量突破1亿。") == [("破1亿", "人"), ("突破1亿", "人")]
