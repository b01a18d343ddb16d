"""The schema as documentation: every column of every table, view and the full-text table has
one line of meaning, kept in one place (models/schema_doc.py) and shown the same way by
docs/schema.md and `minsheng schema` (and Datasette: tests/test_datasette_export.py); the
"adding things up correctly" example runs and counts a fact reported twice once (pasted by
hand into `sqlite3 -readonly` on the seeds too, with the same five rows); the pointers from
docs/schema.md to the README lead to sections that exist."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.schema_doc import (
    ADDING_UP, COLUMNS, VIEW_COLUMNS, describe_column, live_columns, schema_markdown,
)

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SCHEMA = ROOT / "docs" / "schema.md"


def test_every_column_of_every_table_and_view_has_a_meaning():
    live = live_columns()
    assert {"figures", "figure_facts", "program_overview", "article_search"} <= set(live)
    undescribed = [f"{t}.{c}" for t, cols in live.items() for c in cols
                   if not describe_column(t, c).strip()]
    assert undescribed == []


def test_no_meaning_is_written_for_a_column_that_does_not_exist():
    live = live_columns()
    stale = [f"{t}.{c}" for docs in (COLUMNS, VIEW_COLUMNS) for t, cols in docs.items()
             for c in cols if c not in live.get(t, ())]
    assert stale == []


def test_the_meanings_say_what_an_analyst_must_know():
    assert "base units" in describe_column("figure_facts", "value")
    assert "371000000" in describe_column("figures", "value")
    assert "outcome" in describe_column("figure_facts", "role")
    assert "running total" in describe_column("figure_facts", "cumulative")
    assert "approx" in describe_column("figure_facts", "qualifier")
    assert "Upper bound" in describe_column("figure_facts", "value_max")
    assert "NULL when" in describe_column("figure_facts", "period_start")


def test_schema_command_and_docs_show_each_meaning_on_the_columns_line():
    printed = CliRunner().invoke(app, ["schema"]).stdout
    docs = SCHEMA.read_text(encoding="utf-8")
    line = f"| value | {describe_column('figure_facts', 'value')} |"
    assert line in printed and line in docs
    assert ("| role | VARCHAR(16) | no |  | " + describe_column("figures", "role") + " |"
            in printed)
    assert "### Adding things up correctly" in printed and "role = 'outcome'" in printed


def test_the_adding_up_example_counts_a_fact_reported_twice_once(seeds_db):
    sql = re.search(r"```sql\n(.*?)```", ADDING_UP, re.S).group(1)
    con = sqlite3.connect(f"file:{seeds_db}?mode=ro", uri=True)
    try:
        rows = {(r[0], r[1]): (r[3], r[4]) for r in con.execute(sql)}
    finally:
        con.close()
    # 3.71亿人次 stands twice in the seed page (headline and body): one fact, not 7.42亿
    assert rows[("医保个人账户省内共济", "全国")] == (371000000, 1)
    # its parts (其中 同一统筹区内共济 3.41亿) stay on their own line
    assert rows[("同一统筹区内共济", "全国")] == (341000000, 1)


def _anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_pointers_from_the_schema_reference_to_the_readme_lead_somewhere():
    readme = README.read_text(encoding="utf-8")
    anchors = {_anchor(h) for h in re.findall(r"^#+ (.+)$", readme, re.M)}
    headings = {h.strip() for h in re.findall(r"^#+ (.+)$", readme, re.M)}
    docs = SCHEMA.read_text(encoding="utf-8")
    links = re.findall(r"\(\.\./README\.md#([^)]+)\)", docs)
    assert links and all(link in anchors for link in links), links
    named = re.findall(r"the README's (.+?) section", docs)
    assert named and all(name in headings for name in named), named
    assert "At the psql prompt" not in docs
