#!/usr/bin/env python3
"""Figures on the seeds against the dev gold, matched the way the gold scorer matches.

    python bench/score_figures.py [--gold DIR] [--seeds DIR] [--misses N] [--show]

Each seed is normalized (normalize_page) and handed whole to extract_figures, so the numbers
do not depend on article segmentation. A predicted figure matches a gold one of the same
document when the units agree after canonicalisation and the values agree within 0.1 %;
matching is one-to-one, in document order. Prints precision/recall/F1, qualifier accuracy
on matched figures, misses, spurious figures and wrong qualifiers, and the extraction speed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from minsheng.etl.figures import extract_figures
from minsheng.etl.normalize import normalize_page

ROOT = Path(__file__).resolve().parent.parent
UNIT_ALIASES = {"名": "人", "位": "人", "万人次": "人次", "亿元": "元", "万元": "元", "千元": "元",
                "张床位": "张"}


def canon_unit(u: str | None) -> str:
    u = (u or "").strip()
    return UNIT_ALIASES.get(u, u)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-3 * max(abs(a), abs(b)))


def load_gold(folder: Path) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold[row["doc"]].append(row)
    return gold


def score(gold: dict[str, list[dict]], pred: dict[str, list]) -> dict:
    tp = fp = fn = q_ok = 0
    missed, spurious, wrong_q = [], [], []
    for doc, grows in gold.items():
        prows = pred.get(doc, [])
        used = [False] * len(prows)
        for g in grows:
            gu = canon_unit(g["unit"])
            hit = next((i for i, p in enumerate(prows) if not used[i]
                        and canon_unit(p.unit) == gu and close(p.value, float(g["value"]))), None)
            if hit is None:
                fn += 1
                missed.append(f"{doc[:3]} {g['text']} = {g['value']} {gu}")
                continue
            used[hit] = True
            tp += 1
            p = prows[hit]
            if p.qualifier == (g.get("qualifier") or "exact"):
                q_ok += 1
            else:
                wrong_q.append(f"{doc[:3]} {g['text']}: got {p.qualifier} want {g['qualifier']}"
                               f" ({p.surface})")
        for i, p in enumerate(prows):
            if not used[i]:
                fp += 1
                spurious.append(f"{doc[:3]} {p.surface} = {p.value} {p.unit}  | {p.evidence[:60]}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"gold": tp + fn, "predicted": tp + fp, "matched": tp, "precision": prec,
            "recall": rec, "f1": f1, "qualifier_acc": q_ok / tp if tp else 0.0,
            "missed": missed, "spurious": spurious, "wrong_qualifier": wrong_q}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=Path("/work/shared/gold/dev"))
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--misses", type=int, default=40)
    ap.add_argument("--show", action="store_true", help="print every predicted figure")
    a = ap.parse_args()
    gold = load_gold(a.gold)
    extract_figures("共3个单位。")  # load jieba's word list before the clock starts
    pred, chars, seconds = {}, 0, 0.0
    for doc in gold:
        text = normalize_page((a.seeds / doc).read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        pred[doc] = extract_figures(text)
        seconds += time.perf_counter() - t0
        chars += len(text)
        if a.show:
            for f in pred[doc]:
                print(f"{doc[:3]} {f.surface:<16} {f.value:>14g} {f.value_max or '':>6} {f.unit:<4}"
                      f" {f.qualifier:<9} {f.role:<9} {f.metric}")
    res = score(gold, pred)
    for key in ("missed", "spurious", "wrong_qualifier"):
        for line in res[key][: a.misses]:
            print(f"{key}: {line}")
    print(f"figures: gold={res['gold']} predicted={res['predicted']} matched={res['matched']} "
          f"P={res['precision']:.4f} R={res['recall']:.4f} F1={res['f1']:.4f} "
          f"qualifier_acc={res['qualifier_acc']:.4f}")
    print(f"speed: {chars / seconds:,.0f} chars/s over {chars:,} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
