"""Shared fixtures: a freshly migrated database and one loaded with the bundled seeds.

Fixtures named ``db`` and ``seeds`` are parametrized over both backends, SQLite and
PostgreSQL; the PostgreSQL server is a private one started for the session (pg_server.py).
Without server binaries or psycopg the PostgreSQL cases are skipped, except in CI
(``CI=true``), where they fail: CI must prove PostgreSQL works, not quietly skip it.
"""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from pg_server import ServerUnavailable, TempPostgres

from minsheng.etl.importer import SEEDS, run_import
from minsheng.models.database import open_engine

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def seed_copies(tmp_path: Path, copies: int) -> Path:
    """A folder ``pages`` holding ``copies`` copies of each seed page, under new names. Each
    copy ends in a different number of newlines: the same text, as the loader reads it, but
    not the same bytes (the very same bytes are one document, the others its copies)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            (pages / f"{i:02d}_{seed.name}").write_bytes(seed.read_bytes() + b"\n" * (i + 1))
    return pages


def figure_rows(text: str) -> list[tuple]:
    """(surface, value, unit, qualifier) of each figure ``extract_figures`` finds in ``text``:
    what the figure-finding tests compare."""
    from minsheng.etl.figures import extract_figures
    return [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


def union_pages(folder: Path, n: int) -> Path:
    """``n`` one-line pages in ``folder`` (created), each with two figures: small documents in
    number, for the tests of how a run groups and stores them."""
    folder.mkdir()
    for i in range(n):
        (folder / f"p{i:02d}.txt").write_text(
            f"本报天津1月{i % 28 + 1}日电 天津市总工会今年为{i + 2}万名职工发放互助金{4975 + i}万元。\n",
            encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> str:
    """Path of a SQLite database holding the bundled seeds, loaded once per test session."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    engine = open_engine(str(path))
    summary = run_import(engine)
    assert summary.failed == 0 and summary.added == len(list(SEEDS.glob("*.txt")))
    engine.dispose()
    return str(path)


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "kb.db")


# -- both backends ----------------------------------------------------------------------------

BACKENDS = ("sqlite", "postgresql")
PG_URL_ENV = "MINSHENG_TEST_PG_URL"  # use this server (a URL of a database we may CREATE DATABASE from)


def _pg_unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_server():
    """A SQLAlchemy URL of the maintenance database of a PostgreSQL server for this session."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _pg_unavailable("the psycopg driver is not installed (pip install 'minsheng-kb[pg]')")
    if os.environ.get(PG_URL_ENV):
        yield os.environ[PG_URL_ENV]
        return
    try:
        server = TempPostgres()
        url = server.start()
    except Exception as exc:  # noqa: BLE001 - reported as a skip (or a failure in CI)
        _pg_unavailable(str(exc))
    try:
        yield url
    finally:
        server.stop()


_db_numbers = itertools.count(1)


def _admin(server_url: str) -> Engine:
    return open_engine(server_url).execution_options(isolation_level="AUTOCOMMIT")


def create_pg_database(server_url: str) -> str:
    name = f"kb_{os.getpid()}_{next(_db_numbers)}"
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(server_url: str, url: str) -> None:
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def plain(value):
    """A value as both backends can agree on: dates as ISO strings (SQLite returns text from
    views), booleans as 0/1."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


@dataclass
class Db:
    """A test database on one backend: ``url`` is what ``--db`` takes."""

    backend: str
    url: str
    _engines: list = field(default_factory=list)

    def engine(self) -> Engine:
        engine = open_engine(self.url)
        self._engines.append(engine)
        return engine

    def table(self, sql: str, **params) -> tuple[list[str], list[tuple]]:
        """Column names and rows of ``sql`` (``:name`` placeholders), values made plain."""
        engine = open_engine(self.url)
        try:
            with engine.connect() as conn:
                result = conn.execute(text(sql), params)
                return list(result.keys()), [tuple(plain(v) for v in row) for row in result]
        finally:
            engine.dispose()

    def q(self, sql: str, **params) -> list[tuple]:
        return self.table(sql, **params)[1]

    def execute(self, sql: str, **params) -> None:
        engine = open_engine(self.url)
        try:
            with engine.begin() as conn:
                conn.execute(text(sql), params)
        finally:
            engine.dispose()

    def load_page(self, page: str, folder: Path):
        """Load one page of ``page``'s text (a folder ``pages`` made under ``folder``): the
        import summary."""
        from minsheng.etl.importer import run_import

        pages = folder / "pages"
        pages.mkdir()
        (pages / "a.txt").write_text(page, encoding="utf-8")
        return run_import(self.engine(), [pages])

    def close(self) -> None:
        for engine in self._engines:
            engine.dispose()
        self._engines.clear()


def _make_db(request, backend: str, folder: Path):
    if backend == "sqlite":
        return Db("sqlite", str(folder / "kb.db")), None
    server = request.getfixturevalue("pg_server")
    return Db("postgresql", create_pg_database(server)), server


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> Db:
    """An empty database, once on SQLite and once on PostgreSQL."""
    database, server = _make_db(request, request.param, tmp_path)
    yield database
    database.close()
    if server:
        drop_pg_database(server, database.url)


@pytest.fixture(scope="session")
def seeds_pg(request, tmp_path_factory) -> Db:
    """The bundled seeds loaded once per session into PostgreSQL."""
    database, server = _make_db(request, "postgresql", tmp_path_factory.mktemp("pg"))
    summary = run_import(database.engine())
    assert summary.failed == 0 and summary.added == len(list(SEEDS.glob("*.txt")))
    database.close()
    yield database
    drop_pg_database(server, database.url)


@pytest.fixture(params=BACKENDS)
def seeds(request) -> Db:
    """The bundled seeds, loaded once per session into each backend."""
    if request.param == "sqlite":
        return Db("sqlite", request.getfixturevalue("seeds_db"))
    return request.getfixturevalue("seeds_pg")
