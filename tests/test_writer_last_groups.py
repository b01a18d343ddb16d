"""On SQLite, nothing overlaps the indexing of a run's last group: the run waits for it. So
near the end of a run the writer stores a group short of its size once it holds twice the
documents still to come (and the group before is indexed), and the last group is small.
These tests fix the group sizes that rule gives, and check that it changes what is stored in
no way."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from minsheng.etl import writer
from minsheng.etl.importer import run_import
from minsheng.models import schema as m
from minsheng.models.database import open_engine

from conftest import union_pages


@pytest.fixture
def groups(monkeypatch):
    """The sizes of the groups stored, with each group indexed before the next document comes
    (so that the rule's "the group before is done" never depends on the machine's speed), and
    no group cut by size or time."""
    sizes: list[int] = []
    monkeypatch.setattr(writer, "GROUP_DOCUMENTS", 10_000)
    monkeypatch.setattr(writer, "GROUP_SECONDS", 1e9)
    monkeypatch.setattr(writer, "TAIL_MIN_DOCUMENTS", 1)  # the rule's sizes on few pages
    real = writer.IndexingWriter._store_group

    def store_and_wait(self, items):
        sizes.append(len(items))
        real(self, items)
        if self._in_flight is not None:
            self._in_flight[0].result()
    monkeypatch.setattr(writer.IndexingWriter, "_store_group", store_and_wait)
    return sizes


def test_the_last_groups_shrink_towards_the_end(tmp_path, groups):
    folder = union_pages(tmp_path / "pages", 30)
    engine = open_engine(str(tmp_path / "kb.db"))
    summary = run_import(engine, [folder], workers=1)
    assert summary.added == 30
    # 20 of 30 (20 >= 2 x 10 still to come), then 7 (7 >= 2 x 3), 2 (2 >= 2 x 1), and the last
    assert groups == [20, 7, 2, 1]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Document)).scalar_one() == 30
        assert conn.execute(select(func.count()).select_from(m.Figure)).scalar_one() == 60
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM article_search WHERE article_search MATCH '天津市'"
        ).scalar_one() == 30


def test_unchanged_documents_count_as_come(tmp_path, groups):
    """A re-run where most files are unchanged: they are counted as they are skipped, so the
    few changed ones still end in small groups, not one group held to the end."""
    folder = union_pages(tmp_path / "pages", 30)
    engine = open_engine(str(tmp_path / "kb.db"))
    run_import(engine, [folder], workers=1)
    groups.clear()
    for i in (0, 1, 2, 3, 4, 5, 26, 27, 28):
        (folder / f"p{i:02d}.txt").write_text(f"本报讯 今年发放互助金{100 + i}万元。\n",
                                              encoding="utf-8")
    summary = run_import(engine, [folder], workers=1)
    assert (summary.changed, summary.unchanged) == (9, 21)
    # p00-p05 are held (24 still to come); with p26 the group is 7 >= 2 x 3 still to come;
    # p27 alone is 1 < 2 x 2; p27 and p28 are 2 >= 2 x 1; p29 is unchanged
    assert groups == [7, 2]


def test_a_small_run_stays_one_group(tmp_path, monkeypatch):
    """Under TAIL_MIN_DOCUMENTS documents a group is not cut short: its commit and index merge
    would cost more than the overlap wins."""
    monkeypatch.setattr(writer, "GROUP_SECONDS", 1e9)
    sizes: list[int] = []
    real = writer.IndexingWriter._store_group

    def record(self, items):
        sizes.append(len(items))
        real(self, items)
    monkeypatch.setattr(writer.IndexingWriter, "_store_group", record)
    folder = union_pages(tmp_path / "pages", writer.TAIL_MIN_DOCUMENTS)
    run_import(open_engine(str(tmp_path / "kb.db")), [folder], workers=1)
    assert sizes == [writer.TAIL_MIN_DOCUMENTS]


def test_every_document_counts_once_when_one_cannot_be_stored(tmp_path, monkeypatch):
    """A document added, then refused by the database (its group is undone and stored page by
    page) and recorded as failed, is still one document come: the count ends at the run's."""
    from minsheng.etl import importer
    folder = union_pages(tmp_path / "pages", 30)
    real = importer.process_bytes

    def extract(data, manifest=None):
        doc = real(data, manifest)
        if "互助金4980万元".encode() in data:  # p05: a figure the CHECK refuses
            figure = doc.articles[0].figures[-1]
            figure.char_end = figure.char_start
        return doc
    monkeypatch.setattr(importer, "process_bytes", extract)
    counts = []
    real_exit = writer.IndexingWriter.__exit__

    def record(self, *exc):
        real_exit(self, *exc)
        counts.append((self.seen, self.expected))
    monkeypatch.setattr(writer.IndexingWriter, "__exit__", record)
    summary = run_import(open_engine(str(tmp_path / "kb.db")), [folder], workers=1)
    assert (summary.added, summary.failed) == (29, 1)
    assert counts == [(30, 30)]
