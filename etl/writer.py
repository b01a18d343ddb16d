"""Stage 5b, storing a run's documents, in groups.

Why groups: per-document transactions made the SQLite full-text index flush (and merge) a
segment after every page, and per-document statements cost more than their rows on short
pages. A group is one transaction and one statement per table (``load.save_new_documents``);
it is all-or-nothing, so a run killed midway leaves whole documents only and the next run
stores the rest, and no reader waits more than about ``GROUP_SECONDS`` for a page to show up.

On SQLite, a group's rows are prepared on the extracting thread: a writer thread doing it all
was tried and was slower, because every row SQLite steps through releases and takes back the
GIL, and taking it back from a busy extracting thread waits for the interpreter's switch
interval each time. What goes to a thread (``IndexingWriter``) is SQLite's own work in few
statements: the full-text index, one statement per group, and the multi-row inserts of a new
group's articles, figures, mentions and facts (``load.Deferred``). On
PostgreSQL the work is the server's, and the client only waits for it: there a
``StoringThread`` waits while the extracting thread goes on (``open_writer`` picks).
"""
from __future__ import annotations

import logging
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from sqlalchemy import Connection

from ..models import search
from ..models.errors import stored_in_words
from . import consolidate, stop
from .load import (Catalog, Deferred, SourceFile, Stored, deferring, save_document, save_failure,
                   save_new_documents)
from .records import DocumentResult

GROUP_DOCUMENTS = 500
GROUP_CHARS = 4_000_000
GROUP_SECONDS = 1.0
# near the end of a run, a group is stored once it holds this many times the documents still
# to come, and at least TAIL_MIN_DOCUMENTS: a smaller group costs its commit and index merge
# for little overlap (IndexingWriter._tail_due)
TAIL_RATIO = 2
TAIL_MIN_DOCUMENTS = 32

log = logging.getLogger("minsheng.import")


class Writer:
    """Stores documents for one run: ``add`` collects a group and stores it when full,
    ``fail`` records a document that could not be extracted. Used as a context manager,
    leaving the block stores what is pending, or, on an exception, drops it (it was never
    committed: the next run redoes it)."""

    def __init__(self, conn: Connection, summary, sources: dict[str, tuple[SourceFile, bool]],
                 known: dict, progress: Callable[[str, str], None], version: str,
                 expected: int | None = None):
        self.conn, self.summary, self.sources, self.version = conn, summary, sources, version
        self.known, self.progress = known, progress
        # the documents the run will report (``expected``) and those reported so far: what is
        # still to come, for a writer that plans its last groups (``IndexingWriter``)
        self.expected, self.seen = expected, 0
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
        self.seen += 1
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

    def unchanged(self, path: str) -> None:
        """A document skipped as unchanged (counted here so that the progress reports come in
        the order of the files on either kind of writer)."""
        self.seen += 1
        self.summary.unchanged += 1
        self.progress(path, "unchanged")

    def copied(self, path: str) -> None:
        """A file holding the bytes of another document: recorded as its copy at the end of
        the run (copies.py), never stored."""
        self.seen += 1
        self.summary.copies += 1
        self.progress(path, "copy")

    def fail(self, path: str, reason: str, src: SourceFile | None = None) -> None:
        self.seen += 1
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
        try:
            with self.conn.begin():
                self._save_rows(items)
        except Exception:  # noqa: BLE001 - found again, document by document
            if stop.requested():  # the storing thread's statement was cancelled for a stop
                raise
            self._replay(items)
            return
        self._committed(items)

    def _save_rows(self, items: list[tuple[str, DocumentResult]]) -> list[int]:
        """The group's rows and the facts they touch, in the caller's transaction; returns
        their document ids."""
        conn, cat, run_id = self.conn, self.cat, self.summary.run_id
        replaced = [path for path, _ in items if path in self.known]
        dirty = consolidate.facts_of_paths(conn, replaced) if replaced else set()
        ids = [save_document(conn, cat, self.sources[path][0], doc, self.version, run_id)
               for path, doc in items if path in self.known]
        fresh = [(self.sources[path][0], doc) for path, doc in items if path not in self.known]
        stored = Stored(set(), [], {})  # the new figures, handed to the refresh as stored
        if fresh:
            ids += save_new_documents(conn, cat, fresh, self.version, run_id, stored)
        consolidate.refresh(conn, cat, documents=ids, dirty=dirty, stored=stored)
        return ids

    def _replay(self, items: list[tuple[str, DocumentResult]]) -> None:
        """After a group's transaction was undone: each document again, alone."""
        self.cat.rollback()
        for path, doc in items:
            self._store_alone(path, doc)

    def _committed(self, items: list[tuple[str, DocumentResult]]) -> None:
        self.cat.commit()
        for path, _ in items:
            self._stored(path)

    def _store_alone(self, path: str, doc: DocumentResult) -> None:
        src = self.sources[path][0]
        try:
            with self.conn.begin():
                new = path not in self.known
                dirty = set() if new else consolidate.facts_of_paths(self.conn, [path])
                doc_id = save_document(self.conn, self.cat, src, doc, self.version,
                                       self.summary.run_id, new=new)
                consolidate.refresh(self.conn, self.cat, documents=[doc_id], dirty=dirty)
        except Exception as exc:  # noqa: BLE001 - recorded, and the run goes on
            self.cat.rollback()
            self.sources.pop(path)
            # the driver's words, not SQLAlchemy's [SQL: ...] block with every value of the row
            self.seen -= 1  # counted once already, when it was added
            self.fail(path, f"could not be stored: {stored_in_words(exc)}", src)
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


class IndexingWriter(Writer):
    """A :class:`Writer` for SQLite that hands each group's full-text indexing and commit to a
    thread of its own.

    Why: tokenizing the articles into the trigram index is a fifth of a one-process load
    (People's Daily 1998: 1.3 s of 6.5 s), and done by the insert trigger it ran row by row on
    the extracting thread. Here the group's rows are inserted with the trigger standing aside
    (``search.DEFER_INDEX``, migration 0005), and one ``INSERT ... SELECT`` indexes the
    group's articles: SQLite runs it with the GIL released, so the extraction of the next
    pages goes on meanwhile. (Storing whole groups on a thread was slower: there every row
    hands the GIL back and forth.)

    At most one group is in flight, and it is settled before the connection is used again (the
    next group, a failure to record, the end of the block), so no two threads ever use the
    connection at once. A group whose indexing or commit fails is rolled back whole and its
    documents are stored again one by one, as for any failed group; its progress reports come
    when it is settled.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._indexer = ThreadPoolExecutor(1, thread_name_prefix="minsheng-search-index",
                                           initializer=leave_signals_to_the_main_thread)
        self._in_flight: tuple[Future, list[tuple[str, DocumentResult]]] | None = None

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            super().__exit__(exc_type, exc, tb)
        finally:
            try:  # after an error, a group that does not commit is left for the next run
                self._settle(replay=exc_type is None)
            finally:
                self._indexer.shutdown()

    def fail(self, path: str, reason: str, src: SourceFile | None = None) -> None:
        self._settle()
        super().fail(path, reason, src)

    def add(self, path: str, doc: DocumentResult) -> None:
        super().add(path, doc)
        if self._items and self._tail_due():
            self.flush()

    def _tail_due(self) -> bool:
        """Whether to store the group now, short of its size, because the run is ending.

        Nothing overlaps the last group's indexing: the run waits for it (and for the group
        before, if that is still in flight). At the usual sizes that wait was 0.2 s of a
        People's Daily load. So near the end a group is stored once it holds
        ``TAIL_RATIO`` times the documents still to come and the group before is done: its
        indexing (about a third of the time their extraction takes) then runs while the rest
        are extracted, and each group is smaller than the last, down to a few dozen
        documents (``TAIL_MIN_DOCUMENTS``; a load of the five seed pages stays one group)."""
        held = len(self._items)
        if self.expected is None or held < TAIL_MIN_DOCUMENTS:
            return False
        left = self.expected - self.seen
        if left <= 0 or held < TAIL_RATIO * left:
            return False
        return self._in_flight is None or self._in_flight[0].done()

    def _store_group(self, items: list[tuple[str, DocumentResult]]) -> None:
        self._settle()
        trans = self.conn.begin()
        held = None
        try:
            self.conn.execute(search.DEFER_INDEX)
            if any(path in self.known for path, _ in items):
                ids = self._save_rows(items)  # a replaced page's figures are read back
            else:
                with deferring(self.conn) as held:
                    ids = self._save_rows(items)
        except Exception:  # noqa: BLE001 - found again, document by document
            trans.rollback()
            self._replay(items)
            return
        self._in_flight = (self._indexer.submit(_index_and_commit, self.conn, trans, ids, held),
                           items)

    def _settle(self, replay: bool = True) -> None:
        """Wait for the group in flight; count it stored, or store its documents again."""
        if self._in_flight is None:
            return
        future, items = self._in_flight
        self._in_flight = None
        try:
            _wait_or_interrupt(future, self.conn)
        except Exception as exc:  # noqa: BLE001 - rolled back on the thread
            if stop.requested():  # interrupted for a stop: rolled back, not stored again
                self.cat.rollback()
                stop.check()
                return
            log.warning("a group of %d documents did not commit (%s)%s", len(items),
                        stored_in_words(exc), "; storing them one by one" if replay else "")
            if replay:
                self._replay(items)
            else:
                self.cat.rollback()
            return
        self._committed(items)


def _wait_or_interrupt(future: Future, conn: Connection) -> None:
    """Wait for the group on the indexing thread. When a stop is asked for meanwhile, its
    statement is interrupted (``sqlite3_interrupt``, made to be called from another thread),
    so that the group is rolled back at once rather than indexed to the end: a large page's
    group took seconds. An interrupt that falls between two statements is lost (SQLite clears
    it when the next one starts), which is why the thread also looks for the stop itself
    (``_index_and_commit``)."""
    interrupted = False
    while True:
        if stop.requested() and not interrupted:
            conn.connection.dbapi_connection.interrupt()
            interrupted = True
        try:
            return future.result(timeout=0.05)
        except FutureTimeout:
            continue


class Cancelled(Exception):
    """A group rolled back on the indexing thread because a stop was asked for."""


def _unless_stopped() -> None:
    if stop.requested():
        raise Cancelled("stopped before the group was committed")


def _index_and_commit(conn: Connection, trans, document_ids: list[int],
                      held: Deferred | None = None) -> None:
    """On the indexing thread: the group's rows held back (``load.Deferred``), its articles
    into the full-text index, then commit. The insert trigger stands aside until the held
    articles are in (they are indexed once, here)."""
    try:
        if held is not None:
            held.run(conn, between=_unless_stopped)
        conn.execute(search.RESUME_INDEX)
        if document_ids:
            _unless_stopped()
            conn.execute(search.INDEX_DOCUMENTS, {"ids": document_ids})
        _unless_stopped()  # a stop asked for before the commit is a stop: nothing stored
        trans.commit()
    except BaseException:
        roll_back(conn, trans)
        raise


def roll_back(conn: Connection, trans) -> None:
    """Roll the group back, even when the stop's interrupt falls on the rollback itself: SQLite
    then fails it ("interrupted") and the transaction stays open, holding the write lock, so
    the run's failure could not be recorded ("database is locked") and stayed 'running'. The
    interrupt is spent by the failed statement: the rollback is made again on the driver's
    connection."""
    try:
        trans.rollback()
        return
    except Exception:  # noqa: BLE001 - the interrupted rollback: made again below
        pass
    dbapi = conn.connection.dbapi_connection
    for _ in range(3):
        try:
            dbapi.rollback()
            return
        except Exception:  # noqa: BLE001 - interrupted again: once more
            continue


class StoringThread:
    """A :class:`Writer` run on a thread of its own, fed in order through a bounded queue.

    For PostgreSQL: the server inserts the rows and maintains the trigram index while the
    client waits for its answers with the GIL released, so on a thread of its own that wait
    overlaps the extraction of the next documents instead of adding to it (People's Daily
    1998, one process: 9.4 s -> 7.4 s, medians of three; with 2 workers the main process has
    little else to do, and it stays at 6.0 s). Calls are carried out one at a time and in the
    order made, so groups, failures and progress reports are exactly those of a ``Writer``; an
    error on the thread is raised in the caller at its next call, or when the block ends.
    """

    QUEUE_DOCUMENTS = 2 * GROUP_DOCUMENTS  # bounds the memory held by results waiting

    def __init__(self, *args, **kwargs):
        self._writer = Writer(*args, **kwargs)
        self._queue: queue.Queue = queue.Queue(maxsize=self.QUEUE_DOCUMENTS)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="minsheng-storing", daemon=True)

    def __enter__(self) -> StoringThread:
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # on success the pending group is stored; after an error it is dropped, as by a Writer
        try:
            if exc_type is None:
                self._put((self._writer.flush,))  # raises if the thread has already stopped
        finally:
            self._finish()  # whatever happens, no thread is left using the connection
        if exc_type is None:
            stop.check()  # a stop that came while the last groups were stored
            if self._error is not None:
                raise self._error

    def _finish(self) -> None:
        """Tell the thread to end, and wait for it. A stop, before or meanwhile, drops the
        calls still queued (up to QUEUE_DOCUMENTS documents: storing them kept a stopped load
        going for seconds) and cancels the statement in progress, so that the group being
        stored is rolled back."""
        def on_stop() -> None:
            if stop.requested():  # again while it lasts: a cancel finds only what runs now
                self._drop_queued()
                _cancel_statement(self._writer.conn)
        on_stop()
        while self._error is None and self._thread.is_alive():
            try:
                self._queue.put(None, timeout=0.1)
                break
            except queue.Full:
                on_stop()
        while self._thread.is_alive():
            self._thread.join(0.1)
            on_stop()

    def add(self, path: str, doc: DocumentResult) -> None:
        self._put((self._writer.add, path, doc))

    def unchanged(self, path: str) -> None:
        self._put((self._writer.unchanged, path))

    def copied(self, path: str) -> None:
        self._put((self._writer.copied, path))

    def fail(self, path: str, reason: str, src: SourceFile | None = None) -> None:
        self._put((self._writer.fail, path, reason, src))

    def _drop_queued(self) -> None:
        """Drop the calls still queued, but not the end-of-calls marker: ``_finish`` looks at
        the stop again while the thread is busy, and a marker dropped then left the thread
        waiting for a next call forever, and the stopped load with it."""
        ending = False
        while True:
            try:
                ending = self._queue.get_nowait() is None or ending
            except queue.Empty:
                break
        if ending:
            self._queue.put_nowait(None)  # (the queue is empty: only the thread takes from it)

    def _put(self, call: tuple | None) -> None:
        """Queue a call (a Writer method and its arguments), or None for the thread to end."""
        while self._error is None:
            try:
                self._queue.put(call, timeout=0.2)
                return
            except queue.Full:  # the thread is busy, or has stopped on an error: look again
                if call is not None:
                    stop.check()
                continue
        if call is not None:
            raise self._error

    def _run(self) -> None:
        leave_signals_to_the_main_thread()
        while (call := self._queue.get()) is not None:
            try:
                call[0](*call[1:])
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self._error = exc
                return


def _cancel_statement(conn: Connection) -> None:
    """Cancel what the server is running for ``conn`` (psycopg's ``cancel``, safe from another
    thread); nothing on other drivers."""
    cancel = getattr(conn.connection.dbapi_connection, "cancel", None)
    if cancel is not None:
        try:
            cancel()
        except Exception:  # noqa: BLE001 - then the statement just finishes
            log.warning("could not cancel the statement in progress", exc_info=True)


def leave_signals_to_the_main_thread() -> None:
    """Runs first on the storing and indexing threads. Python handles SIGINT, SIGTERM and
    SIGALRM in the main thread, but the kernel may deliver them to any thread that does not
    block them,
    and there they cut short the system call the thread is in: a PostgreSQL statement of the
    storing thread could fail halfway, leaving the shared connection unusable for recording
    why the run stopped."""
    if hasattr(signal, "pthread_sigmask"):
        # SIGALRM too: it bounds a document's extraction in the main thread (timelimit.py)
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGALRM})


def open_writer(conn: Connection, *args, **kwargs) -> Writer | StoringThread:
    """The writer for ``conn``'s backend: on a thread for PostgreSQL, inline with the search
    index on a thread for SQLite."""
    if conn.dialect.name == "postgresql":
        return StoringThread(conn, *args, **kwargs)
    if conn.dialect.name == "sqlite":
        return IndexingWriter(conn, *args, **kwargs)
    return Writer(conn, *args, **kwargs)
