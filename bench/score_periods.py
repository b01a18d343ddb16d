#!/usr/bin/env python3
"""Period accuracy of the period stage alone, on gold figures.

Places each gold figure in the normalized, segmented seed text by its surface (in document
order), infers the publication date, runs ``assign_periods`` and compares with the gold the way
score.py does: on figures whose gold ``period_end`` is set, (start, end) must both be equal.
Also counts figures whose gold period has no end date but which got other dates than the gold's
(false dates).

    python bench/score_periods.py [--gold /work/shared/gold/dev] [--seeds seeds] [-v]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from minsheng.etl.normalize import normalize_page
from minsheng.etl.periods import assign_periods
from minsheng.etl.publication_date import infer_publication_date
from minsheng.etl.records import Figure
from minsheng.etl.segment import split_articles

ROOT = Path(__file__).resolve().parent.parent


def _find(text: str, surface: str, start: int) -> int:
    """Like str.find, but not inside a longer number (2亿元 in 546.2亿元)."""
    m = re.compile(r"(?<![\d.])" + re.escape(surface)).search(text, start)
    return m.start() if m else -1


def place(articles, rows):
    """(row, article index, Figure) for each gold row found in the text, in document order."""
    cursor = [0] * len(articles)
    out = []
    for row in rows:
        surface = row["text"]
        found = None
        hits = [(i, _find(a.text, surface, cursor[i])) for i, a in enumerate(articles)]
        hits = [h for h in hits if h[1] >= 0] or \
            [h for h in ((i, _find(a.text, surface, 0)) for i, a in enumerate(articles)) if h[1] >= 0]
        for i, pos in hits[:1]:
            a = articles[i]
            if pos >= 0:
                s = max(a.text.rfind(c, 0, pos) for c in "。!?\n") + 1
                e = min([x for x in (a.text.find(c, pos) for c in "。!?\n") if x >= 0] or [len(a.text)])
                fig = Figure(pos, pos + len(surface), surface, float(row["value"] or 0), row["unit"],
                             qualifier=row.get("qualifier") or "exact",
                             evidence=a.text[s:e], evidence_start=s)
                cursor[i] = pos + len(surface)
                found = (i, fig)
                break
        out.append((row, found))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default="/work/shared/gold/dev")
    ap.add_argument("--seeds", default=str(ROOT / "seeds"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    ok = n = false_dates = nulls = unplaced = 0
    t0 = time.perf_counter()
    for gpath in sorted(Path(a.gold).glob("*.jsonl")):
        rows = [json.loads(x) for x in gpath.read_text("utf-8").splitlines() if x.strip()]
        doc = rows[0]["doc"]
        page = normalize_page((Path(a.seeds) / doc).read_text(encoding="utf-8"))
        articles = split_articles(page)
        pub, source = infer_publication_date(page, articles)
        print(f"{doc}: published_on={pub!r} source={source}")
        placed = place(articles, rows)
        by_article: dict[int, list[Figure]] = {}
        for _, f in placed:
            if f:
                by_article.setdefault(f[0], []).append(f[1])
        for i, figs in by_article.items():
            assign_periods(articles[i], figs, pub)
        for row, f in placed:
            if f is None:
                unplaced += 1
                continue
            p = f[1].period
            ps = p.start.isoformat() if p and p.start else None
            pe = p.end.isoformat() if p and p.end else None
            want = (row.get("period_start"), row.get("period_end"))
            if row.get("period_end"):
                n += 1
                good = (ps, pe) == want
                ok += good
                if not good or a.verbose:
                    print(f"  {'ok ' if good else 'BAD'} {row['text']}: got {ps}..{pe} "
                          f"[{p.label if p else None}] want {want[0]}..{want[1]} [{row.get('period_text')}]")
            else:
                nulls += 1
                if (ps, pe) != want:
                    false_dates += 1
                    print(f"  FALSE {row['text']}: got {ps}..{pe} [{p.label if p else None}] want none [{row.get('period_text')}]")
                elif a.verbose:
                    print(f"  ok  {row['text']}: [{p.label if p else None}] want none [{row.get('period_text')}]")
    dt = time.perf_counter() - t0
    print(f"period_acc={ok / n if n else 0:.4f} ({ok}/{n})  false_dates={false_dates}/{nulls}  "
          f"unplaced={unplaced}  {dt:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
