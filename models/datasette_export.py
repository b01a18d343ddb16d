"""A Datasette metadata file for the knowledge base: the saved queries (built-in and the
user's) as canned queries, and a description of every table and view, so ``datasette
minsheng.db -m metadata.json`` opens with the same questions the command line answers.

Datasette binds a canned query's ``:name`` parameters from its form (blank when left empty),
which is how the optional parameters of the built-in queries already behave.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, inspect

from .saved_queries import all_queries
from .schema_doc import describe

TITLE = "minsheng-kb"
DESCRIPTION = ("Figures reported in Chinese news pages about social welfare (职工医疗互助, "
               "补充医保, ...): value, unit, metric, period, region, organisation, programme "
               "and the sentence each came from. Start with fact_table (one row per fact, "
               "to add things up) or figure_facts (one row per mention).")


def datasette_metadata(conn: Connection | None, database: str) -> dict:
    """Metadata for a database Datasette names ``database`` (the file name without .db)."""
    queries = {}
    for q in all_queries(conn):
        entry = {"sql": q.sql.strip(), "title": q.title or q.name}
        description = q.description or ""
        if q.params:
            described = "; ".join(f"{p.name}: {p.description}" if p.description else p.name
                                  for p in q.params)
            description = f"{description} Parameters: {described}.".strip()
            entry["params"] = q.param_names
        if description:
            entry["description"] = description
        queries[q.name] = entry
    tables = {}
    if conn is not None:
        insp = inspect(conn)
        names = list(insp.get_table_names()) + list(insp.get_view_names())
        for name in sorted(names):
            text = describe(name)
            if text:
                tables[name] = {"description": text}
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {database: {"description": DESCRIPTION, "tables": tables,
                                 "queries": queries}},
    }


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(path).stem
