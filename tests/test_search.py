"""Full-text search: the same articles for the same query on SQLite (FTS5 trigram table kept in
step by triggers) and on PostgreSQL (pg_trgm GIN index on a generated column), Chinese words of
any length found and highlighted."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import bindparam, text
from typer.testing import CliRunner

from conftest import Db, create_pg_database, drop_pg_database

from minsheng import migrations
from minsheng.cli import app
from minsheng.etl.importer import run_import
from minsheng.models.database import open_engine
from minsheng.models.search import (
    DEFERRED_KEY, PG_COLUMN, PG_INDEX, SEARCH_TABLE, SearchError, SearchUnsupported, normalize,
    pg_statement, search, terms_of,
)

runner = CliRunner()


def hits(db: str, query: str, limit: int = 20):
    engine = open_engine(db, readonly=True)
    try:
        with engine.connect() as conn:
            return search(conn, query, limit)
    finally:
        engine.dispose()


def docs(found) -> set[str]:
    return {h.document[:3] for h in found}


def articles(found) -> set[tuple[str, int]]:
    return {(h.document[:3], h.article_seq) for h in found}


# -- what a query finds, on both backends ------------------------------------------------------

def test_a_long_word_finds_the_articles_about_it_highlighted(seeds):
    found = hits(seeds.url, "医疗互助")
    assert {(h.document, h.title) for h in found} == {
        ("001_d20e51d4ccced1e1.txt", "滨州职工医疗互助保障工作走在全国前列"),
        ("003_db43cc5f90811710.txt", "职工医疗互助让劳动者更有“医靠”")}
    assert all("[医疗互助]" in h.snippet for h in found)
    assert [h.rank for h in found] == sorted(h.rank for h in found)  # best (lowest) first


def test_two_character_words_are_found_too(seeds):
    found = hits(seeds.url, "医保")
    assert articles(found) == {("000", 1), ("001", 1), ("002", 2), ("002", 7), ("003", 1),
                               ("003", 8), ("004", 1)}
    assert all("[医保]" in h.snippet for h in found)
    by_article = {(h.document[:3], h.article_seq): h for h in found}
    assert by_article[("002", 2)].title == "烟台市总打造职工补充医保新样本"
    assert "职工补充[医保]新样本" in by_article[("002", 2)].snippet


def test_ocr_spaces_and_line_breaks_do_not_hide_a_word(seeds):
    # 000 prints "同 一 个 地 市" and breaks "个人负担" across spacing
    assert "000" in docs(hits(seeds.url, "同一个地市"))
    assert "000" in docs(hits(seeds.url, "同 一 个 地 市"))


def test_every_term_must_occur(seeds):
    found = hits(seeds.url, "医保 钱包")
    assert [(h.document, h.article_seq, h.title) for h in found] == [
        ("002_dc12a1cdb008b1f2.txt", 7, "14省117个统筹区实现医保个人账户跨省共济")]
    assert hits(seeds.url, "公积金 养老") == []


def test_quotes_and_operators_are_taken_literally(seeds):
    assert docs(hits(seeds.url, '"医疗互助"')) == {"001", "003"}
    assert hits(seeds.url, "NEAR(医疗互助") == []  # no FTS5 syntax error: a literal string
    assert hits(seeds.url, "医疗互助 NOT") == []
    # LIKE wildcards are characters too: "1_0" is not "100", "00%" only matches "00%"
    assert hits(seeds.url, "1_0") == []
    found = hits(seeds.url, "00%")
    assert articles(found) == {("001", 1), ("003", 8), ("004", 11)}
    assert all("[00%]" in h.snippet for h in found)
    with pytest.raises(SearchError):
        hits(seeds.url, "   ")


def test_letter_case_is_ignored_from_three_characters_as_by_the_trigram_index(seeds):
    found = hits(seeds.url, "app")  # the seeds print both APP and App
    assert articles(found) == {("002", 7), ("004", 1), ("004", 12)}
    assert {m for h in found for m in re.findall(r"\[([^\]]*)\]", h.snippet)} == {"APP", "App"}
    assert "[OpenAI]" in hits(seeds.url, "openai")[0].snippet
    assert hits(seeds.url, "ap") == []  # two characters: instr()/strpos(), exact


def test_limit(seeds):
    assert len(hits(seeds.url, "工会", limit=2)) == 2
    assert len(hits(seeds.url, "工会", limit=100)) == 10


@pytest.mark.parametrize("query", ["医保", "医疗互助", "入会职工", "医保 钱包", "工会 职工",
                                   "同 一 个 地 市", "3.71亿", "app", "00%", "补充医保 烟台"])
def test_both_backends_find_the_same_articles(seeds_db, seeds_pg, query):
    lite, pg = hits(seeds_db, query, limit=100), hits(seeds_pg.url, query, limit=100)
    assert pg, query
    assert {(h.document, h.article_seq, h.title) for h in lite} == {
        (h.document, h.article_seq, h.title) for h in pg}
    terms = re.compile("(" + "|".join(re.escape(t) for t in terms_of(query)) + ")+", re.I)
    for h in lite + pg:  # each snippet marks a match, and marks nothing but the terms
        marked = re.findall(r"\[([^\]]*)\]", h.snippet)
        assert marked and all(terms.fullmatch(m) for m in marked), (query, h.snippet)


def test_query_terms_are_normalised_like_the_index():
    assert terms_of(" 医 保\u3000钱包 ") == ["医", "保", "钱包"]
    assert normalize("同 一\n个\t地\u3000市") == "同一个地市"


# -- the index follows the articles table ------------------------------------------------------

@pytest.fixture
def kb(tmp_path) -> str:
    path = str(tmp_path / "kb.db")
    engine = open_engine(path)
    run_import(engine)
    engine.dispose()
    return path


def index_ids(path: str) -> list[int]:
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute(f"SELECT rowid FROM {SEARCH_TABLE} ORDER BY rowid")]


def article_ids(path: str) -> list[int]:
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")]


def test_the_index_holds_every_article_after_a_load(kb):
    assert index_ids(kb) == article_ids(kb) and index_ids(kb)


def test_the_trigger_normalises_as_the_python_side_does(kb):
    con = sqlite3.connect(kb)
    con.execute("INSERT INTO articles(document_id, seq, title, body_start, text) "
                "VALUES (1, 999, ' 标 题 ', 0, ?)", ("同 一\n个\t地\u3000市\u00a0\r\f\v",))
    body, title = con.execute(f"SELECT body, title FROM {SEARCH_TABLE} WHERE rowid = "
                              "last_insert_rowid()").fetchone()
    raw = con.execute("SELECT text FROM articles WHERE seq = 999").fetchone()[0]
    assert body == normalize(raw) == "同一个地市" and title == "标题"
    con.execute("UPDATE articles SET text = '补充医保' WHERE seq = 999")
    assert con.execute(f"SELECT body FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH "
                       "'补充医保'").fetchall()[-1] == ("补充医保",)
    con.close()


def test_a_load_indexes_each_article_as_the_trigger_would(kb):
    """The loader indexes a group's articles in one statement (migration 0005's trigger stands
    aside meanwhile); the rows are those the trigger writes: whitespace-free title and text."""
    with sqlite3.connect(kb) as con:
        indexed = con.execute(f"SELECT rowid, title, body FROM {SEARCH_TABLE} ORDER BY rowid").fetchall()
        stored = con.execute("SELECT id, title, text FROM articles ORDER BY id").fetchall()
        flags = con.execute("SELECT count(*) FROM kb_meta WHERE key = ?", (DEFERRED_KEY,)).fetchone()
    assert indexed == [(i, normalize(t), normalize(x)) for i, t, x in stored] and len(stored) == 44
    assert flags == (0,)  # added and removed inside each group's transaction, never committed


def test_a_group_whose_indexing_fails_is_stored_one_document_at_a_time(tmp_path, monkeypatch,
                                                                      caplog):
    from minsheng.etl import writer
    failing = text("INSERT INTO no_such_table SELECT 1 WHERE 1 IN :ids").bindparams(
        bindparam("ids", expanding=True))
    monkeypatch.setattr(writer.search, "INDEX_DOCUMENTS", failing)
    path = str(tmp_path / "kb.db")
    engine = open_engine(path)
    summary = run_import(engine)
    engine.dispose()
    assert (summary.added, summary.failed) == (5, 0)
    assert "a group of 5 documents did not commit (OperationalError" in caplog.text
    assert index_ids(path) == article_ids(path) and len(index_ids(path)) == 44
    assert docs(hits(path, "医疗互助")) == {"001", "003"}


def test_the_trigger_stands_aside_only_while_the_loader_says_so(kb):
    con = sqlite3.connect(kb)
    insert = ("INSERT INTO articles(document_id, seq, title, body_start, text) "
              "VALUES (1, ?, NULL, 0, '职工互助保障')")
    con.execute("BEGIN")
    con.execute("INSERT INTO kb_meta(key, value) VALUES (?, 'test')", (DEFERRED_KEY,))
    con.execute(insert, (901,))
    con.execute("DELETE FROM kb_meta WHERE key = ?", (DEFERRED_KEY,))
    con.execute(insert, (902,))
    con.execute("COMMIT")
    seqs = con.execute(f"SELECT a.seq FROM {SEARCH_TABLE} s JOIN articles a ON a.id = s.rowid "
                       "WHERE a.seq > 900").fetchall()
    con.close()
    assert seqs == [(902,)]


def test_a_flag_row_left_by_hand_is_cleared_by_the_next_load(tmp_path):
    path = str(tmp_path / "kb.db")
    engine = open_engine(path)
    migrations.upgrade(engine)
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO kb_meta(key, value) VALUES (?, 'by hand')", (DEFERRED_KEY,))
    assert run_import(engine).added == 5
    engine.dispose()
    assert index_ids(path) == article_ids(path) and len(index_ids(path)) == 44
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM kb_meta WHERE key = ?",
                           (DEFERRED_KEY,)).fetchone() == (0,)


def test_revision_0005_changes_the_insert_trigger_and_its_downgrade_restores_it(tmp_path):
    def trigger(path):
        with sqlite3.connect(path) as con:
            return con.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                               (f"{SEARCH_TABLE}_insert",)).fetchone()[0]
    old, new = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    engine = open_engine(old)
    migrations.upgrade(engine, "0004")
    engine.dispose()
    engine = open_engine(new)
    migrations.upgrade(engine)
    assert f"WHEN NOT EXISTS (SELECT 1 FROM kb_meta WHERE key = '{DEFERRED_KEY}')" in trigger(new)
    migrations.downgrade(engine, "0004")
    assert trigger(new) == trigger(old) and "WHEN" not in trigger(old)
    engine.dispose()


def load_pages(db: Db, folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, body in pages.items():
        (folder / name).write_text(body, encoding="utf-8")
    engine = open_engine(db.url)
    try:
        assert run_import(engine, [folder]).failed == 0
    finally:
        engine.dispose()


def test_deleting_a_document_cascades_into_the_index(db, tmp_path):
    load_pages(db, tmp_path / "pages", {"a.txt": "# 甲\n\n职工医疗互助活动启动。\n",
                                        "b.txt": "# 乙\n\n医疗互助报销纳入医保结算。\n"})
    assert docs(hits(db.url, "医疗互助")) == {"a.t", "b.t"}
    db.execute("DELETE FROM documents WHERE name = 'a.txt'")
    assert docs(hits(db.url, "医疗互助")) == {"b.t"}
    if db.backend == "sqlite":
        assert index_ids(db.url) == article_ids(db.url)


def test_a_changed_document_is_reindexed_on_reload(db, tmp_path):
    pages = tmp_path / "pages"
    load_pages(db, pages, {"p.txt": "# 标题甲\n\n职工医疗互助活动启动,鹏瑞利养老社区开放。\n"})
    found = hits(db.url, "鹏瑞利养老 医疗")
    assert [(h.document, h.title) for h in found] == [("p.txt", "标题甲")]
    # (FTS5's snippet() may end its window inside a match: "[鹏瑞利养]…")
    assert "[鹏瑞利养" in found[0].snippet and "[医疗]" in found[0].snippet
    load_pages(db, pages, {"p.txt": "# 标题乙\n\n公积金贷款新政今起实施。\n"})
    assert hits(db.url, "鹏瑞利养老") == []
    assert [h.title for h in hits(db.url, "公积金贷款")] == ["标题乙"]
    assert [h.title for h in hits(db.url, "标题乙")] == ["标题乙"]
    if db.backend == "sqlite":
        assert index_ids(db.url) == article_ids(db.url)


def test_triggers_exist_at_head_and_go_with_a_downgrade(kb):
    def objects():
        with sqlite3.connect(kb) as con:
            return {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE 'article_search%'")}
    assert {f"{SEARCH_TABLE}_insert", f"{SEARCH_TABLE}_delete",
            f"{SEARCH_TABLE}_update"} <= objects()
    engine = open_engine(kb)
    migrations.downgrade(engine, "0001")
    assert not any(o.startswith(SEARCH_TABLE) for o in objects())
    migrations.upgrade(engine)  # existing articles are indexed by the upgrade
    engine.dispose()
    assert index_ids(kb) == article_ids(kb)
    assert docs(hits(kb, "医疗互助")) == {"001", "003"}


def test_the_index_merges_segments_sixteen_at_a_time_from_revision_0004(kb):
    def automerge():
        with sqlite3.connect(kb) as con:
            return dict(con.execute(f"SELECT k, v FROM {SEARCH_TABLE}_config")).get("automerge")
    assert automerge() == 16
    engine = open_engine(kb)
    migrations.downgrade(engine, "0003")
    assert automerge() == 4  # FTS5's default, written back
    migrations.upgrade(engine)
    engine.dispose()
    assert automerge() == 16
    assert docs(hits(kb, "医疗互助")) == {"001", "003"}


def test_a_person_at_the_sqlite_prompt_can_search(seeds_db):
    con = sqlite3.connect(seeds_db)
    rows = con.execute(
        f"SELECT d.name FROM {SEARCH_TABLE} s JOIN articles a ON a.id = s.rowid "
        f"JOIN documents d ON d.id = a.document_id WHERE {SEARCH_TABLE} MATCH '入会职工'"
    ).fetchall()
    short = con.execute(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE instr(body, '医保') > 0"
                        ).fetchone()[0]
    con.close()
    assert [r[0][:3] for r in rows] == ["001"] and short >= 3


# -- the PostgreSQL index ---------------------------------------------------------------------

@pytest.fixture
def pg(pg_server) -> Db:
    """An empty PostgreSQL database."""
    database = Db("postgresql", create_pg_database(pg_server))
    yield database
    database.close()
    drop_pg_database(pg_server, database.url)


def test_the_generated_column_normalises_as_the_python_side_does(pg):
    migrations.upgrade(pg.engine())
    raw_title, raw_text = " 标 题 ", "同 一\n个\t地\u3000市\u00a0\r\f\v"
    pg.execute("INSERT INTO documents(path, name, status) VALUES ('/p/a.txt', 'a.txt', 'loaded')")
    pg.execute("INSERT INTO articles(document_id, seq, title, body_start, text) "
               "SELECT id, 1, :title, 0, :text FROM documents", title=raw_title, text=raw_text)
    pg.execute("INSERT INTO articles(document_id, seq, title, body_start, text) "
               "SELECT id, 2, NULL, 0, '补充 医保' FROM documents")
    assert pg.q(f"SELECT {PG_COLUMN} FROM articles ORDER BY seq") == [
        (normalize(raw_title) + "\n" + normalize(raw_text),), ("\n补充医保",)]
    assert normalize(raw_text) == "同一个地市"
    # a term never spans the end of the title and the start of the text
    assert hits(pg.url, "题同一") == [] and [h.article_seq for h in hits(pg.url, "标题")] == [1]
    pg.execute("UPDATE articles SET text = '职工 医疗互助' WHERE seq = 2")  # the column follows
    assert [(h.article_seq, h.snippet) for h in hits(pg.url, "医疗互助")] == [(2, "职工[医疗互助]")]


def _index_scan(conn, query: str) -> dict:
    """The Bitmap Index Scan node of the search statement's plan, with sequential scans off
    (on the few seed articles the planner would rightly prefer one)."""
    sql, params = pg_statement(query)
    conn.exec_driver_sql("SET enable_seqscan = off")
    plan = conn.execute(text("EXPLAIN (ANALYZE, FORMAT JSON) " + sql), params).scalar()
    nodes, found = [plan[0]["Plan"]], []
    while nodes:
        node = nodes.pop()
        nodes += node.get("Plans", [])
        if node["Node Type"] == "Bitmap Index Scan":
            found.append(node)
    assert found, json.dumps(plan, ensure_ascii=False, indent=1)
    return found[0]


def test_long_terms_are_answered_by_the_trigram_index(seeds_pg):
    # Rows written since the last VACUUM wait in the GIN pending list, which the planner
    # prices as a full read; autovacuum empties it on a live server, this does it now.
    admin = open_engine(seeds_pg.url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("VACUUM ANALYZE articles")
    admin.dispose()
    engine = open_engine(seeds_pg.url, readonly=True)
    try:
        with engine.connect() as conn:
            ctype = conn.exec_driver_sql("SELECT datctype FROM pg_database "
                                         "WHERE datname = current_database()").scalar()
            if "utf" not in ctype.lower().replace("-", ""):
                pytest.skip(f"LC_CTYPE {ctype}: pg_trgm indexes no Chinese trigram "
                            "(README, PostgreSQL)")
            total = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
            for query, expected in (("医疗互助", 2), ("入会职工", 1), ("医疗互助 医保", 2)):
                node = _index_scan(conn, query)
                assert node["Index Name"] == PG_INDEX
                # the index narrows the articles to the few holding the term's trigrams
                assert expected <= node["Actual Rows"] < total / 4, (query, node["Actual Rows"])
                assert len(search(conn, query)) == expected
    finally:
        engine.dispose()


def test_the_column_and_index_go_with_a_downgrade_and_come_back(pg):
    engine = pg.engine()
    migrations.upgrade(engine)

    def objects():
        return ({r[0] for r in pg.q("SELECT indexname FROM pg_indexes WHERE tablename = "
                                    "'articles'")}
                | {r[0] for r in pg.q("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'articles'")})
    assert {PG_INDEX, PG_COLUMN} <= objects()
    migrations.downgrade(engine, "0002")
    assert not {PG_INDEX, PG_COLUMN} & objects()
    migrations.upgrade(engine)
    assert {PG_INDEX, PG_COLUMN} <= objects()
    assert pg.q("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'") == [("pg_trgm",)]


def test_a_database_older_than_the_index_says_to_upgrade(pg):
    migrations.upgrade(pg.engine(), "0002")
    with pytest.raises(SearchUnsupported, match="minsheng db upgrade"):
        hits(pg.url, "医疗互助")
    r = runner.invoke(app, ["search", "医疗互助", "--db", pg.url])
    assert r.exit_code != 0 and "minsheng db upgrade" in r.output


# -- CLI and backends -------------------------------------------------------------------------------

def test_search_command_prints_document_and_snippet(seeds):
    r = runner.invoke(app, ["search", "入会职工", "--db", seeds.url, "--limit", "5"])
    assert r.exit_code == 0, r.output
    assert "001_d20e51d4ccced1e1.txt" in r.stdout and "[入会职工]" in r.stdout
    r = runner.invoke(app, ["search", "入会职工", "--db", seeds.url, "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert '"document": "001_d20e51d4ccced1e1.txt"' in r.stdout
    assert '"title": "滨州职工医疗互助保障工作走在全国前列"' in r.stdout


def test_search_command_says_when_there_is_nothing_to_search_for(seeds):
    r = runner.invoke(app, ["search", "   ", "--db", seeds.url])
    assert r.exit_code != 0 and "nothing to search for" in r.output


def test_a_backend_without_an_index_says_so():
    mysql = SimpleNamespace(dialect=SimpleNamespace(name="mysql"))
    with pytest.raises(SearchUnsupported, match="not supported on the mysql backend"):
        search(mysql, "医疗互助")
