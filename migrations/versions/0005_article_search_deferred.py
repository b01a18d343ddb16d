"""Full-text index (SQLite): the loader may index a group's articles itself, in one statement.

The insert trigger of revision 0002 tokenizes each article inside its own INSERT, on the thread
that extracts the next pages, and so adds the whole index (1.3 s of a 6.5 s People's Daily
load) to the load's time. The same rows written by one ``INSERT INTO article_search ... SELECT``
per group run inside SQLite with the GIL released, so a thread can index and commit one group
while the loader extracts the next.

For that the trigger now stands aside while ``kb_meta`` holds the row ``search_index_deferred``.
The loader adds the row at the start of a group's transaction and deletes it before the commit,
so no other connection ever sees it: for every other writer (the ``sqlite3`` shell, a script)
the trigger indexes as before. The delete and update triggers are unchanged.

Other backends: this revision does nothing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# Frozen at this revision (no imports from the live code): a later change is a new revision.
SEARCH_TABLE = "article_search"
DEFERRED_KEY = "search_index_deferred"
# the whitespace revision 0002 strips (space, tab, LF, CR, FF, VT, ideographic and no-break space)
_WHITESPACE = (32, 9, 10, 13, 12, 11, 0x3000, 0xA0)


def _stripped(expr: str) -> str:
    for code in _WHITESPACE:
        expr = f"replace({expr}, char({code}), '')"
    return expr


_TITLE, _TEXT = _stripped("COALESCE(new.title, '')"), _stripped("new.text")
_ROW = f"INSERT INTO {SEARCH_TABLE}(rowid, title, body) VALUES (new.id, {_TITLE}, {_TEXT});"


def _trigger(when: str) -> str:
    return f"""CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON articles{when} BEGIN
    {_ROW}
END"""


def _replace_trigger(when: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {SEARCH_TABLE}_insert")
    op.execute(_trigger(when))


def upgrade() -> None:
    _replace_trigger(f"\nWHEN NOT EXISTS (SELECT 1 FROM kb_meta WHERE key = '{DEFERRED_KEY}')")


def downgrade() -> None:
    _replace_trigger("")
