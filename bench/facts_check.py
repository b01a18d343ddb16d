"""Facts of a loaded SQLite knowledge base, counted and checked (docs/facts.md).

    python bench/facts_check.py KB.db                # counts and the unmerged pairs
    python bench/facts_check.py KB.db --sample 50    # plus 50 random merged facts to read

Unmerged pairs: two figures of one document with the same value, value_max, unit,
qualifier, role, region and period (both unknown counts as the same) and compatible metrics
(equal, contained, or one unknown) that are not one fact. Each is put down to the rule that
kept them apart; a pair no rule accounts for would be a fault of the grouping.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from minsheng.etl import facts as fx  # noqa: E402

ROWS = """
SELECT f.id, a.document_id, f.value, f.value_max, f.unit_id, u.name, f.qualifier, f.role,
       f.metric, f.period_id, p.start_date, p.end_date, p.cumulative, p.label, f.region_id,
       f.organization_id, f.program_id, f.fact_id, a.id, f.evidence, a.body_start, f.char_start,
       substr(a.text, f.char_start, 1),
       length(substr(a.text, 1, f.char_start)) - length(replace(substr(a.text, 1, f.char_start), char(10), ''))
FROM figures f JOIN articles a ON a.id = f.article_id JOIN units u ON u.id = f.unit_id
LEFT JOIN reporting_periods p ON p.id = f.period_id
"""


def _date(s):
    return date.fromisoformat(s) if s else None


def load(con):
    out = []
    for (fid, doc, value, vmax, unit, unit_name, qual, role, metric, pid, start, end, cum,
         label, region, org, prog, fact, art, evidence, body_start, start_char,
         before, paragraph) in con.execute(ROWS):
        m = fx.Mention(
            figure_id=fid, document_id=doc, order=(doc, art, start_char), value=value,
            value_max=vmax, unit=unit, qualifier=qual, role=role, metric=metric,
            period=None if pid is None else fx.period_identity(_date(start), _date(end),
                                                               bool(cum), label),
            period_id=pid, region=region, organization=org, program=prog,
            sentence=(art, evidence), headline=start_char < (body_start or 0),
            anaphoric=bool(start_char) and before in set("这该此述"), unit_name=unit_name,
            paragraph=(art, paragraph))
        out.append((m, fact))
    return out


def why_apart(a: fx.Mention, b: fx.Mention, fact_of_a: list[fx.Mention] = (),
              fact_of_b: list[fx.Mention] = ()) -> str:
    if a.sentence == b.sentence:
        return "same sentence"
    if a.paragraph == b.paragraph and not (a.headline or b.headline or b.anaphoric):
        return "same paragraph, no 这"
    for attr in ("organization", "program"):
        x, y = getattr(a, attr), getattr(b, attr)
        if x is not None and y is not None and x != y:
            return f"{attr} differs"
    g = fx.Group()
    g.add(a)
    if not g.accepts(b):
        return "round number without a cue"
    group = fx.Group()  # could the two facts have been one?
    for x in sorted([*fact_of_a, *fact_of_b], key=lambda m: m.order):
        if group.mentions and not group.accepts(x):
            break
        group.add(x)
    else:
        return "none: a fault of the grouping"
    return "another mention of one fact excludes the other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1998)
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
    figures = q("SELECT COUNT(*) FROM figures")[0][0]
    print(f"figures                 {figures}")
    print(f"figures without a fact  {q('SELECT COUNT(*) FROM figures WHERE fact_id IS NULL')[0][0]}")
    for kind, n in q("SELECT kind, COUNT(*) FROM facts GROUP BY kind ORDER BY kind"):
        print(f"{kind + ' facts':<24}{n}")
    merged = q("SELECT COUNT(*), COALESCE(SUM(mentions), 0) FROM fact_table WHERE mentions > 1")[0]
    print(f"facts of 2+ mentions    {merged[0]} ({merged[1]} mentions)")
    print(f"facts of 2+ documents   {q('SELECT COUNT(*) FROM fact_table WHERE documents > 1')[0][0]}")
    print(f"conflict pairs          {q('SELECT COUNT(*) FROM fact_conflicts')[0][0]} "
          f"({q('SELECT COUNT(*) FROM fact_conflicts WHERE same_document = 0')[0][0]} across documents)")

    rows = load(con)
    members: dict[int, list[fx.Mention]] = {}
    for m, fact in rows:
        members.setdefault(fact, []).append(m)
    by_key: dict[tuple, list] = {}
    for m, fact in rows:
        key = (m.document_id, m.block, m.region, m.period)
        by_key.setdefault(key, []).append((m, fact))
    reasons: Counter = Counter()
    for items in by_key.values():
        for i, (a, fa) in enumerate(items):
            for b, fb in items[i + 1:]:
                if fa != fb and fx.metrics_compatible(a.metric, b.metric):
                    reasons[why_apart(a, b, members[fa], members[fb])] += 1
    print(f"unmerged pairs sharing document, value, unit, region, period, compatible metrics: "
          f"{sum(reasons.values())}")
    for reason, n in reasons.most_common():
        print(f"  {reason:<30}{n}")

    if args.sample:
        facts = [r[0] for r in q("SELECT fact_id FROM fact_table WHERE mentions > 1 ORDER BY fact_id")]
        random.seed(args.seed)
        for fid in sorted(random.sample(facts, min(args.sample, len(facts)))):
            print(f"\n#{fid}")
            for surface, metric, text, a, b, doc, region, period in con.execute(
                    "SELECT f.surface, f.metric, t.text, f.char_start, f.char_end, d.name, "
                    "r.name, p.label FROM figures f JOIN articles t ON t.id = f.article_id "
                    "JOIN documents d ON d.id = t.document_id LEFT JOIN regions r "
                    "ON r.id = f.region_id LEFT JOIN reporting_periods p ON p.id = f.period_id "
                    "WHERE f.fact_id = ? ORDER BY d.name, t.seq, f.char_start", (fid,)):
                context = (text[max(0, a - 24):a] + "【" + text[a:b] + "】"
                           + text[b:b + 14]).replace("\n", " ")
                print(f"  {doc} metric={metric} region={region} period={period}: {context}")


if __name__ == "__main__":
    main()
