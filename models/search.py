"""Full-text search over articles.

On SQLite the index is the FTS5 table ``article_search`` (trigram tokenizer) created by
migration 0002 and kept in step with ``articles`` by triggers, so inserts, replacements and
the ``ON DELETE CASCADE`` from ``documents`` all update it, whoever writes the rows. The
trigram tokenizer was measured against jieba-segmented tokens (bench/search_tokenizers.py,
docs/querying.md): it needs no segmentation at write time, so triggers can maintain it, and a
person at the ``sqlite3`` prompt can MATCH any string of three or more characters as written.
Its one gap, words of one or two characters (医保, 养老), is closed here by an ``instr()`` scan
of the same table; the sqlite3 user writes ``instr(body, '医保') > 0`` for those (not LIKE:
SQLite before 3.44 returns no rows for a LIKE pattern under three characters on a trigram
table).

Indexed text is the article with every whitespace character removed: OCR'd pages put stray
spaces between characters (``同 一 个 地 市``) and break lines mid-word, and a query is
normalised the same way, so both sides agree.

Other backends get :class:`SearchUnsupported` until they have their own index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

SEARCH_TABLE = "article_search"
SNIPPET_TOKENS = 16
TRIGRAM = 3
MARK_START, MARK_END = "[", "]"

# The triggers of migration 0002 remove these characters in SQL; normalize() is the same rule
# for queries, and a test holds the two together.
_WS_CHARS = (" ", "\t", "\n", "\r", "\f", "\v", "\u3000", "\u00a0")
_WS = re.compile("[" + "".join(re.escape(c) for c in _WS_CHARS) + "]+")


def normalize(s: str | None) -> str:
    return _WS.sub("", s or "")


class SearchUnsupported(RuntimeError):
    """The database backend has no article index yet."""


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
    raise SearchUnsupported(f"full-text search is not supported on the {dialect} backend yet; "
                            "it works on SQLite databases")


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


def cut_snippet(body: str, term: str, width: int = 24) -> str:
    i = body.find(term)
    if i < 0:
        return body[: 2 * width] + ("…" if len(body) > 2 * width else "")
    start, end = max(0, i - width), min(len(body), i + len(term) + width)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def _mark(snippet: str, term: str) -> str:
    out, pos, depth = [], 0, 0
    i = snippet.find(term)
    while i >= 0:
        before = snippet[pos:i]
        depth += before.count(MARK_START) - before.count(MARK_END)
        out.append(before)
        out.append(term if depth > 0 else MARK_START + term + MARK_END)
        pos = i + len(term)
        i = snippet.find(term, pos)
    out.append(snippet[pos:])
    return "".join(out)
