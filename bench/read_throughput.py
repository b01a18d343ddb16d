#!/usr/bin/env python3
"""Reading the knowledge base back: how fast commands start, and how fast and in how much
memory ``minsheng sql`` writes a large result in each format.

    python bench/read_throughput.py [--corpus pfr1998] [--copies 4] [--db postgresql://...]
    python bench/read_throughput.py --existing minsheng.db

Loads the corpus ``--copies`` times (each copy a folder of its own, so its documents are
stored again) into a fresh database (not timed), or reads an ``--existing`` one. Then, each in
a process of its own as a user runs them:

- start-up: ``minsheng --help`` and ``minsheng sql "SELECT 1"``, median of ``--repeat`` runs;
- export: ``minsheng sql QUERY --format F --output FILE`` for every format, with the
  process's peak memory (RSS), rows per second and MB written per second.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NAMES, write_corpus  # noqa: E402
from load_throughput import FreshDatabase  # noqa: E402

FORMATS = ("csv", "jsonl", "json", "table")
QUERY = "SELECT * FROM figure_facts"
# Runs the command line in this process and reports its peak memory on stderr's last line:
# VmHWM, the high-water mark of this program's own memory. (ru_maxrss survives exec: a child
# of the bench, which has just loaded a corpus, would report the bench's memory.)
RUN_CLI = ("import resource, sys\n"
           "from minsheng.cli import main\n"
           "sys.argv = ['minsheng'] + sys.argv[1:]\n"
           "try:\n    main()\n"
           "except SystemExit as exc:\n    code = exc.code\n"
           "else:\n    code = 0\n"
           "try:\n"
           "    kb = next(int(line.split()[1]) for line in open('/proc/self/status')\n"
           "              if line.startswith('VmHWM:'))\n"
           "except OSError:\n"
           "    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
           "print(kb, file=sys.stderr)\n"
           "sys.exit(code)\n")


def cli(*args: str) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stderr without the RSS line) of one command in a new process."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUN_CLI, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    *messages, rss = proc.stderr.strip().splitlines()
    if proc.returncode != 0:
        raise SystemExit(f"minsheng {' '.join(args)} failed: {' '.join(messages)}")
    return seconds, int(rss) / 1024, "\n".join(messages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="pfr1998", help=f"{', '.join(NAMES)}, or a folder")
    ap.add_argument("--copies", type=int, default=4, help="times the corpus is loaded")
    ap.add_argument("--db", help="PostgreSQL URL of a server to create a fresh database on")
    ap.add_argument("--existing", help="read this database (path or URL) instead of loading")
    ap.add_argument("--query", default=QUERY)
    ap.add_argument("--repeat", type=int, default=5, help="start-up runs (the median is kept)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="minsheng-bench-") as tmp:
        tmp = Path(tmp)
        if args.existing:
            measure(args, args.existing, tmp, corpus=None)
            return
        pages = tmp / "pages"
        write_corpus(args.corpus, pages / "copy0")
        for k in range(1, args.copies):
            shutil.copytree(pages / "copy0", pages / f"copy{k}")
            for page in (pages / f"copy{k}").rglob("*.txt"):  # not the same bytes: the loader
                with page.open("ab") as f:                    # keeps one document per content
                    f.write(b"\n" * k)
        with FreshDatabase(args.db, tmp) as url:
            from minsheng.etl.importer import run_import
            from minsheng.models.database import open_engine
            engine = open_engine(url)
            summary = run_import(engine, [pages])
            engine.dispose()
            assert summary.failed == 0, summary.failures[:3]
            measure(args, url, tmp, corpus=f"{args.corpus} x{args.copies}")


def measure(args, url: str, tmp: Path, corpus: str | None) -> None:
    result: dict = {"corpus": corpus or url, "backend": "postgresql" if "postgresql" in url
                    else "sqlite", "query": args.query}
    for name, command in (("help", ("--help",)), ("sql_select_1", ("sql", "SELECT 1", "--db", url))):
        times = [cli(*command)[0] for _ in range(args.repeat)]
        result[f"start_{name}_ms"] = round(statistics.median(times) * 1000)
    for fmt in FORMATS:
        out = tmp / f"export.{fmt}"
        seconds, rss, message = cli("sql", args.query, "--db", url, "-f", fmt, "-o", str(out))
        rows = int(message.split()[0])  # "N rows written to FILE"
        size = out.stat().st_size / 2**20
        result[fmt] = {"rows": rows, "seconds": round(seconds, 2),
                       "rows_per_s": round(rows / seconds), "mb_per_s": round(size / seconds, 1),
                       "file_mb": round(size, 1), "peak_rss_mb": round(rss, 1)}
        os.unlink(out)
    if args.json:
        print(json.dumps(result))
        return
    for k, v in result.items():
        if isinstance(v, dict):
            print(f"{k:>21}  " + "  ".join(f"{a} {b:,}" for a, b in v.items()))
        else:
            print(f"{k:>21}  {v:,}" if isinstance(v, (int, float)) else f"{k:>21}  {v}")


if __name__ == "__main__":
    main()
