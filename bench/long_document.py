#!/usr/bin/env python3
"""Extraction time against the length of one article: does it stay linear?

    python bench/long_document.py [--sizes 250000,500000,1000000,2000000,4000000]
                                  [--one-paragraph]

Builds one long article from People's Daily, January 1998 (the PFR corpus, tags stripped): the
articles' paragraphs one after another, from the start again when the corpus (1.9 M
characters) runs out. Times the article stages on its first N characters for each size (what
``process_text`` runs on each article the page splitter finds: figures, periods, entities and
links; no database) and prints seconds, characters per second, figures found and the
process's peak resident memory so far (the sizes run in order, so it is the largest size's
peak). A steady chars/s means linear time. With ``--one-paragraph`` the paragraphs are run
together without line breaks and the whole of ``process_text`` runs on it (the page is one
article of one paragraph then), publication date and normalization included.

Why it matters: a folder of whole-issue scans without headings gives articles this long, and
any step that, for each figure or each organization head, scans all of the article's mentions
is quadratic there. Loads of ordinary pages never show it: their articles are a few thousand
characters.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import corpora_root, pfr_articles  # noqa: E402


def long_article(chars: int) -> str:
    """The first ``chars`` characters of People's Daily's paragraphs, one per line, in order
    (each article's first paragraph, its title, is left out)."""
    lines: list[str] = []
    total = 0
    while total < chars:
        for _, text in pfr_articles(corpora_root() / "pfr1998" / "199801.txt"):
            for line in text.splitlines()[1:]:
                lines.append(line)
                total += len(line) + 1
            if total >= chars:
                break
    return "\n".join(lines)[:chars]


def extract_article(text: str) -> int:
    """The stages ``process_text`` runs on each article, on ``text`` as one article; returns
    the number of figures."""
    from minsheng.etl.entities import find_entities
    from minsheng.etl.figures import extract_figures
    from minsheng.etl.periods import assign_periods
    from minsheng.etl.records import Article, ArticleResult, DocumentResult

    article = Article(seq=1, text=text)
    figures = extract_figures(text)
    assign_periods(article, figures, None)
    find_entities(DocumentResult(text=text, encoding="utf-8",
                                 articles=[ArticleResult(article=article, figures=figures)]))
    return len(figures)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="250000,500000,1000000,2000000,4000000",
                    help="comma-separated article lengths in characters")
    ap.add_argument("--one-paragraph", action="store_true",
                    help="no line breaks, and the whole pipeline: one page, one paragraph")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    from minsheng.etl.pipeline import process_text, warm_up

    warm_up()
    text = long_article(sizes[-1])
    extract = extract_article
    if args.one_paragraph:
        text = long_article(sizes[-1] + sizes[-1] // 10).replace("\n", "")

        def extract(page: str) -> int:
            return sum(len(a.figures) for a in process_text(page).articles)
    print(f"{'characters':>12} {'seconds':>8} {'chars/s':>10} {'figures':>8} {'peak MB':>8}")
    for n in sizes:
        t0 = time.perf_counter()
        figures = extract(text[:n])
        seconds = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>12,} {seconds:>8.2f} {n / seconds:>10,.0f} {figures:>8,} {peak:>8.0f}")


if __name__ == "__main__":
    main()
