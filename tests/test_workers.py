"""Extraction in worker processes stores exactly what one process stores, failures included."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minsheng.etl.importer import run_import
from minsheng.models.database import open_engine

from conftest import seed_copies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from load_throughput import _children  # noqa: E402  (the bench finds a load's workers so too)

FACTS = ("SELECT document, article_seq, surface, value, unit, qualifier, metric, period_start, "
         "period_end, region, organization, program FROM figure_facts "
         "ORDER BY document, article_seq, char_start")
COUNTS = ("documents", "articles", "figures", "organizations", "programs", "region_mentions",
          "organization_mentions", "program_mentions", "reporting_periods")


def _rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_two_workers_store_what_one_stores(tmp_path):
    pages = seed_copies(tmp_path, 14)  # more than one batch of work: both workers get some
    (pages / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 300)
    summaries, dbs = [], []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        engine = open_engine(str(db))
        summaries.append(run_import(engine, [pages], workers=workers))
        engine.dispose()
        dbs.append(str(db))
    one, two = summaries
    assert (one.added, one.failed) == (two.added, two.failed) == (70, 1)
    assert one.failures[0]["reason"] == two.failures[0]["reason"]
    facts = _rows(dbs[0], FACTS)
    assert len(facts) > 500 and facts == _rows(dbs[1], FACTS)
    for table in COUNTS:
        assert _rows(dbs[0], f"SELECT COUNT(*) FROM {table}") == \
            _rows(dbs[1], f"SELECT COUNT(*) FROM {table}"), table


def test_workers_are_forked_with_the_compiled_segmenter_in_place(monkeypatch):
    """Workers share the parent's rjieba instead of each importing its own after its first
    100,000 characters."""
    from minsheng.etl import importer, words
    lex = words.lexicon()
    monkeypatch.setattr(lex, "compiled", None)
    monkeypatch.setattr(lex, "_compiled_possible", True)
    monkeypatch.setattr(importer, "_extract", _worker_segmenter)  # what the workers run
    with importer._extraction_pool(2) as pool:
        assert lex.compiled is not None
        assert list(pool.imap([["a", "b"]], window=1)) == [["compiled", "compiled"]]


def _worker_segmenter(item, limit=None) -> str:
    from minsheng.etl import words
    return "compiled" if words.lexicon().compiled is not None else "python"


def _load_with_two_workers(pages: Path, url: str) -> tuple[subprocess.Popen, list[int]]:
    """``minsheng load`` in a process of its own, once both its workers have started."""
    proc = subprocess.Popen([sys.executable, "-m", "minsheng.cli", "load", str(pages),
                             "--db", url, "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    workers: list[int] = []
    while time.time() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.05)
        workers = _children(proc.pid)
    assert len(workers) == 2 and proc.poll() is None, "the load ended before its workers started"
    return proc, workers


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_loader_and_free_the_database(tmp_path, db):
    """SIGKILL of a loader (cron's timeout, the OOM killer) used to leave its workers waiting
    for work forever, holding the lock: every later run found the database locked."""
    pages = seed_copies(tmp_path, 60)
    proc, workers = _load_with_two_workers(pages, db.url)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()  # not read: a worker left alive would hold it open
    deadline = time.time() + 10
    while time.time() < deadline and any(map(_alive, workers)):
        time.sleep(0.05)
    assert not any(map(_alive, workers))
    # the next run gets the lock at once (PostgreSQL: once the server has seen the session end)
    summary = run_import(db.engine(), [pages], wait=0 if db.backend == "sqlite" else 10)
    assert summary.failed == 0 and summary.added + summary.unchanged == 300


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_from_outside_stops_the_run_with_its_reason(tmp_path, db):
    pages = seed_copies(tmp_path, 60)
    proc, workers = _load_with_two_workers(pages, db.url)
    os.kill(workers[0], signal.SIGKILL)  # as the out-of-memory killer would
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "the load stopped: an extraction worker died" in " ".join(stderr.split())
    status, message = db.q("SELECT status, message FROM import_runs")[0]
    assert status == "failed" and message.startswith("an extraction worker died")
    summary = run_import(db.engine(), [pages], wait=10)
    assert summary.failed == 0 and summary.added + summary.unchanged == 300


def test_a_run_that_fails_is_recorded_as_failed_with_its_reason(db, monkeypatch):
    from minsheng.etl import importer

    def broken_writer(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(importer, "open_writer", broken_writer)
    with pytest.raises(OSError, match="disk full"):
        run_import(db.engine())
    assert db.q("SELECT status, message FROM import_runs") == [("failed", "OSError: disk full")]


def test_the_stop_is_recorded_even_when_the_runs_connection_is_broken(db):
    from sqlalchemy import insert

    from minsheng import migrations
    from minsheng.etl import importer
    from minsheng.models import schema as m

    engine = db.engine()
    migrations.upgrade(engine)
    with engine.begin() as conn:
        run_id = conn.execute(insert(m.ImportRun).values(
            started_at=importer.now(), status="running", extractor_version="x", sources="")
            .returning(m.ImportRun.id)).scalar_one()

    class Broken:
        invalidated = False

        def rollback(self):
            raise OSError("connection lost")

        def invalidate(self):
            self.invalidated = True
    broken = Broken()
    importer._record_abort(engine, broken, run_id, "stopped by SIGTERM")
    assert broken.invalidated
    assert db.q("SELECT status, message FROM import_runs") == [("failed", "stopped by SIGTERM")]
