"""The ordered, streaming, bounded parallel map."""
from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest

import kzru_facts.batch.parallel
from kzru_facts.batch.parallel import WorkerLost, cpu_count, imap_ordered, usable_jobs


def square(n: int) -> int:
    return n * n


def slow_when_even(n: int) -> int:
    """Even items finish later than their odd successors, to test reordering."""
    if n % 2 == 0:
        time.sleep(0.01)
    return n


class Counted:
    """An iterator that records how many items were taken from it."""

    def __init__(self, n: int):
        self.n, self.taken = n, 0

    def __iter__(self):
        for i in range(self.n):
            self.taken += 1
            yield i


@pytest.mark.parametrize("func, items, jobs", [
    (square, [3, 1, 2], 1),
    (square, [3, 1, 2], 2),
    (slow_when_even, list(range(20)), 2),
    (slow_when_even, list(range(20)), 3),
    (square, [], 2),                      # nothing in, nothing out
])
def test_order_equals_input_order(func, items, jobs):
    assert list(imap_ordered(func, iter(items), jobs)) == [func(i) for i in items]


def test_first_result_comes_before_the_input_is_read():
    source = Counted(1000)
    results = imap_ordered(square, source, jobs=2, window=4)
    assert next(results) == 0
    assert source.taken < 10
    results.close()


def test_items_in_flight_stay_within_the_window():
    source, window, worst = Counted(300), 4, 0
    for done, _ in enumerate(imap_ordered(square, source, jobs=2, window=window), 1):
        worst = max(worst, source.taken - done)
    assert worst <= window + 1


def running(child) -> bool:
    """The child process still runs. ``is_alive()`` alone is not to be trusted here:
    the pool's own thread may reap a terminated worker at the same moment, and then
    ``is_alive()`` (its waitpid meets ECHILD) says True of a process that is gone.
    Where /proc exists, the process's own state is read instead."""
    try:
        with open(f"/proc/{child.pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"   # Z: ended, not yet reaped
    except FileNotFoundError:
        return False
    except OSError:
        return child.is_alive()


def workers_left(earlier: set) -> list:
    """The children started since ``earlier`` that still run. The workers are
    terminated when the map ends; on a loaded machine their exit can take a moment
    to be seen, so each is waited for (a bound against a hang, not a speed check).
    Children of earlier tests (``earlier``) are not this map's workers."""
    new = [c for c in multiprocessing.active_children() if c not in earlier]
    for child in new:
        child.join(60)
    return [c for c in new if running(c)]


def test_stopping_early_ends_the_workers():
    earlier = set(multiprocessing.active_children())
    results = imap_ordered(slow_when_even, Counted(10_000), jobs=2)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    results.close()
    assert workers_left(earlier) == []


def die_at_five(n: int) -> int:
    """Item 5 kills its worker, as kill -9 or the out-of-memory killer would."""
    if n == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def test_a_worker_that_dies_ends_the_map_with_an_error():
    results = imap_ordered(die_at_five, iter(range(100)), jobs=2, window=4)
    done = []
    with pytest.raises(WorkerLost) as lost:
        for n in results:
            done.append(n)
    # the pool cannot tell which worker died: the first item not delivered is
    # named (5 itself, or an earlier one that was in flight on the other worker)
    assert done == list(range(len(done))) and len(done) <= 5
    assert lost.value.item == len(done)
    # (the other worker is terminated too; a broken pool's manager thread races
    # us for it, so its exit is not asserted here: see the stopping-early test)


@pytest.mark.parametrize("asked, most", [(1, 1), (1000, cpu_count()), (2**31, cpu_count())])
def test_jobs_are_capped_at_the_cores(asked, most):
    assert usable_jobs(asked) == most


def test_no_shared_memory_falls_back_to_one_process(monkeypatch):
    def no_semaphores(*args, **kwargs):
        raise FileNotFoundError(2, "No such file or directory: '/dev/shm'")

    monkeypatch.setattr(kzru_facts.batch.parallel, "ProcessPoolExecutor", no_semaphores)
    assert list(imap_ordered(square, iter([1, 2, 3]), jobs=2)) == [1, 4, 9]


def test_cpu_count_is_positive():
    assert cpu_count() >= 1
