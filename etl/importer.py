"""A load run: find files, skip what did not change, extract the rest, store them, and record
what happened.

Designed for cron: a run can be killed at any moment (documents commit in whole groups, see
writer.py, and the SQLite journal or PostgreSQL rolls back the group in flight, so no document
is ever half stored and the next run redoes the lost ones), two runs never overlap (lock.py),
and one broken file never stops the others.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import json
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, update

from .. import migrations
from ..models import corrections
from ..models import schema as m
from . import consolidate
from .copies import Copies, record as record_copies, rehome
from .defaults import (AUTO, AUTO_MAX_WORKERS, AUTO_MIN_BYTES, DEFAULT_MAX_BYTES,  # noqa: F401
                       DEFAULT_MAX_SECONDS)
from .load import (
    Catalog, SourceFile, ensure_measures, ensure_regions, now, save_failure, sweep_orphans,
)
from .lock import import_lock
from .pipeline import EXTRACTOR_VERSION, Manifest, process_bytes, warm_up
from .pool import ExtractionPool, WorkerDied
from .read import ReadError
from . import stop
from .stop import Terminated  # noqa: F401 - the name cli.py and tests know
from .timelimit import TimeLimitExceeded, handling_alarms, time_limit
from .writer import open_writer

DOCUMENT_SUFFIXES = {".txt", ".text", ".md"}
MANIFEST_SUFFIX = ".meta.json"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

log = logging.getLogger("minsheng.import")


@dataclass
class Candidate:
    path: Path
    error: str | None = None
    # whether the folder's listing held its sidecar (None: not listed, look for it): a load of
    # thousands of pages without sidecars spent more on failing to open them than on reading
    sidecar: bool | None = None


@dataclass
class RunSummary:
    run_id: int | None = None
    status: str = "ok"
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    copies: int = 0  # files holding the bytes of another document: recorded, not loaded
    removed: int = 0
    missing: int = 0
    failed: int = 0
    failures: list[dict] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION
    workers: int = 1  # extraction processes the run used (``auto`` chooses per run)
    corrections_applied: int = 0   # corrections attached again to re-extracted figures
    corrections_orphaned: int = 0  # corrections whose figure is no longer found
    message: str | None = None  # why a run that stopped early stopped

    def as_dict(self) -> dict:
        return asdict(self)


# -- discovery -------------------------------------------------------------------------------

@dataclass
class Listing:
    """What discovery managed to read, so that a file is called gone only where it could have
    been seen: a document is missing when its folder was listed and the file was not in it,
    never because a folder could not be listed (permissions, a share that is not mounted)."""

    listed: set[str] = field(default_factory=set)  # folders whose entries were read
    empty: set[str] = field(default_factory=set)   # listed folders that held no entry at all
    unread: set[str] = field(default_factory=set)  # folders and entries that could not be read

    def where(self, path: str) -> tuple[str, str | None]:
        """How ``path`` (absolute) stands with this run's listing, and the folder that says
        so: ``"listed"`` when the nearest folder above it that discovery met was read,
        ``"empty"`` when that folder was read but held nothing at all, ``"unread"`` when it
        could not be read, ``"elsewhere"`` when no folder above it was walked."""
        folder = os.path.dirname(path)
        while True:
            if folder in self.unread:
                return "unread", folder
            if folder in self.listed:
                return ("empty" if folder in self.empty else "listed"), folder
            up = os.path.dirname(folder)
            if up == folder:
                return "elsewhere", None
            folder = up


def discover(paths: Iterable[Path], listing: Listing | None = None) -> Iterator[Candidate]:
    """Yield every document under ``paths``; problems become candidates with an error.

    Folders are walked in sorted order (stable runs), following symlinks but never a folder
    twice, so a symlink loop ends instead of recursing forever. Inside folders only document
    suffixes count, so a README.pdf or a manifest next to the pages is not "a failed document";
    a file named explicitly is always attempted. ``listing`` collects which folders were read.
    """
    listing = listing if listing is not None else Listing()
    visited: set[str] = set()
    for root in paths:
        root = Path(root)
        try:
            exists, is_dir = root.exists(), root.is_dir()
        except OSError as exc:  # a share whose server went away: ENOTCONN, ESTALE, EIO
            listing.unread.add(str(root.absolute()))
            yield Candidate(root, f"cannot read: {exc.strerror or exc}")
            continue
        if not exists:
            yield Candidate(root, "no such file or folder")
        elif is_dir:
            yield from _walk(root, visited, listing)
        else:
            yield Candidate(root)


def _walk(folder: Path, visited: set[str], listing: Listing) -> Iterator[Candidate]:
    here = str(folder.absolute())
    real = os.path.realpath(folder)
    if real in visited:
        listing.unread.add(here)  # read under another name: nothing here is gone
        return
    visited.add(real)
    stop.check()  # a tree of many folders takes a while to walk
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        listing.unread.add(here)
        yield Candidate(folder, f"cannot list folder: {exc.strerror or exc}")
        return
    listing.listed.add(here)
    if not entries:
        listing.empty.add(here)
    names = {e.name for e in entries}
    for entry in entries:
        p = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            listing.unread.add(str(p.absolute()))
            yield Candidate(p, f"cannot inspect: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(p, visited, listing)
        elif p.suffix.lower() in DOCUMENT_SUFFIXES and not entry.name.endswith(MANIFEST_SUFFIX):
            if entry.is_symlink() and not p.exists():
                yield Candidate(p, "broken symbolic link")
            else:
                yield Candidate(p, sidecar=entry.name + MANIFEST_SUFFIX in names)


def read_manifest(path: Path) -> Manifest:
    return read_sidecar(path)[0]


def read_sidecar(path: Path) -> tuple[Manifest, str | None]:
    """The page's sidecar manifest and the SHA-256 of its bytes (None: no sidecar). The hash is
    part of what makes a page unchanged: a sidecar added or edited next to a page that did not
    change (a publication date put right) must reach the database."""
    side = path.with_name(path.name + MANIFEST_SUFFIX)
    try:
        raw = side.read_bytes()
    except FileNotFoundError:
        return Manifest(), None
    data = json.loads(raw.decode("utf-8"))
    pub = data.get("published_on")
    manifest = Manifest(published_on=date.fromisoformat(pub) if pub else None,
                        newspaper=data.get("newspaper"), home_region=data.get("home_region"),
                        title=data.get("title"))
    return manifest, hashlib.sha256(raw).hexdigest()


# -- extraction job (runs in worker processes) -----------------------------------------------

def _extract(job: tuple[str, bytes, Manifest], limit: float | None = None):
    """One document's extraction, bounded to ``limit`` seconds: a page that makes some stage
    slow is recorded as failed with the reason, and the load goes on."""
    path, data, manifest = job
    try:
        with time_limit(limit):
            return path, process_bytes(data, manifest), None
    except TimeLimitExceeded:
        return _too_long(job, limit)
    except ReadError as exc:
        return path, None, str(exc)
    except (KeyboardInterrupt, SystemExit):
        raise  # the run is being stopped: not this document's fault
    except BaseException as exc:  # noqa: BLE001 - one bad document must never stop the run
        # BaseException, not Exception: a panic in compiled code (rjieba is jieba-rs, in Rust)
        # arrives as pyo3's PanicException, which derives from BaseException
        return path, None, f"extraction failed: {type(exc).__name__}: {exc}"


def _too_long(job: tuple[str, bytes, Manifest], limit: float | None):
    return (job[0], None, f"extraction took longer than {limit:g} s "
                          "(--max-seconds-per-document)")


# -- how many processes -------------------------------------------------------------------------

CGROUP_ROOT = Path("/sys/fs/cgroup")


def usable_cores(cgroup_root: Path = CGROUP_ROOT) -> int:
    """Cores this process may keep busy: those it may run on (``taskset``, a cpuset), and no
    more than its CPU quota (``docker run --cpus 1`` leaves every core visible but allows the
    time of one: workers beyond it would take turns)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = _cpu_quota(cgroup_root)
    if quota is not None:
        cores = min(cores, max(1, math.ceil(quota)))
    return cores


def _cpu_quota(root: Path) -> float | None:
    """CPUs' worth of time the cgroup may use, or None when unlimited or unknown: cgroup v2's
    ``cpu.max`` (``"200000 100000"`` is 2, ``"max 100000"`` no limit), else v1's
    ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us`` (a quota of -1: no limit)."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError):
        pass
    try:
        quota_us = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period_us = int((root / "cpu" / "cpu.cfs_period_us").read_text())
    except (OSError, ValueError):
        return None
    return quota_us / period_us if quota_us > 0 and period_us > 0 else None


def auto_workers(bytes_to_extract: int, cores: int) -> int:
    """The number of extraction processes ``--workers auto`` picks: one process for small
    work, where starting workers costs more than they save (a nightly re-import of a few
    changed pages), else a worker per core, up to ``AUTO_MAX_WORKERS``."""
    if bytes_to_extract < AUTO_MIN_BYTES or cores < 2:
        return 1
    return min(cores, AUTO_MAX_WORKERS)


def _current(old: tuple | None) -> bool:
    """Whether a known document (``_known``'s sha256, extractor version, status) was loaded by
    this extractor: only its content having changed would make it worth extracting again."""
    return bool(old) and old[1] == EXTRACTOR_VERSION and old[2] == "loaded"


def _bytes_to_extract(candidates: list[Candidate], known: dict) -> int:
    """Size of the files that will surely be extracted: new paths, failed ones, and those an
    older extractor read. (A known file whose content changed is found only when it is read
    and hashed, so it is not counted: the estimate errs towards one process.)"""
    total = 0
    for cand in candidates:
        if cand.error:
            continue
        if _current(known.get(str(cand.path.absolute()))):
            continue
        try:
            total += cand.path.stat().st_size
        except OSError:
            continue  # reported when the file is read
    return total


# -- the run ---------------------------------------------------------------------------------

ProgressFn = Callable[[str, str], None]


def run_import(engine: Engine, paths: list[Path] | None = None, *, prune: bool = False,
               workers: int | str = 1, max_bytes: int = DEFAULT_MAX_BYTES, wait: float = 0.0,
               max_seconds: float | None = DEFAULT_MAX_SECONDS,
               progress: ProgressFn | None = None,
               on_total: Callable[[int], None] | None = None) -> RunSummary:
    """Load ``paths`` (the bundled seeds when empty) into ``engine``'s database.

    ``workers``: extraction processes, or ``"auto"`` to let the size of the work decide
    (``auto_workers``). ``max_seconds``: the time one document's extraction may take (None or
    0: no bound). A run that stops early raises, and the exception carries the run's summary
    as ``exc.summary`` (status ``failed``, the reason in ``message``)."""
    if workers != AUTO and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a number of processes (1 or more) or {AUTO!r}, "
                         f"not {workers!r}")
    paths = [Path(p) for p in (paths or [SEEDS])]
    progress = progress or (lambda path, outcome: None)
    summary = RunSummary()
    try:
        with ExitStack() as held:
            with stop.interruptible():  # waiting for another load's lock (--wait)
                held.enter_context(import_lock(engine, wait))
            held.enter_context(_fewer_collections())
            _run(engine, paths, summary, prune, workers, max_bytes, max_seconds, progress,
                 on_total)
    except BaseException as exc:
        stop.seen()
        summary.status = "failed"
        summary.message = summary.message or why_stopped(exc)
        exc.summary = summary
        raise
    log.info("run %s %s: added=%d changed=%d unchanged=%d copies=%d missing=%d removed=%d "
             "failed=%d workers=%d", summary.run_id, summary.status, summary.added,
             summary.changed, summary.unchanged, summary.copies, summary.missing, summary.removed,
             summary.failed, summary.workers)
    return summary


def _run(engine: Engine, paths: list[Path], summary: RunSummary, prune: bool,
         workers: int | str, max_bytes: int, max_seconds: float | None, progress: ProgressFn,
         on_total: Callable[[int], None] | None) -> None:
    migrations.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(update(m.ImportRun).where(m.ImportRun.status == "running")
                     .values(status="failed", finished_at=now(),
                             message="interrupted before it finished"))
        ensure_regions(conn)
        ensure_measures(conn)
        if consolidate.ensure_current(conn, lambda: Catalog(conn)):
            log.info("facts recomputed for version %s", consolidate.FACTS_VERSION)
        run_id = conn.execute(insert(m.ImportRun).values(
            started_at=now(), status="running", extractor_version=EXTRACTOR_VERSION,
            sources="\n".join(str(p) for p in paths)).returning(m.ImportRun.id)).scalar_one()
    summary.run_id = run_id
    with engine.connect() as conn:
        try:
            listing = Listing()
            candidates = list(discover(paths, listing))
            if on_total:
                on_total(len(candidates))
            copies = Copies.load(conn)
            _process(conn, candidates, summary, workers, max_bytes, max_seconds, progress,
                     copies)
            stop.check()  # a stop that came at the very end: no marking missing, no pruning
            conn.commit()
            with conn.begin():
                record_copies(conn, copies, {str(c.path.absolute()) for c in candidates}, run_id)
            _mark_missing(conn, listing, candidates, summary, prune, set(copies.found))
            summary.status = "partial" if summary.failed else "ok"
            with conn.begin():
                reapplied = corrections.reapply(conn)
                consolidate.refresh_figures(conn, reapplied.figures)
                summary.corrections_applied = reapplied.applied
                summary.corrections_orphaned = reapplied.orphaned
                if summary.changed or summary.removed or summary.failed:
                    swept = sweep_orphans(conn)
                    log.info("run %s: no longer referenced, deleted: %s", run_id, ", ".join(
                        f"{n} {table}" for table, n in swept.items() if n) or "nothing")
                conn.execute(update(m.ImportRun).where(m.ImportRun.id == run_id).values(
                    finished_at=now(), status=summary.status,
                    documents_added=summary.added, documents_changed=summary.changed,
                    documents_unchanged=summary.unchanged, documents_removed=summary.removed,
                    documents_missing=summary.missing, documents_failed=summary.failed))
        except WorkerDied as exc:
            summary.message = (f"{exc}, perhaps for lack of memory; the documents stored so "
                               "far are kept, and the next run loads the rest")
            _record_abort(engine, conn, run_id, summary.message)
            raise ImportAborted(summary.message) from exc
        except (Exception, KeyboardInterrupt) as exc:
            stop.seen()
            summary.message = why_stopped(exc)
            _record_abort(engine, conn, run_id, summary.message)
            raise


def why_stopped(exc: BaseException) -> str:
    if isinstance(exc, Terminated):
        return "stopped by SIGTERM"
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    return f"{type(exc).__name__}: {exc}"


class ImportAborted(RuntimeError):
    """The run stopped before it finished; what it stored stays, and the next run does the rest."""


def _record_abort(engine: Engine, conn, run_id: int, reason: str) -> None:
    """Mark the run failed with its reason now, rather than leave it 'running' until the next
    run finds it (a monitor reading import_runs would see a run that never ends). On a
    connection of its own: the run's connection may be the thing that failed."""
    try:
        conn.rollback()  # releases SQLite's write lock for the other connection
        # (and on the driver's connection too, in case a rollback the stop interrupted left
        # its transaction open while SQLAlchemy counts it as ended)
        conn.connection.dbapi_connection.rollback()
    except Exception:  # noqa: BLE001 - unusable: close it, which releases it too
        conn.invalidate()
    try:
        with engine.begin() as fresh:
            fresh.execute(update(m.ImportRun).where(m.ImportRun.id == run_id).values(
                finished_at=now(), status="failed", message=reason[:1000]))
    except Exception:  # noqa: BLE001 - the database itself may be the problem
        log.exception("run %s: could not record that it stopped", run_id)
    log.error("run %s stopped: %s", run_id, reason)


@contextmanager
def _fewer_collections():
    """Extraction makes millions of short-lived objects and keeps few: at Python's default
    threshold (a collection every 700 new container objects) the cyclic garbage collector
    ran thousands of times per corpus, each pass also walking the run's long-lived tables.
    A higher threshold for the run's length: PFR 1998, one process, 7.9 s -> 7.5 s. Worker
    processes forked during the run inherit it."""
    old = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _known(conn) -> dict[str, tuple[str | None, str | None, str, str | None]]:
    """Stored documents by path: (sha256, extractor version, status, sidecar's sha256)."""
    rows = conn.execute(select(m.Document.path, m.Document.sha256, m.Document.extractor_version,
                               m.Document.status, m.Document.sidecar_sha256))
    return {p: (sha, ver, status, side) for p, sha, ver, status, side in rows}


def _process(conn, candidates: list[Candidate], summary: RunSummary, workers: int | str,
             max_bytes: int, max_seconds: float | None, progress: ProgressFn,
             copies: Copies) -> None:
    known = _known(conn)
    conn.commit()
    if workers == AUTO:
        workers = auto_workers(_bytes_to_extract(candidates, known), usable_cores())
    summary.workers = workers
    sources: dict[str, tuple[SourceFile, bool]] = {}
    extract = functools.partial(_extract, limit=max_seconds)
    with ExitStack() as stack:
        pool = stack.enter_context(_extraction_pool(workers, max_seconds)) \
            if workers > 1 else None
        if pool is None and max_seconds:
            stack.enter_context(handling_alarms())  # once, not per document
        writer = stack.enter_context(open_writer(conn, summary, sources, known, progress,
                                                 EXTRACTOR_VERSION, expected=len(candidates)))
        fail = writer.fail

        def jobs() -> Iterator[tuple[str, bytes, Manifest]]:
            seen: set[str] = set()
            for cand in candidates:
                stop.check()
                path = str(cand.path.absolute())
                if path in seen:  # named twice (a file and its folder, overlapping folders)
                    continue
                seen.add(path)
                if cand.error:
                    fail(path, cand.error)
                    continue
                try:
                    size = cand.path.stat().st_size
                    if size > max_bytes:
                        fail(path, f"file is {size} bytes, larger than the limit of {max_bytes} "
                                   "(raise it with --max-bytes)")
                        continue
                    data = cand.path.read_bytes()
                    manifest, sidecar_sha = read_sidecar(cand.path) \
                        if cand.sidecar is not False else (Manifest(), None)
                except OSError as exc:
                    fail(path, f"cannot read: {exc.strerror or exc}")
                    continue
                except (ValueError, json.JSONDecodeError) as exc:
                    fail(path, f"bad sidecar manifest {cand.path.name}{MANIFEST_SUFFIX}: {exc}")
                    continue
                sha = hashlib.sha256(data).hexdigest()
                if copies.copy_of(path, sha) is not None:
                    writer.copied(path)
                    continue
                src = SourceFile(path=path, name=cand.path.name, sha256=sha, size_bytes=len(data),
                                 sidecar_sha256=sidecar_sha)
                old = known.get(path)
                if _current(old) and old[0] == sha and old[3] == sidecar_sha:
                    writer.unchanged(path)
                    continue
                sources[path] = (src, old is not None and old[2] != "failed")
                yield path, data, manifest

        def save(result) -> None:
            stop.check()
            path, doc, error = result
            if error:
                fail(path, error, sources.pop(path)[0])
            else:
                writer.add(path, doc)

        try:
            if pool is None:
                for n, job in enumerate(jobs()):
                    if n == 0 and max_seconds:
                        # the tables every extraction needs are built on first use: not inside
                        # the first document's time, where the alarm would cut them short
                        warm_up()
                    with stop.interruptible():
                        result = extract(job)
                    save(result)
            else:
                for results in pool.imap(_batches(jobs()), window=workers * WINDOW_BATCHES):
                    for result in results:
                        save(result)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                stop.seen()
            if pool is not None:
                pool.kill()  # at once: the writer below may still settle a group
            raise


def _extraction_pool(workers: int, max_seconds: float | None = None) -> ExtractionPool:
    """Worker processes forked from a parent that has built the extraction tables (they share
    its copy) and that runs no other thread yet: a fork copies only the forking thread, and a
    lock that another thread (the PostgreSQL storing thread) holds at that moment would stay
    held in the child for good."""
    warm_up()
    return ExtractionPool(
        workers, functools.partial(_extract, limit=max_seconds), limit=max_seconds,
        grace=max(2.0, (max_seconds or 0) / 4),
        stuck_result=functools.partial(_too_long, limit=max_seconds))


# A task per document costs the main process a future, two pickles and a wake-up, which is
# as much as extracting a short article: documents travel in batches of about this size.
BATCH_DOCUMENTS = 32
BATCH_BYTES = 256 * 1024
# Batches in flight per worker: enough to keep the workers extracting while the main process
# stores a group (about GROUP_SECONDS of results); with 3 per worker they stood idle for a
# third of a 2-worker load of PFR 1998 (5.3 s; 4.7 s with 16).
WINDOW_BATCHES = 16


def _batches(jobs: Iterable[tuple[str, bytes, Manifest]]) -> Iterator[list]:
    batch, size = [], 0
    for job in jobs:
        batch.append(job)
        size += len(job[1])
        if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _mark_missing(conn, listing: Listing, candidates: list[Candidate], summary: RunSummary,
                  prune: bool, copies_here: set[str] = frozenset()) -> None:
    """Documents whose file is gone from a folder this run listed: kept and marked missing,
    or deleted with ``--prune``.

    Nothing under a folder that could not be listed is gone: its failure is the run's (recorded
    when discovery met it). A folder that was listed but held nothing at all, while documents
    loaded from it are still stored, is taken for a share that is not mounted (its mount point
    is an empty folder): the run records it as a failure and keeps its documents as they were.
    A document gone while a copy of it (``copies_here``: found in this run) is still there
    moves to the copy's path instead.
    """
    seen = {str(c.path.absolute()) for c in candidates}
    gone: list[int] = []
    stale_failures: list[int] = []
    empty: dict[str, list[tuple[int, str]]] = {}
    documents = conn.execute(select(m.Document.id, m.Document.path, m.Document.status)).all()
    conn.commit()
    for doc_id, path, status in documents:
        if path in seen:
            continue
        if status == "failed" and path in listing.listed:
            stale_failures.append(doc_id)  # a folder that could not be listed before, now read
            continue
        where, folder = listing.where(path)
        if (where == "listed" or status == "missing") and copies_here:
            with conn.begin():
                moved = rehome(conn, doc_id, copies_here, summary.run_id)
            if moved:  # counted as a copy while the files were read: the document now
                summary.copies -= 1
                continue
        if where == "listed":
            if status != "missing" or prune:
                gone.append(doc_id)
        elif where == "empty":
            empty.setdefault(folder, []).append((doc_id, status))
    unmounted = {folder: docs for folder, docs in empty.items()
                 if any(status == "loaded" for _, status in docs)}
    gone += [doc_id for folder, docs in empty.items() if folder not in unmounted
             for doc_id, status in docs if status != "missing" or prune]
    stale_copies = [p for p, in conn.execute(select(m.DocumentCopy.path))
                    if p not in seen and listing.where(p)[0] == "listed"]
    conn.commit()
    with conn.begin():
        if stale_copies:  # a copy gone from a folder that was read: it held nothing of its own
            conn.execute(delete(m.DocumentCopy).where(m.DocumentCopy.path.in_(stale_copies)))
        if stale_failures:
            conn.execute(delete(m.Document).where(m.Document.id.in_(stale_failures)))
        # a pruned document's figures go with it: their facts are refreshed in the same
        # transaction, so no fact outlives its last mention
        dirty = consolidate.facts_of_documents(conn, gone) if prune else set()
        for doc_id in gone:
            if prune:
                conn.execute(delete(m.Document).where(m.Document.id == doc_id))
            else:
                conn.execute(update(m.Document).where(m.Document.id == doc_id)
                             .values(status="missing", seen_run_id=summary.run_id))
        for folder, docs in unmounted.items():
            loaded = sum(status == "loaded" for _, status in docs)
            reason = (f"folder is empty, but {loaded} document{'s' * (loaded != 1)} loaded from "
                      f"it before {'are' if loaded != 1 else 'is'} stored (a share that is not "
                      "mounted?): they are kept as they were")
            save_failure(conn, folder, Path(folder).name, reason, summary.run_id)
            summary.failed += 1
            summary.failures.append({"path": folder, "reason": reason})
            log.warning("failed: %s: %s", folder, reason)
        if dirty:
            consolidate.refresh(conn, Catalog(conn), dirty=dirty)
    if prune:
        summary.removed = len(gone)
    else:
        summary.missing = len(gone)
