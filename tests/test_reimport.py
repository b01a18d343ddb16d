"""Scheduled re-import: incremental, idempotent, locked, honest about failures; the behaviours
that touch the database run on SQLite and PostgreSQL."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl.importer import SEEDS, run_import
from minsheng.etl.lock import import_lock
from minsheng.models.database import open_engine

from conftest import Db, seed_copies

runner = CliRunner()
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _q(db: str, sql: str, *params):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for f in SEED_FILES[:3]:
        shutil.copy(f, folder / f.name)
    return folder


def test_unchanged_documents_are_skipped_and_ids_stay_stable(corpus, db):
    engine = db.engine()
    run_import(engine, [corpus])
    ids = db.q("SELECT id FROM figures ORDER BY id")
    summary = run_import(engine, [corpus])
    assert (summary.added, summary.changed, summary.unchanged) == (0, 0, 3)
    assert db.q("SELECT id FROM figures ORDER BY id") == ids


def test_changed_document_is_replaced_and_others_keep_their_ids(corpus, db):
    engine = db.engine()
    run_import(engine, [corpus])
    first = sorted(corpus.iterdir())[0]
    others_before = db.q("SELECT f.id FROM figures f JOIN articles a ON a.id = f.article_id "
                         "JOIN documents d ON d.id = a.document_id WHERE d.name != :name "
                         "ORDER BY f.id", name=first.name)
    first.write_text(first.read_text(encoding="utf-8") + "\n\n本报讯 今年新增会员1234名。\n",
                     encoding="utf-8")
    summary = run_import(engine, [corpus])
    assert (summary.added, summary.changed, summary.unchanged) == (0, 1, 2)
    assert db.q("SELECT f.id FROM figures f JOIN articles a ON a.id = f.article_id "
                "JOIN documents d ON d.id = a.document_id WHERE d.name != :name ORDER BY f.id",
                name=first.name) == others_before
    assert db.q("SELECT value, unit FROM figure_facts WHERE document = :name AND value = 1234",
                name=first.name) == [(1234.0, "人")]


def test_disappeared_document_is_marked_missing_or_pruned(corpus, db):
    engine = db.engine()
    run_import(engine, [corpus])
    gone = sorted(corpus.iterdir())[0]
    gone.unlink()
    summary = run_import(engine, [corpus])
    assert summary.missing == 1
    assert db.q("SELECT status FROM documents WHERE name = :name", name=gone.name) == [("missing",)]
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE document = :name", name=gone.name)[0][0] > 0
    summary = run_import(engine, [corpus], prune=True)
    assert summary.removed == 1
    assert db.q("SELECT COUNT(*) FROM documents WHERE name = :name", name=gone.name) == [(0,)]
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE document = :name", name=gone.name) == [(0,)]


def test_extractor_version_change_reextracts_everything(corpus, db, monkeypatch):
    from minsheng.etl import importer

    engine = db.engine()
    run_import(engine, [corpus])
    monkeypatch.setattr(importer, "EXTRACTOR_VERSION", "next")
    summary = importer.run_import(engine, [corpus])
    assert summary.changed == 3
    assert db.q("SELECT DISTINCT extractor_version FROM documents") == [("next",)]


def test_every_run_is_recorded(corpus, db):
    engine = db.engine()
    run_import(engine, [corpus])
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    run_import(engine, [corpus])
    runs = db.q("SELECT status, documents_added, documents_unchanged, documents_failed, "
                "finished_at IS NOT NULL FROM import_runs ORDER BY id")
    assert runs == [("ok", 3, 0, 0, 1), ("partial", 0, 3, 1, 1)]
    failures = db.q("SELECT path, reason FROM import_failures")
    assert len(failures) == 1 and failures[0][0].endswith("broken.txt") and failures[0][1]


# -- bad input ------------------------------------------------------------------------------

BAD_FILES = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 8,
    "invalid-utf8.txt": "职工医疗互助".encode("utf-8")[:-1] + b"\xff\xfe\x00\x80" * 20,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_and_the_rest_loads(corpus, db, name):
    (corpus / name).write_bytes(BAD_FILES[name])
    summary = run_import(db.engine(), [corpus])
    assert summary.added == 3 and summary.failed == 1
    assert summary.failures[0]["path"].endswith(name)
    assert db.q("SELECT status FROM documents WHERE name = :name", name=name) == [("failed",)]
    assert db.q("SELECT COUNT(*) FROM articles a JOIN documents d ON d.id = a.document_id "
                "WHERE d.name = :name", name=name) == [(0,)]


def test_gb18030_text_is_decoded_not_failed(tmp_path, db):
    page = tmp_path / "gbk page.txt"
    page.write_bytes("本报讯 今年全市职工医疗互助活动参加职工65万余人。".encode("gb18030"))
    summary = run_import(db.engine(), [page])
    assert (summary.added, summary.failed) == (1, 0)
    assert db.q("SELECT encoding FROM documents") == [("gb18030",)]
    assert db.q("SELECT value, unit, qualifier FROM figure_facts") == [(650000.0, "人", "more_than")]


def test_file_over_the_size_limit_is_reported(corpus, db_path):
    big = corpus / "big.txt"
    big.write_text("职工" * 5000, encoding="utf-8")
    summary = run_import(open_engine(db_path), [corpus], max_bytes=20000)
    assert summary.failed == 1 and "larger than the limit" in summary.failures[0]["reason"]


def test_unreadable_folder_is_reported(corpus, db_path, monkeypatch):
    locked = corpus / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    summary = run_import(open_engine(db_path), [corpus])
    assert summary.added == 3 and summary.failed == 1
    assert "Permission denied" in summary.failures[0]["reason"]


def test_symlink_loop_terminates(corpus, db_path):
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    summary = run_import(open_engine(db_path), [corpus])
    assert summary.added == 3 and summary.failed == 1
    assert "broken symbolic link" in summary.failures[0]["reason"]


def test_names_with_spaces_and_chinese_and_documents_without_figures(tmp_path, db):
    folder = tmp_path / "版面 2025"
    folder.mkdir()
    (folder / "第 1 版 要闻.txt").write_text("本报讯 今年全市新增会员1234名。", encoding="utf-8")
    (folder / "无数字.txt").write_text("本报讯 职工们纷纷表示,将把所学用于工作。", encoding="utf-8")
    summary = run_import(db.engine(), [folder])
    assert (summary.added, summary.failed) == (2, 0)
    assert sorted(db.q("SELECT name, status FROM documents")) == [
        ("无数字.txt", "loaded"), ("第 1 版 要闻.txt", "loaded")]
    assert db.q("SELECT document, value FROM figure_facts") == [("第 1 版 要闻.txt", 1234.0)]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    not_db = tmp_path / "notes.db"
    not_db.write_bytes(b"these are my notes, not a database\n" * 10)
    before = not_db.read_bytes()
    result = runner.invoke(app, ["load", "--db", str(not_db)])
    assert result.exit_code == 2
    assert "not a SQLite database" in result.output
    assert not_db.read_bytes() == before


def test_a_bad_database_url_exits_2(tmp_path):
    result = runner.invoke(app, ["load", "--db", "nosuchdialect://x/y"])
    assert result.exit_code == 2


def test_exit_code_1_when_some_documents_failed(corpus, db):
    (corpus / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["load", str(corpus), "--db", db.url, "--json"])
    assert result.exit_code == 1
    import json
    payload = json.loads(result.stdout)
    assert payload["added"] == 3 and payload["failed"] == 1 and payload["status"] == "partial"


class PanicException(BaseException):
    """What pyo3 raises for a panic in compiled code (rjieba is jieba-rs, in Rust): derived from
    BaseException, so that ``except Exception`` does not catch it."""


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("error", [ValueError, PanicException])
def test_a_document_whose_extraction_breaks_fails_alone(corpus, db, monkeypatch, workers, error):
    from minsheng.etl import importer
    real = importer.process_bytes

    def extract(data, manifest=None):
        if b"BREAKS" in data:
            raise error("index out of bounds")
        return real(data, manifest)
    monkeypatch.setattr(importer, "process_bytes", extract)  # forked workers inherit it
    (corpus / "breaks.txt").write_text("本报讯 BREAKS 天津市总工会发放互助金4975万元。", encoding="utf-8")
    summary = run_import(db.engine(), [corpus], workers=workers)
    assert (summary.added, summary.failed, summary.status) == (3, 1, "partial")
    [failure] = summary.failures
    assert failure["path"].endswith("breaks.txt")
    assert failure["reason"] == f"extraction failed: {error.__name__}: index out of bounds"
    assert db.q("SELECT status, count(*) FROM documents GROUP BY status ORDER BY status") == [
        ("failed", 1), ("loaded", 3)]
    assert db.q("SELECT status FROM import_runs") == [("partial",)]


def test_second_run_while_one_holds_the_lock_exits_2(corpus, db):
    engine = db.engine()
    with import_lock(engine):
        result = runner.invoke(app, ["load", str(corpus), "--db", db.url, "--wait", "0.5"])
    assert result.exit_code == 2
    assert "another import is running" in result.output
    assert runner.invoke(app, ["load", str(corpus), "--db", db.url]).exit_code == 0


def test_killed_run_leaves_a_consistent_database_and_the_next_run_completes(tmp_path, db):
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [f.read_text(encoding="utf-8") for f in SEED_FILES]
    for i in range(150):
        (folder / f"page{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n\n本报讯 编号{i}。\n",
                                                encoding="utf-8")
    # one process: two workers can extract all 150 pages before the first group commits, and
    # then nothing is left to kill (tests/test_workers.py kills a loader with workers)
    proc = subprocess.Popen([sys.executable, "-m", "minsheng.cli", "load", str(folder),
                             "--db", db.url, "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_documents(db, 5)  # kill once some documents have landed
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if db.backend == "sqlite":
        assert db.q("PRAGMA integrity_check") == [("ok",)]
        assert db.q("PRAGMA foreign_key_check") == []
    loaded = db.q("SELECT COUNT(*) FROM documents WHERE status = 'loaded'")[0][0]
    assert 0 < loaded < 150
    # no half-loaded document: every loaded document has all its articles and figures
    per_doc = db.q("SELECT d.name, COUNT(DISTINCT a.id) FROM documents d "
                   "JOIN articles a ON a.document_id = d.id GROUP BY d.id, d.name")
    reference = _fresh(tmp_path, folder)
    full = dict(reference.q("SELECT d.name, COUNT(DISTINCT a.id) FROM documents d "
                            "JOIN articles a ON a.document_id = d.id GROUP BY d.id, d.name"))
    assert all(full[name] == n for name, n in per_doc)
    # the server may take a moment to notice the dead session and free its lock
    summary = run_import(db.engine(), [folder], wait=30)
    assert summary.added == 150 - loaded and summary.unchanged == loaded
    assert db.q("SELECT status, message FROM import_runs ORDER BY id")[0] == (
        "failed", "interrupted before it finished")
    assert db.q("SELECT COUNT(*) FROM figures") == reference.q("SELECT COUNT(*) FROM figures")


def _wait_for_documents(db: Db, n: int, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        time.sleep(0.05)
        try:
            if db.q("SELECT COUNT(*) FROM documents")[0][0] >= n:
                return
        except DBAPIError:  # not created yet
            pass


def _fresh(tmp_path: Path, folder: Path) -> Db:
    db = tmp_path / "reference.db"
    if not db.exists():
        run_import(open_engine(str(db)), [folder])
    return Db("sqlite", str(db))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_named_twice_is_loaded_once(corpus, db, workers):
    first = sorted(corpus.iterdir())[0]
    summary = run_import(db.engine(), [corpus, first, corpus], workers=workers)
    assert (summary.added, summary.failed) == (3, 0)
    assert db.q("SELECT COUNT(*) FROM documents") == [(3,)]


def test_entities_no_document_refers_to_any_more_are_swept(tmp_path, db):
    folder = tmp_path / "pages"
    folder.mkdir()
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text("本报讯 烟台市总工会开展职工医疗互助活动,2024年入会职工12000名。\n", encoding="utf-8")
    b.write_text("本报讯 滨州市总工会表示,2024年新增会员3000名。\n", encoding="utf-8")
    engine = db.engine()
    run_import(engine, [folder])
    orgs = "SELECT name FROM organizations ORDER BY name"
    assert db.q(orgs) == [("滨州市总工会",), ("烟台市总工会",)]
    assert db.q("SELECT name FROM programs") == [("职工医疗互助",)]
    a.write_text("本报讯 2025年全省新增会员800名。\n", encoding="utf-8")
    run_import(engine, [folder])
    assert db.q(orgs) == [("滨州市总工会",)]
    assert db.q("SELECT COUNT(*) FROM programs") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM reporting_periods p WHERE NOT EXISTS "
                "(SELECT 1 FROM figures f WHERE f.period_id = p.id)") == [(0,)]
    b.unlink()
    run_import(engine, [folder], prune=True)
    assert db.q(orgs) == []


def test_sigterm_stops_the_load_keeps_whole_documents_and_records_why(tmp_path, db):
    """systemd stopping the unit, or ``timeout``, sends SIGTERM: the run is recorded as stopped
    (Python's default would end the process on the spot and leave the run 'running')."""
    folder = seed_copies(tmp_path, 40)
    proc = subprocess.Popen([sys.executable, "-m", "minsheng.cli", "load", str(folder),
                             "--db", db.url, "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _wait_for_documents(db, 5)  # stop it once the run has started storing
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "error: the load was stopped by SIGTERM" in " ".join(stderr.split())
    assert db.q("SELECT status, message FROM import_runs") == [("failed", "stopped by SIGTERM")]
    loaded = db.q("SELECT COUNT(*) FROM documents WHERE status = 'loaded'")[0][0]
    assert 0 < loaded < 200
    summary = run_import(db.engine(), [folder])
    assert (summary.added, summary.unchanged) == (200 - loaded, loaded)


def test_a_failed_document_is_reported_once_on_stderr(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    proc = subprocess.run([sys.executable, "-m", "minsheng.cli", "load", str(folder),
                           "--db", str(tmp_path / "kb.db")], capture_output=True, text=True)
    assert proc.returncode == 1
    assert " ".join(proc.stderr.split()).count("failed: ") == 1, proc.stderr


def test_failure_and_error_lines_stay_whole_however_long_the_path(tmp_path):
    """cron mails and log greps read one line per failure: a long path must not fold it."""
    folder = tmp_path / ("页面" * 30) / ("archive-" * 8)
    folder.mkdir(parents=True)
    broken = folder / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02\xff" * 10)
    proc = subprocess.run([sys.executable, "-m", "minsheng.cli", "load", str(folder),
                           "--db", str(tmp_path / "kb.db")], capture_output=True, text=True)
    assert proc.returncode == 1
    [line] = [ln for ln in proc.stderr.splitlines() if ln.startswith("failed: ")]
    assert line.startswith(f"failed: {broken}: ") and len(line) > 200

    not_sqlite = folder / "notes.db"
    not_sqlite.write_text("plain text, not a database")
    proc = subprocess.run([sys.executable, "-m", "minsheng.cli", "stats", "--db", str(not_sqlite)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    [line] = proc.stderr.splitlines()
    assert line.startswith("error: ") and str(not_sqlite) in line
