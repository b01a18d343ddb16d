#!/usr/bin/env python3
"""Region and organization finders against the MSRA NER test set (SIGHAN 2006, news text).

Reports
- recall of LOC entities that are Chinese administrative divisions (their text is a full or
  short name in the gazetteer), and apart those that are foreign countries: does the region
  finder find them, with the same span?
- precision and recall of ORG entities against the organization finder (exact span).

Sentences are run one at a time with no home region, as a paper-less text would be. Each
character is folded the way the normalize stage folds page text (NFKC: full-width letters, digits
and ，：（） become ASCII), one character for one so the gold offsets still hold: the finders never
see full-width forms in the pipeline, so they should not be scored on them here.

Matching is exact: a predicted span counts only if it starts and ends where the gold entity does.
MSRA marks the outermost name (中共中央政治局, 中国致公党第十一次全国代表大会), so a name found
without its parent or its unit counts as one false positive and one miss.

    python bench/msra_ner.py [--file /work/shared/corpora/msra_ner/msra_test_bio.txt] [--limit N]
"""
from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from pathlib import Path

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions

DEFAULT = "/work/shared/corpora/msra_ner/msra_test_bio.txt"


def fold(ch: str) -> str:
    """NFKC of one character when it stays one character (Ａ -> A, ， -> ,)."""
    out = unicodedata.normalize("NFKC", ch)
    return out if len(out) == 1 else ch


def read_bio(path: Path):
    chars, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if chars:
                yield "".join(chars), tags
            chars, tags = [], []
            continue
        ch, sep, tag = line.partition("\t")
        if not sep:  # some BIO files separate with a space
            ch, _, tag = line.partition(" ")
        chars.append(fold(ch[:1] or " "))
        tags.append(tag.strip() or "O")
    if chars:
        yield "".join(chars), tags


def spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    out, start = set(), None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and t != f"I-{kind}":
            out.add((start, i))
            start = None
        if t == f"B-{kind}":
            start = i
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    a = ap.parse_args()
    names = set(gz.names()) | set(gz.short_names())
    loc_n = loc_hit = 0
    abroad_n = abroad_hit = 0  # foreign countries (the gazetteer's ISO-coded regions)
    org_tp = org_pred = org_gold = 0
    misses: dict[str, list[str]] = {"loc": [], "org_fn": [], "org_fp": []}
    chars = 0
    t0 = time.perf_counter()
    n = 0
    for text, tags in read_bio(Path(a.file)):
        if a.limit and n >= a.limit:
            break
        n += 1
        chars += len(text)
        regions = find_regions(text)
        found = {(h.start, h.end) for h in regions}
        for s, e in spans(tags, "LOC"):
            if text[s:e] in names:
                ok = (s, e) in found
                if all(gz.is_foreign(c) for c in gz.names().get(text[s:e], ("x",))):
                    abroad_n += 1
                    abroad_hit += ok
                    continue
                loc_n += 1
                loc_hit += ok
                if not ok:
                    misses["loc"].append(f"{text[s:e]} | {text[max(0, s - 8):e + 8]}")
        gold = spans(tags, "ORG")
        pred = {(h.start, h.end) for h in find_organizations(text, regions)}
        org_gold += len(gold)
        org_pred += len(pred)
        org_tp += len(gold & pred)
        misses["org_fn"] += [text[s:e] for s, e in gold - pred]
        misses["org_fp"] += [text[s:e] for s, e in pred - gold]
    dt = time.perf_counter() - t0
    for k, v in misses.items():
        for line in v[: a.show]:
            print(f"{k}: {line}")
    p = org_tp / org_pred if org_pred else 0.0
    r = org_tp / org_gold if org_gold else 0.0
    print(f"sentences={n} chars={chars} ({chars / dt:,.0f} chars/s)")
    print(f"LOC divisions: recall={loc_hit / loc_n:.4f} ({loc_hit}/{loc_n})")
    if abroad_n:
        print(f"LOC countries: recall={abroad_hit / abroad_n:.4f} ({abroad_hit}/{abroad_n})")
    print(f"ORG: precision={p:.4f} recall={r:.4f} (tp={org_tp} pred={org_pred} gold={org_gold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
