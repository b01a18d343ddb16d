"""Extraction time on degenerate text: one pattern repeated with no full stop, at two lengths.

News text has short sentences, but pages do not always: an OCR'd table of amounts, an honour
roll of names run together without punctuation, a list of members is one "sentence" of
thousands of characters. Work per figure or per name that reads its whole sentence makes such a
page quadratic in its length, which the corpora benches never show. Each pattern is extracted
at --length and at four times that; a growth near x4 is linear, x16 quadratic.

    python bench/degenerate_text.py [--length 32000] [--only 5%,市总工会]
"""
from __future__ import annotations

import argparse
import gc
import time

# what each pattern stands for: tables of amounts and rates, ranges, lists of bodies run
# together, congress names, places, period phrases with figures, breakdowns, running totals
PATTERNS = {
    "rates": "5%",
    "full-width rates": "１２３％",
    "amounts": "4975万元",
    "counts": "3.71亿人次,",
    "ranges": "6000—8000元",
    "bodies": "市总工会",
    "generic heads": "局中心部",
    "congresses": "第一次全国代表大会",
    "places": "天津市滨海新区",
    "bodies and counts": "4医保局6只",
    "years and rates": "2024年增长5%",
    "breakdowns": "其中5%",
    "running totals": "累计5%",
    "year ranges": "2014年至2017年分别为5%",
    "sentences": "天津市总工会今年为3.5万名职工发放互助金4975万元,同比增长12%。",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--length", type=int, default=32_000, help="characters of the shorter text")
    ap.add_argument("--only", help="comma-separated pattern names or texts")
    args = ap.parse_args()
    from minsheng.etl.pipeline import process_text, warm_up

    warm_up()
    gc.set_threshold(50_000, 20, 20)  # as a load runs
    wanted = set(args.only.split(",")) if args.only else None
    print(f"{'pattern':18} {'chars':>9} {'seconds':>8} {'chars/s':>10} {'figures':>8}"
          f" {'chars':>9} {'seconds':>8} {'chars/s':>10}  growth")
    for name, unit in PATTERNS.items():
        if wanted and name not in wanted and unit not in wanted:
            continue
        row = []
        for n in (args.length, 4 * args.length):
            text = (unit * (n // len(unit) + 1))[:n]
            start = time.process_time()
            doc = process_text(text)
            seconds = max(time.process_time() - start, 1e-6)
            figures = sum(len(a.figures) for a in doc.articles)
            row.append((n, seconds, figures))
        (n1, s1, f1), (n2, s2, _) = row
        print(f"{name:18} {n1:>9,} {s1:>8.3f} {n1 / s1:>10,.0f} {f1:>8,} {n2:>9,} {s2:>8.3f}"
              f" {n2 / s2:>10,.0f}  x{s2 / s1:.1f}", flush=True)


if __name__ == "__main__":
    main()
