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
