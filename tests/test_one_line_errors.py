"""A database that cannot be used is one line, the cause in words, exit 2, for every command:
an unreachable PostgreSQL server, a folder, an empty file, a file with SQLite's header and
garbage after it, a WAL database in a folder that cannot be written. These printed tracebacks
of some 400 lines (exit 1). Load errors and ``import_failures.reason`` carry the driver's
words, never SQLAlchemy's ``[SQL: ...]`` block."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl import importer
from minsheng.etl.importer import SEEDS, run_import

runner = CliRunner()
PAGE = sorted(SEEDS.glob("*.txt"))[0]

COMMANDS = {
    "stats": ("stats",),
    "sql": ("sql", "SELECT COUNT(*) FROM documents"),
    "query run": ("query", "run", "last_import"),
    "query list": ("query", "list"),
    "search": ("search", "滨州"),
    "db current": ("db", "current"),
    "load": ("load", str(PAGE)),
}


def one_line_error(args) -> str:
    r = runner.invoke(app, [str(a) for a in args])
    lines = r.output.strip().splitlines()
    assert r.exit_code == 2, r.output
    assert len(lines) == 1, r.output
    assert lines[0].startswith("error: ")
    assert "[SQL" not in lines[0] and "Background on this error" not in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def garbage(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bad") / "garbage.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unreachable_postgresql_server(command):
    line = one_line_error([*COMMANDS[command], "--db", "postgresql://nobody@127.0.0.1:1/kb"])
    assert "cannot connect to the database" in line and "Connection refused" in line


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder(command, tmp_path):
    line = one_line_error([*COMMANDS[command], "--db", tmp_path])
    assert line == f"error: {tmp_path} is a folder, not a SQLite database file"


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("load", "query list")])
def test_an_empty_file(command, tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    line = one_line_error([*COMMANDS[command], "--db", empty])
    assert line.startswith(f"error: {empty} is an empty file, not a knowledge base")


def test_query_list_of_an_empty_file_is_an_error_too(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    assert "is an empty file" in one_line_error(["query", "list", "--db", empty])


@pytest.mark.parametrize("command", COMMANDS)
def test_a_sqlite_header_and_garbage(command, garbage):
    before = garbage.read_bytes()
    line = one_line_error([*COMMANDS[command], "--db", garbage])
    assert f"{garbage} is not a usable SQLite database" in line
    assert garbage.read_bytes() == before


@pytest.fixture
def unwritable_wal(tmp_path, seeds_db):
    """A WAL database (the seeds) in a folder this process cannot write: by permissions, or,
    for root (whom permissions do not stop), on a file system mounted read-only."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        shutil.copy(seeds_db, folder / "kb.db")
        folder.chmod(0o555)
        yield folder / "kb.db"
        folder.chmod(0o755)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("running as root where a read-only file system cannot be mounted")
    try:
        shutil.copy(seeds_db, folder / "kb.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "kb.db"
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_the_unwritable_database_is_in_wal_mode(unwritable_wal):
    assert unwritable_wal.read_bytes()[18:20] == b"\x02\x02"
    assert not Path(f"{unwritable_wal}-shm").exists()


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "load"])
def test_a_wal_database_in_a_folder_that_cannot_be_written(command, unwritable_wal):
    line = one_line_error([*COMMANDS[command], "--db", unwritable_wal])
    assert line.startswith(f"error: cannot read {unwritable_wal}: it is a database in WAL mode, "
                           "and SQLite must create or write kb.db-shm and kb.db-wal beside it")
    assert "write statements are refused" not in line


def test_loading_into_it_says_why_it_cannot(unwritable_wal):
    line = one_line_error([*COMMANDS["load"], "--db", unwritable_wal])
    assert any(cause in line for cause in ("WAL mode", "Read-only file system",
                                            "Permission denied"))


def test_a_search_limit_beyond_what_sqlite_binds_is_a_usage_error(seeds_db):
    r = runner.invoke(app, ["search", "滨州", "--db", seeds_db, "--limit",
                            "99999999999999999999"])
    assert r.exit_code == 2
    assert "Invalid value for '--limit'" in r.output and "1000000" in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_a_document_the_database_refuses_keeps_the_drivers_words(db_path, monkeypatch):
    real = importer.process_bytes

    def extract(data, manifest=None):
        doc = real(data, manifest)
        figures = [f for r in doc.articles for f in r.figures]
        figures[-1].char_end = figures[-1].char_start  # breaks CHECK (char_end > char_start)
        return doc

    monkeypatch.setattr(importer, "process_bytes", extract)
    from minsheng.models.database import open_engine

    engine = open_engine(db_path)
    summary = run_import(engine, [PAGE])
    assert summary.failed == 1
    reason = summary.failures[0]["reason"]
    assert reason.startswith("could not be stored: IntegrityError: CHECK constraint failed")
    assert "\n" not in reason and "[SQL" not in reason and "Background" not in reason
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT reason FROM import_failures").scalar()
    assert stored == reason
