"""Full-text search: the FTS5 trigram index follows every write to articles (triggers), finds
Chinese words of any length, highlights them, and says so clearly on other backends."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from minsheng import migrations
from minsheng.cli import app
from minsheng.etl.importer import SEEDS, run_import
from minsheng.models.database import open_engine
from minsheng.models.search import (
    SEARCH_TABLE, SearchError, SearchUnsupported, normalize, search, terms_of,
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


def test_a_long_word_finds_the_articles_about_it_highlighted(seeds_db):
    found = hits(seeds_db, "医疗互助")
    assert docs(found) == {"001", "003"}
    assert all("[医疗互助]" in h.snippet for h in found)


def test_two_character_words_are_found_too(seeds_db):
    found = hits(seeds_db, "医保")
    assert {"000", "002", "003"} <= docs(found)
    assert all("[医保]" in h.snippet for h in found)


def test_ocr_spaces_and_line_breaks_do_not_hide_a_word(seeds_db):
    # 000 prints "同 一 个 地 市" and breaks "个人负担" across spacing
    assert "000" in docs(hits(seeds_db, "同一个地市"))
    assert "000" in docs(hits(seeds_db, "同 一 个 地 市"))


def test_every_term_must_occur(seeds_db):
    assert docs(hits(seeds_db, "医保 钱包")) == {"002"}
    assert docs(hits(seeds_db, "公积金 养老")) == set()


def test_quotes_and_fts_operators_are_taken_literally(seeds_db):
    assert docs(hits(seeds_db, '"医疗互助"')) == {"001", "003"}
    assert hits(seeds_db, "NEAR(医疗互助") == []  # no FTS5 syntax error: a literal string
    assert hits(seeds_db, "医疗互助 NOT") == []
    with pytest.raises(SearchError):
        hits(seeds_db, "   ")


def test_limit(seeds_db):
    assert len(hits(seeds_db, "工会", limit=2)) == 2


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


def test_deleting_a_document_cascades_into_the_index(kb):
    con = sqlite3.connect(kb)
    con.execute("PRAGMA foreign_keys = ON")
    doc = con.execute("SELECT id FROM documents WHERE name LIKE '001%'").fetchone()[0]
    con.execute("DELETE FROM documents WHERE id = ?", (doc,))
    con.commit()
    con.close()
    assert index_ids(kb) == article_ids(kb)
    assert "001" not in docs(hits(kb, "医疗互助"))


def test_a_changed_document_is_reindexed_on_reload(kb, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    page = pages / "p.txt"
    page.write_text("# 标题甲\n\n职工医疗互助活动启动,鹏瑞利养老社区开放。\n", encoding="utf-8")
    engine = open_engine(kb)
    run_import(engine, [pages])
    assert docs(hits(kb, "鹏瑞利养老")) >= {"p.t"}
    page.write_text("# 标题乙\n\n公积金贷款新政今起实施。\n", encoding="utf-8")
    run_import(engine, [pages])
    engine.dispose()
    assert "p.t" not in docs(hits(kb, "鹏瑞利养老"))
    assert "p.t" in docs(hits(kb, "公积金贷款"))
    assert index_ids(kb) == article_ids(kb)


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


# -- CLI and backends -------------------------------------------------------------------------------

def test_search_command_prints_document_and_snippet(seeds_db):
    r = runner.invoke(app, ["search", "入会职工", "--db", seeds_db, "--limit", "5"])
    assert r.exit_code == 0, r.output
    assert "001_d20e51d4ccced1e1.txt" in r.stdout and "[入会职工]" in r.stdout
    r = runner.invoke(app, ["search", "入会职工", "--db", seeds_db, "-f", "jsonl"])
    assert '"document": "001_d20e51d4ccced1e1.txt"' in r.stdout


def test_other_backends_say_search_is_not_supported_yet(seeds):
    engine = open_engine(seeds.url, readonly=True)
    with engine.connect() as conn:
        if seeds.backend == "sqlite":
            assert search(conn, "医疗互助")
        else:
            with pytest.raises(SearchUnsupported, match="not supported on the postgresql"):
                search(conn, "医疗互助")
    engine.dispose()
    r = runner.invoke(app, ["search", "医疗互助", "--db", seeds.url])
    assert (r.exit_code == 0) == (seeds.backend == "sqlite")
