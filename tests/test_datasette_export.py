"""The exported settings are what Datasette reads: loaded with its own API, and served by a real
`datasette` process on a loopback port, where the database page, a canned query with a
parameter, a `_search` of the articles and the facets answer as they should. Skipped without
datasette (a test-only dependency, so CI has it).

Checked by eye as well, in headless Chromium (`chromium --headless --screenshot`, Debian's
fonts-noto-cjk for the Chinese) against Datasette 0.65.5 with `--format metadata` and 1.0a41
with `--format config`: the database page lists queries and tables without alembic_version,
kb_meta or the FTS5 tables and links figure_facts; figure_facts shows every column's meaning,
the five facets and 371000000 without .0; articles has a search box that finds the one article
with 医保钱包; a canned query shows its form and results, its SQL behind "show"."""
from __future__ import annotations

import asyncio
import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models import datasette_export as dx
from minsheng.models.saved_queries import builtin_queries
from minsheng.models.schema_doc import describe_column

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
    assert all(t["description"] for t in database["tables"].values() if not t.get("hidden"))


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


# -- what the export says ---------------------------------------------------------------------

def test_articles_are_searchable_through_the_trigram_table(exported):
    _, meta = exported
    tables = meta["databases"]["kb"]["tables"]
    assert tables["articles"]["fts_table"] == "article_search"
    assert tables["articles"]["fts_pk"] == "id"


def test_internal_tables_are_hidden_and_foreign_keys_show_names(exported):
    _, meta = exported
    tables = meta["databases"]["kb"]["tables"]
    assert {t for t, v in tables.items() if v.get("hidden")} == {
        "alembic_version", "kb_meta", "article_search"}
    assert tables["regions"]["label_column"] == "name"
    assert tables["organizations"]["label_column"] == "name"
    assert tables["programs"]["label_column"] == "name"


def test_figure_facts_has_facets_and_every_column_described_from_the_schema_docs(exported,
                                                                                seeds_db):
    _, meta = exported
    facts = meta["databases"]["kb"]["tables"]["figure_facts"]
    assert facts["facets"] == ["role", "unit", "region", "measure", "metric", "period_label"]
    assert facts["columns"]["value"] == describe_column("figure_facts", "value")
    view_columns = [r[1] for r in sqlite3.connect(seeds_db).execute(
        "PRAGMA table_info(figure_facts)")]
    assert list(facts["columns"]) == view_columns and all(facts["columns"].values())


def test_canned_queries_hide_their_sql_and_carry_no_header(exported):
    _, meta = exported
    for name, q in meta["databases"]["kb"]["queries"].items():
        assert q["hide_sql"] is True, name
        assert not q["sql"].lstrip().startswith("--"), name
    assert meta["databases"]["kb"]["queries"]["region_figures"]["sql"].startswith("WITH RECURSIVE")


def test_config_format_splits_queries_and_settings_from_descriptions(tmp_path, seeds_db):
    config, metadata = tmp_path / "datasette.yaml", tmp_path / "metadata.json"
    r = runner.invoke(app, ["export-datasette", "--db", seeds_db, "--format", "config",
                            "--output", str(config)])
    assert r.exit_code == 0, r.output
    assert f"-c {config} -m {metadata}" in r.output
    import yaml

    conf = yaml.safe_load(config.read_text(encoding="utf-8"))["databases"]["seeds"]
    assert set(conf["queries"]) == set(builtin_queries())
    assert conf["tables"]["articles"] == {"fts_table": "article_search", "fts_pk": "id",
                                          "label_column": "title"}
    assert "description" not in conf["tables"]["figure_facts"]
    meta = json.loads(metadata.read_text(encoding="utf-8"))["databases"]["seeds"]
    assert "queries" not in meta and "facets" not in meta["tables"]["figure_facts"]
    assert meta["tables"]["figure_facts"]["columns"]["role"].startswith("outcome")


def test_the_format_follows_the_installed_datasette(monkeypatch):
    monkeypatch.setattr(dx, "installed_major", lambda: 1)
    assert dx.detected_format() == "config"
    monkeypatch.setattr(dx, "installed_major", lambda: 0)
    assert dx.detected_format() == "metadata"
    monkeypatch.setattr(dx, "installed_major", lambda: None)
    assert dx.detected_format() == "metadata"


def test_a_bad_format_is_named_in_words(tmp_path, seeds_db):
    r = runner.invoke(app, ["export-datasette", "--db", seeds_db, "--format", "yaml",
                            "--output", str(tmp_path / "x")])
    assert r.exit_code == 2
    assert "error: --format yaml is not a Datasette format: choose metadata" in r.output
    assert not (tmp_path / "x").exists()


def test_the_plugin_shows_whole_values_without_a_decimal_point():
    from minsheng.models.datasette_plugin import whole

    assert whole(371000000.0, "value") == "371000000"
    assert whole(6000.0, "value_max") == "6000"
    assert whole(3.5, "value") is None           # a fraction stays as it is
    assert whole(2024.0, "start_year") is None   # only the value columns


# -- a real Datasette on a loopback port ------------------------------------------------------

START_TIMEOUT = 60  # seconds for datasette to answer; CI's shared machine can be slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base: str, path: str, **params) -> tuple[int, str]:
    url = base + urllib.parse.quote(path) + ("?" + urllib.parse.urlencode(params) if params
                                              else "")
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.status, resp.read().decode("utf-8")


@pytest.fixture
def served(exported, tmp_path):
    db, meta = exported
    meta_file = tmp_path / "served.json"
    meta_file.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    port = _free_port()
    log = open(tmp_path / "datasette.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "-m",
                             str(meta_file), "-h", "127.0.0.1", "-p", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                _get(base, "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"datasette did not start: {log.read()[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_a_running_datasette_serves_search_canned_queries_facets_and_whole_values(served):
    status, page = _get(served, "/kb.json")
    assert status == 200
    listing = json.loads(page)
    visible = {t["name"] for t in listing["tables"] if not t["hidden"]}
    assert "articles" in visible and "figures" in visible
    assert not visible & {"alembic_version", "kb_meta", "article_search",
                          "article_search_data"}
    assert {q["name"] for q in listing["queries"]} >= set(builtin_queries())

    _, found = _get(served, "/kb/articles.json", _search="医保钱包", _shape="objects")
    rows = json.loads(found)["rows"]
    assert len(rows) == 1 and "医保钱包" in rows[0]["text"]
    _, everything = _get(served, "/kb/articles.json", _shape="objects")
    assert len(json.loads(everything)["rows"]) == 44  # the search narrowed 44 to 1

    _, canned = _get(served, "/kb/region_figures.json", region="滨州市", _shape="array")
    figures = json.loads(canned)
    assert {"metric": "入会职工", "value": 195188.0} in [
        {"metric": r["metric"], "value": r["value"]} for r in figures]
    assert {r["region"] for r in figures} <= {"滨州市", "邹平市", "滨城区", "沾化区",
                                              "惠民县", "阳信县", "无棣县", "博兴县"}

    _, faceted = _get(served, "/kb/figure_facts.json", _size="1")
    facets = json.loads(faceted)["facet_results"]
    assert list(facets) == ["role", "unit", "region", "measure", "metric", "period_label"]
    assert {r["value"]: r["count"] for r in facets["role"]["results"]} == {
        "outcome": 278, "parameter": 27}

    _, html = _get(served, "/kb/figure_facts", _size="2")
    assert '<td class="col-value type-float">371000000</td>' in html
    assert "371000000.0" not in html
    assert describe_column("figure_facts", "role").split(" (")[0] in html

    _, figures = _get(served, "/kb/figures", _size="3")  # foreign keys show the region's name
    named = re.findall(r'col-region_id[^>]*><a href="/kb/regions/\d+">([^<]+)</a>', figures)
    assert named and all(not n.isdigit() for n in named), named


def test_config_and_descriptions_never_overwrite_each_other(tmp_path, seeds_db):
    same = tmp_path / "metadata.json"
    r = runner.invoke(app, ["export-datasette", "--db", seeds_db, "--format", "config",
                            "--output", str(same)])
    assert r.exit_code == 2 and "name the descriptions' file with --metadata" in r.output
    assert not same.exists()
