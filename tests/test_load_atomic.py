"""A document whose rows the database refuses leaves none of them: its figures and mentions
are written in batches (on PostgreSQL in one pipeline), and a failure anywhere in them rolls
the whole document back, on both backends."""
from __future__ import annotations

from minsheng.etl import importer
from minsheng.etl.importer import SEEDS, run_import


def _break_one(monkeypatch, victim: str):
    real = importer.process_bytes

    def extract(data, manifest=None):
        doc = real(data, manifest)
        if victim.encode("utf-8") in data:
            figures = [f for r in doc.articles for f in r.figures]
            figures[-1].char_end = figures[-1].char_start  # breaks CHECK (char_end > char_start)
        return doc

    monkeypatch.setattr(importer, "process_bytes", extract)


def test_a_document_whose_last_figure_is_refused_stores_nothing(db, monkeypatch):
    victim = next(p for p in sorted(SEEDS.glob("*.txt")) if p.name.startswith("000_"))
    _break_one(monkeypatch, victim.read_text(encoding="utf-8")[:40])
    summary = run_import(db.engine())
    assert (summary.added, summary.failed) == (4, 1)
    assert summary.failures[0]["path"].endswith(victim.name)
    assert "could not be stored" in summary.failures[0]["reason"]
    rows = db.q("SELECT d.status, COUNT(a.id) FROM documents d LEFT JOIN articles a "
                "ON a.document_id = d.id WHERE d.name = :n GROUP BY d.status", n=victim.name)
    assert rows == [("failed", 0)]
    assert db.q("SELECT COUNT(*) FROM region_mentions m JOIN articles a ON a.id = m.article_id "
                "JOIN documents d ON d.id = a.document_id WHERE d.name = :n", n=victim.name) == [(0,)]
    # the other documents are whole, and the next run stores the repaired one
    monkeypatch.undo()
    again = run_import(db.engine())
    assert (again.added, again.unchanged, again.failed) == (1, 4, 0)
    assert db.q("SELECT status FROM documents WHERE name = :n", n=victim.name) == [("loaded",)]
