"""Query results are written as they are read: exports of any size in constant memory, a query
that fails halfway is a clear error that leaves an earlier export file whole, and a reader that
stops early (``| head``) is not an error."""
from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import threading
from datetime import date

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.output import plain, render, render_to_file

runner = CliRunner()
COLS = ["n", "name"]

# the rows 1..N, on both backends
COUNT = "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < {n}) " \
        "SELECT x AS n, 'row ' || x AS name FROM s"
# rows that turn into a database error at row 6, after the first rows were read
FAILS_AT_SIX = {
    "sqlite": "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 5000) "
              "SELECT x AS n, CASE WHEN x < 6 THEN x ELSE json('not json') END AS v FROM s",
    "postgresql": "SELECT x AS n, 1 / (x - 6) AS v FROM generate_series(1, 5000) AS x",
}


class Broken(Exception):
    pass


def rows_then_break(n: int):
    """n rows, then the failure a database raises while rows are being read."""
    for i in range(1, n + 1):
        yield (i, f"row {i}")
    raise Broken("lost the connection")


@pytest.mark.parametrize("fmt, written", [
    ("csv", "n,name\n1,row 1\n2,row 2\n3,row 3\n"),
    ("jsonl", '{"n": 1, "name": "row 1"}\n{"n": 2, "name": "row 2"}\n{"n": 3, "name": "row 3"}\n'),
    ("json", '[\n  {\n    "n": 1,\n    "name": "row 1"\n  },\n  {\n    "n": 2,\n    "name": '
             '"row 2"\n  },\n  {\n    "n": 3,\n    "name": "row 3"\n  }'),
])
def test_rows_are_written_before_the_next_ones_are_read(fmt, written):
    out = io.StringIO()
    with pytest.raises(Broken):
        render(COLS, rows_then_break(3), fmt, out)
    assert out.getvalue() == written


def test_the_table_reads_every_row_first_as_its_columns_fit_the_widest_cell():
    out = io.StringIO()
    with pytest.raises(Broken):
        render(COLS, rows_then_break(3), "table", out)
    assert out.getvalue() == ""


@pytest.mark.parametrize("rows", [
    [],
    [(1, "row 1")],
    [(195188.0, "滨州市"), (None, 'a "quoted",\n    line'), (True, date(2024, 9, 30))],
])
def test_streamed_json_is_what_json_dump_with_indent_writes(rows):
    out = io.StringIO()
    assert render(COLS, iter(rows), "json", out) == len(rows)
    objects = [{c: plain(v) for c, v in zip(COLS, r)} for r in rows]
    assert out.getvalue() == json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_a_file_is_replaced_only_when_every_row_is_written(tmp_path, fmt):
    path = tmp_path / f"export.{fmt}"
    path.write_text("the export of yesterday\n", encoding="utf-8")
    with pytest.raises(Broken):
        render_to_file(COLS, rows_then_break(3), fmt, path)
    assert path.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no partial file left behind
    assert render_to_file(COLS, iter([(1, "row 1")]), fmt, path) == 1
    assert "row 1" in path.read_text(encoding="utf-8")


def test_sql_streams_every_row_to_a_file_and_counts_them(seeds, tmp_path):
    path = tmp_path / "rows.csv"
    r = runner.invoke(app, ["sql", COUNT.format(n=20000), "--db", seeds.url, "-f", "csv",
                            "-o", str(path)])
    assert r.exit_code == 0, r.output
    assert "20000 rows written to" in r.output
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20001 and lines[1] == "1,row 1" and lines[-1] == "20000,row 20000"


def test_a_query_that_fails_while_its_rows_are_read_is_a_clear_error(seeds, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("n,v\n1,1\n", encoding="utf-8")
    r = runner.invoke(app, ["sql", FAILS_AT_SIX[seeds.backend], "--db", seeds.url, "-f", "csv",
                            "-o", str(path)])
    assert r.exit_code == 2
    assert r.output.startswith("error: ") and "Traceback" not in r.output
    assert ("malformed JSON" if seeds.backend == "sqlite" else "division by zero") in r.output
    assert path.read_text(encoding="utf-8") == "n,v\n1,1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_postgresql_reads_the_rows_through_a_server_side_cursor(seeds_pg):
    # the query sees its own cursor, DECLAREd; a client-side one is only the protocol's
    # unnamed portal, the SELECT itself
    sql = "SELECT COUNT(*) AS n FROM pg_cursors WHERE statement LIKE 'DECLARE %'"
    r = runner.invoke(app, ["sql", sql, "--db", seeds_pg.url, "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout == "n\n1\n"


def test_a_reader_that_stops_early_is_not_an_error(seeds_db):
    proc = subprocess.Popen(
        [sys.executable, "-m", "minsheng.cli", "sql", COUNT.format(n=200000), "--db", seeds_db,
         "-f", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    _, stderr = proc.communicate(timeout=120)
    assert first == b"n,name\n"
    assert proc.returncode == 0, stderr
    assert stderr == b""


def test_a_link_stays_a_link_and_a_pipe_is_written_in_place(tmp_path):
    target = tmp_path / "exports" / "latest.csv"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(target)
    assert render_to_file(COLS, [(1, "row 1")], "csv", link) == 1
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "n,name\n1,row 1\n"

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")),
                              daemon=True)
    reader.start()
    assert render_to_file(COLS, [(2, "row 2")], "jsonl", fifo) == 1
    reader.join(timeout=10)
    assert got == ['{"n": 2, "name": "row 2"}\n']
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # not replaced by a regular file


def test_an_export_counts_its_rows_on_a_terminal_and_stays_quiet_elsewhere(monkeypatch, tmp_path):
    from rich.console import Console

    import minsheng.cli as cli
    rows = iter([(1, "row 1")])
    monkeypatch.setattr(cli, "err", Console(file=io.StringIO(), force_terminal=False))
    with cli._export_progress(rows, tmp_path / "x.csv") as counted:
        assert counted is rows  # cron, a pipe: the rows as they are, nothing drawn
    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=80))
    with cli._export_progress(((i, "r") for i in range(25_000)), tmp_path / "x.csv",
                              every=10_000) as counted:
        assert sum(1 for _ in counted) == 25_000
    assert "writing x.csv" in screen.getvalue()
