"""A number without a measure word counts people when the noun beside it is a word for people
made the way Chinese makes them, listed or not: one who does something (感染者, 吸烟者, 失聪者),
one of a people (烟民, 股民, 牧民), 同胞, 人才, 人士. Not the words for "either", "the former" or
"both" (或者, 前者, 两者), nor a byline's 记者 run on after a headline's number (guards).
Sentences written for this test; the first case failed on 2026.12.20 (no figures)."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, str]]:
    return [(f.surface, f.unit) for f in extract_figures(text)]


def test_words_for_people_count_people():
    assert found("全球病毒感染者累计3006万，全国股民总数达1.2亿。帮助20万少数民族同胞脱贫，"
                 "10多万牧民用上了电。") == [
        ("3006万", "人"), ("1.2亿", "人"), ("20万", "人"), ("10多万", "人")]


def test_no_people_in_either_or_a_byline():  # (guards)
    assert found("估计有3万或者5万。") == []
    assert found("账户被冻结千万每经记者 张三 北京报道") == []
