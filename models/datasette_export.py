"""Datasette settings for the knowledge base, so ``datasette minsheng.db`` opens on the same
questions the command line answers and says what every column means.

What is exported:

- every saved query (built-in and the user's) as a canned query with its title, description
  and parameter form; its SQL without the ``-- title:`` header and hidden (``hide_sql``) until
  asked for, since the results are what the reader came for;
- full-text search of ``articles`` through the FTS5 table ``article_search``: Datasette looks
  for a table named ``articles_fts`` or one declared ``content="articles"`` and finds neither
  (the index holds whitespace-stripped text, so it cannot be an external-content table of
  ``articles``), so ``fts_table``/``fts_pk`` name it. Datasette's query, ``id IN (SELECT rowid
  FROM article_search WHERE article_search MATCH '"term"')``, is exactly what the trigram index
  answers for words of three or more characters (shorter ones match nothing there, as at the
  ``sqlite3`` prompt: ``minsheng search`` or the ``text`` contains filter finds those);
- facets on ``figure_facts``, ``label_column`` for the tables foreign keys point to (so a
  ``region_id`` shows 滨州市), the description of every table and column from
  models/schema_doc.py, and the internal tables hidden (``alembic_version``, ``kb_meta``, the
  FTS5 shadow tables ``article_search_*``).

Datasette 0.6x reads all of it from one metadata file (``--format metadata``). Datasette 1.0
reads canned queries and table settings from ``datasette.yaml`` and descriptions from the
metadata file (``--format config`` writes both); :func:`detected_format` picks the one the
installed Datasette reads. Whole numbers in ``value`` columns lose their ``.0`` through the
plugin in :mod:`minsheng.models.datasette_plugin`, which Datasette loads by itself.
"""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Connection, inspect

from .saved_queries import all_queries, body_of
from .schema_doc import describe, describe_column

TITLE = "minsheng-kb"
DESCRIPTION = ("Figures reported in Chinese news pages about social welfare (职工医疗互助, "
               "补充医保, ...): value, unit, metric, period, region, organisation, programme "
               "and the sentence each came from. Start with fact_table (one row per fact, "
               "to add things up) or figure_facts (one row per mention).")
FORMATS = ("metadata", "config")

# Datasette hides FTS virtual tables and every table whose name starts with a hidden one's
# (article_search_config, _data, _docsize, _idx); these are the rest nobody browses.
HIDDEN = ("alembic_version", "kb_meta", "article_search")
SEARCH = {"articles": {"fts_table": "article_search", "fts_pk": "id"}}
LABEL_COLUMNS = {"regions": "name", "organizations": "name", "programs": "name",
                 "units": "name", "documents": "name", "reporting_periods": "label",
                 "articles": "title"}
# figure_facts facets, in order, those the view has; a concept column, where a metric has one,
# comes before the metric's own wording
FACETS = ("role", "unit", "region", "measure", "metric_concept", "concept", "metric",
          "period_label")
# keys of a table's settings (Datasette 1.0 moved them from metadata to datasette.yaml)
TABLE_SETTINGS = ("hidden", "fts_table", "fts_pk", "label_column", "facets")


def _columns(conn: Connection) -> dict[str, list[str]]:
    insp = inspect(conn)
    names = list(insp.get_table_names()) + list(insp.get_view_names())
    return {name: [c["name"] for c in insp.get_columns(name)] for name in sorted(names)}


def canned_queries(conn: Connection | None) -> dict[str, dict]:
    queries = {}
    for q in all_queries(conn):
        entry = {"sql": body_of(q.sql), "title": q.title or q.name, "hide_sql": True}
        description = q.description or ""
        if q.params:
            described = "; ".join(f"{p.name}: {p.description}" if p.description else p.name
                                  for p in q.params)
            description = f"{description} Parameters: {described}.".strip()
            entry["params"] = q.param_names
        if description:
            entry["description"] = description
        queries[q.name] = entry
    return queries


def table_settings(columns: dict[str, list[str]]) -> dict[str, dict]:
    """Per table: hidden, full-text search, label column, facets (those that apply)."""
    settings: dict[str, dict] = {}
    for name in HIDDEN:
        if name in columns:
            settings.setdefault(name, {})["hidden"] = True
    for name, search in SEARCH.items():
        if name in columns and search["fts_table"] in columns:
            settings.setdefault(name, {}).update(search)
    for name, label in LABEL_COLUMNS.items():
        if label in columns.get(name, ()):
            settings.setdefault(name, {})["label_column"] = label
    facts = columns.get("figure_facts", ())
    facets = [c for c in FACETS if c in facts]
    if facets:
        settings.setdefault("figure_facts", {})["facets"] = facets
    return settings


def table_descriptions(columns: dict[str, list[str]]) -> dict[str, dict]:
    out = {}
    for name, cols in columns.items():
        entry = {}
        if describe(name):
            entry["description"] = describe(name)
        described = {c: describe_column(name, c) for c in cols if describe_column(name, c)}
        if described:
            entry["columns"] = described
        if entry:
            out[name] = entry
    return out


def _database_description(database: str) -> dict:
    html = (DESCRIPTION.replace("Start with figure_facts.", "")
            + f'Start with <a href="/{database}/figure_facts">figure_facts</a>: one row per '
              "figure; search the articles on "
              f'<a href="/{database}/articles">articles</a>.')
    return {"description": DESCRIPTION, "description_html": html}


def datasette_metadata(conn: Connection | None, database: str) -> dict:
    """One metadata file with everything, as Datasette 0.6x reads it (``-m``). Datasette 1.0
    reads its descriptions too (and moves its table settings to the configuration itself), but
    not its canned queries: see :func:`datasette_config`."""
    columns = _columns(conn) if conn is not None else {}
    tables = table_descriptions(columns)
    for name, settings in table_settings(columns).items():
        tables.setdefault(name, {}).update(settings)
    return {"title": TITLE, "description": DESCRIPTION,
            "databases": {database: {**_database_description(database), "tables": tables,
                                     "queries": canned_queries(conn)}}}


def datasette_config(conn: Connection | None, database: str) -> tuple[dict, dict]:
    """Datasette 1.0's pair: ``datasette.yaml`` (canned queries, table settings) and the
    metadata file (titles and descriptions of the instance, database, tables and columns)."""
    columns = _columns(conn) if conn is not None else {}
    config = {"databases": {database: {"queries": canned_queries(conn),
                                       "tables": table_settings(columns)}}}
    metadata = {"title": TITLE, "description": DESCRIPTION,
                "databases": {database: {**_database_description(database),
                                         "tables": table_descriptions(columns)}}}
    return config, metadata


def installed_major() -> int | None:
    """The major version of the installed Datasette, or None when it is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return int(version("datasette").split(".")[0])
    except (PackageNotFoundError, ValueError):
        return None


def detected_format() -> str:
    """``config`` for Datasette 1.x, else ``metadata`` (0.6x, or none installed)."""
    major = installed_major()
    return "config" if major is not None and major >= 1 else "metadata"


def dumps(document: dict, path: Path) -> str:
    """JSON for a ``.json`` file, YAML otherwise (JSON when PyYAML is missing: YAML reads it)."""
    if path.suffix.lower() != ".json":
        try:
            import yaml
        except ImportError:
            pass
        else:
            class Dumper(yaml.SafeDumper):
                pass

            def text(dumper, value):  # SQL as a block, as a person would write it
                style = "|" if "\n" in value else None
                return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
            Dumper.add_representer(str, text)
            return yaml.dump(document, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                             width=100)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(path).stem
