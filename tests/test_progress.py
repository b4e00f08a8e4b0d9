"""Progress on stderr: only on a terminal, only for long runs."""
from __future__ import annotations

import io

import pytest

from kzru_facts.output.progress import track, wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stderr, stdout_isatty, fmt, expected", [
    (Terminal(), False, "jsonl", True),     # output to a file, watching the terminal
    (Terminal(), True, "table", True),      # the table is printed after the run
    (Terminal(), True, "jsonl", False),     # streamed lines would tear the line
    (io.StringIO(), False, "jsonl", False),  # stderr piped or logged
    (io.StringIO(), True, "table", False),
])
def test_wanted(stderr, stdout_isatty, fmt, expected):
    assert wanted(stdout_isatty, fmt, stderr) is expected


def test_items_pass_through_unchanged_and_nothing_is_shown_when_not_wanted():
    stream = Terminal()
    assert list(track(iter([3, 1, 2]), show=False, stream=stream, delay=0)) == [3, 1, 2]
    assert stream.getvalue() == ""


def test_short_runs_show_nothing():
    stream = Terminal()
    assert list(track(range(5), show=True, stream=stream, delay=60)) == list(range(5))
    assert stream.getvalue() == ""


def test_long_runs_show_a_count():
    stream = Terminal()
    assert list(track(range(5), show=True, stream=stream, delay=0)) == list(range(5))
    assert "articles" in stream.getvalue()
