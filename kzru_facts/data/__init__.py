"""Word lists kept as text files beside this module.

One entry a line; ``#`` starts a comment (which says what real text
motivated the entry); blank lines are skipped.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


def read_lines(name: str) -> list[str]:
    """Entries of ``data/<name>.txt``, comments and blanks dropped."""
    lines = []
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


@cache
def load_table(name: str) -> dict[str, tuple[str, ...]]:
    """Lines ``key: value value ...`` of ``data/<name>.txt`` as key -> values
    (key lower-cased; values as written), e.g. ``посольство: посольство дипмиссия``."""
    table = {}
    for line in read_lines(name):
        key, _, values = line.partition(":")
        table[key.strip().lower()] = tuple(values.split())
    return table


@cache
def load_set(name: str) -> frozenset[str]:
    """Entries of ``data/<name>.txt`` as a lower-cased set."""
    return frozenset(line.lower() for line in read_lines(name))
