#!/usr/bin/env python3
"""Re-import throughput: a second load of an unchanged corpus, against merely hashing its files.

    python bench/reimport_throughput.py [--corpus pfr1998] [--limit N] [--db postgresql://...]

Loads the corpus once (not timed), then times ``run_import`` on the same, unchanged files: every
document should be skipped on its content hash, so the run should cost little more than reading
and hashing the files, which is timed too as the yardstick.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NAMES, write_corpus  # noqa: E402
from load_throughput import FreshDatabase  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="pfr1998", help=f"{', '.join(NAMES)}, or a folder")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--db", help="PostgreSQL URL of a server to create a fresh database on")
    ap.add_argument("--repeat", type=int, default=3, help="re-imports to time (best is kept)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from minsheng.etl.importer import run_import
    from minsheng.models.database import open_engine

    with tempfile.TemporaryDirectory(prefix="minsheng-bench-") as tmp:
        folder = Path(tmp) / "pages"
        docs, chars = write_corpus(args.corpus, folder, args.limit)
        with FreshDatabase(args.db, Path(tmp)) as url:
            engine = open_engine(url)
            first = run_import(engine, [folder])
            assert first.added == docs, first
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                again = run_import(engine, [folder])
                best = min(best, time.perf_counter() - t0)
                assert (again.unchanged, again.added, again.changed) == (docs, 0, 0), again
            engine.dispose()
        hashing = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for p in sorted(folder.rglob("*.txt")):
                hashlib.sha256(p.read_bytes()).hexdigest()
            hashing = min(hashing, time.perf_counter() - t0)

    result = {"corpus": args.corpus, "backend": "postgresql" if args.db else "sqlite",
              "documents": docs, "reimport_seconds": round(best, 3),
              "reimport_docs_per_s": round(docs / best), "hash_only_seconds": round(hashing, 3),
              "hash_only_docs_per_s": round(docs / hashing),
              "reimport_over_hashing": round(best / hashing, 2)}
    if args.json:
        print(json.dumps(result))
        return
    for k, v in result.items():
        print(f"{k:>22}  {v:,}" if isinstance(v, (int, float)) else f"{k:>22}  {v}")


if __name__ == "__main__":
    main()
