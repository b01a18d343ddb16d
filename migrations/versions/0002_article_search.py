"""Full-text index of articles (SQLite): FTS5 table article_search, kept in step by triggers.

The table holds each article's title and text with whitespace removed (OCR'd pages space out
characters), tokenized as trigrams, with rowid = articles.id. Triggers on ``articles`` insert,
replace and delete its row, so the index follows every write, including the rows removed by
``ON DELETE CASCADE`` when a document is deleted or reloaded. Why trigrams and not jieba
words: bench/search_tokenizers.py and the README (Full-text search).

A later revision that rebuilds ``articles`` (Alembic batch mode copies and drops the table)
drops these triggers with it and must create them again; tests/test_search.py checks they
exist at head.

Other backends: this revision does nothing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Frozen at this revision (no imports from the live code): a later change is a new revision.
SEARCH_TABLE = "article_search"
# Whitespace removed as models.search.normalize() removes it from queries: space, tab, LF, CR,
# FF, VT, ideographic space, no-break space.
_WHITESPACE = (32, 9, 10, 13, 12, 11, 0x3000, 0xA0)


def _normalized(expr: str) -> str:
    for code in _WHITESPACE:
        expr = f"replace({expr}, char({code}), '')"
    return expr


_NEW_TITLE, _NEW_TEXT = _normalized("COALESCE(new.title, '')"), _normalized("new.text")
_TITLE, _TEXT = _normalized("COALESCE(title, '')"), _normalized("text")
_ROW = (f"INSERT INTO {SEARCH_TABLE}(rowid, title, body) "
        f"VALUES (new.id, {_NEW_TITLE}, {_NEW_TEXT});")

STATEMENTS = [
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(title, body, tokenize='trigram')",
    f"""CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON articles BEGIN
    {_ROW}
END""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_delete AFTER DELETE ON articles BEGIN
    DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
END""",
    f"""CREATE TRIGGER {SEARCH_TABLE}_update AFTER UPDATE OF id, title, text ON articles BEGIN
    DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
    {_ROW}
END""",
    f"INSERT INTO {SEARCH_TABLE}(rowid, title, body) SELECT id, {_TITLE}, {_TEXT} FROM articles",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for sql in STATEMENTS:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {SEARCH_TABLE}_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
