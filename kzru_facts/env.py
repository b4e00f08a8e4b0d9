"""Facts about the streams the tool talks to, in one object tests can replace."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from .inputs import stdin_has_input


@dataclass
class Env:
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stdout_isatty: bool = field(default_factory=lambda: sys.stdout.isatty())
    stdin_has_input: bool = field(default_factory=stdin_has_input)
