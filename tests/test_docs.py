"""The documentation tells the truth: the schema reference is what the generator prints, the
example queries of the sqlite3 session run with Python's plain sqlite3 module (and the psql
one on PostgreSQL), and every command of the CLI is documented."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import typer
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.schema_doc import current_block, schema_markdown

ROOT = Path(__file__).resolve().parent.parent
QUERYING = ROOT / "docs" / "querying.md"
README = ROOT / "README.md"


def test_schema_reference_is_what_the_generator_prints():
    block = current_block(QUERYING.read_text(encoding="utf-8"))
    assert block is not None, "docs/querying.md has no schema block"
    assert block == schema_markdown(), "run `minsheng schema --update docs/querying.md`"


def test_schema_reference_covers_every_table_and_view():
    block = schema_markdown()
    from minsheng.models import Base
    for table in Base.metadata.tables:
        assert f"#### {table}\n" in block
    for view in ("figure_facts", "program_overview", "organization_overview", "article_search"):
        assert f"#### {view}\n" in block


def test_schema_command_prints_the_reference():
    r = CliRunner().invoke(app, ["schema"])
    assert r.exit_code == 0 and r.stdout == schema_markdown()


def session_queries(markdown: str) -> list[str]:
    """The SQL statements typed at the ``sqlite>`` prompt in the docs (dot-commands skipped)."""
    out = []
    for line in markdown.splitlines():
        if line.startswith("sqlite> "):
            stmt = line[len("sqlite> "):].strip()
            if not stmt.startswith("."):
                out.append(stmt)
    return out


def test_the_docs_example_queries_run_with_plain_sqlite3(seeds_db):
    queries = session_queries(QUERYING.read_text(encoding="utf-8"))
    assert len(queries) >= 3
    con = sqlite3.connect(f"file:{seeds_db}?mode=ro", uri=True)
    try:
        for q in queries:
            rows = con.execute(q).fetchall()
            assert rows, f"no rows from the documented query: {q}"
    finally:
        con.close()


def test_the_pasted_session_output_matches_the_seeds_where_it_is_stable(seeds_db):
    """The documented 195188 row and the search hit are facts of the seeds."""
    con = sqlite3.connect(f"file:{seeds_db}?mode=ro", uri=True)
    docs = {r[0] for r in con.execute(session_queries(QUERYING.read_text("utf-8"))[2])}
    con.close()
    assert docs == {"001_d20e51d4ccced1e1.txt"}


def test_the_psql_example_searches_the_indexed_column_and_finds_the_seed(seeds_pg):
    from sqlalchemy import text

    from minsheng.models.database import open_engine
    from minsheng.models.search import PG_COLUMN

    lines = [line[len("minsheng=> "):] for line in QUERYING.read_text("utf-8").splitlines()
             if line.startswith("minsheng=> ")]
    assert len(lines) == 1 and f"{PG_COLUMN} ILIKE" in lines[0]  # what the index answers
    engine = open_engine(seeds_pg.url, readonly=True)
    try:
        with engine.connect() as conn:
            assert conn.execute(text(lines[0])).scalars().all() == ["001_d20e51d4ccced1e1.txt"]
    finally:
        engine.dispose()


def command_paths(group, prefix: tuple[str, ...] = ()) -> list[str]:
    paths = []
    for name, cmd in group.commands.items():
        path = prefix + (name,)
        paths.append(" ".join(path))
        if getattr(cmd, "commands", None):  # a group (typer ships its own click)
            paths += command_paths(cmd, path)
    return paths


def test_every_cli_command_is_documented():
    text = README.read_text(encoding="utf-8") + QUERYING.read_text(encoding="utf-8")
    paths = command_paths(typer.main.get_command(app))
    assert {"query run", "query save", "search", "export-datasette", "sql"} <= set(paths)
    undocumented = [p for p in paths
                    if not (f"minsheng {p}" in text
                            or (len(p.split()) > 1 and re.search(rf"`{re.escape(p)}\b", text)))]
    assert undocumented == []
