"""An ordered, streaming, bounded parallel map over worker processes.

    source iterator ─ submit (≤ window in flight) ─ worker processes ─ results in input order
                         ▲                                                    │
                         └────────────── one slot freed per result ───────────┘

At most ``window`` items are past the source before the consumer has taken
one back, so memory stays flat however long the input, and the first
result can appear before the last item is read.

A worker that dies (``kill -9``, the out-of-memory killer) breaks the pool:
the item it held raises ``WorkerLost`` in the consumer, never a silent
wait. Where worker processes cannot be had (no writable ``/dev/shm`` for
their semaphores) the map runs in this process instead.
"""
from __future__ import annotations

import functools
import multiprocessing as mp
import os
import signal
from collections import deque
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, TypeVar

from ..env import cores

In = TypeVar("In")
Out = TypeVar("Out")

# More workers than cores only share the cores and multiply the memory:
# ``--jobs 1000`` must not fork a thousand processes.
MAX_JOBS_PER_CORE = 1
JOIN_SECONDS = 5      # how long a terminated worker may take to end before it is killed


class WorkerLost(RuntimeError):
    """A worker process ended while it held ``item``."""

    def __init__(self, item):
        super().__init__(f"a worker process ended while it held {item!r}")
        self.item = item


cpu_count = cores   # cores this process may run on (env.cores)


def usable_jobs(jobs: int) -> int:
    """``jobs`` capped at the number of cores.

    >>> usable_jobs(1), usable_jobs(10_000) <= cpu_count() * MAX_JOBS_PER_CORE
    (1, True)
    """
    return max(1, min(jobs, cpu_count() * MAX_JOBS_PER_CORE))


def pool_context():
    """fork where it exists: workers inherit loaded models instead of reloading."""
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else methods[0])


# Signals the parent handles; held back while workers fork (see ``forking``).
STOP_SIGNALS = {getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)}


@contextmanager
def forking():
    """Hold stop signals back while workers are forked: a worker must not meet
    one before ``start_worker`` has set its own handling (it would run the
    parent's handler and live on, blocking a lock its pool needs)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def start_worker(initializer: Callable[[], None] | None) -> None:
    """In a new worker: Ctrl-C and hang-ups are the parent's to handle, a
    terminate ends the worker quietly (no traceback on the terminal)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    if initializer:
        initializer()


def start_pool(jobs: int, initializer: Callable[[], None] | None) -> ProcessPoolExecutor | None:
    """``jobs`` worker processes, or None when the system cannot give them."""
    try:
        return ProcessPoolExecutor(jobs, mp_context=pool_context(),
                                   initializer=functools.partial(start_worker, initializer))
    except (OSError, ImportError, NotImplementedError):   # no /dev/shm, no sem_open
        return None


def workers_of(pool: ProcessPoolExecutor) -> set:
    """The pool's worker processes as of now (a broken pool forgets its own)."""
    return set((getattr(pool, "_processes", None) or {}).values())


def stop_pool(pool: ProcessPoolExecutor, known: set = frozenset()) -> None:
    """End the workers now, finished or not (the consumer went away or failed),
    including ``known`` ones a broken pool no longer lists."""
    processes = list(workers_of(pool) | set(known))
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        p.terminate()
    for p in processes:
        p.join(JOIN_SECONDS)
        if p.is_alive():      # it does not answer a terminate: end it for sure
            p.kill()
            p.join()


def take(future: Future, item):
    """The future's result; ``WorkerLost`` when its worker died."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerLost(item) from None


def imap_ordered(func: Callable[[In], Out], items: Iterable[In], jobs: int,
                 initializer: Callable[[], None] | None = None,
                 window: int | None = None) -> Iterator[Out]:
    """``map(func, items)`` over ``jobs`` processes, in input order, streaming.

    >>> list(imap_ordered(abs, iter([-3, 2, -1]), jobs=2))
    [3, 2, 1]
    """
    jobs = usable_jobs(jobs)
    pool = start_pool(jobs, initializer) if jobs > 1 else None
    if pool is None:
        if initializer:
            initializer()
        yield from map(func, items)
        return
    window = window or 4 * jobs
    pending: deque[tuple[Future, In]] = deque()
    workers: set = set()
    try:
        for n, item in enumerate(items):
            if n:
                pending.append((pool.submit(func, item), item))
            else:
                with forking():            # the first submit forks the workers
                    pending.append((pool.submit(func, item), item))
            if len(workers) < jobs:
                workers |= workers_of(pool)
            if len(pending) >= window:
                yield take(*pending.popleft())
        while pending:
            yield take(*pending.popleft())
    except BrokenProcessPool as err:     # broken before a submit
        raise WorkerLost(pending[0][1] if pending else None) from err
    finally:
        stop_pool(pool, workers)
