"""One document per content: the same bytes under a second path are recorded as a copy of the
document that holds them (``document_copies``), not extracted and stored again, which counted
every figure of the page twice.

Who holds a content: the stored document with those bytes (loaded before missing, then the
oldest), else the first path of this run that has them. A stored document whose file now
holds another document's bytes (two copies loaded before copies were known, or a file
overwritten by a copy of another) becomes a copy of it, and its own rows go. A document whose
file disappears while a copy of it is still there is not missing: it moves to the copy's path,
keeping its id and rows. A copy's sidecar is not read: the document keeps its own.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, insert, select, update

from ..models import schema as m


@dataclass
class Copies:
    """A run's view of contents and their holders, and the copies it found."""

    holders: dict[str, str] = field(default_factory=dict)   # sha256 -> path holding it
    found: dict[str, tuple[str, str]] = field(default_factory=dict)  # copy path -> (holder, sha)
    known: dict[str, int] = field(default_factory=dict)      # stored copy path -> document id

    @classmethod
    def load(cls, conn: Connection) -> Copies:
        copies = cls()
        rows = conn.execute(select(m.Document.path, m.Document.sha256, m.Document.status)
                            .where(m.Document.status.in_(("loaded", "missing")),
                                   m.Document.sha256.is_not(None))
                            .order_by(m.Document.id))
        for path, sha, status in rows:
            held = copies.holders.get(sha)
            if held is None or (status == "loaded" and copies._status.get(held) == "missing"):
                copies.holders[sha] = path
            copies._status[path] = status
        copies.known = dict(conn.execute(select(m.DocumentCopy.path, m.DocumentCopy.document_id))
                            .all())
        return copies

    def __post_init__(self) -> None:
        self._status: dict[str, str] = {}

    def copy_of(self, path: str, sha: str) -> str | None:
        """The path whose document holds ``sha`` if ``path`` is but a copy of it; else None,
        and ``path`` holds ``sha`` from now on (it is extracted in this run)."""
        holder = self.holders.setdefault(sha, path)
        if holder == path:
            return None
        self.found[path] = (holder, sha)
        return holder


def record(conn: Connection, copies: Copies, present: set[str], run_id: int | None) -> None:
    """After the documents are stored: write the copies found, in the caller's transaction.
    A copy is kept only if its holder's document still has those bytes (it may have changed
    in this run: the file is then loaded as a document of its own by the next run)."""
    stored = {path: (doc_id, sha) for doc_id, path, sha in conn.execute(
        select(m.Document.id, m.Document.path, m.Document.sha256))}
    gone = [p for p in copies.known if p in present and p not in copies.found]
    for path, (holder, sha) in copies.found.items():
        doc_id, holder_sha = stored.get(holder, (None, None))
        if doc_id is not None and holder_sha == sha and copies.known.get(path) == doc_id:
            conn.execute(update(m.DocumentCopy).where(m.DocumentCopy.path == path)
                         .values(seen_run_id=run_id))  # as it was
            continue
        if path in copies.known:
            conn.execute(delete(m.DocumentCopy).where(m.DocumentCopy.path == path))
        if doc_id is None or holder_sha != sha:
            continue
        duplicate = stored.get(path)
        if duplicate is not None:  # a document of its own until now: it goes, its copies move
            conn.execute(update(m.DocumentCopy).where(m.DocumentCopy.document_id == duplicate[0])
                         .values(document_id=doc_id))
            conn.execute(delete(m.Document).where(m.Document.id == duplicate[0]))
        conn.execute(insert(m.DocumentCopy).values(document_id=doc_id, path=path,
                                                   name=os.path.basename(path),
                                                   seen_run_id=run_id))
    if gone:  # read in this run and no copy any more: a document of its own, or failed
        conn.execute(delete(m.DocumentCopy).where(m.DocumentCopy.path.in_(gone)))


def rehome(conn: Connection, doc_id: int, present: set[str], run_id: int | None) -> bool:
    """A document whose own file is gone: move it to a copy of it that is still there (the
    first by path), which stops being a copy. False when it has none."""
    paths = sorted(p for p, in conn.execute(select(m.DocumentCopy.path)
                                            .where(m.DocumentCopy.document_id == doc_id))
                   if p in present)
    if not paths:
        return False
    conn.execute(delete(m.DocumentCopy).where(m.DocumentCopy.path == paths[0]))
    conn.execute(update(m.Document).where(m.Document.id == doc_id).values(
        path=paths[0], name=os.path.basename(paths[0]), status="loaded", seen_run_id=run_id))
    return True
