"""Loading the bundled seeds: specific facts land in the tables, and a reload changes nothing;
on SQLite and PostgreSQL alike."""
from __future__ import annotations

from minsheng.etl.importer import run_import

TABLES = ("documents", "articles", "figures", "regions", "organizations", "programs", "units",
          "reporting_periods", "region_mentions", "organization_mentions", "program_mentions",
          "organization_aliases", "program_aliases")


def _counts(db) -> dict[str, int]:
    return {t: db.q(f"SELECT COUNT(*) FROM {t}")[0][0] for t in TABLES}


def test_document_000_reports_provincial_mutual_aid_in_person_times(seeds):
    rows = seeds.q("SELECT value, unit, qualifier FROM figure_facts "
                            "WHERE document = '000_4c40da7e55b77261.txt' AND surface = '3.71亿人次'")
    assert rows and rows[0] == (371000000.0, "人次", "exact")


def test_money_is_stored_in_yuan(seeds):
    rows = seeds.q("SELECT value, unit, dimension FROM figure_facts "
                            "WHERE document LIKE '000_%' AND surface = '511.54亿元'")
    assert rows == [(51154000000.0, "元", "currency")]


def test_figure_spans_point_into_the_stored_article_text(seeds):
    rows = seeds.q("SELECT a.text, f.char_start, f.char_end, f.surface, f.evidence "
                            "FROM figures f JOIN articles a ON a.id = f.article_id")
    assert len(rows) > 100
    for text, start, end, surface, evidence in rows:
        assert text[start:end] == surface
        assert surface in evidence


def test_reloading_the_same_files_changes_no_table(seeds):
    before = _counts(seeds)
    summary = run_import(seeds.engine())
    seeds.close()
    assert (summary.added, summary.changed, summary.unchanged, summary.failed) == (0, 0, 5, 0)
    assert _counts(seeds) == before


def test_forced_reextraction_replaces_rows_without_duplicates(db):
    from minsheng.etl import importer

    engine = db.engine()
    run_import(engine)
    before = _counts(db)
    db.execute("UPDATE documents SET extractor_version = 'old'")
    summary = importer.run_import(engine)
    assert summary.changed == 5
    assert _counts(db) == before


def test_both_backends_store_identical_figure_facts(seeds_db, seeds_pg):
    """Same seeds, same rows: every column but the ids, dates as ISO strings."""
    from conftest import Db

    def facts(db) -> list[tuple]:
        cols, rows = db.table("SELECT * FROM figure_facts ORDER BY document, article_seq, char_start")
        keep = [i for i, c in enumerate(cols) if c not in ("figure_id", "document_id", "article_id")]
        # a fact's id is the order its group was stored in (a SQLite load stores its last
        # documents in smaller groups): the fact is named by the first row it appears in, so
        # the same figures must still share the same facts
        fact = cols.index("fact_id")
        first: dict = {}
        return [tuple(first.setdefault(r[i], n) if i == fact else r[i] for i in keep)
                for n, r in enumerate(rows)]

    on_sqlite = facts(Db("sqlite", seeds_db))
    assert len(on_sqlite) > 100
    assert facts(seeds_pg) == on_sqlite
