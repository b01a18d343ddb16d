#!/usr/bin/env python3
"""What the optional organisation finders cost and buy: extraction time against accuracy.

    python bench/finder_tradeoff.py SET [SET ...] [--off learned,known,...] [--rounds 2]

Loads the held-out sets named (their pages together, into one fresh SQLite database, a page in
two sets once) with the finders named in ``--off`` switched off, scores them with
``../shared/gold/score.py`` (all their gold files at once) and times extraction alone over the
People's Daily 1998 corpus (process CPU seconds, best of ``--rounds``, garbage collection off
after the warm-up). Run it once without ``--off`` and once with, back to back: the machine's
speed swings from minute to minute, so only such pairs compare.

Why it exists: every open issue asks for a load within 10 % of 7d1fb04's speed, and the
question behind it is what the time since then has bought. Each finder named here is called
by ``organizations.find_organizations`` on its own and adds hits or reshapes them; switching one
off (it then adds nothing, or hands its input back) shows its share of the time and of the
scores. It is a measuring tool, not a mode of the product: nothing outside this script can
switch a finder off.
"""
from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout  # noqa: E402
from corpora import texts, write_corpus  # noqa: E402

_NOTHING = staticmethod(lambda *a, **k: [])


def _settled_as_found(text, found, regions):
    return found


def _deictics_left_out(text, settled, regions):
    return settled


# name -> the attributes of entities.organizations replaced, and by what
FINDERS = {
    "learned": {"learned_names": _NOTHING, "segment_near_heads": staticmethod(lambda *a, **k: {})},
    "known": {"known_names": _NOTHING},
    "brands": {"brand_mentions": _NOTHING, "brand_companies": _NOTHING},
    "units": {"units_of_bodies": _NOTHING},
    "teams": {"sports_teams": _NOTHING, "place_teams": _NOTHING, "sponsored_teams": _NOTHING},
    "settle": {"org_edges.settle": staticmethod(_settled_as_found)},
    "deictics": {"org_deictics.with_deictics": staticmethod(_deictics_left_out)},
}


def switch_off(names: list[str]) -> None:
    from minsheng.etl.entities import organizations

    for name in names:
        for attr, repl in FINDERS[name].items():
            fn = repl.__func__
            if "." in attr:  # a module's function: that module is replaced by a stand-in
                module, func = attr.split(".")
                stand_in = type(module, (), {func: staticmethod(fn)})
                setattr(organizations, module, stand_in)
            else:
                setattr(organizations, attr, fn)


def extraction_seconds(rounds: int) -> float:
    from minsheng.etl import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus("pfr1998", Path(tmp))
        pages = list(texts(Path(tmp)))
    pipeline.warm_up()
    best = float("inf")
    gc.disable()
    try:
        for _ in range(rounds):
            t0 = time.process_time()
            for page in pages:
                pipeline.process_text(page)
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


def scores(sets: list[str]) -> dict:
    from minsheng.etl.importer import run_import
    from minsheng.models.database import open_engine

    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        heldout.write_sets({name: docs for name in sets})
        engine = open_engine(f"sqlite:///{tmp}/kb.db")
        run_import(engine, [docs], workers=1)
        engine.dispose()
        cmd = [sys.executable, str(heldout.REPO.parent / "shared" / "gold" / "score.py"),
               "--db", f"{tmp}/kb.db", "--json"]
        for name in sets:
            cmd += ["--gold", str(heldout.SETS / name)]
        out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    return {k: v for k, v in out.items() if not isinstance(v, (list, dict))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="held-out set names (bench/heldout/SET)")
    ap.add_argument("--off", default="", help=f"finders to switch off, comma-separated: {', '.join(FINDERS)}")
    ap.add_argument("--rounds", type=int, default=2, help="extraction passes over PFR 1998 (the best is kept)")
    args = ap.parse_args()
    off = [n for n in args.off.split(",") if n]
    unknown = [n for n in off if n not in FINDERS]
    if unknown:
        ap.error(f"unknown finder(s): {', '.join(unknown)}; known: {', '.join(FINDERS)}")
    switch_off(off)
    result = {"off": off, "pfr1998_extraction_cpu_s": round(extraction_seconds(args.rounds), 2)}
    result.update(scores(args.sets))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
