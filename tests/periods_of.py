"""What the period stage says of each figure of a sentence, for the period tests."""
from __future__ import annotations

from datetime import date

from minsheng.etl.figures import extract_figures
from minsheng.etl.periods import assign_periods
from minsheng.etl.records import Article


def dated(text: str, published_on: date | None = None) -> dict[str, tuple]:
    """surface -> ((label, start, end) or None, basis, compared_to's (start, end) or None)."""
    figures = extract_figures(text)
    assign_periods(Article(seq=1, text=text), figures, published_on)
    out = {}
    for f in figures:
        p, c = f.period, f.compared_to
        out[f.surface] = (None if p is None else (p.label, p.start, p.end), f.period_basis,
                          None if c is None else (c.start, c.end))
    return out


def dated_page(text: str, published_on: date | None = None) -> dict[str, tuple]:
    """``dated`` of the text as a page is read (normalized: full-width punctuation folded)."""
    from minsheng.etl.normalize import normalize_page

    return dated(normalize_page(text), published_on)


def dates_of(got: dict[str, tuple], surface: str) -> tuple | None:
    """(start, end) of a figure's period in ``dated``'s answer, None when it has none."""
    return None if got[surface][0] is None else got[surface][0][1:]
