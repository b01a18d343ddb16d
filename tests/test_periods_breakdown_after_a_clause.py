"""其中 opening a later clause of a sentence (经查，其中，有13个单位…) breaks down the total of the
sentence before, as 其中 opening the sentence does: the figures after it take that total's
period. Not when the sentence counts something before 其中 (an age, whose period is nobody's),
nor 其中 inside a phrase (乐在其中) (guards). Sentences written for this test."""
from datetime import date

from periods_of import dated_page

PUBLISHED = date(1998, 1, 13)
LAST_YEAR = (date(1997, 1, 1), date(1997, 12, 31))


def test_after_a_clause_that_says_who_found_it():
    got = dated_page("该局去年查处违法案件２３０起。经查，其中，有１３个单位多次违法。", PUBLISHED)
    assert got["13个"][0][1:] == LAST_YEAR
    assert got["13个"][1] == "inferred"


def test_a_span_of_years():
    got = dated_page("该县１９９５年至１９９７年共发放扶贫贷款８０００万元。据县农业银行统计，其中，"
                     "有３０个村获得贷款。", PUBLISHED)
    assert got["30个"][0][1:] == (date(1995, 1, 1), date(1997, 12, 31))


def test_not_when_the_sentence_counted_before():  # (guard)
    got = dated_page("该局去年查处违法案件２３０起。干部平均年龄３５岁，其中，有１３人是党员。", PUBLISHED)
    assert got["13人"][0] is None


def test_not_inside_a_phrase():  # (guard)
    got = dated_page("该局去年查处违法案件２３０起。老张乐在其中，有３个孩子。", PUBLISHED)
    assert got["3个"][0] is None
