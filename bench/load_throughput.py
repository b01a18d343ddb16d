#!/usr/bin/env python3
"""Load throughput: a corpus into a fresh database, end to end, with jieba as the yardstick.

    python bench/load_throughput.py --corpus pfr1998 [--workers 2] [--limit N]
                                    [--db postgresql://user@host/db] [--profile FILE]
    python bench/load_throughput.py --corpus pfr1998 --workers 1,2 --repeat 3

Writes the corpus as page files into a temp folder (bench/corpora.py), then runs
``run_import`` on them in a fresh process (so its peak memory is the load's own, not the
corpus preparation's) into a fresh database: a temp SQLite file by default; with a PostgreSQL
URL, a new database ``minsheng_bench_<pid>`` created on that server and dropped afterwards.
Prints characters, documents and figures per second, the peak resident memory of the loading
process and of its largest worker (getrusage RUSAGE_SELF / RUSAGE_CHILDREN), the peak of the
processes' summed proportional set size (PSS, sampled every 250 ms: forked workers share the
parent's tables, which RSS counts once per process and PSS once), and jieba's own
segmentation speed (``jieba.lcut`` over the same text, dictionary load not counted). Also the
cores the load kept busy: the loader's and its workers' CPU time over the wall time (with a
PostgreSQL URL the server's CPU is not counted), and that CPU time split between the loader
and its workers. The sum says how fast a load can be on this machine at best: on 2 cores, no
load of that much CPU work ends before half of it.

With several worker counts and ``--repeat``, the loads run in turn (1, 2, 1, 2, ...), each
followed by its own jieba yardstick, and each count's middle run is printed with the range of
the others and the speed-up pair by pair: a machine whose speed swings from minute to minute
(a shared host) is compared fairly only by runs taken back to back.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NAMES, texts, write_corpus  # noqa: E402


# Reading smaps_rollup walks the process's page tables (0.5 ms for a loaded worker): every
# 50 ms over three processes it slowed a 2-worker PFR 1998 load by 0.2 s (4.4 s -> 4.6 s) and
# found the same peak (278.7 MB against 278.6 MB at 250 ms).
PSS_INTERVAL = 0.25


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (a forked worker's copy-on-write tables) are
    divided among the processes sharing them, so the sum over processes is the memory the
    load really holds; summing RSS counts every shared page once per process."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out + [g for c in out for g in _children(c)]


class PssSampler:
    """Peak of the summed PSS of this process and its children, sampled every PSS_INTERVAL
    seconds (Linux)."""

    def __init__(self):
        import threading
        self.peak_kb, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(PSS_INTERVAL):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in [me] + _children(me)))

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def measure(folder: str, url: str, workers: int, profile: str | None) -> dict:
    """Runs in a fresh interpreter: the load and nothing else."""
    from sqlalchemy import func, select

    from minsheng.etl.importer import run_import
    from minsheng.models import schema as m
    from minsheng.models.database import open_engine

    engine = open_engine(url)
    profiler = None
    if profile:
        from pyinstrument import Profiler
        profiler = Profiler(interval=0.001)
        profiler.start()
    with PssSampler() as pss:
        own0, children0 = _cpu_seconds()
        t0 = time.perf_counter()
        summary = run_import(engine, [Path(folder)], workers=workers)
        seconds = time.perf_counter() - t0
        own, children = _cpu_seconds()
    if profiler:
        profiler.stop()
        Path(profile).write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
    with engine.connect() as conn:
        figures = conn.execute(select(func.count()).select_from(m.Figure)).scalar_one()
        articles = conn.execute(select(func.count()).select_from(m.Article)).scalar_one()
    engine.dispose()
    return {"seconds": seconds, "cpu_loader": own - own0, "cpu_workers": children - children0,
            "added": summary.added, "failed": summary.failed,
            "figures": figures, "articles": articles,
            "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "pss_total_mb": pss.peak_kb / 1024}


def _cpu_seconds() -> tuple[float, float]:
    """User and system time of this process (all its threads) and of its ended children (the
    workers, which the pool has joined by the time the load returns)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def jieba_speed(folder: Path) -> tuple[int, float]:
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    corpus = list(texts(folder))
    t0 = time.perf_counter()
    for t in corpus:
        jieba.lcut(t)
    return sum(map(len, corpus)), time.perf_counter() - t0


class FreshDatabase:
    """A temp SQLite file, or a new database on the given PostgreSQL server."""

    SQLITE_FILE = "bench.db"

    def __init__(self, url: str | None, tmp: Path):
        self.given, self.tmp, self.admin, self.name = url, tmp, None, None

    def __enter__(self) -> str:
        if not self.given:
            return str(self.tmp / self.SQLITE_FILE)
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        from minsheng.models.database import open_engine, resolve_url
        url = resolve_url(self.given)
        if not url.startswith("postgresql"):
            raise SystemExit("--db takes a PostgreSQL URL (the default is a temp SQLite file)")
        self.admin = open_engine(url).execution_options(isolation_level="AUTOCOMMIT")
        self.name = f"minsheng_bench_{os.getpid()}"
        try:
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        except DBAPIError as exc:  # a server that is down or refuses us: say so in one line
            self.admin.dispose()
            self.admin = None
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise SystemExit(f"cannot create a bench database on {self.given}: {reason}") from None
        return url.rsplit("/", 1)[0] + "/" + self.name

    def __exit__(self, *exc) -> None:
        if not self.given:  # the next run in the same folder starts from an empty file too
            for suffix in ("", "-wal", "-shm"):
                (self.tmp / f"{self.SQLITE_FILE}{suffix}").unlink(missing_ok=True)
        if self.admin is not None:
            from sqlalchemy import text
            with self.admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            self.admin.dispose()


def _worker_counts(value: str) -> list[int]:
    try:
        counts = [int(v) for v in value.split(",")]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("one or more worker counts, such as 1 or 1,2")
    return counts


def _load_once(folder: Path, db: str | None, tmp: Path, workers: int, profile: str | None) -> dict:
    """One load in a fresh interpreter into a fresh database."""
    with FreshDatabase(db, tmp) as url:
        cmd = [sys.executable, __file__, "--measure", str(folder), url, str(workers)]
        if profile:
            cmd += ["--profile", str(Path(profile).resolve())]
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:  # its last line says why (a missing module, a refused URL)
            last = (run.stderr.strip().splitlines() or ["no output"])[-1]
            raise SystemExit(f"the measuring process failed: {last}")
        return json.loads(run.stdout.strip().splitlines()[-1])


def _result(args, workers: int, docs: int, chars: int, r: dict, jieba: tuple[int, float]) -> dict:
    s = r["seconds"]
    result = {
        "corpus": args.corpus, "backend": "postgresql" if args.db else "sqlite",
        "workers": workers, "documents": docs, "characters": chars,
        "articles": r["articles"], "figures": r["figures"], "failed": r["failed"],
        "seconds": round(s, 3),
        "chars_per_s": round(chars / s), "docs_per_s": round(docs / s, 1),
        "figures_per_s": round(r["figures"] / s, 1),
        # CPU time of the loader and its workers over the wall time: how many cores the load
        # kept busy (a PostgreSQL server's own work is not counted)
        "cores_busy": round((r["cpu_loader"] + r["cpu_workers"]) / s, 2),
        # where that CPU time went: the loader (storing, the search index thread, and with one
        # process the extraction too) and the extraction workers
        "cpu_loader_s": round(r["cpu_loader"], 2),
        "cpu_workers_s": round(r["cpu_workers"], 2),
        "peak_rss_main_mb": round(r["rss_main_mb"], 1),
        "peak_rss_worker_mb": round(r["rss_worker_mb"], 1),
        # workers run at once: main + N x the largest worker bounds the machine's peak
        "peak_rss_total_bound_mb": round(r["rss_main_mb"] + (workers if workers > 1 else 0)
                                         * r["rss_worker_mb"], 1),
        # what the processes really held together at the worst moment (shared pages once)
        "peak_pss_total_mb": round(r["pss_total_mb"], 1),
    }
    jieba_chars, jieba_seconds = jieba
    if jieba_seconds:
        result["jieba_chars_per_s"] = round(jieba_chars / jieba_seconds)
        result["speed_vs_jieba"] = round((chars / s) / (jieba_chars / jieba_seconds), 2)
    return result


def _print_table(result: dict) -> None:
    for k, v in result.items():
        print(f"{k:>24}  {v:,}" if isinstance(v, (int, float)) else f"{k:>24}  {v}")


def _summary(runs: dict[int, list[dict]], cores: int = 1) -> dict:
    """Over repeated runs: each worker count's middle run (by seconds) with the range of the
    others, and with several worker counts, the speed-up of each round's runs against the
    first count's, pair by pair: on a machine whose speed swings, runs taken back to back are
    what compare fairly.

    Beside each pair, the most that pair could have shown on ``cores`` cores: the first run's
    seconds over the least time the second run's CPU (loader and workers) could take spread
    over every core. A PostgreSQL server's CPU is not in it, so there the bound is loose."""
    out: dict = {}
    for workers, rs in runs.items():
        ordered = sorted(rs, key=lambda r: r["seconds"])
        mid = ordered[(len(ordered) - 1) // 2]
        out[workers] = {**mid, "runs": len(rs),
                        "seconds_range": f"{ordered[0]['seconds']}-{ordered[-1]['seconds']}"}
        if "speed_vs_jieba" in mid:
            vs = sorted(r["speed_vs_jieba"] for r in rs)
            out[workers]["speed_vs_jieba_range"] = f"{vs[0]}-{vs[-1]}"
    counts = list(runs)
    for workers in counts[1:]:
        pairs = list(zip(runs[counts[0]], runs[workers]))
        speedups = sorted(round(a["seconds"] / b["seconds"], 2) for a, b in pairs)
        out[workers][f"speedup_over_{counts[0]}_pairs"] = ", ".join(map(str, speedups))
        if all("cpu_loader_s" in b for _, b in pairs):
            bounds = sorted(round(a["seconds"] * cores / (b["cpu_loader_s"] + b["cpu_workers_s"]), 2)
                            for a, b in pairs)
            out[workers]["speedup_bound_pairs"] = ", ".join(map(str, bounds))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="pfr1998", help=f"{', '.join(NAMES)}, or a folder")
    ap.add_argument("--workers", type=_worker_counts, default=[1],
                    help="extraction processes; several (1,2) are run in turn, round by round")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of runs; prints each count's middle run and the range")
    ap.add_argument("--db", help="PostgreSQL URL of a server to create a fresh database on")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--profile", help="write a pyinstrument profile of the load (1 process) here")
    ap.add_argument("--no-jieba", action="store_true", help="skip the jieba yardstick")
    ap.add_argument("--json", action="store_true", help="print one JSON object per run")
    ap.add_argument("--measure", nargs=3, metavar=("FOLDER", "URL", "WORKERS"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        raise SystemExit("--profile needs pyinstrument: pip install '.[bench]'")
    if args.repeat < 1:
        raise SystemExit("--repeat takes a number of rounds, 1 or more")
    if args.measure:
        folder, url, workers = args.measure
        print(json.dumps(measure(folder, url, int(workers), args.profile)))
        return

    runs: dict[int, list[dict]] = {w: [] for w in args.workers}  # a count named twice: once
    with tempfile.TemporaryDirectory(prefix="minsheng-bench-") as tmp:
        folder = Path(tmp) / "pages"
        docs, chars = write_corpus(args.corpus, folder, args.limit)
        for _ in range(args.repeat):
            for workers in runs:
                r = _load_once(folder, args.db, Path(tmp), workers, args.profile)
                # measured after each load, so that it sees the machine the load saw
                jieba = (0, 0.0) if args.no_jieba else jieba_speed(folder)
                result = _result(args, workers, docs, chars, r, jieba)
                runs[workers].append(result)
                if args.json:
                    print(json.dumps(result, ensure_ascii=False), flush=True)
    if args.json:
        return
    if args.repeat == 1 and len(runs) == 1:
        _print_table(next(iter(runs.values()))[0])
        return
    from minsheng.etl.importer import usable_cores
    for n, result in enumerate(_summary(runs, usable_cores()).values()):
        if n:
            print()
        _print_table(result)


if __name__ == "__main__":
    main()
