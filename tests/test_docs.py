"""The documentation tells the truth: the schema reference is what the generator prints, the
README's sqlite3 session runs with Python's plain sqlite3 module and prints what is pasted (and
the psql example runs on PostgreSQL), and every command of the CLI is documented."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import typer
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.schema_doc import current_block, schema_markdown

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs" / "schema.md"
README = ROOT / "README.md"


def test_schema_reference_is_what_the_generator_prints():
    block = current_block(SCHEMA.read_text(encoding="utf-8"))
    assert block is not None, "docs/schema.md has no schema block"
    assert block == schema_markdown(), "run `minsheng schema --update docs/schema.md`"


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


def test_the_readme_session_runs_with_plain_sqlite3_and_prints_what_is_pasted(seeds_db):
    """Every statement typed at the ``sqlite>`` prompt in the README, run as a user would with
    Python's sqlite3 module, gives exactly the rows pasted under it."""
    lines = README.read_text(encoding="utf-8").splitlines()
    prompts = [i for i, line in enumerate(lines) if line.startswith("sqlite> ")
               and not line[len("sqlite> "):].startswith(".")]
    assert len(prompts) >= 3
    con = sqlite3.connect(f"file:{seeds_db}?mode=ro", uri=True)
    try:
        for i in prompts:
            cur = con.execute(lines[i][len("sqlite> "):])
            got = [" | ".join(c[0] for c in cur.description)]
            got += [" | ".join("" if v is None else str(v) for v in row) for row in cur]
            pasted = []
            for line in lines[i + 1:]:
                if line.startswith(("sqlite> ", "```")):
                    break
                pasted.append(line)
            assert got == pasted, lines[i]
    finally:
        con.close()


def test_the_psql_example_searches_the_indexed_column_and_finds_the_seed(seeds_pg):
    from sqlalchemy import text

    from minsheng.models.database import open_engine
    from minsheng.models.search import PG_COLUMN

    lines = [line[len("minsheng=> "):] for line in README.read_text("utf-8").splitlines()
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
    text = README.read_text(encoding="utf-8")
    paths = command_paths(typer.main.get_command(app))
    assert {"query run", "query save", "search", "export-datasette", "sql"} <= set(paths)
    undocumented = [p for p in paths
                    if not (f"minsheng {p}" in text
                            or (len(p.split()) > 1 and re.search(rf"`{re.escape(p)}\b", text)))]
    assert undocumented == []
