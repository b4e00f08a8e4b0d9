"""The ordered, streaming, bounded parallel map."""
from __future__ import annotations

import time

import pytest

from kzru_facts.batch.parallel import Throttle, cpu_count, imap_ordered


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


def test_stopping_early_ends_the_workers():
    results = imap_ordered(slow_when_even, Counted(10_000), jobs=2)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    began = time.monotonic()
    results.close()
    assert time.monotonic() - began < 5


def test_throttle_close_wakes_a_waiting_feeder():
    throttle = Throttle(range(10), window=1)
    feed = iter(throttle)
    assert next(feed) == 0
    throttle.close()
    assert list(feed) == []


def test_cpu_count_is_positive():
    assert cpu_count() >= 1
