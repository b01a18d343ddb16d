"""--max-seconds-per-document: a document whose extraction takes too long is recorded as failed
with the reason, and the load goes on, in one process and with workers."""
from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl import importer
from minsheng.etl.importer import SEEDS, run_import
from minsheng.models.database import open_engine

LIMIT = 0.5
REASON = "extraction took longer than 0.5 s (--max-seconds-per-document)"


@pytest.fixture
def pages(tmp_path) -> Path:
    """Four ordinary pages and one of about 650,000 characters (well over a second to extract,
    and in proportion to its length: no stage is slow on it, it is just long)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i, text in enumerate(seeds[:4]):
        (folder / f"p{i}.txt").write_text(text, encoding="utf-8")
    (folder / "p2_long.txt").write_text("\n\n".join(seeds * 20), encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_the_limit_fails_and_the_others_load(pages, tmp_path, workers):
    engine = open_engine(str(tmp_path / "kb.db"))
    started = time.monotonic()
    summary = run_import(engine, [pages], workers=workers, max_seconds=LIMIT)
    assert time.monotonic() - started < 30
    assert (summary.added, summary.failed) == (4, 1)
    assert summary.failures == [{"path": str(pages / "p2_long.txt"), "reason": REASON}]
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT name, status, error FROM documents WHERE status = 'failed'").all() == [
                ("p2_long.txt", "failed", REASON)]
    # without the bound it loads (the default is generous: 60 s)
    summary = run_import(engine, [pages], workers=workers)
    assert (summary.added, summary.unchanged, summary.failed) == (1, 4, 0)


def _stuck_in_compiled_code(real):
    """A page that holds the worker in one call that never returns to the interpreter (the
    alarm cannot reach it): its extraction blocks SIGALRM and sleeps."""
    def process_bytes(data, manifest=None):
        if data.startswith(b"STUCK"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(120)
        return real(data, manifest)
    return process_bytes


@pytest.mark.parametrize("stuck", [1, 2])
def test_a_worker_stuck_past_the_limit_is_killed_and_its_work_goes_on(pages, tmp_path,
                                                                      monkeypatch, stuck):
    """One stuck worker: the other takes its work; both stuck: the load finishes in the
    loading process."""
    for i in range(stuck):
        (pages / f"p{i}_stuck.txt").write_bytes(b"STUCK %d " % i + b"x" * 300_000)  # a batch each
    (pages / "p2_long.txt").unlink()
    monkeypatch.setattr(importer, "process_bytes", _stuck_in_compiled_code(importer.process_bytes))
    engine = open_engine(str(tmp_path / "kb.db"))
    started = time.monotonic()
    summary = run_import(engine, [pages], workers=2, max_seconds=LIMIT)
    assert time.monotonic() - started < 60
    assert (summary.added, summary.failed) == (4, stuck)
    assert summary.failures == [{"path": str(pages / f"p{i}_stuck.txt"), "reason": REASON}
                                for i in range(stuck)]


def test_the_option_on_the_command_line(pages, tmp_path):
    db = str(tmp_path / "kb.db")
    result = CliRunner().invoke(app, ["load", str(pages), "--db", db, "--workers", "1",
                                      "--max-seconds-per-document", "0.5"])
    assert result.exit_code == 1, result.output
    assert f"failed: {pages / 'p2_long.txt'}: {REASON}" in result.output
    help_text = " ".join(CliRunner().invoke(app, ["load", "--help"]).output.split())
    assert "--max-seconds-per-document" in help_text and "60.0" in help_text
