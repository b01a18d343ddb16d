"""The schema reference of docs/schema.md and of Datasette's table descriptions, generated
from the models and from a freshly migrated database (views and the full-text table live only
in migrations), so the documentation cannot drift from the schema: a test compares them.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import inspect

from . import schema as m

START, END = "<!-- schema:start -->", "<!-- schema:end -->"

# Tables whose model has no docstring, and the views and virtual table (no model at all).
DESCRIPTIONS = {
    "organizations": "An organisation named in the articles (union, government body, insurer, "
                     "hospital, ...), with the region it belongs to.",
    "organization_aliases": "Other names of an organisation (abbreviations such as 中互会).",
    "programs": "A programme (职工医疗互助, 补充医保, ...) with its operator, region and start "
                "year.",
    "program_aliases": "Other names of a programme.",
    "region_mentions": "Where an article names a region (character span into articles.text).",
    "organization_mentions": "Where an article names an organisation.",
    "program_mentions": "Where an article names a programme.",
    "figure_facts": "One row per figure with everything about it spelled out: document, "
                    "article, surface text, value, unit, qualifier, metric, period, region, "
                    "organisation, programme, evidence. Start here.",
    "fact_table": "One row per reported fact (the mentions of one quantity merged, see "
                  "docs/facts.md): value, unit, qualifier, metric, period, region, "
                  "organisation, programme, how many mentions and documents state it, the "
                  "first and last publication date, and the first mention's document, surface "
                  "and sentence. Use it to add things up; figure_facts has every mention.",
    "derived_facts": "One row per derived fact: the value a comparison stated with a figure "
                     "implies for the compared period (5.5亿元，较上年增长10% gives 5亿元 for "
                     "the year before), with its formula, its base fact and rate fact, and "
                     "the sentence of the base fact's first mention.",
    "fact_conflicts": "Pairs of reported facts with the same metric, unit, role, region and "
                      "period (same dates) but different values: both values, organisations, "
                      "first documents, publication dates and sentences; same_document is 1 "
                      "when one page states both (often a total and its parts).",
    "program_overview": "One row per programme: operator, region, start year, number of "
                        "figures and of articles mentioning it.",
    "organization_overview": "One row per organisation: kind, region, number of figures and "
                             "of articles mentioning it.",
    "article_search": "Full-text index of articles on SQLite (FTS5, trigram tokenizer): "
                      "rowid = articles.id, title and body with whitespace removed. "
                      "`WHERE article_search MATCH '医疗互助'` for 3+ characters, "
                      "`instr(body, '医保') > 0` for shorter words. PostgreSQL has no such "
                      "table: there `articles.search_text` holds the same text and the pg_trgm "
                      "index `article_search_trgm` answers `search_text ILIKE '%医疗互助%'` "
                      "(see At the psql prompt).",
}
VIEWS = ("figure_facts", "fact_table", "derived_facts", "fact_conflicts", "program_overview",
         "organization_overview")
VIRTUAL = ("article_search",)


def _first_paragraph(doc: str | None) -> str:
    if not doc:
        return ""
    return " ".join(doc.strip().split("\n\n")[0].split())


def describe(name: str) -> str:
    """One-paragraph description of a table or view."""
    if name in DESCRIPTIONS:
        return DESCRIPTIONS[name]
    for mapper in m.Base.registry.mappers:
        if mapper.local_table is not None and mapper.local_table.name == name:
            return _first_paragraph(mapper.class_.__doc__)
    return ""


def _migrated_inspector(path: Path):
    from .. import migrations
    from .database import open_engine

    engine = open_engine(str(path))
    migrations.upgrade(engine)
    return engine


def _table_section(table) -> list[str]:
    lines = [f"#### {table.name}", "", describe(table.name), "",
             "| column | type | null | key |", "| --- | --- | --- | --- |"]
    for col in table.columns:
        keys = []
        if col.primary_key:
            keys.append("primary key")
        for fk in col.foreign_keys:
            target = fk.target_fullname
            on_delete = f" (on delete {fk.ondelete.lower()})" if fk.ondelete else ""
            keys.append(f"→ {target}{on_delete}")
        if col.unique or any(len(c.columns) == 1 and col.name in c.columns
                             for c in table.constraints if type(c).__name__ == "UniqueConstraint"):
            keys.append("unique")
        null = "yes" if col.nullable and not col.primary_key else "no"
        lines.append(f"| {col.name} | {col.type} | {null} | {', '.join(keys)} |")
    checks = sorted((c for c in table.constraints if type(c).__name__ == "CheckConstraint"),
                    key=lambda c: str(c.sqltext))  # table.constraints is a set
    for c in checks:
        lines.append("")
        lines.append(f"Check: `{c.sqltext}`")
    return lines + [""]


def schema_markdown() -> str:
    """The schema reference block (between the START and END markers)."""
    out = [START, "", "## Schema reference", "",
           "Generated by `minsheng schema` from the models and the migrations; "
           "do not edit by hand.", "", "### Tables", ""]
    for table in m.Base.metadata.sorted_tables:
        out += _table_section(table)
    out += ["### Views", ""]
    with tempfile.TemporaryDirectory() as tmp:
        engine = _migrated_inspector(Path(tmp) / "schema.db")
        try:
            insp = inspect(engine)
            for view in VIEWS:
                cols = [c["name"] for c in insp.get_columns(view)]
                out += [f"#### {view}", "", describe(view), "",
                        "Columns: " + ", ".join(f"`{c}`" for c in cols) + ".", ""]
            out += ["### Full-text search", ""]
            for name in VIRTUAL:
                with engine.connect() as conn:
                    cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({name})")]
                out += [f"#### {name}", "", describe(name), "",
                        "Columns: " + ", ".join(f"`{c}`" for c in cols) + ".", ""]
        finally:
            engine.dispose()
    out.append(END)
    return "\n".join(out) + "\n"


def replace_block(document: str, block: str) -> str:
    """``document`` with its schema block replaced (appended when it has none)."""
    if START in document and END in document:
        head, _, rest = document.partition(START)
        _, _, tail = rest.partition(END)
        return head + block.rstrip("\n") + tail
    return document.rstrip("\n") + "\n\n" + block


def current_block(document: str) -> str | None:
    if START not in document or END not in document:
        return None
    _, _, rest = document.partition(START)
    inner, _, _ = rest.partition(END)
    return START + inner + END + "\n"
