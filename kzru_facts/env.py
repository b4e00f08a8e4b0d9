"""Facts about the streams the tool talks to, in one object tests can replace.

Each fact is read from the real process when left as None, so a test can fix
one ("stdout is a terminal") and leave the others real.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO

from .text.inputs import stdin_has_input


@dataclass
class Env:
    tty: bool | None = None            # is stdout a terminal?
    piped_stdin: bool | None = None    # is something piped or redirected in?

    @property
    def stdout(self) -> TextIO:
        return sys.stdout

    @property
    def stdout_isatty(self) -> bool:
        return sys.stdout.isatty() if self.tty is None else self.tty

    @property
    def stdin_has_input(self) -> bool:
        return stdin_has_input() if self.piped_stdin is None else self.piped_stdin
