"""Exit codes of the command line tool, and the end-of-run summary line."""
from __future__ import annotations

from collections import Counter
from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1          # some input could not be read or processed
    USAGE = 2          # bad arguments, a path that does not exist
    INTERRUPTED = 130  # Ctrl-C
    HANGUP = 129       # 128 + SIGHUP: the terminal went away
    TERMINATED = 143   # 128 + SIGTERM: told to stop


class RunStopped(Exception):
    """The run cannot go on (a worker process died); the message says why."""


def skip_summary(reasons: list[str], total: int) -> str:
    """How many inputs were skipped and why, most common reason first.

    >>> skip_summary(["not text", "cannot be read", "not text"], 5)
    '3 of 5 inputs skipped: 2 not text, 1 cannot be read'
    >>> skip_summary(["failed"], 1)
    '1 of 1 input skipped: 1 failed'
    """
    counts = ", ".join(f"{n} {reason}" for reason, n in Counter(reasons).most_common())
    return f"{len(reasons)} of {total} input{'s' if total != 1 else ''} skipped: {counts}"
