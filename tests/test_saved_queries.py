"""Saved queries: the built-in .sql files run on the seeds (SQLite and PostgreSQL) and return
the figures a correct extractor produces; user queries are saved, listed, run and deleted
through the CLI; parameters are always bound and checked."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl.importer import SEEDS, run_import
from minsheng.models.database import open_engine
from minsheng.models.saved_queries import (
    QueryError, bind_params, bindable, builtin_queries, from_sql, parse_header, placeholders,
    run_query,
)

runner = CliRunner()
BUILTINS = builtin_queries()
EXAMPLE_PARAMS = {"region": "滨州市", "program": "职工医疗互助", "metric": "%入会职工%",
                  "kind": "union", "measure": "mutual_aid_payout"}


def run(db_url: str, name: str, **params) -> list[dict]:
    engine = open_engine(db_url, readonly=True)
    try:
        with engine.connect() as conn:
            cols, rows = run_query(conn, BUILTINS[name], params)
    finally:
        engine.dispose()
    return [dict(zip(cols, r)) for r in rows]


# -- the files ---------------------------------------------------------------------------------

def test_the_builtin_queries_answer_the_first_questions():
    assert set(BUILTINS) == {"region_figures", "program_figures", "metric_comparison",
                             "programs", "organizations", "last_import", "failed_documents",
                             "measure_by_region", "fact_conflicts"}


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_every_builtin_has_a_title_a_description_and_documents_its_parameters(name):
    q = BUILTINS[name]
    assert q.title and q.description and q.builtin
    _, _, declared = parse_header(q.sql)
    assert [p.name for p in declared] == [p.name for p in q.params]  # all declared, all used
    assert all(p.description for p in q.params)


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_every_builtin_runs_on_both_backends_with_the_same_rows(seeds, seeds_db, name):
    params = {p.name: EXAMPLE_PARAMS[p.name] for p in BUILTINS[name].params}
    here = run(seeds.url, name, **params)
    on_sqlite = run(seeds_db, name, **params)
    drop = {"started_at", "finished_at", "run_started_at", "path", "run_id"}  # per database
    norm = lambda rows: [{k: v for k, v in r.items() if k not in drop} for r in rows]  # noqa
    if name not in ("last_import", "failed_documents"):  # these depend on each db's runs
        assert len(here) == len(on_sqlite)
    if seeds.backend == "postgresql":
        assert [set(r) for r in norm(here)] == [set(r) for r in norm(on_sqlite)]


# -- real answers on the seeds ------------------------------------------------------------------

def _figures(rows, unit):
    return {(r["value"], r["unit"]) for r in rows if r["unit"] == unit}


def test_region_query_returns_binzhou_members(seeds_db):
    rows = run(seeds_db, "region_figures", region="滨州市")
    assert {r["region"] for r in rows} >= {"滨州市"}
    assert (2165, "个") in {(r["value"], r["unit"]) for r in rows}
    assert (195188, "人") in {(r["value"], r["unit"]) for r in rows}
    units = {r["value"]: r for r in rows}
    assert "入会单位" in (units[2165]["metric"] or "")
    assert "入会职工" in (units[195188]["metric"] or "")


def test_region_query_takes_the_sub_regions_along(seeds_db):
    province = run(seeds_db, "region_figures", region="山东省")
    assert (195188, "人") in {(r["value"], r["unit"]) for r in province}
    assert {"滨州市"} <= {r["region"] for r in province}
    by_code = run(seeds_db, "region_figures", region="371600")
    assert len(by_code) == len(run(seeds_db, "region_figures", region="滨州市"))


def test_region_query_for_an_unknown_region_is_empty_not_an_error(seeds_db):
    assert run(seeds_db, "region_figures", region="不存在市") == []


def test_metric_comparison_lines_up_a_metric_by_region(seeds_db):
    rows = run(seeds_db, "metric_comparison", metric="%入会职工%")
    assert ("滨州市", 195188, "人") in {(r["region"], r["value"], r["unit"]) for r in rows}
    assert all("入会职工" in r["metric"] for r in rows)


def test_program_query_finds_a_programme_and_its_figures(seeds_db):
    rows = run(seeds_db, "program_figures", program="职工医疗互助")
    assert rows and all("医疗互助" in r["program"] for r in rows)
    assert 195188 in {r["value"] for r in rows}


def test_programs_are_listed_with_operator_and_region(seeds_db):
    rows = run(seeds_db, "programs")
    assert any("医疗互助" in r["program"] and r["figures"] > 0 for r in rows)
    assert any(r["operator"] for r in rows) and any(r["region"] for r in rows)


def test_organizations_by_kind_and_region(seeds_db):
    unions = run(seeds_db, "organizations", kind="union")
    assert unions and {r["kind"] for r in unions} == {"union"}
    in_binzhou = run(seeds_db, "organizations", kind="", region="滨州市")
    assert any("滨州" in r["organization"] for r in in_binzhou)
    assert len(run(seeds_db, "organizations")) >= len(unions)  # optional parameters


@pytest.fixture(scope="module")
def fresh_db(tmp_path_factory) -> str:
    """The seeds loaded once, by one run: the shared database may have seen re-runs."""
    path = str(tmp_path_factory.mktemp("fresh") / "kb.db")
    engine = open_engine(path)
    run_import(engine)
    engine.dispose()
    return path


def test_last_import_lists_what_the_run_loaded(fresh_db):
    rows = run(fresh_db, "last_import")
    assert len(rows) == len(list(SEEDS.glob("*.txt")))
    assert {r["change"] for r in rows} == {"loaded"}
    doc = next(r for r in rows if r["document"].startswith("001_"))
    assert doc["figures"] > 0 and doc["reason"] is None


@pytest.fixture(scope="module")
def db_with_a_failure(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("failing") / "kb.db")
    engine = open_engine(path)
    gone = tmp_path_factory.getbasetemp() / "no-such-page.txt"
    summary = run_import(engine, [SEEDS, gone])
    engine.dispose()
    assert summary.failed == 1
    return path


def test_failed_documents_says_which_and_why(db_with_a_failure):
    rows = run(db_with_a_failure, "failed_documents")
    assert [r["document"] for r in rows] == ["no-such-page.txt"]
    assert rows[0]["reason"] == "no such file or folder"
    assert rows[0]["state"] == "not loaded" and rows[0]["failed_runs"] == 1


def test_last_import_shows_failures_too(db_with_a_failure):
    rows = run(db_with_a_failure, "last_import")
    failed = [r for r in rows if r["change"] == "failed"]
    assert [r["document"] for r in failed] == ["no-such-page.txt"]


# -- parameters ---------------------------------------------------------------------------------

def test_placeholders_skip_literals_identifiers_comments_and_casts():
    sql = """SELECT ':a', "b:c", x::int, CAST(:d AS TEXT), :e::text, $$ :f $$, $t$ :g $t$
             -- :h
             /* :i */ FROM t WHERE y = :d AND z = 'it''s :j' AND w = :k_2 AND '12:30' <> a:l"""
    assert placeholders(sql) == ["d", "e", "k_2"]


def test_bindable_escapes_every_colon_that_is_not_a_placeholder():
    assert bindable("SELECT '12:30', x::int, :p") == "SELECT '12\\:30', x\\:\\:int, :p"


def test_missing_and_unknown_parameters_name_the_expected_ones():
    q = BUILTINS["region_figures"]
    with pytest.raises(QueryError) as exc:
        bind_params(q, {"regoin": "滨州市"})
    msg = str(exc.value)
    assert "unknown parameter regoin" in msg and "missing parameter region" in msg
    assert "expected: region:" in msg and "滨州市" in msg


def test_optional_parameters_default_to_empty():
    assert bind_params(BUILTINS["organizations"], {"kind": "union"}) == {"kind": "union",
                                                                       "region": ""}


def test_a_value_is_bound_never_pasted(seeds_db):
    evil = "滨州市' OR '1'='1"
    assert run(seeds_db, "region_figures", region=evil) == []
    engine = open_engine(seeds_db, readonly=True)
    with engine.connect() as conn:
        cols, rows = run_query(conn, from_sql("t", "SELECT :v AS v, '10:30' AS t"),
                               {"v": "x'); DROP TABLE figures; --"})
    engine.dispose()
    assert rows == [("x'); DROP TABLE figures; --", "10:30")]


# -- the CLI --------------------------------------------------------------------------------------

@pytest.fixture
def kb(tmp_path, seeds_db) -> str:
    """A private copy of the seeds database, for tests that write saved queries."""
    path = tmp_path / "kb.db"
    path.write_bytes(Path(seeds_db).read_bytes())
    return str(path)


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_save_list_show_run_delete_a_user_query(kb):
    sql = "SELECT document, value, unit FROM figure_facts WHERE unit = :unit AND value >= " \
          "CAST(:at_least AS REAL) ORDER BY value DESC"
    r = invoke("query", "save", "big-counts", "--sql", sql, "--title", "Large figures",
               "--description", "Figures of a unit above a threshold", "--db", kb)
    assert r.exit_code == 0, r.output
    assert "unit, at_least" in r.output

    listed = invoke("query", "list", "--db", kb, "--format", "csv").stdout.splitlines()
    assert "big-counts,user,Large figures,unit at_least" in listed
    assert "region_figures,built-in,Figures for a region and its sub-regions,region" in listed

    shown = invoke("query", "show", "big-counts", "--db", kb)
    assert shown.exit_code == 0 and "Large figures" in shown.stdout and sql in shown.stdout

    ran = invoke("query", "run", "big-counts", "-p", "unit=人", "-p", "at_least=100000",
                 "--db", kb, "--format", "csv")
    assert ran.exit_code == 0, ran.output
    assert "001_d20e51d4ccced1e1.txt,195188,人" in ran.stdout.splitlines()

    assert invoke("query", "delete", "big-counts", "--db", kb).exit_code == 0
    assert "big-counts" not in invoke("query", "list", "--db", kb).stdout
    gone = invoke("query", "run", "big-counts", "--db", kb)
    assert gone.exit_code == 2 and "no saved query named 'big-counts'" in gone.output


def test_builtins_cannot_be_deleted_or_shadowed(kb):
    r = invoke("query", "delete", "region_figures", "--db", kb)
    assert r.exit_code == 2 and "built-in" in r.output
    r = invoke("query", "save", "region_figures", "--sql", "SELECT 1", "--db", kb)
    assert r.exit_code == 2 and "built-in" in r.output


def test_saving_over_a_user_query_needs_replace(kb):
    assert invoke("query", "save", "n", "--sql", "SELECT 1 AS n", "--db", kb).exit_code == 0
    again = invoke("query", "save", "n", "--sql", "SELECT 2 AS n", "--db", kb)
    assert again.exit_code == 2 and "--replace" in again.output
    assert invoke("query", "save", "n", "--sql", "SELECT 2 AS n", "--replace",
                  "--db", kb).exit_code == 0
    assert invoke("query", "run", "n", "--db", kb, "-f", "csv").stdout == "n\n2\n"


def test_bad_names_are_refused(kb):
    r = invoke("query", "save", "Bad Name", "--sql", "SELECT 1", "--db", kb)
    assert r.exit_code == 2 and "invalid query name" in r.output


def test_run_reports_a_missing_parameter_with_the_expected_ones(seeds_db):
    r = invoke("query", "run", "metric_comparison", "--db", seeds_db)
    assert r.exit_code == 2
    assert "missing parameter metric" in r.output and "a part of it" in r.output


def test_run_a_builtin_from_the_cli(fresh_db):
    r = invoke("query", "run", "last_import", "--db", fresh_db, "-f", "jsonl")
    assert r.exit_code == 0 and r.stdout.count("\n") == len(list(SEEDS.glob("*.txt")))


def test_list_works_without_a_database(tmp_path):
    r = invoke("query", "list", "--db", tmp_path / "none.db")
    assert r.exit_code == 0 and "region_figures" in r.stdout
    # a note, not an error: nothing failed
    assert "error" not in r.output and "listing the built-in queries only" in r.output


def test_sql_stays_read_only_and_binds_parameters(seeds_db):
    r = invoke("sql", "DELETE FROM figures", "--db", seeds_db)
    assert r.exit_code == 2 and "read-only" in r.output
    r = invoke("sql", "SELECT COUNT(*) AS n FROM documents WHERE name LIKE :p", "-p", "p=001%",
               "--db", seeds_db, "-f", "csv")
    assert r.stdout == "n\n1\n"
    r = invoke("sql", "SELECT :a AS a", "--db", seeds_db)
    assert r.exit_code == 2 and "missing parameter a" in r.output
