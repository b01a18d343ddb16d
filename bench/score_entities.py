#!/usr/bin/env python3
"""Region and organization accuracy of the entity linker alone, on gold figures.

Places each gold figure in the normalized, segmented seed text by its surface (in document
order), runs ``find_entities`` and compares the links with the gold the way score.py does, so
the linker can be measured independently of figure extraction.

    python bench/score_entities.py [--gold /work/shared/gold/dev] [--seeds seeds] [-v]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities import find_entities
from minsheng.etl.normalize import normalize_page
from minsheng.etl.records import ArticleResult, DocumentResult, Figure
from minsheng.etl.segment import split_articles


def scorer(path: Path):
    spec = importlib.util.spec_from_file_location("gold_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def place(doc: DocumentResult, rows: list[dict]) -> list[tuple[dict, Figure | None]]:
    cursor = [0] * len(doc.articles)
    out = []
    for row in rows:
        surface = row["text"]
        found = None
        for i, res in enumerate(doc.articles):
            text = res.article.text
            pos = text.find(surface, cursor[i])
            if pos < 0:
                pos = text.find(surface)
            if pos >= 0:
                fig = Figure(pos, pos + len(surface), surface, float(row["value"] or 0), row["unit"])
                res.figures.append(fig)
                cursor[i] = pos + len(surface)
                found = fig
                break
        out.append((row, found))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="/work/shared/gold/dev")
    ap.add_argument("--seeds", default=str(Path(__file__).resolve().parents[1] / "seeds"))
    ap.add_argument("--score", default="/work/shared/gold/score.py")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    sc = scorer(Path(a.score))
    r_ok = r_n = o_ok = o_n = unplaced = 0
    for gold in sorted(Path(a.gold).glob("*.jsonl")):
        rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        # a seed page, else one of the gold's own documents (with its sidecar's newspaper)
        path = Path(a.seeds) / rows[0]["doc"]
        if not path.exists():
            path = Path(a.gold) / "docs" / rows[0]["doc"]
        meta = path.with_name(path.name + ".meta.json")
        newspaper = json.loads(meta.read_text(encoding="utf-8")).get("newspaper") if meta.exists() else None
        page = normalize_page(path.read_text(encoding="utf-8"))
        doc = DocumentResult(text=page, encoding="utf-8", newspaper=newspaper,
                             articles=[ArticleResult(art) for art in split_articles(page)])
        placed = place(doc, rows)
        find_entities(doc)
        for row, fig in placed:
            if fig is None:
                unplaced += 1
                continue
            region = gz.display_name(fig.region)
            if row.get("region"):
                r_n += 1
                ok = sc.loose_equal(region, row["region"], place=True)
                r_ok += ok
                if a.verbose and not ok:
                    print(f"region {row['doc'][:3]} {row['text']}: got {region} want {row['region']}")
            if row.get("org"):
                o_n += 1
                ok = sc.loose_equal(fig.organization, row["org"], place=False)
                o_ok += ok
                if a.verbose and not ok:
                    print(f"org    {row['doc'][:3]} {row['text']}: got {fig.organization} want {row['org']}")
    print(f"region_acc={r_ok / r_n:.4f} (n={r_n}) org_acc={o_ok / o_n:.4f} (n={o_n}) unplaced={unplaced}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
