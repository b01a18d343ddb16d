"""The exported metadata is a Datasette metadata file: Datasette loads it with its own API,
lists the saved queries as canned queries, and runs them. Skipped without datasette (a
test-only dependency)."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.saved_queries import builtin_queries

datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed")
runner = CliRunner()


@pytest.fixture
def exported(tmp_path, seeds_db):
    db = tmp_path / "kb.db"
    db.write_bytes(Path(seeds_db).read_bytes())
    saved = runner.invoke(app, ["query", "save", "people", "--db", str(db), "--sql",
                                "SELECT value, unit FROM figure_facts WHERE unit = '人' "
                                "AND value >= CAST(:at_least AS REAL)",
                                "--title", "People counts"])
    assert saved.exit_code == 0, saved.output
    meta = tmp_path / "metadata.json"
    r = runner.invoke(app, ["export-datasette", "--db", str(db), "--output", str(meta)])
    assert r.exit_code == 0, r.output
    return db, json.loads(meta.read_text(encoding="utf-8"))


def test_metadata_lists_builtin_and_user_queries_and_describes_tables(exported):
    _, meta = exported
    database = meta["databases"]["kb"]
    assert set(database["queries"]) == set(builtin_queries()) | {"people"}
    region = database["queries"]["region_figures"]
    assert region["title"] == "Figures for a region and its sub-regions"
    assert region["params"] == ["region"] and "滨州市" in region["description"]
    assert database["queries"]["people"]["title"] == "People counts"
    assert "figure_facts" in database["tables"] and "figures" in database["tables"]
    assert all(t["description"] for t in database["tables"].values())


async def _through_datasette(db: Path, meta: dict):
    ds = datasette_app.Datasette([str(db)], metadata=meta)
    await ds.invoke_startup()
    canned = await ds.get_canned_queries("kb", None)
    listing = await ds.client.get("/kb.json")
    last = await ds.client.get("/kb/last_import.json?_shape=array")
    people = await ds.client.get("/kb/people.json?at_least=100000&_shape=array")
    region = await ds.client.get("/kb/region_figures.json?region=滨州市&_shape=array")
    orgs = await ds.client.get("/kb/organizations.json?_shape=array")
    table = await ds.client.get("/kb/figure_facts")
    return canned, listing, last, people, region, orgs, table


def test_datasette_loads_the_metadata_and_runs_the_canned_queries(exported):
    db, meta = exported
    canned, listing, last, people, region, orgs, table = asyncio.run(
        _through_datasette(db, meta))
    assert set(canned) >= set(builtin_queries()) | {"people"}
    assert canned["region_figures"]["title"] == "Figures for a region and its sub-regions"
    assert listing.status_code == 200
    assert {q["name"] for q in listing.json()["queries"]} >= set(builtin_queries())
    assert last.status_code == 200 and {r["change"] for r in last.json()} <= {"loaded"}
    assert people.status_code == 200
    assert {"value": 195188.0, "unit": "人"} in people.json()
    assert region.status_code == 200 and isinstance(region.json(), list)
    assert orgs.status_code == 200  # optional parameters left blank
    assert table.status_code == 200 and "Start here" in table.text


def test_export_refuses_a_non_sqlite_database():
    r = runner.invoke(app, ["export-datasette", "--db", "postgresql://u@localhost/x"])
    assert r.exit_code == 2 and "SQLite" in r.output
