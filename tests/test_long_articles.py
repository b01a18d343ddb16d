"""A long article is read like many short ones: the stages that look up the mentions near a
figure or an organization head bisect the article's mentions instead of scanning them all, and
must still find exactly the mentions near it. An article repeated many times over (as in a
whole-issue scan) gives each copy's figures what the first copy's get. Each copy opens with its
title marked as a heading (# …): unmarked, a copy would read as one more paragraph of the item
before it, whose places and bodies then rightly govern it."""
from __future__ import annotations

from minsheng.etl.entities import find_entities
from minsheng.etl.figures import extract_figures
from minsheng.etl.importer import SEEDS
from minsheng.etl.periods import assign_periods
from minsheng.etl.pipeline import process_text
from minsheng.etl.records import Article, ArticleResult, DocumentResult

COPIES = 20
SEP = "\n\n"


def _figures_of(text: str, body_start: int, published_on, home):
    article = Article(seq=1, text=text, body_start=body_start)
    figures = extract_figures(text)
    assign_periods(article, figures, published_on)
    find_entities(DocumentResult(text=text, encoding="utf-8", home_region=home,
                                 articles=[ArticleResult(article=article, figures=figures)]))
    return figures


def _row(fig, offset: int) -> tuple:
    return (fig.char_start - offset, fig.char_end - offset, fig.surface, fig.value, fig.unit,
            fig.qualifier, fig.metric, fig.region, fig.organization, fig.program,
            fig.period.label if fig.period else None)


def test_every_copy_of_a_repeated_article_gets_what_the_first_copy_gets():
    checked = 0
    for path in sorted(SEEDS.glob("*.txt")):
        doc = process_text(path.read_text(encoding="utf-8"))
        for result in doc.articles:
            text = result.article.text
            if len(result.figures) < 3:
                continue
            body_start = result.article.body_start
            if not text.startswith("#"):
                text, body_start = "# " + text, body_start + 2
            figures = _figures_of(SEP.join([text] * COPIES), body_start,
                                  doc.published_on, doc.home_region)
            n = len(figures) // COPIES
            assert n * COPIES == len(figures)
            step = len(text) + len(SEP)
            # a headline figure may take the period of the body figure it repeats; the other
            # copies' headlines stand in the body, so their periods are not compared
            copies = [[_row(f, k * step)[:-1] + ((_row(f, k * step)[-1],)
                        if f.char_start - k * step >= result.article.body_start else ())
                       for f in figures[k * n:(k + 1) * n]]
                      for k in range(COPIES)]
            assert all(c == copies[0] for c in copies), (path.name, result.article.seq)
            assert any(r[7] for r in copies[0])  # some figure is linked to a region
            checked += 1
    assert checked >= 20
