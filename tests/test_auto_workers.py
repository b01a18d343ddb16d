"""``--workers auto``: one process for a little new text, a worker per core (up to a cap) for
much; files that will not be extracted again do not count."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl import importer
from minsheng.etl.importer import (AUTO_MAX_WORKERS, AUTO_MIN_BYTES, Candidate, auto_workers,
                                   run_import)
from minsheng.etl.pipeline import EXTRACTOR_VERSION

from conftest import seed_copies


@pytest.mark.parametrize("size, cores, expected", [
    (0, 2, 1),                                    # nothing new: a nightly run of unchanged files
    (AUTO_MIN_BYTES - 1, 8, 1),                   # too little to pay for starting workers
    (AUTO_MIN_BYTES, 1, 1),                       # one core: workers would only take turns
    (AUTO_MIN_BYTES, 2, 2),
    (50 * AUTO_MIN_BYTES, 3, 3),
    (50 * AUTO_MIN_BYTES, 64, AUTO_MAX_WORKERS),  # the serial storing process caps them
])
def test_auto_workers_by_size_and_cores(size, cores, expected):
    assert auto_workers(size, cores) == expected


def test_only_files_that_will_be_extracted_count(tmp_path):
    sizes = {"new": 100, "failed": 20, "old_version": 3, "loaded": 4000, "gone": 0}
    cands = []
    for name, size in sizes.items():
        path = tmp_path / f"{name}.txt"
        if name != "gone":
            path.write_bytes(b"x" * size)
        cands.append(Candidate(path))
    cands.append(Candidate(tmp_path / "error.txt", error="no such file or folder"))
    known = {str((tmp_path / f"{name}.txt").absolute()): (None, version, status)
             for name, version, status in [("failed", EXTRACTOR_VERSION, "failed"),
                                           ("old_version", "2000.1", "loaded"),
                                           ("loaded", EXTRACTOR_VERSION, "loaded")]}
    assert importer._bytes_to_extract(cands, known) == 100 + 20 + 3


def test_a_large_first_load_uses_workers_and_the_nightly_rerun_does_not(db, tmp_path, monkeypatch):
    pages = seed_copies(tmp_path, 2)  # 10 pages, about 90 KB: "much" once the bar is lowered
    monkeypatch.setattr(importer, "AUTO_MIN_BYTES", 50_000)
    monkeypatch.setattr(importer, "usable_cores", lambda: 2)
    first = run_import(db.engine(), [pages], workers="auto")
    assert (first.workers, first.added, first.failed) == (2, 10, 0)
    again = run_import(db.engine(), [pages], workers="auto")
    assert (again.workers, again.unchanged) == (1, 10)
    (pages / "00_extra.txt").write_text("本报讯 今年全市共有4万余名职工参加医疗互助。\n", encoding="utf-8")
    one_new = run_import(db.engine(), [pages], workers="auto")
    assert (one_new.workers, one_new.added, one_new.unchanged) == (1, 1, 10)


def test_a_small_load_stays_in_one_process(db):
    summary = run_import(db.engine(), workers="auto")  # the seeds: 5 pages, 45 KB
    assert (summary.workers, summary.added) == (1, 5)


@pytest.mark.parametrize("bad", [0, -1, "many", "2"])
def test_run_import_refuses_a_bad_worker_count(db, bad):
    with pytest.raises(ValueError, match="number of processes"):
        run_import(db.engine(), workers=bad)


@pytest.mark.parametrize("bad", ["0", "two", "-3", "1.5"])
def test_cli_refuses_a_bad_worker_count(tmp_path, bad):
    result = CliRunner().invoke(app, ["load", "--db", str(tmp_path / "kb.db"), "--workers", bad])
    assert result.exit_code == 2
    assert "neither a number of processes" in result.output
    assert not (tmp_path / "kb.db").exists()


def test_cli_reports_the_processes_it_used(tmp_path):
    db = str(tmp_path / "kb.db")
    result = CliRunner().invoke(app, ["load", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["workers"] == 1  # auto is the default
    result = CliRunner().invoke(app, ["load", "--db", db, "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "2 extraction processes" in result.output


@pytest.mark.parametrize("files, expected", [
    ({"cpu.max": "max 100000\n"}, None),
    ({"cpu.max": "150000 100000\n"}, 1.5),
    ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
    ({"cpu/cpu.cfs_quota_us": "100000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 1.0),
    ({"cpu.max": "garbled\n"}, None),
    ({}, None),
])
def test_cpu_quota_from_cgroup_v2_or_v1(tmp_path, files, expected):
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content)
    assert importer._cpu_quota(tmp_path) == expected


def test_a_cpu_quota_caps_the_cores(tmp_path, monkeypatch):
    monkeypatch.setattr(importer.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert importer.usable_cores(tmp_path) == 4                 # no quota files: no limit
    (tmp_path / "cpu.max").write_text("100000 100000\n")        # docker run --cpus 1
    assert importer.usable_cores(tmp_path) == 1
    (tmp_path / "cpu.max").write_text("250000 100000\n")        # 2.5 CPUs: 3 workers can use it
    assert importer.usable_cores(tmp_path) == 3
    (tmp_path / "cpu.max").write_text("900000 100000\n")        # more than the cores it may use
    assert importer.usable_cores(tmp_path) == 4
