"""A file name is data, not log syntax: a line break (or any control character) in a path is
escaped in every line printed or logged, so it cannot forge a line of ``--log`` nor split an
error line. And a path to load that does not exist is a usage error that creates nothing."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.errors import printable

runner = CliRunner()
FORGED = "\n2026-12-04 03:00:00,000 ERROR run 9 stopped: forged\n"
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|ERROR) ")


def test_printable_escapes_control_characters_only():
    assert printable("a\nb\tc\x1b[31m.txt") == "a\\nb\\tc\\x1b[31m.txt"
    assert printable("滨州市 report.txt") == "滨州市 report.txt"
    assert printable("a\u2028b") == "a\\u2028b"


def _bad_page(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = folder / f"page{FORGED}x.txt"
    page.write_bytes(b"\xff\xfe\x00broken" * 10)
    return folder, page


def test_a_line_break_in_a_file_name_forges_no_log_line(tmp_path):
    folder, page = _bad_page(tmp_path)
    log = tmp_path / "run.log"
    r = subprocess.run([sys.executable, "-c", "from minsheng.cli import main; main()", "load",
                        str(folder), "--db", str(tmp_path / "kb.db"), "--log", str(log),
                        "--max-bytes", "10"], capture_output=True, text=True)
    assert r.returncode == 1
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and all(LOG_LINE.match(line) for line in lines), lines
    assert not any(line.startswith("2026-12-04 03:00:00,000") for line in lines)
    failed = [line for line in lines if "failed:" in line]
    assert len(failed) == 1 and "page\\n2026-12-04 03:00:00,000 ERROR" in failed[0]
    # standard error: the failure is one line, the name escaped
    said = [line for line in r.stderr.splitlines() if line.startswith("failed:")]
    assert said == [f"failed: {printable(page)}: file is 90 bytes, larger than the limit of 10 "
                    "(raise it with --max-bytes)"]
    assert not any(line.startswith("2026-12-04") for line in r.stderr.splitlines())


def test_the_json_summary_keeps_the_real_name(tmp_path):
    folder, page = _bad_page(tmp_path)
    r = runner.invoke(app, ["load", str(folder), "--db", str(tmp_path / "kb.db"), "--json",
                            "--max-bytes", "10"])
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert summary["failures"][0]["path"] == str(page)


def test_an_error_line_about_a_strange_name_stays_one_line(tmp_path):
    strange = tmp_path / "a\nb.db"
    strange.mkdir()
    r = runner.invoke(app, ["stats", "--db", str(strange)])
    assert r.exit_code == 2
    assert r.output.strip().splitlines() == [
        f"error: {tmp_path}/a\\nb.db is a folder, not a SQLite database file"]


def test_loading_a_path_that_does_not_exist_is_a_usage_error(tmp_path):
    db = tmp_path / "kb.db"
    r = runner.invoke(app, ["load", str(tmp_path / "nowhere"), "--db", str(db),
                            "--log", str(tmp_path / "run.log")])
    assert r.exit_code == 2
    assert r.output.strip() == f"error: {tmp_path / 'nowhere'} does not exist; nothing was loaded"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no database, lock, log


def test_several_missing_paths_are_counted(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("滨州市。", encoding="utf-8")
    r = runner.invoke(app, ["load", str(page), str(tmp_path / "x"), str(tmp_path / "y"),
                            "--db", str(tmp_path / "kb.db")])
    assert r.exit_code == 2
    assert f"{tmp_path / 'x'} does not exist (nor 1 other path named)" in r.output
    assert not (tmp_path / "kb.db").exists()
