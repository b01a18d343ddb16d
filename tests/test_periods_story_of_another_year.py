"""A day or month with no year, in a story that gave the full date of an earlier year a few
paragraphs before (1938年2月3日,日军登陆。…2月12日夜,…), is of that year when nothing has named
another year since and it comes after that date's month: the story goes on in its year, not in
the paper's. Sentences written for this test."""
from datetime import date

from periods_of import dated_page


def test_a_days_year_is_the_storys_named_paragraphs_before():
    got = dated_page("1942年3月5日，日军包围了村庄。3月8日，民兵转移群众300多人。\n"
                     "此后，民兵开始了反击。\n"
                     "4月2日夜，民兵共80余人袭击了据点。", date(1998, 1, 13))
    assert got["300多人"][0] == ("3月8日", date(1942, 3, 8), date(1942, 3, 8))
    assert got["80余人"][0] == ("4月2日", date(1942, 4, 2), date(1942, 4, 2))


def test_a_month_before_the_storys_month_is_the_papers_year():  # (a guard)
    got = dated_page("1997年12月3日，全市召开大会。\n1月8日，市政府又发放救济金200万元。", date(1998, 1, 13))
    assert got["200万元"][0] == ("1月8日", date(1998, 1, 8), date(1998, 1, 8))


def test_a_year_named_between_ends_the_story():  # (a guard)
    got = dated_page("1942年3月5日，日军包围了村庄。\n今年2月，村里新建学校一所，投资80万元。", date(1998, 6, 13))
    assert got["80万元"][0] == ("今年2月", date(1998, 2, 1), date(1998, 2, 28))
