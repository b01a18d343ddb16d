#!/usr/bin/env python3
"""How many figures get a measure, per corpus, and a random sample to judge by hand.

    python bench/measures_coverage.py [--corpus seeds,dev,pfr1998] [--sample 100 --seed 1998]

Each document goes through the whole pipeline (``process_text``, as a load would), and each
corpus prints its figures, the share with a measure, the share of outcome figures with one,
the measures used most, and the distinct metric labels. ``dev`` is the folder of the gold
annotations' dev documents (../shared/gold/dev/docs: the texts only, the annotations are not
read). ``--sample N`` prints N figures with a measure of the last corpus, drawn at random
(a fixed seed), with the clause around each, as a TSV for a verdict by hand
(docs/measures.md).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

from minsheng.etl.pipeline import process_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import REPO, corpora_root, pfr_articles  # noqa: E402


def documents(name: str):
    if name == "seeds":
        for p in sorted((REPO / "seeds").glob("*.txt")):
            yield p.stem, p.read_text(encoding="utf-8")
    elif name == "dev":
        folder = corpora_root().parent / "gold" / "dev" / "docs"
        for p in sorted(folder.glob("*.txt")):
            yield p.stem, p.read_text(encoding="utf-8")
    elif name == "pfr1998":
        yield from pfr_articles(corpora_root() / "pfr1998" / "199801.txt")
    else:
        raise SystemExit(f"unknown corpus {name!r}: seeds, dev or pfr1998")


def figures_of(name: str):
    for key, text in documents(name):
        doc = process_text(text)
        for r in doc.articles:
            for f in r.figures:
                yield key, r.article.text, f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="seeds,dev,pfr1998")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1998)
    args = ap.parse_args()
    last: list = []
    for name in args.corpus.split(","):
        rows = list(figures_of(name))
        with_measure = [f for _, _, f in rows if f.measure]
        outcomes = [f for _, _, f in rows if f.role == "outcome"]
        labels = {f.metric for _, _, f in rows if f.metric}
        print(f"{name}: {len(rows)} figures, {len(with_measure)} with a measure "
              f"({len(with_measure) / max(1, len(rows)):.1%}); outcomes "
              f"{sum(1 for f in outcomes if f.measure)}/{len(outcomes)} "
              f"({sum(1 for f in outcomes if f.measure) / max(1, len(outcomes)):.1%}); "
              f"{len(labels)} distinct metric labels, "
              f"{sum(1 for _, _, f in rows if not f.metric)} figures without one")
        top = Counter(f.measure for f in with_measure).most_common(8)
        print("  most used: " + ", ".join(f"{code} {n}" for code, n in top))
        last = rows
    if args.sample:
        # the order of a figure in the sample depends on itself alone (its document, place and
        # the seed), not on which other figures have a measure: a change to the rules keeps
        # the figures judged before, and only the ones it changes need a new verdict
        def rank(row):
            key, _, f = row
            return hashlib.sha1(f"{args.seed}|{key}|{f.char_start}".encode()).hexdigest()

        pool = sorted((r for r in last if r[2].measure), key=rank)
        print("\n#\tdocument\tsurface\tmetric\tmeasure\tbasis\tclause")
        for i, (key, text, f) in enumerate(pool[:args.sample], 1):
            clause = text[max(0, f.char_start - 24):f.char_end + 12].replace("\n", " ")
            print(f"{i}\t{key}\t{f.surface}\t{f.metric or ''}\t{f.measure}\t{f.measure_basis}"
                  f"\t{clause}")


if __name__ == "__main__":
    main()
