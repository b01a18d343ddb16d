"""Stage 5b, storing a run's documents, in groups.

Why groups: per-document transactions made the SQLite full-text index flush (and merge) a
segment after every page, and per-document statements cost more than their rows on short
pages. A group is one transaction and one statement per table (``load.save_new_documents``);
it is all-or-nothing, so a run killed midway leaves whole documents only and the next run
stores the rest, and no reader waits more than about ``GROUP_SECONDS`` for a page to show up.

Storing stays on the extracting thread: a writer thread was tried and was slower, because
every row SQLite steps through releases and takes back the GIL, and taking it back from a
busy extracting thread waits for the interpreter's switch interval each time.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from .load import Catalog, SourceFile, save_document, save_failure, save_new_documents
from .records import DocumentResult

GROUP_DOCUMENTS = 500
GROUP_CHARS = 4_000_000
GROUP_SECONDS = 1.0

log = logging.getLogger("minsheng.import")


class Writer:
    """Stores documents for one run: ``add`` collects a group and stores it when full,
    ``fail`` records a document that could not be extracted. Used as a context manager,
    leaving the block stores what is pending, or, on an exception, drops it (it was never
    committed: the next run redoes it)."""

    def __init__(self, conn: Connection, summary, sources: dict[str, tuple[SourceFile, bool]],
                 known: dict, progress: Callable[[str, str], None], version: str):
        self.conn, self.summary, self.sources, self.version = conn, summary, sources, version
        self.known, self.progress = known, progress
        self.cat = Catalog(conn)
        conn.commit()
        self._items: list[tuple[str, DocumentResult]] = []
        self._chars = 0
        self._started = 0.0

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.flush()

    def add(self, path: str, doc: DocumentResult) -> None:
        if not self._items:
            self._started = time.monotonic()
        self._items.append((path, doc))
        self._chars += len(doc.text)
        if (len(self._items) >= GROUP_DOCUMENTS or self._chars >= GROUP_CHARS
                or time.monotonic() - self._started >= GROUP_SECONDS):
            self.flush()

    def flush(self) -> None:
        if self._items:
            items, self._items, self._chars = self._items, [], 0
            self._store_group(items)

    def fail(self, path: str, reason: str, src: SourceFile | None = None) -> None:
        with self.conn.begin():
            save_failure(self.conn, path, Path(path).name, reason, self.summary.run_id,
                         src.sha256 if src else None, src.size_bytes if src else None)
        self.summary.failed += 1
        self.summary.failures.append({"path": path, "reason": reason})
        log.warning("failed: %s: %s", path, reason)
        self.progress(path, "failed")

    def _store_group(self, items: list[tuple[str, DocumentResult]]) -> None:
        """One transaction for the group; if anything in it fails, undo it and store the
        documents one by one, so the broken one is found and recorded with its reason and the
        others still land."""
        conn, cat, run_id = self.conn, self.cat, self.summary.run_id
        try:
            with conn.begin():
                for path, doc in items:
                    if path in self.known:
                        save_document(conn, cat, self.sources[path][0], doc, self.version,
                                      run_id)
                fresh = [(self.sources[path][0], doc) for path, doc in items
                         if path not in self.known]
                if fresh:
                    save_new_documents(conn, cat, fresh, self.version, run_id)
        except Exception:  # noqa: BLE001 - found again, document by document
            cat.rollback()
            for path, doc in items:
                self._store_alone(path, doc)
            return
        cat.commit()
        for path, _ in items:
            self._stored(path)

    def _store_alone(self, path: str, doc: DocumentResult) -> None:
        src = self.sources[path][0]
        try:
            with self.conn.begin():
                save_document(self.conn, self.cat, src, doc, self.version,
                              self.summary.run_id, new=path not in self.known)
        except Exception as exc:  # noqa: BLE001 - recorded, and the run goes on
            self.cat.rollback()
            self.sources.pop(path)
            self.fail(path, f"could not be stored: {type(exc).__name__}: {exc}", src)
            return
        self.cat.commit()
        self._stored(path)

    def _stored(self, path: str) -> None:
        _, existed = self.sources.pop(path)
        if existed:
            self.summary.changed += 1
            self.progress(path, "changed")
        else:
            self.summary.added += 1
            self.progress(path, "added")
