"""N年间 opening its clause (8年间,全区共吸收6万户…) counts back from the publication date as
N年来 does; not the first years of something (前4年间), nor a span that is a noun's (10年间的变化)."""
from __future__ import annotations

from datetime import date

from minsheng.etl.period_phrases import find_mentions
from minsheng.etl.pipeline import Manifest, process_text


def test_years_between_that_open_a_clause_count_back_from_the_publication_date():
    doc = process_text("扶贫示范户\n本报讯 该区实行计划生育扶贫示范户制度。8年间,全区共吸收6万户计划生育"
                       "家庭参加这一活动。\n", manifest=Manifest(published_on=date(1998, 1, 3)))
    (fig,) = [f for a in doc.articles for f in a.figures if f.surface == "6万户"]
    assert (fig.period.start, fig.period.end) == (date(1990, 1, 1), date(1997, 12, 31))
    (mn,) = find_mentions("在这五年间,公司共引进技术20项。", date(2018, 11, 8))
    assert (mn.begin, mn.finish) == (date(2014, 1, 1), date(2018, 12, 31))


def test_the_first_years_of_something_or_a_nouns_span_are_no_count_back():
    assert [(m.begin, m.finish) for m in find_mentions("工程前4年间,共建成小区240个。", date(1998, 1, 11))] \
        == [(None, None)]
    assert [(m.begin, m.finish) for m in find_mentions("10年间的变化很大。", date(1998, 1, 11))] \
        == [(None, None)]
