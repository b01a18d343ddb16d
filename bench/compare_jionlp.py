#!/usr/bin/env python3
"""Money amounts on the seeds: the figure finder against JioNLP's ``extract_money``.

    python bench/compare_jionlp.py [--gold DIR] [--seeds DIR] [--repeat N]

JioNLP is a bench-only yardstick (``pip install jionlp``); the product never imports it. Only
money is compared, the one kind of figure JioNLP extracts: gold figures with unit 元 against
our figures with unit 元 and JioNLP's amounts in 元 (a range counts by its lower bound, as the
gold stores it). Matching is one-to-one in document order with values within 0.1 %, as in the
gold scorer. Prints recall and precision of both, and both speeds over the normalized seeds.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from minsheng.etl.figures import extract_figures
from minsheng.etl.normalize import normalize_page

ROOT = Path(__file__).resolve().parent.parent


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-3 * max(abs(a), abs(b)))


def _match(gold: list[float], pred: list[float]) -> int:
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and _close(p, g):
                used[i] = True
                hits += 1
                break
    return hits


def jionlp_money(jio, text: str) -> list[float]:
    out = []
    for item in jio.ner.extract_money(text, with_parsing=True):
        detail = item.get("detail") or {}
        if detail.get("case") != "元":
            continue
        num = detail.get("num")
        num = num[0] if isinstance(num, list) else num
        try:
            out.append(float(num))
        except (TypeError, ValueError):
            continue
    return out


def ours_money(text: str) -> list[float]:
    return [f.value for f in extract_figures(text) if f.unit == "元"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=Path("/work/shared/gold/dev"))
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions")
    a = ap.parse_args()
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp as jio
    except ImportError:
        print("jionlp is not installed; it is only needed for this comparison:\n"
              "    pip install jionlp", file=sys.stderr)
        return 2

    gold: dict[str, list[float]] = defaultdict(list)
    for path in sorted(a.gold.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["unit"] in ("元", "万元", "亿元", "千元"):
                    gold[row["doc"]].append(float(row["value"]))
    texts = {doc: normalize_page((a.seeds / doc).read_text(encoding="utf-8")) for doc in gold}
    chars = sum(map(len, texts.values()))

    results = {}
    for name, fn in (("minsheng", ours_money), ("jionlp", lambda t: jionlp_money(jio, t))):
        fn(next(iter(texts.values())))  # warm up: dictionaries load on first use
        t0 = time.perf_counter()
        for _ in range(a.repeat):
            pred = {doc: fn(t) for doc, t in texts.items()}
        speed = chars * a.repeat / (time.perf_counter() - t0)
        hits = sum(_match(gold[d], pred[d]) for d in gold)
        n_gold = sum(map(len, gold.values()))
        n_pred = sum(map(len, pred.values()))
        results[name] = (hits, n_gold, n_pred, speed)
    for name, (hits, n_gold, n_pred, speed) in results.items():
        print(f"{name:<9} money recall={hits / n_gold:.4f} ({hits}/{n_gold}) "
              f"precision={hits / n_pred if n_pred else 0:.4f} ({hits}/{n_pred}) "
              f"speed={speed:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
