"""``--output`` never lands on the database: not on the file itself, its -wal, -shm, -journal
or .lock companions, nor on them through a symbolic link; ``-`` is standard output, and a
folder that does not exist is an error, not a folder made behind the user's back."""
from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from typer.testing import CliRunner

from minsheng.cli import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def kb(tmp_path, seeds_db):
    path = tmp_path / "o.db"
    shutil.copy(seeds_db, path)
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


COMMANDS = {
    "sql": ("sql", "SELECT 1 AS one"),
    "query run": ("query", "run", "last_import"),
    "query list": ("query", "list"),
    "search": ("search", "滨州"),
    "export-datasette": ("export-datasette",),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_output_onto_the_database_or_a_companion_is_refused(kb, command, suffix):
    target = kb.parent / f"{kb.name}{suffix}"
    before = _digest(kb)
    r = invoke(*COMMANDS[command], "--db", kb, "--output", target)
    assert r.exit_code == 2
    said = " ".join(r.output.split())
    assert f"is the database{'' if not suffix else chr(39) + 's ' + suffix + ' file'}" in said
    assert "rows written" not in said and "wrote" not in said
    assert _digest(kb) == before
    assert suffix == "" or not target.exists()


@pytest.mark.parametrize("command", ["sql", "search", "export-datasette"])
def test_a_symbolic_link_to_the_database_is_the_database(kb, tmp_path, command):
    link = tmp_path / "innocent.csv"
    link.symlink_to(kb)
    before = _digest(kb)
    r = invoke(*COMMANDS[command], "--db", kb, "-o", link)
    assert r.exit_code == 2 and "is the database" in r.output
    assert _digest(kb) == before


def test_a_database_named_through_a_link_is_protected_too(kb, tmp_path):
    link = tmp_path / "alias.db"
    link.symlink_to(kb)
    r = invoke("sql", "SELECT 1", "--db", link, "-o", kb)
    assert r.exit_code == 2 and "is the database" in r.output


def test_dash_means_standard_output(kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = invoke("sql", "SELECT 7 AS seven", "--db", kb, "-f", "csv", "-o", "-")
    assert r.exit_code == 0 and r.stdout == "seven\n7\n"
    assert not (tmp_path / "-").exists()
    r = invoke("export-datasette", "--db", kb, "-o", "-")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["databases"]["o"]["queries"]
    assert not (tmp_path / "-").exists()


def test_an_output_in_a_missing_folder_is_refused(kb, tmp_path):
    r = invoke("sql", "SELECT 1", "--db", kb, "-o", tmp_path / "no" / "such" / "x.csv")
    assert r.exit_code == 2
    assert f"the folder {tmp_path / 'no' / 'such'} does not exist" in " ".join(r.output.split())
    assert not (tmp_path / "no").exists()


def test_a_database_in_a_missing_folder_is_refused(tmp_path):
    r = invoke("db", "upgrade", "--db", tmp_path / "nested" / "kb.db")
    assert r.exit_code == 2
    assert f"the folder {tmp_path / 'nested'} does not exist" in " ".join(r.output.split())
    assert not (tmp_path / "nested").exists()


def test_an_ordinary_output_file_is_still_written(kb, tmp_path):
    r = invoke("sql", "SELECT 1 AS one", "--db", kb, "-f", "csv", "-o", tmp_path / "one.csv")
    assert r.exit_code == 0 and (tmp_path / "one.csv").read_text() == "one\n1\n"


def test_a_log_in_a_missing_folder_is_refused_before_anything_is_loaded(tmp_path):
    r = invoke("load", "--db", tmp_path / "kb.db", "--log", tmp_path / "logs" / "run.log")
    assert r.exit_code == 2
    assert r.output.strip() == (f"error: cannot write the log {tmp_path / 'logs' / 'run.log'}: "
                                "No such file or directory")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
