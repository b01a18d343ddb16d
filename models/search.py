"""Full-text search over articles, on SQLite and on PostgreSQL alike.

Both backends find the same articles for the same query: every space-separated term must occur
in the article's title or in its text, as written (terms of three or more characters ignore
letter case, as FTS5's trigram tokenizer does; shorter ones match exactly). Each backend uses
its own index, and the caller sees the same :class:`Hit` rows either way.

On SQLite the index is the FTS5 table ``article_search`` (trigram tokenizer) created by
migration 0002 and kept in step with ``articles`` by triggers, so inserts, replacements and
the ``ON DELETE CASCADE`` from ``documents`` all update it, whoever writes the rows. (The
loader sets the insert trigger aside inside its own transactions and indexes a group's
articles with ``INDEX_DOCUMENTS``, the same rows, on a thread: etl/writer.py.) The
trigram tokenizer was measured against jieba-segmented tokens (bench/search_tokenizers.py,
the README): it needs no segmentation at write time, so triggers can maintain it, and a
person at the ``sqlite3`` prompt can MATCH any string of three or more characters as written.
Its one gap, words of one or two characters (医保, 养老), is closed here by an ``instr()`` scan
of the same table; the sqlite3 user writes ``instr(body, '医保') > 0`` for those (not LIKE:
SQLite before 3.44 returns no rows for a LIKE pattern under three characters on a trigram
table).

On PostgreSQL the index is migration 0003's pg_trgm GIN index ``article_search_trgm`` on the
stored generated column ``articles.search_text`` (normalised title, newline, normalised text;
why a column and not an expression index: the migration says), which PostgreSQL computes and
indexes on every write. A term of three or more characters is an ``ILIKE '%term%'`` on that
column, which the index answers from the term's trigrams (the rows it returns are rechecked
against the text). pg_trgm extracts no trigram from a pattern of one or two characters, so
those terms are a ``strpos()`` over the same column: a sequential scan of the articles the
other terms left, as ``instr()`` is on SQLite. Every term is a bound parameter. FTS5's
snippet() and bm25 have no PostgreSQL counterpart, so snippets are cut here from the indexed
text, and the rank is minus the share of the article's characters the terms cover (cheap: it
needs no corpus statistics).

Indexed text is the article with every whitespace character removed: OCR'd pages put stray
spaces between characters (``同 一 个 地 市``) and break lines mid-word, and a query is
normalised the same way, so both sides agree.

Other backends get :class:`SearchUnsupported`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.exc import ProgrammingError

SEARCH_TABLE = "article_search"
SNIPPET_TOKENS = 16
TRIGRAM = 3
MARK_START, MARK_END = "[", "]"

# The triggers of migration 0002, the generated column of 0003 and INDEX_DOCUMENTS below remove
# these characters in SQL; normalize() is the same rule for queries, and tests hold them together.
_WS_CHARS = (" ", "\t", "\n", "\r", "\f", "\v", "\u3000", "\u00a0")
_WS = re.compile("[" + "".join(re.escape(c) for c in _WS_CHARS) + "]+")

# While kb_meta holds this key, migration 0005's insert trigger stands aside: the loader adds it
# inside a group's transaction and indexes the group's articles with INDEX_DOCUMENTS instead
# (etl/writer.py says why); no other connection ever sees the row.
DEFERRED_KEY = "search_index_deferred"


def _stripped_sql(expr: str) -> str:
    """``expr`` with _WS_CHARS removed, in SQL, as the triggers write it."""
    for ch in _WS_CHARS:
        expr = f"replace({expr}, char({ord(ch)}), '')"
    return expr


# OR REPLACE: a row someone left there by hand would otherwise fail every group; the loader's
# RESUME_INDEX then clears it for good
DEFER_INDEX = text("INSERT OR REPLACE INTO kb_meta(key, value) VALUES (:key, 'loader')"
                   ).bindparams(key=DEFERRED_KEY)
RESUME_INDEX = text("DELETE FROM kb_meta WHERE key = :key").bindparams(key=DEFERRED_KEY)
# the articles of the given documents, as the insert trigger would have indexed them one by one
_TITLE, _TEXT = _stripped_sql("COALESCE(title, '')"), _stripped_sql("text")
INDEX_DOCUMENTS = text(
    f"INSERT INTO {SEARCH_TABLE}(rowid, title, body) SELECT id, {_TITLE}, {_TEXT} "
    "FROM articles WHERE document_id IN :ids").bindparams(bindparam("ids", expanding=True))

PG_INDEX = "article_search_trgm"
# The stored generated column of migration 0003: normalised title, a newline, normalised text.
PG_COLUMN = "search_text"


def normalize(s: str | None) -> str:
    return _WS.sub("", s or "")


class SearchUnsupported(RuntimeError):
    """The database has no article index: its backend has none, or its schema predates it."""


class SearchError(ValueError):
    """The search text cannot be searched (empty, or not valid FTS5 syntax)."""


@dataclass(frozen=True)
class Hit:
    article_id: int
    document: str
    article_seq: int
    title: str | None
    snippet: str
    rank: float


def search(conn: Connection, query: str, limit: int = 20) -> list[Hit]:
    """Articles matching ``query`` (all of its space-separated terms), best first."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return _search_sqlite(conn, query, limit)
    if dialect == "postgresql":
        return _search_postgresql(conn, query, limit)
    raise SearchUnsupported(f"full-text search is not supported on the {dialect} backend; "
                            "it works on SQLite and PostgreSQL databases")


def terms_of(query: str) -> list[str]:
    """Space-separated terms, each normalised; quotes are dropped (every term is literal)."""
    terms = [normalize(t.replace('"', "")) for t in query.split()]
    return [t for t in terms if t]


def _search_sqlite(conn: Connection, query: str, limit: int) -> list[Hit]:
    terms = terms_of(query)
    if not terms:
        raise SearchError("nothing to search for")
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    where, params = [], {"limit": limit}
    if long_terms:
        # Each term a quoted FTS5 string: literal text, no operators, no syntax errors.
        params["match"] = " ".join('"' + t + '"' for t in long_terms)
        where.append(f"{SEARCH_TABLE} MATCH :match")
    for i, t in enumerate(short_terms):
        params[f"short{i}"] = t
        where.append(f"(instr(s.title, :short{i}) > 0 OR instr(s.body, :short{i}) > 0)")
    # snippet() needs a MATCH to highlight; without one (only short terms) the snippet is cut
    # around the first occurrence here in Python.
    snippet = (f"snippet({SEARCH_TABLE}, 1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS})"
               if long_terms else "s.body")
    rank = "s.rank" if long_terms else "0.0"
    sql = f"""
        SELECT s.rowid, d.name, a.seq, a.title, {snippet}, {rank}
        FROM {SEARCH_TABLE} AS s
        JOIN articles a ON a.id = s.rowid
        JOIN documents d ON d.id = a.document_id
        WHERE {' AND '.join(where)}
        ORDER BY {rank}, d.name, a.seq
        LIMIT :limit"""
    rows = conn.execute(text(sql), params).all()
    hits = []
    for aid, doc, seq, title, snip, score in rows:
        snip = snip if long_terms else cut_snippet(snip, short_terms[0])
        for t in short_terms:  # highlight short terms too, when not inside a marked span
            snip = _mark(snip, t)
        hits.append(Hit(aid, doc, seq, title, snip, float(score)))
    return hits


def pg_statement(query: str, limit: int = 20) -> tuple[str, dict]:
    """The PostgreSQL search statement for ``query`` and its parameters (every term bound)."""
    terms = terms_of(query)
    if not terms:
        raise SearchError("nothing to search for")
    doc = f"a.{PG_COLUMN}"
    where, covered, params = [], [], {"limit": limit}
    for i, t in enumerate(t for t in terms if len(t) >= TRIGRAM):
        # ILIKE, not LIKE: FTS5's trigram tokenizer folds case, and SQLite must agree.
        params[f"like{i}"] = "%" + _like_escaped(t) + "%"
        params[f"long{i}"] = t
        where.append(f"{doc} ILIKE :like{i}")
        covered.append(f"char_length(lower({doc})) - "
                       f"char_length(replace(lower({doc}), lower(:long{i}), ''))")
    for i, t in enumerate(t for t in terms if len(t) < TRIGRAM):
        params[f"short{i}"] = t
        where.append(f"strpos({doc}, :short{i}) > 0")
        covered.append(f"char_length({doc}) - char_length(replace({doc}, :short{i}, ''))")
    rank = (f"-CAST({' + '.join(f'({c})' for c in covered)} AS double precision) "
            f"/ GREATEST(char_length({doc}), 1)")
    # Names sort by code point (COLLATE "C"), as SQLite's BINARY does, whatever the
    # database's collation.
    sql = f"""
        SELECT a.id, d.name, a.seq, a.title, {doc}, {rank} AS rank
        FROM articles a
        JOIN documents d ON d.id = a.document_id
        WHERE {' AND '.join(where)}
        ORDER BY rank, d.name COLLATE "C", a.seq
        LIMIT :limit"""
    return sql, params


def _search_postgresql(conn: Connection, query: str, limit: int) -> list[Hit]:
    sql, params = pg_statement(query, limit)
    terms = terms_of(query)
    try:
        rows = conn.execute(text(sql), params).all()
    except ProgrammingError as exc:
        # A database loaded before migration 0003 has no column to search yet.
        if getattr(exc.orig, "sqlstate", None) == "42703":  # undefined_column
            raise SearchUnsupported("this database has no search index yet; run "
                                    "`minsheng db upgrade`") from None
        raise
    hits = []
    for aid, doc, seq, title, indexed, score in rows:
        body = indexed.partition("\n")[2]  # the normalised text, after the title
        # Cut around the first term the text holds (the terms may all be in the title).
        found = [(j, len(t)) for j, t in ((_find(body, t, len(t) >= TRIGRAM), t) for t in terms)
                 if j >= 0]
        snip = _cut(body, *found[0]) if found else _cut(body, -1, 0)
        for t in sorted(terms, key=lambda t: len(t) < TRIGRAM):  # long terms first, as SQLite
            snip = _mark(snip, t, fold=len(t) >= TRIGRAM)
        hits.append(Hit(aid, doc, seq, title, snip, float(score)))
    return hits


def _like_escaped(term: str) -> str:
    """``term`` as a LIKE pattern matching only itself (backslash is the default escape)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _find(body: str, term: str, fold: bool = False) -> int:
    m = re.search(re.escape(term), body, re.IGNORECASE if fold else 0)
    return m.start() if m else -1


def cut_snippet(body: str, term: str, width: int = 24) -> str:
    return _cut(body, body.find(term), len(term), width)


def _cut(body: str, i: int, length: int, width: int = 24) -> str:
    if i < 0:
        return body[: 2 * width] + ("…" if len(body) > 2 * width else "")
    start, end = max(0, i - width), min(len(body), i + length + width)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def _mark(snippet: str, term: str, fold: bool = False) -> str:
    """Bracket each occurrence of ``term`` (ignoring case if ``fold``), as written in the text,
    unless it already lies inside a marked span."""
    out, pos, depth = [], 0, 0
    for m in re.finditer(re.escape(term), snippet, re.IGNORECASE if fold else 0):
        before = snippet[pos:m.start()]
        depth += before.count(MARK_START) - before.count(MARK_END)
        out.append(before)
        out.append(m.group() if depth > 0 else MARK_START + m.group() + MARK_END)
        pos = m.end()
    out.append(snippet[pos:])
    return "".join(out)
