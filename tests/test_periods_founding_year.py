"""全年, 年底 and 年内 with no year of their own are read in the year the text last named, but
not in the year something was founded in (1971年建县, 1985年建成): that is a moment of the story,
not a year the text reports on. A 当年 right after it is that year. Sentences written for this
test."""
from datetime import date

from periods_of import dated_page

PAPER_DAY = date(1998, 1, 10)


def test_a_founding_year_is_no_later_full_years():
    got = dated_page("青山县１９６５年建县，地处山区。全县人口１２万。\n"
                     "全县全年财政收入中，工业占六成左右。", PAPER_DAY)
    assert got["六成左右"][0] == ("全年", None, None)


def test_nor_a_year_someone_was_born_in():
    got = dated_page("他１９４８年出生于河北。\n年底，他所在的公司已有职工３００人。", PAPER_DAY)
    assert got["300人"][0] == ("年底", None, None)


def test_the_year_a_report_names_still_dates_its_full_year():  # (guard)
    got = dated_page("２０１６年，全省经济平稳增长。\n全年财政收入增长８%。", PAPER_DAY)
    assert got["8%"][0] == ("全年", date(2016, 1, 1), date(2016, 12, 31))


def test_that_year_right_after_a_founding_is_its_year():  # (guard)
    got = dated_page("该厂１９８５年建成投产，当年实现利税３００万元。", PAPER_DAY)
    assert got["300万元"][0][1:] == (date(1985, 1, 1), date(1985, 12, 31))
