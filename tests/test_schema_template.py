"""A new SQLite database is made from a template of what the migrations made the last time
(migrations/template.py): it must be the very database the migrations make, be made by the
migrations whenever the revision scripts change, and never run SQL from a file it did not
write itself."""
from __future__ import annotations

import marshal
import sqlite3

import pytest

from minsheng import migrations
from minsheng.migrations import template
from minsheng.models.database import open_engine


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of the test's own, and a count of the upgrades the revisions ran."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    runs = []
    real = migrations.command.upgrade

    def counted(cfg, revision, *args, **kwargs):
        runs.append(revision)
        return real(cfg, revision, *args, **kwargs)

    monkeypatch.setattr(migrations.command, "upgrade", counted)
    return tmp_path, runs


def _new_db(tmp_path, name):
    engine = open_engine(str(tmp_path / name))
    migrations.upgrade(engine)
    engine.dispose()
    with sqlite3.connect(tmp_path / name) as conn:
        return list(conn.iterdump())


def test_the_second_new_database_is_made_from_the_template_and_is_the_same(cache):
    tmp_path, runs = cache
    first = _new_db(tmp_path, "a.db")
    assert runs == ["head"]
    assert list((tmp_path / "cache" / "minsheng").glob("schema-*.marshal"))
    second = _new_db(tmp_path, "b.db")
    assert runs == ["head"]  # no second run of the revisions
    assert second == first
    assert any(line.startswith('CREATE VIEW "fact_table"') or line.startswith("CREATE VIEW fact_table")
               for line in second)
    with sqlite3.connect(tmp_path / "b.db") as conn:  # the full-text table as set up by 0005
        assert conn.execute("SELECT v FROM article_search_config WHERE k = 'automerge'"
                            ).fetchall() == [(16,)]
    engine = open_engine(str(tmp_path / "b.db"))
    assert migrations.current(engine) == migrations.head()
    engine.dispose()


def test_changed_revision_scripts_are_not_served_an_old_template(cache, monkeypatch):
    tmp_path, runs = cache
    _new_db(tmp_path, "a.db")
    monkeypatch.setattr(template, "_key", lambda: "another-set-of-revisions")
    _new_db(tmp_path, "b.db")
    assert runs == ["head", "head"]


def test_a_template_holding_anything_but_create_statements_is_not_run(cache):
    tmp_path, runs = cache
    _new_db(tmp_path, "a.db")
    path = template._path(template._key())
    data = marshal.loads(path.read_bytes())
    data["schema"].append(f"ATTACH DATABASE '{tmp_path / 'elsewhere.db'}' AS elsewhere")
    path.write_bytes(marshal.dumps(data))
    assert _new_db(tmp_path, "b.db") == _new_db(tmp_path, "c.db")
    assert runs[:2] == ["head", "head"]
    assert not (tmp_path / "elsewhere.db").exists()


def test_a_template_others_may_write_is_not_used(cache):
    tmp_path, runs = cache
    _new_db(tmp_path, "a.db")
    template._path(template._key()).chmod(0o666)
    _new_db(tmp_path, "b.db")
    assert runs == ["head", "head"]


def test_an_existing_database_is_upgraded_by_the_revisions(cache):
    tmp_path, runs = cache
    _new_db(tmp_path, "a.db")
    engine = open_engine(str(tmp_path / "old.db"))
    migrations.upgrade(engine, "0012", from_template=False)
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.head()
    engine.dispose()
    assert runs == ["head", "0012", "head"]  # the revisions ran from 0012 to head
