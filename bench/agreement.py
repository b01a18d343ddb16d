#!/usr/bin/env python3
"""How far two people annotating the same pages under the guide agree: the ceiling any
extractor's scores on unseen pages are read against.

    python bench/agreement.py FIRST.jsonl SECOND.jsonl [--label NAME]

Both files are gold files as ``../shared/gold/GUIDE.md`` describes them, for the same pages,
made independently. The second is scored against the first with the scorer we are judged by
(``../shared/gold/score.py``: the same matching of figures, the same loose names), and the
first against the second, since each measure is taken over the figures its gold gives a
value (a period, a place, a body). What the two annotators share is what the pages and the
guide fix; what they do not is left to judgement, and no extractor can be expected to match
one annotator there better than another annotator does.

Why this matters: the issues ask for a gap between the dev gold (made by one person) and pages
annotated by others of at most 0.03 for figures and 0.05 for periods. When two careful
annotators of the same pages already differ by more than that, part of every measured gap is
the annotators', not the extractor's.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "gold" / "score.py"
MEASURES = ("f1", "qualifier_acc", "period_acc", "region_acc", "org_acc")


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(path: Path) -> dict[str, list[dict]]:
    """Document -> its annotated figures, in file order."""
    out: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.setdefault(row["doc"], []).append(row)
    return out


def as_predictions(gold: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """An annotation in the shape the scorer reads a database's rows in (``organization`` for
    the guide's ``org``, ``surface`` for its ``text``)."""
    return {doc: [dict(row, organization=row.get("org"), surface=row.get("text")) for row in rows]
            for doc, rows in gold.items()}


def agreement(first: dict[str, list[dict]], second: dict[str, list[dict]]) -> dict:
    """The second annotation scored against the first, and the first against the second,
    over the documents both hold."""
    score = _scorer().score
    docs = set(first) & set(second)
    a = {d: first[d] for d in docs}
    b = {d: second[d] for d in docs}
    return {"second_vs_first": score(a, as_predictions(b), 0),
            "first_vs_second": score(b, as_predictions(a), 0)}


def _line(label: str, res: dict) -> str:
    return (f"{label}: documents={res['documents']} gold={res['gold']} predicted={res['predicted']} "
            f"f1={res['f1']} qualifier={res['qualifier_acc']} "
            f"period={res['period_acc']} (n={res['period_n']}) region={res['region_acc']} "
            f"(n={res['region_n']}) org={res['org_acc']} (n={res['org_n']})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--label", default="agreement")
    a = ap.parse_args()
    res = agreement(read_gold(a.first), read_gold(a.second))
    print(_line(f"{a.label} second vs first", res["second_vs_first"]))
    print(_line(f"{a.label} first vs second", res["first_vs_second"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
