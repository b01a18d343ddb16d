"""Extraction worker processes that can be stopped at once.

Why not ``concurrent.futures.ProcessPoolExecutor``: a load stopped by SIGTERM or Ctrl-C waited
for the documents its workers were extracting (27 s for one 200,000-character page, for ever
for a page that never finishes), workers hit by the terminal's Ctrl-C printed tracebacks, and
the interpreter's exit could hang in multiprocessing's exit handler, joining workers blocked in
``Queue.get``. Nor could it take back one document that runs too long. Here each worker has
its own task queue and result pipe, nothing is shared between workers (killing one cannot
leave a lock held that another needs), and the pool is ended by killing its workers, which
hold nothing worth keeping: their results travel in whole messages, and what is lost with
them is extracted again by the next run.

Each document's time is bounded inside its worker (timelimit.py, raised between bytecodes);
a worker that goes past the bound by ``grace`` seconds anyway (stuck in one call into compiled
code) is killed from here, its document recorded as the caller says (``stuck_result``), and the
rest of its work handed to the other workers; with none left, the pool extracts in this
process.
"""
from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait
from typing import Any

from . import stop
from .timelimit import handling_alarms

log = logging.getLogger("minsheng.import")

_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
# How often the waiting loop looks at the workers' clocks when no result arrives.
POLL_SECONDS = 0.25


class WorkerDied(RuntimeError):
    """A worker process ended without being asked to (killed from outside, out of memory)."""


class _Task:
    """A batch of items in flight: ``sent`` lists the indexes handed to the worker now, in
    order; ``done`` holds the results known so far (by index)."""

    def __init__(self, task_id: int, items: list):
        self.id, self.items = task_id, items
        self.sent: list[int] = list(range(len(items)))
        self.done: dict[int, Any] = {}

    @property
    def complete(self) -> bool:
        return len(self.done) == len(self.items)

    def results(self) -> list:
        return [self.done[i] for i in range(len(self.items))]


class _Worker:
    def __init__(self, slot: int, process, tasks, results):
        self.slot, self.process, self.tasks, self.results = slot, process, tasks, results
        self.outstanding: list[_Task] = []
        self.alive = True


class ExtractionPool:
    """``workers`` processes applying ``fn`` to items, batches in and results out in order
    (``imap``). Forked from this process: start it before any other thread (a fork copies
    only the forking thread; a lock another thread holds would stay held in the worker).

    ``limit``: seconds one item may take (``fn`` is expected to bound itself so); a worker
    still on one item ``grace`` seconds after that is killed, and ``stuck_result(item)`` is its
    result."""

    def __init__(self, workers: int, fn: Callable, *, limit: float | None = None,
                 grace: float = 2.0, stuck_result: Callable[[Any], Any] | None = None):
        self.fn, self.limit, self.grace, self.stuck_result = fn, limit, grace, stuck_result
        self._ctx = multiprocessing.get_context("fork")
        # per worker: task id, index in the batch, monotonic time the item started (-1: idle)
        self._clock = self._ctx.RawArray("d", 3 * workers)
        self._workers: list[_Worker] = []
        self._ids = 0
        blocked = _block_stop_signals()  # until a worker has set its own handlers
        try:
            try:
                for slot in range(workers):
                    self._workers.append(self._start(slot))
            finally:
                _unblock(blocked)  # a stop signal that came meanwhile is raised here
        except BaseException:
            self.kill()
            raise

    def _start(self, slot: int) -> _Worker:
        self._clock[3 * slot] = -1
        tasks = self._ctx.Queue()
        reader, writer = self._ctx.Pipe(duplex=False)
        process = self._ctx.Process(
            target=_worker_main, name=f"minsheng-extract-{slot}", daemon=True,
            args=(slot, tasks, writer, self._clock, self.fn, os.getpid()))
        process.start()
        writer.close()  # the worker holds the only writing end: its death reads as EOF here
        return _Worker(slot, process, tasks, reader)

    # -- the work ---------------------------------------------------------------------------

    def imap(self, batches: Iterable[list], window: int) -> Iterator[list]:
        """Results of each batch (a list, one result per item), in the batches' order, with at
        most ``window`` batches in flight."""
        in_flight: deque[_Task] = deque()
        batches = iter(batches)
        more = True
        while True:
            while more and len(in_flight) < window:
                batch = next(batches, None)
                if batch is None:
                    more = False
                    break
                in_flight.append(self._submit(_Task(self._next_id(), batch)))
            if not in_flight:
                return
            head = in_flight[0]
            while not head.complete:
                self._wait()
            in_flight.popleft()
            yield head.results()

    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    def _submit(self, task: _Task) -> _Task:
        live = [w for w in self._workers if w.alive]
        if not live:  # every worker was killed for a stuck item: carry on in this process
            for i in task.sent:
                with stop.interruptible():
                    task.done[i] = self.fn(task.items[i])
            task.sent = []
            return task
        worker = min(live, key=lambda w: len(w.outstanding))
        worker.outstanding.append(task)
        worker.tasks.put((task.id, [task.items[i] for i in task.sent]))
        return task

    def _wait(self) -> None:
        """Take the results that have arrived; kill a worker stuck past its bound."""
        live = {w.results: w for w in self._workers if w.alive}
        with stop.interruptible():
            for conn in wait(list(live), timeout=POLL_SECONDS):
                worker = live[conn]
                try:
                    task_id, results = conn.recv()
                except (EOFError, OSError):
                    self._died(worker)
                    continue
                self._received(worker, task_id, results)
        if self.limit:
            self._kill_stuck()

    def _received(self, worker: _Worker, task_id: int, results: list) -> None:
        task = next(t for t in worker.outstanding if t.id == task_id)
        worker.outstanding.remove(task)
        for i, result in zip(task.sent, results):
            task.done[i] = result

    def _died(self, worker: _Worker) -> None:
        worker.process.join(1.0)
        code = worker.process.exitcode
        worker.alive = False
        # A SIGTERM meant for the whole load (systemd stops every process of the unit) may
        # reach the worker first: give this process's own handler the moment to act on it.
        time.sleep(0.25)
        stop.check()
        how = (f"killed by {signal.Signals(-code).name}" if code is not None and code < 0
               else f"exit code {code}")
        raise WorkerDied(f"an extraction worker died ({how})")

    def _kill_stuck(self) -> None:
        now = time.monotonic()
        for worker in self._workers:
            if not worker.alive:
                continue
            base = 3 * worker.slot
            task_id = self._clock[base]  # read first: the worker writes it last
            index, started = int(self._clock[base + 1]), self._clock[base + 2]
            if task_id < 0 or now - started < self.limit + self.grace:
                continue
            os.kill(worker.process.pid, signal.SIGKILL)
            worker.process.join(5.0)
            worker.alive = False
            self._drain(worker)
            stuck = next((t for t in worker.outstanding if t.id == int(task_id)), None)
            if stuck is not None and index < len(stuck.sent):
                item_index = stuck.sent[index]
                stuck.done[item_index] = self.stuck_result(stuck.items[item_index])
                log.warning("an extraction worker stuck for %.0f s was killed", now - started)
            _discard(worker)
            for task in worker.outstanding:  # the rest of its work goes to the others
                task.sent = [i for i in range(len(task.items)) if i not in task.done]
                if task.sent:
                    self._submit(task)
            worker.outstanding.clear()

    def _drain(self, worker: _Worker) -> None:
        """The whole results a killed worker sent before it died."""
        try:
            while worker.results.poll():
                self._received(worker, *worker.results.recv())
        except (EOFError, OSError):
            pass

    # -- the end ----------------------------------------------------------------------------

    def close(self) -> None:
        """After the work: tell the workers to stop, and wait a little for them."""
        for worker in self._workers:
            if worker.alive:
                worker.tasks.put(None)
        deadline = time.monotonic() + 5.0
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        self.kill()

    def kill(self) -> None:
        """End every worker now (a stop, an error): nothing they hold is worth waiting for."""
        for worker in self._workers:
            if worker.process.exitcode is None:
                try:
                    os.kill(worker.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        for worker in self._workers:
            worker.process.join(2.0)
            worker.alive = False
            _discard(worker)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.kill()


def _discard(worker: _Worker) -> None:
    """Close a dead worker's channels. A task queue's feeder thread may be blocked writing to
    a pipe nobody reads any more: at exit, multiprocessing would join it for ever."""
    worker.tasks.cancel_join_thread()
    worker.tasks.close()
    worker.results.close()


def _block_stop_signals():
    if hasattr(signal, "pthread_sigmask"):
        return signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    return None


def _unblock(previous) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# -- in the worker ------------------------------------------------------------------------------

def _worker_main(slot: int, tasks, results, clock, fn: Callable, parent: int) -> None:
    """A worker's whole life. It ends by ``os._exit``: never through multiprocessing's exit
    code, never printing a traceback (a stop is the loader's to report)."""
    code = 1
    try:
        # Ctrl-C in a terminal reaches every process of the group: the loader decides what
        # happens, and ends the workers itself. SIGTERM from outside just ends a worker.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _unblock_stop_signals()
        _die_with_parent(parent)
        _defer_to_storing()
        outbox: queue.SimpleQueue = queue.SimpleQueue()
        sender = threading.Thread(target=_send, args=(outbox, results), daemon=True)
        sender.start()
        base = 3 * slot
        with handling_alarms():  # fn may bound each item's time: the handler set once
            while (task := tasks.get()) is not None:
                task_id, items = task
                out = []
                for index, item in enumerate(items):
                    clock[base + 2] = time.monotonic()
                    clock[base + 1] = index
                    clock[base] = task_id  # last: the pool reads it first
                    out.append(fn(item))
                clock[base] = -1
                outbox.put((task_id, out))
        outbox.put(None)
        sender.join()
        code = 0
    except BaseException:  # noqa: BLE001 - the loader sees the pipe close and reports it
        pass
    finally:
        os._exit(code)


def _send(outbox: queue.SimpleQueue, results) -> None:
    """On a thread of the worker: results go out while the next batch is extracted (the
    loader reads them when it is not storing)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # for the extracting thread
    try:
        while (message := outbox.get()) is not None:
            results.send(message)
    except (OSError, EOFError):
        os._exit(1)  # the loader is gone


def _unblock_stop_signals() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def _die_with_parent(parent: int) -> None:
    """A loader killed outright (SIGKILL from cron's timeout or the OOM killer) left its
    workers behind, waiting for work forever and holding what they inherited from it: the
    SQLite lock file's descriptor, the PostgreSQL session that holds the advisory lock. Every
    later run then found the database locked. On Linux the kernel kills a worker when the
    loader dies (the pool forks its workers from the loader's main thread, the one
    PR_SET_PDEATHSIG watches); elsewhere a thread of the worker looks every second."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):  # no prctl: not Linux
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True,
                         name="minsheng-watch-loader").start()
    if os.getppid() != parent:  # the loader died before the line above
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _defer_to_storing() -> None:
    """Storing is the one serial stage of a parallel load: when the storing process waits its
    turn behind N extractors on N cores, results pile up and are stored alone at the end while
    the cores idle. A lower priority for the extractors lets it run whenever it has work (PFR
    1998, 2 workers on 2 cores: 4.62 s -> 4.43 s, mean of 4 paired runs)."""
    try:
        os.nice(10)
    except OSError:  # not allowed here: only slower
        pass
