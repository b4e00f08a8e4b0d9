"""An ordered, streaming, bounded parallel map over worker processes.

    source iterator ─ throttle (≤ window in flight) ─ Pool.imap ─ results in input order
                         ▲                                            │
                         └──────── one slot freed per result ─────────┘

``Pool.imap`` alone reads its whole input in a feeder thread and keeps
every finished result until the consumer takes it; the throttle lets at
most ``window`` items past before the consumer has taken one back, so
memory stays flat however long the input and the first result can
appear before the last item is read.
"""
from __future__ import annotations

import multiprocessing as mp
import threading
from typing import Callable, Iterable, Iterator, TypeVar

from ..env import cores

In = TypeVar("In")
Out = TypeVar("Out")


cpu_count = cores   # cores this process may run on (env.cores)


class Throttle:
    """Lets items of an iterator through while fewer than ``window`` are in flight."""

    def __init__(self, items: Iterable, window: int):
        self.items = items
        self.slots = threading.Semaphore(window)
        self.closed = False

    def __iter__(self) -> Iterator:
        for item in self.items:
            self.slots.acquire()
            if self.closed:
                return
            yield item

    def done(self) -> None:
        """One result was taken: one more item may go."""
        self.slots.release()

    def close(self) -> None:
        """Stop feeding, waking the feeder if it waits for a slot."""
        self.closed = True
        self.slots.release()


def pool_context():
    """fork where it exists: workers inherit loaded models instead of reloading."""
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else methods[0])


def imap_ordered(func: Callable[[In], Out], items: Iterable[In], jobs: int,
                 initializer: Callable[[], None] | None = None,
                 window: int | None = None) -> Iterator[Out]:
    """``map(func, items)`` over ``jobs`` processes, in input order, streaming.

    >>> list(imap_ordered(abs, iter([-3, 2, -1]), jobs=2))
    [3, 2, 1]
    """
    if jobs <= 1:
        if initializer:
            initializer()
        yield from map(func, items)
        return
    throttle = Throttle(items, window or 4 * jobs)
    pool = pool_context().Pool(jobs, initializer=initializer)
    try:
        for result in pool.imap(func, throttle, chunksize=1):
            throttle.done()
            yield result
    finally:
        throttle.close()
        pool.terminate()
        pool.join()
