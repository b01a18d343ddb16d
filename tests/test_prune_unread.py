"""--prune removes only what the run saw gone: a document is missing when its folder was listed
and the file was not in it, never because a folder could not be read."""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minsheng.etl.importer import SEEDS, run_import
from minsheng.models.database import open_engine

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def pages(tmp_path) -> Path:
    """``pages/top.txt`` and two pages in ``pages/share``."""
    root = tmp_path / "pages"
    (root / "share").mkdir(parents=True)
    shutil.copy(SEED_FILES[0], root / "top.txt")
    shutil.copy(SEED_FILES[1], root / "share" / "a.txt")
    shutil.copy(SEED_FILES[2], root / "share" / "b.txt")
    return root


def _unlistable(monkeypatch, folder: Path, error: int = errno.EACCES) -> None:
    """``folder`` cannot be listed, as a folder without read permission or a share whose
    server went away (running as root, permissions alone would not stop the listing)."""
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == folder:
            raise OSError(error, os.strerror(error))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)


def _statuses(db) -> dict[str, str]:
    return dict(db.q("SELECT name, status FROM documents"))


def test_prune_keeps_the_documents_of_a_folder_that_cannot_be_listed(pages, db, monkeypatch):
    engine = db.engine()
    run_import(engine, [pages])
    figures = db.q("SELECT COUNT(*) FROM figures")[0][0]
    (pages / "top.txt").unlink()  # really gone: still pruned in the same run
    _unlistable(monkeypatch, pages / "share")
    summary = run_import(engine, [pages], prune=True)
    assert (summary.removed, summary.missing, summary.failed) == (1, 0, 1)
    assert summary.failures == [{"path": str(pages / "share"),
                                 "reason": "cannot list folder: Permission denied"}]
    assert summary.status == "partial"
    statuses = _statuses(db)
    assert (statuses["a.txt"], statuses["b.txt"]) == ("loaded", "loaded")
    assert "top.txt" not in statuses
    share_figures = db.q("SELECT COUNT(*) FROM figure_facts WHERE document IN ('a.txt', 'b.txt')")
    assert 0 < share_figures[0][0] < figures
    assert db.q("SELECT path, reason FROM import_failures WHERE run_id = :r",
                r=summary.run_id) == [(str(pages / "share"), "cannot list folder: Permission denied")]

    monkeypatch.undo()  # readable again: the pages are there, unchanged; the failure row goes
    summary = run_import(engine, [pages], prune=True)
    assert (summary.unchanged, summary.removed, summary.failed) == (2, 0, 0)
    assert _statuses(db) == {"a.txt": "loaded", "b.txt": "loaded"}


def test_without_prune_nothing_under_an_unlistable_folder_is_marked_missing(pages, db_path,
                                                                           monkeypatch):
    engine = open_engine(db_path)
    run_import(engine, [pages])
    _unlistable(monkeypatch, pages / "share", errno.ENOTCONN)  # a FUSE share gone away
    summary = run_import(engine, [pages])
    assert (summary.missing, summary.unchanged, summary.failed) == (0, 1, 1)
    assert summary.failures[0]["reason"] == \
        "cannot list folder: Transport endpoint is not connected"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, status FROM documents ORDER BY name").all() == [
            ("a.txt", "loaded"), ("b.txt", "loaded"), ("share", "failed"), ("top.txt", "loaded")]


def test_a_root_folder_that_cannot_be_listed_loses_nothing(pages, db_path, monkeypatch):
    engine = open_engine(db_path)
    run_import(engine, [pages])
    _unlistable(monkeypatch, pages)
    summary = run_import(engine, [pages], prune=True)
    assert (summary.removed, summary.missing, summary.failed) == (0, 0, 1)
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT COUNT(*) FROM documents WHERE status = 'loaded'").scalar() == 3


def test_an_empty_mount_point_is_a_failure_not_a_deletion(pages, db, monkeypatch):
    """An unmounted share leaves its mount point: a folder that lists fine and holds nothing."""
    engine = db.engine()
    run_import(engine, [pages])
    hidden = pages.parent / "hidden-share"
    (pages / "share").rename(hidden)
    (pages / "share").mkdir()  # the bare mount point
    summary = run_import(engine, [pages], prune=True)
    assert (summary.removed, summary.missing, summary.failed) == (0, 0, 1)
    assert summary.failures == [{
        "path": str(pages / "share"),
        "reason": "folder is empty, but 2 documents loaded from it before are stored "
                  "(a share that is not mounted?): they are kept as they were"}]
    assert (_statuses(db)["a.txt"], _statuses(db)["b.txt"]) == ("loaded", "loaded")

    (pages / "share").rmdir()
    hidden.rename(pages / "share")  # mounted again
    summary = run_import(engine, [pages], prune=True)
    assert (summary.unchanged, summary.removed, summary.failed) == (3, 0, 0)

    shutil.rmtree(pages / "share")  # the folder itself removed: its pages are gone
    summary = run_import(engine, [pages], prune=True)
    assert summary.removed == 2
    assert _statuses(db) == {"top.txt": "loaded"}


def test_a_folder_emptied_of_its_files_after_a_failure_only_is_swept(pages, db_path):
    """The guard is for folders that held loaded pages; one that held nothing loadable (a
    failed page only) is simply read as empty."""
    engine = open_engine(db_path)
    broken = pages / "broken"
    broken.mkdir()
    (broken / "bad.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    assert run_import(engine, [pages]).failed == 1
    (broken / "bad.txt").unlink()
    summary = run_import(engine, [pages], prune=True)
    assert (summary.removed, summary.failed) == (1, 0)


def _without_root_file_access() -> None:
    """Runs in the child before exec: drops from its capability bounding set the two that let
    root read any folder whatever its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so the
    load it runs meets a real permission denial."""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # <linux/capability.h>
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux permissions")
def test_a_folder_without_read_permission_is_not_pruned(tmp_path):
    """A real permission denial, not an injected one."""
    root = tmp_path / "pages"
    (root / "locked").mkdir(parents=True)
    shutil.copy(SEED_FILES[0], root / "top.txt")
    shutil.copy(SEED_FILES[1], root / "locked" / "a.txt")
    db = tmp_path / "kb.db"

    def load(*extra):
        return subprocess.run([sys.executable, "-m", "minsheng.cli", "load", str(root),
                               "--db", str(db), "--json", *extra], capture_output=True,
                              text=True, preexec_fn=_without_root_file_access)
    first = load()
    assert first.returncode == 0, first.stderr
    (root / "locked").chmod(0o000)
    try:
        second = load("--prune")
    finally:
        (root / "locked").chmod(0o755)
    assert second.returncode == 1, second.stderr
    run = json.loads(second.stdout)
    assert (run["removed"], run["missing"], run["failed"]) == (0, 0, 1)
    assert run["failures"] == [{"path": str(root / "locked"),
                                "reason": "cannot list folder: Permission denied"}]
    third = json.loads(load("--prune").stdout)
    assert (third["unchanged"], third["removed"], third["failed"]) == (2, 0, 0)
