"""One database, one lock, however it is named: a symbolic link and its target, a path and a
``sqlite:///`` URL share the lock, and ``db upgrade`` / ``db downgrade`` wait for a load (a
``db downgrade base`` during a load dropped the tables under it)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from minsheng import migrations
from minsheng.cli import app
from minsheng.etl.lock import LockError, import_lock
from minsheng.models.database import open_engine

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def real(tmp_path):
    path = tmp_path / "real.db"
    engine = open_engine(str(path))
    migrations.upgrade(engine)
    engine.dispose()
    return path


def _names(real, tmp_path):
    link = tmp_path / "link.db"
    link.symlink_to(real)
    folder_link = tmp_path / "via"
    folder_link.symlink_to(tmp_path)
    return {
        "a link": str(link),
        "a URL of the link": f"sqlite:///{link}",
        "a URL through a linked folder": f"sqlite:///{folder_link / 'real.db'}",
        "a relative-looking URL path": f"sqlite:///{tmp_path}/./real.db",
    }


@pytest.mark.parametrize("other", ["a link", "a URL of the link",
                                   "a URL through a linked folder", "a relative-looking URL path"])
def test_another_name_of_the_database_meets_the_same_lock(real, tmp_path, other):
    second = open_engine(_names(real, tmp_path)[other])
    with import_lock(open_engine(str(real))):
        with pytest.raises(LockError, match="another import is running on .*real.db"):
            with import_lock(second):
                pass
    with import_lock(second):  # released: the other name takes it now
        pass


@pytest.mark.parametrize("command", [("db", "upgrade"), ("db", "downgrade", "base")])
def test_migrations_wait_for_a_load(real, command):
    with import_lock(open_engine(str(real))):
        r = invoke(*command, "--db", real)
    assert r.exit_code == 2
    assert "another import is running" in " ".join(r.output.split())
    assert migrations.current(open_engine(str(real))) == migrations.head()  # nothing dropped


def test_a_migration_through_a_link_waits_too(real, tmp_path):
    link = tmp_path / "link.db"
    link.symlink_to(real)
    with import_lock(open_engine(str(real))):
        r = invoke("db", "downgrade", "base", "--db", f"sqlite:///{link}")
    assert r.exit_code == 2 and "another import is running" in r.output
    r = invoke("db", "downgrade", "base", "--db", f"sqlite:///{link}")
    assert r.exit_code == 0 and "schema at base (empty)" in r.output
