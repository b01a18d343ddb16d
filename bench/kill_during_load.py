"""SIGKILL ``minsheng load --db NEW.db`` at moments timed from when NEW.db appears, then check
that a following ``minsheng load`` into the same file succeeds.

The first milliseconds after the file appears are the schema's creation (five revisions, some
thirty tables, views, triggers and the full-text table); a kill there once left some tables and
no ``alembic_version``, and every later run failed with ``table import_runs already exists``.
Each killed database is classified by what the kill left (``empty``: no table of the schema;
``schema``: the schema at its newest revision; ``half-made``: anything else) before it is loaded
again.

    python bench/kill_during_load.py [--kills 30] [--max-ms 80] [--folder /tmp/kills]

Prints one line per kill and a JSON summary; exit status 1 when any database could not be
loaded again.
"""
from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

PAGE = "滨州市总工会：全市职工医疗互助覆盖12345人，筹集资金4975万元。\n"


@dataclass
class Kill:
    delay_ms: float
    left: str  # empty | schema | half-made
    reload_exit: int
    reload_error: str
    documents: int


def delays(kills: int, max_ms: float) -> list[float]:
    """``kills`` moments spread evenly over 0..max_ms."""
    if kills == 1:
        return [0.0]
    return [round(max_ms * i / (kills - 1), 1) for i in range(kills)]


def minsheng(*args: str) -> list[str]:
    return [sys.executable, "-c", "from minsheng.cli import main; main()", *args]


def what_was_left(db: Path, head: str) -> str:
    con = sqlite3.connect(db)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row and row[0]
    finally:
        con.close()
    ours = tables - {"alembic_version"} - {t for t in tables if t.startswith("sqlite_")}
    if not ours and version is None:
        return "empty"
    return "schema" if version == head else "half-made"


def kill_once(folder: Path, page: Path, delay_ms: float, number: int, head: str) -> Kill:
    db = folder / f"killed{number:03d}.db"
    victim = subprocess.Popen(minsheng("load", str(page), "--db", str(db), "--workers", "1"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not db.exists() and victim.poll() is None:
        time.sleep(0.0002)
    time.sleep(delay_ms / 1000)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    left = what_was_left(db, head) if db.exists() else "empty"
    again = subprocess.run(minsheng("load", str(page), "--db", str(db), "--workers", "1"),
                           capture_output=True, text=True)
    documents = -1
    if again.returncode == 0:
        con = sqlite3.connect(db)
        documents = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        con.close()
    error = again.stderr.strip().splitlines()
    return Kill(delay_ms, left, again.returncode, error[-1] if error else "", documents)


def run(folder: Path, kills: int, max_ms: float, report=print) -> list[Kill]:
    from minsheng import migrations

    head = migrations.head()
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    outcomes = []
    for i, ms in enumerate(delays(kills, max_ms)):
        k = kill_once(folder, page, ms, i, head)
        report(f"kill at {k.delay_ms:5.1f} ms: left {k.left:9} reload exit {k.reload_exit}"
               f" documents {k.documents} {k.reload_error}")
        outcomes.append(k)
    return outcomes


def summary(outcomes: list[Kill]) -> dict:
    left = {}
    for k in outcomes:
        left[k.left] = left.get(k.left, 0) + 1
    return {"kills": len(outcomes), "left": left,
            "loadable_again": sum(k.reload_exit == 0 and k.documents == 1 for k in outcomes),
            "failures": [asdict(k) for k in outcomes if k.reload_exit != 0 or k.documents != 1]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--max-ms", type=float, default=80.0)
    ap.add_argument("--folder", type=Path, default=None)
    args = ap.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="kills-"))
    outcomes = run(folder, args.kills, args.max_ms)
    result = summary(outcomes)
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["loadable_again"] == result["kills"] else 1


if __name__ == "__main__":
    sys.exit(main())
