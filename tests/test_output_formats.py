"""Rows rendered as an aligned table, CSV, JSON and JSON lines, to stdout or a file."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl.importer import run_import
from minsheng.models.database import open_engine
from minsheng.output import plain, render, render_to_file, width

runner = CliRunner()
COLS = ["region", "value", "unit", "published_on", "note"]
ROWS = [("滨州市", 195188.0, "人", date(2024, 9, 30), None),
        ("全国", 371000000.0, "人次", datetime(2025, 1, 19, 8, 30), "3.71亿人次"),
        ("x", 99.89, "%", None, 'a "quoted", comma')]


def rendered(fmt: str) -> str:
    buf = io.StringIO()
    render(COLS, ROWS, fmt, buf)
    return buf.getvalue()


def test_values_are_plain_whole_floats_as_integers_dates_iso():
    assert plain(195188.0) == 195188 and isinstance(plain(195188.0), int)
    assert plain(99.89) == 99.89
    assert plain(date(2024, 7, 31)) == "2024-07-31"
    assert plain(True) is True and plain(None) is None


def test_table_columns_line_up_with_chinese_counted_double_width():
    lines = rendered("table").splitlines()
    assert lines[0].split() == COLS
    assert lines[-1] == "(3 rows)"
    # the value column starts at the same display position on every row
    body = lines[2:5]
    value_col = [width(line[: line.index(v)]) for line, v in
                 zip(body, ("195188", "371000000", "99.89"))]
    assert len(set(value_col)) == 1
    assert "2025-01-19T08:30:00" in lines[3]


def test_table_cells_are_cut_on_the_terminal_but_not_in_files(tmp_path):
    long = "职工医疗互助" * 20
    buf = io.StringIO()
    render(["evidence"], [(long,)], "table", buf)
    assert "…" in buf.getvalue() and long not in buf.getvalue()
    path = tmp_path / "t.txt"
    render_to_file(["evidence"], [(long,)], "table", path)
    assert long in path.read_text(encoding="utf-8")


def test_csv_quotes_and_leaves_null_empty():
    rows = list(csv.reader(io.StringIO(rendered("csv"))))
    assert rows[0] == COLS
    assert rows[1] == ["滨州市", "195188", "人", "2024-09-30", ""]
    assert rows[3][4] == 'a "quoted", comma'


def test_json_is_a_list_of_objects_with_null_and_numbers():
    data = json.loads(rendered("json"))
    assert data[0] == {"region": "滨州市", "value": 195188, "unit": "人",
                       "published_on": "2024-09-30", "note": None}
    assert data[2]["value"] == 99.89


def test_jsonl_is_one_object_per_line_not_ascii_escaped():
    text = rendered("jsonl")
    lines = text.splitlines()
    assert len(lines) == 3 and "滨州市" in lines[0]
    assert [json.loads(x)["unit"] for x in lines] == ["人", "人次", "%"]


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        render(COLS, ROWS, "xml", io.StringIO())


QUERY = "SELECT name, size_bytes FROM documents WHERE name LIKE :p ORDER BY name"


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_sql_command_writes_every_format_to_stdout_and_file(seeds_db, tmp_path, fmt):
    args = ["sql", QUERY, "-p", "p=00%", "--db", seeds_db, "--format", fmt]
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0, shown.output
    path = tmp_path / f"out.{fmt}"
    saved = runner.invoke(app, args + ["--output", str(path)])
    assert saved.exit_code == 0 and saved.stdout == ""
    assert path.read_text(encoding="utf-8") == shown.stdout
    assert "000_4c40da7e55b77261.txt" in shown.stdout


def test_query_run_writes_json(tmp_path):
    db = str(tmp_path / "kb.db")
    engine = open_engine(db)
    run_import(engine)  # its own database: the last run of the shared one may be a re-run
    engine.dispose()
    r = runner.invoke(app, ["query", "run", "last_import", "--db", db, "-f", "json"])
    data = json.loads(r.stdout)
    assert {d["change"] for d in data} == {"loaded"} and all("figures" in d for d in data)


def test_a_bad_format_is_a_usage_error(seeds_db):
    r = runner.invoke(app, ["sql", "SELECT 1", "--db", seeds_db, "--format", "xml"])
    assert r.exit_code == 2
