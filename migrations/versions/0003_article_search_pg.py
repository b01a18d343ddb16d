"""Full-text index of articles (PostgreSQL): column ``articles.search_text`` and its pg_trgm GIN
index, the counterpart of 0002's FTS5 table on SQLite.

``search_text`` is a stored generated column: the article's title and text with whitespace
removed (OCR'd pages space out characters), joined by a newline. A query term never holds
whitespace (it is normalised the same way), so the newline keeps a term from matching across
the end of the title and the start of the text, as SQLite's two FTS5 columns do. PostgreSQL
computes the column on every insert and update, and the index follows every write, including
the rows removed by ``ON DELETE CASCADE``, with no trigger.

Why a stored column and not an expression index over the same expression: the search reads
the normalised text after the index, to recheck each candidate row against the pattern and to
scan for terms under three characters, which no trigram index can look up. Over an expression
index every such read recomputes ``translate()``, which was most of the cost of a search: on
the seeds copied 100 times (4,400 articles, PostgreSQL 15), searching 医保 took 177 ms (median)
over an expression index and 45 ms over the stored column, 医疗互助 24 ms and 15 ms. The
column costs the text's size once more in ``articles`` (8 MB to 16 MB there; the index is
10-11 MB either way), and gives the ``psql`` user a plain
``WHERE search_text ILIKE '%入会职工%'`` that the index answers, where an expression index is
used only by a query that repeats the expression exactly. The column exists on PostgreSQL
only, so the models leave it out and ``minsheng.migrations.include_object`` keeps the
models-vs-migrations comparison from reporting it.

pg_trgm splits text into words by the database's LC_CTYPE: under ``C`` or ``POSIX`` a Chinese
character is not a word character, the index holds no trigram for Chinese text, and every
search reads the whole table (still correct, only slow). The README's PostgreSQL section says
to create the database with a UTF-8 LC_CTYPE (``C.UTF-8``). pg_trgm is a trusted extension from PostgreSQL
13, so the database owner may create it; on 12 a superuser runs ``CREATE EXTENSION pg_trgm``
first and this revision finds it there.

Rows written since the last VACUUM wait in the index's pending list (GIN ``fastupdate``),
which a search reads in full and the planner prices as such; autovacuum empties it and
``gin_pending_list_limit`` (4 MB) bounds it, so loads stay fast and searches stay cheap.

Adding a stored column rewrites ``articles`` under an exclusive lock: on a large existing
database the upgrade takes as long as a copy of the table.

The downgrade drops the index and the column and leaves the extension: other objects in the
database may use it, and this revision cannot tell whether it installed it.

Other backends: this revision does nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Frozen at this revision (no imports from the live code): a later change is a new revision.
COLUMN = "search_text"
INDEX = "article_search_trgm"
# Whitespace removed as models.search.normalize() and 0002's triggers remove it: space, tab,
# LF, CR, FF, VT, ideographic space, no-break space.
_WHITESPACE = r"E' \t\n\r\f\x0b\u3000\u00a0'"


def _normalized(expr: str) -> str:
    return f"translate({expr}, {_WHITESPACE}, '')"


DOCUMENT = _normalized("COALESCE(title, '')") + r" || E'\n' || " + _normalized("text")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"ALTER TABLE articles ADD COLUMN {COLUMN} text "
               f"GENERATED ALWAYS AS ({DOCUMENT}) STORED")
    op.execute(f"CREATE INDEX {INDEX} ON articles USING gin ({COLUMN} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"ALTER TABLE articles DROP COLUMN IF EXISTS {COLUMN}")
