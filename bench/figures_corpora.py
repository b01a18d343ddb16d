#!/usr/bin/env python3
"""Run the figure finder over a sample of every shared corpus and check its invariants.

    python bench/figures_corpora.py [--docs N] [--corpora DIR]

For each corpus (seeds, PFR 1998, Sina 2018, THUCNews titles, FinRE, MSRA and People's Daily
NER) the first N documents are rebuilt as plain text, normalized with normalize_page and
passed to extract_figures. Every figure must hold: a finite value, negative only when a sign
(-, －, −, 负: ``-3.65亿元``) or 零下 (``零下20℃``) stands right before its number; value_max
above value when set; a known qualifier and role; ``text[char_start:char_end] == surface``;
the surface inside its evidence sentence at ``evidence_start``. Prints per corpus the
documents, characters, figures, speed and any violation; exits 1 when one is found.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import time
from pathlib import Path

from minsheng.etl.figures import extract_figures
from minsheng.etl.normalize import normalize_page
from minsheng.etl.records import QUALIFIERS, ROLES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import pfr_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# the only ways a figure may be below zero: a sign or 零下 right before its number (a qualifier
# word may come first: 最高-5℃), or a dash set for a minus after 为 or in a list (涨幅为—0.4%)
SIGNED = re.compile(r"(?:[-－−负]|零下|(?<=[为是达至、和及与])—)[\d０-９]")


def _char_per_line(path: Path, sep: str | None):
    """MSRA / PD NER: one character per line, a blank line between sentences."""
    sentence: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield "".join(sentence)
                    sentence = []
                continue
            sentence.append(line.split(sep)[0] if sep else line[0])
    if sentence:
        yield "".join(sentence)


def _pfr(path: Path):
    return (text for _, text in pfr_articles(path))


def _batches(lines, size: int = 50):
    """Short items (titles, sentences) grouped into page-sized documents."""
    it = iter(lines)
    while batch := list(itertools.islice(it, size)):
        yield "\n".join(batch)


def corpora(root: Path) -> dict[str, object]:
    return {
        "seeds": (p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))),
        "pfr1998": _pfr(root / "pfr1998" / "199801.txt"),
        "sina2018": (f"{d['title']}\n\n{d['text']}" for d in map(
            json.loads, (root / "news_sina2018" / "sina_news_2018.jsonl").open(encoding="utf-8"))),
        "thucnews_titles": _batches(line.split("\t")[0] for line in
                                    (root / "thucnews_titles" / "dev.txt").open(encoding="utf-8")),
        "finre": _batches(line.split("\t")[-1] for line in
                          (root / "finre" / "valid.txt").open(encoding="utf-8") if line.strip()),
        "msra_ner": _batches(_char_per_line(root / "msra_ner" / "msra_test_bio.txt", "\t")),
        "pd_ner": _batches(_char_per_line(root / "pd_ner" / "example.dev", " ")),
    }


def check(text: str) -> tuple[list, list[str]]:
    figures = extract_figures(text)
    problems = []
    for f in figures:
        where = f"{f.surface!r} at {f.char_start}"
        if not (isinstance(f.value, float) and math.isfinite(f.value)
                and (f.value >= 0 or SIGNED.search(f.surface))):
            problems.append(f"bad value {f.value!r}: {where}")
        if f.value_max is not None and not (math.isfinite(f.value_max) and f.value_max > f.value):
            problems.append(f"bad value_max {f.value_max!r}: {where}")
        if f.qualifier not in QUALIFIERS or f.role not in ROLES:
            problems.append(f"bad qualifier/role {f.qualifier}/{f.role}: {where}")
        if text[f.char_start:f.char_end] != f.surface or not f.surface:
            problems.append(f"span does not hold the surface: {where}")
        rel = f.char_start - f.evidence_start
        if f.evidence[rel:rel + len(f.surface)] != f.surface:
            problems.append(f"surface not in evidence: {where}")
    return figures, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300, help="documents per corpus")
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args()
    extract_figures("共3个单位。")
    bad = 0
    for name, docs in corpora(a.corpora).items():
        n = chars = nfig = 0
        seconds = 0.0
        for raw in itertools.islice(docs, a.docs):
            text = normalize_page(raw)
            t0 = time.perf_counter()
            figures, problems = check(text)
            seconds += time.perf_counter() - t0
            n += 1
            chars += len(text)
            nfig += len(figures)
            for p in problems:
                bad += 1
                print(f"  {name}: {p}")
        speed = chars / seconds if seconds else 0.0
        print(f"{name:<16} docs={n:<5} chars={chars:<10,} figures={nfig:<6} {speed:>12,.0f} chars/s")
    print("violations:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
