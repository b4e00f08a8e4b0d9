"""Facts about the streams the tool talks to, in one object tests can replace.

Each fact is read from the real process when left as None, so a test can fix
one ("stdout is a terminal") and leave the others real.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TextIO



@dataclass
class Env:
    tty: bool | None = None            # is stdout a terminal?
    stdin_tty: bool | None = None      # is stdin a terminal (a person, not a pipe)?

    @property
    def stdout(self) -> TextIO:
        return sys.stdout

    @property
    def stdout_isatty(self) -> bool:
        return sys.stdout.isatty() if self.tty is None else self.tty

    @property
    def stdin_isatty(self) -> bool:
        """True only for a terminal: a pipe, a file, /dev/null or no stdin at all is not."""
        if self.stdin_tty is not None:
            return self.stdin_tty
        try:
            return sys.stdin.isatty()
        except (AttributeError, ValueError):    # closed or missing stdin (cron, daemons)
            return False


def cores() -> int:
    """Cores this process may run on (the default for ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
