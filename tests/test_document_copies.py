"""One document per content: the same bytes under a second path are recorded as a copy, never
loaded again (every figure was counted twice), and the document outlives its first path."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minsheng.etl.importer import SEEDS, run_import

SEED_FILES = sorted(SEEDS.glob("*.txt"))
FIGURES = "SELECT COUNT(*) FROM figures"


@pytest.fixture
def pages(tmp_path) -> Path:
    """``a.txt`` and ``b.txt`` (two pages), ``copy/a.txt`` the very bytes of ``a.txt``."""
    folder = tmp_path / "pages"
    (folder / "copy").mkdir(parents=True)
    shutil.copy(SEED_FILES[0], folder / "a.txt")
    shutil.copy(SEED_FILES[1], folder / "b.txt")
    shutil.copy(SEED_FILES[0], folder / "copy" / "a.txt")
    return folder


def _figures_of(db, name: str) -> int:
    return db.q("SELECT COUNT(*) FROM figure_facts WHERE document = :n", n=name)[0][0]


def test_a_second_path_with_the_same_bytes_is_a_copy_not_a_second_document(pages, db):
    engine = db.engine()
    summary = run_import(engine, [pages])
    assert (summary.added, summary.copies, summary.failed) == (2, 1, 0)
    assert db.q("SELECT name FROM documents ORDER BY name") == [("a.txt",), ("b.txt",)]
    assert db.q("SELECT c.path, d.path FROM document_copies c "
                "JOIN documents d ON d.id = c.document_id") == [
        (str(pages / "copy" / "a.txt"), str(pages / "a.txt"))]
    figures = db.q(FIGURES)[0][0]
    assert figures == _figures_of(db, "a.txt") + _figures_of(db, "b.txt") > 0

    again = run_import(engine, [pages])  # idempotent
    assert (again.added, again.changed, again.unchanged, again.copies) == (0, 0, 2, 1)
    assert db.q(FIGURES)[0][0] == figures
    assert db.q("SELECT COUNT(*) FROM document_copies") == [(1,)]


def test_the_document_survives_its_first_path_and_is_never_pruned_while_a_copy_remains(pages,
                                                                                       db):
    engine = db.engine()
    run_import(engine, [pages])
    doc_id, figures = db.q("SELECT id FROM documents WHERE name = 'a.txt'")[0][0], db.q(FIGURES)
    (pages / "a.txt").unlink()
    summary = run_import(engine, [pages], prune=True)
    assert (summary.removed, summary.missing, summary.copies, summary.added) == (0, 0, 0, 0)
    assert db.q("SELECT id, path, status FROM documents WHERE id = :i", i=doc_id) == [
        (doc_id, str(pages / "copy" / "a.txt"), "loaded")]
    assert db.q("SELECT COUNT(*) FROM document_copies") == [(0,)]
    assert db.q(FIGURES) == figures  # the same rows, not extracted again

    again = run_import(engine, [pages], prune=True)
    assert (again.unchanged, again.removed, again.added) == (2, 0, 0)

    shutil.rmtree(pages / "copy")  # the last path gone: now it goes
    assert run_import(engine, [pages], prune=True).removed == 1
    assert db.q("SELECT COUNT(*) FROM documents WHERE id = :i", i=doc_id) == [(0,)]


def test_a_copy_that_is_removed_or_changed_stops_being_one(pages, db):
    engine = db.engine()
    run_import(engine, [pages])
    copy = pages / "copy" / "a.txt"
    copy.write_text(copy.read_text(encoding="utf-8") + "\n本报讯 今年新增会员4321名。\n",
                    encoding="utf-8")
    summary = run_import(engine, [pages])
    assert (summary.added, summary.copies) == (1, 0)
    assert db.q("SELECT COUNT(*) FROM document_copies") == [(0,)]
    assert db.q("SELECT value FROM figures WHERE value = 4321") == [(4321.0,)]
    copy.unlink()
    shutil.copy(SEED_FILES[1], pages / "copy" / "b.txt")
    summary = run_import(engine, [pages])
    assert (summary.copies, summary.missing) == (1, 1)
    assert db.q("SELECT path FROM document_copies") == [(str(pages / "copy" / "b.txt"),)]


def test_two_documents_with_the_same_bytes_from_before_become_one(pages, db, monkeypatch):
    """A database loaded before copies were known holds both paths as documents (figures
    doubled): the next run keeps the older and records the other as its copy."""
    from minsheng.etl import copies
    engine = db.engine()
    monkeypatch.setattr(copies.Copies, "copy_of", lambda self, path, sha: None)
    run_import(engine, [pages])
    doubled = db.q(FIGURES)[0][0]
    assert db.q("SELECT COUNT(*) FROM documents") == [(3,)]
    monkeypatch.undo()
    summary = run_import(engine, [pages])
    assert (summary.copies, summary.unchanged) == (1, 2)
    assert db.q("SELECT name FROM documents ORDER BY name") == [("a.txt",), ("b.txt",)]
    assert db.q(FIGURES)[0][0] == doubled - _figures_of(db, "a.txt")
    assert db.q("SELECT path FROM document_copies") == [(str(pages / "copy" / "a.txt"),)]
