"""One stored article as a reader checks it: its text with every figure marked where it
stands, and the figures as figure_facts has them (region, organisation, period, and whatever
columns the view gains, such as how a link was chosen), read from the database, never
extracted again, so what is shown is what queries see.
"""
from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

# figure_facts columns the table leaves out: the article itself (shown above it), ids, and the
# evidence sentence (the marked text is the evidence). Every other column is shown, so a
# column added to the view appears without a change here.
NOT_SHOWN = frozenset(("figure_id", "document", "article_title", "evidence", "char_start",
                       "char_end", "published_on", "document_id", "article_id", "article_seq",
                       "dimension", "region_code"))
MARK_START, MARK_END = "[", "]"


class ShowError(ValueError):
    """The document or article asked for is not stored; the message says what is."""


@dataclass(frozen=True)
class ArticleView:
    document: str
    seq: int
    articles: int          # how many the document has
    title: str | None
    text: str
    columns: list[str]     # of the figure table
    figures: list[tuple]   # rows, in the order they stand in the text
    spans: list[tuple[int, int]]


def find_document(conn: Connection, ref: str) -> tuple[int, str]:
    """A document by file name, path, name without extension or id: (id, name)."""
    rows = conn.execute(text(
        "SELECT id, name FROM documents WHERE name = :r OR path = :r "
        "OR (CAST(id AS TEXT) = :r) ORDER BY id"), {"r": ref}).all()
    if not rows:
        rows = conn.execute(text("SELECT id, name FROM documents WHERE name LIKE :p ORDER BY id"),
                            {"p": ref.replace("%", "") + ".%"}).all()
    if len(rows) == 1:
        return rows[0][0], rows[0][1]
    names = [r[0] for r in conn.execute(text("SELECT name FROM documents ORDER BY name"))]
    if rows:
        raise ShowError(f"{ref!r} names {len(rows)} documents: "
                        f"{', '.join(r[1] for r in rows)}; give the file name")
    close = difflib.get_close_matches(ref, names, n=3, cutoff=0.6) or [
        n for n in names if ref in n][:3]
    hint = f"; did you mean {' or '.join(close)}?" if close else (
        f"; for example {', '.join(names[:3])}" if names else "; the knowledge base is empty")
    raise ShowError(f"no document named {ref!r}{hint}")


def article_seqs(conn: Connection, document_id: int) -> list[int]:
    return list(conn.execute(text("SELECT seq FROM articles WHERE document_id = :d ORDER BY seq"),
                             {"d": document_id}).scalars())


def article_view(conn: Connection, document_id: int, seq: int) -> ArticleView:
    seqs = article_seqs(conn, document_id)
    name = conn.execute(text("SELECT name FROM documents WHERE id = :d"),
                        {"d": document_id}).scalar_one()
    if seq not in seqs:
        have = f"articles 1 to {len(seqs)}" if seqs else "no articles"
        raise ShowError(f"{name} has no article {seq}: it has {have}")
    article_id, title, body = conn.execute(text(
        "SELECT id, title, text FROM articles WHERE document_id = :d AND seq = :s"),
        {"d": document_id, "s": seq}).one()
    result = conn.execute(text("SELECT * FROM figure_facts WHERE article_id = :a "
                               "ORDER BY char_start"), {"a": article_id})
    all_columns = list(result.keys())
    rows = [tuple(r) for r in result]
    start, end = all_columns.index("char_start"), all_columns.index("char_end")
    keep = [i for i, c in enumerate(all_columns) if c not in NOT_SHOWN
            and any(r[i] is not None for r in rows)]  # a column empty for every figure: left out
    return ArticleView(
        document=name, seq=seq, articles=len(seqs), title=title, text=body,
        columns=["#"] + [all_columns[i] for i in keep],
        figures=[(n, *(r[i] for i in keep)) for n, r in enumerate(rows, 1)],
        spans=[(r[start], r[end]) for r in rows])


def pieces(body: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``body`` cut into (text, is_figure) pieces at the figures' spans (an overlapping or
    out-of-range span is skipped, so the text always comes out whole)."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at or end > len(body) or end <= start:
            continue
        if start > at:
            out.append((body[at:start], False))
        out.append((body[start:end], True))
        at = end
    if at < len(body):
        out.append((body[at:], False))
    return out


def marked(body: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with each figure in brackets: 入会职工[195188人]."""
    return "".join(f"{MARK_START}{t}{MARK_END}" if fig else t for t, fig in pieces(body, spans))
