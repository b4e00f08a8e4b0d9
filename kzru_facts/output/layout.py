"""Terminal tables that fit: which columns to show at a width, and how wide.

    width 80:  speaker (≤22) │ text (the rest, wrapped at spaces) │ doc (≤18)
    width 120: speaker       │ role │ text                        │ doc

Short columns get what they need up to a cap and never less than their
header; the wide columns (the quote, the sentence) share the rest. When
the rest would be too narrow to read, optional columns are dropped, least
useful first. Paths are shortened to their file name, and long ones keep
their head and tail (``000_791e…867.txt``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Sequence

# The widest a short column gets; longer values end in "…".
CAPS = {"doc": 18, "speaker": 22, "role": 20, "mention": 18, "rule": 10, "kind": 9,
        "visitor": 20, "destination": 16, "when": 10, "status": 9, "name": 20, "type": 12,
        "published": 10, "value": 10, "normal": 20, "source": 14, "minutes": 7}
# Dropped when the wide columns would get too little, first in this list first.
OPTIONAL = ["start", "end", "normal", "source", "author", "durations", "visit_counts",
            "documents", "visits", "dates", "entities", "published", "mention", "rule", "kind",
            "role", "text", "doc"]
MIN_WIDE = 30         # narrower than this, a wrapped quote reads as a word list
PER_COLUMN = 3        # "│ " before and " " after each cell
EDGE = 1              # the closing "│"
PATH_COLUMNS = ("doc", "articles")
LIST_PATH = 14        # a path in a list of articles: short enough to wrap between paths


@dataclass(frozen=True)
class Column:
    name: str
    width: int            # the width a short column gets, or the least a wide one gets
    wide: bool = False


def natural_width(name: str, rows: Sequence[dict]) -> int:
    """The width a short column's values need, capped, never below its header."""
    longest = max((len(str(r.get(name) or "")) for r in rows), default=0)
    return max(len(name), min(longest, CAPS.get(name, 24)))


def overhead(count: int) -> int:
    return PER_COLUMN * count + EDGE


def fit(columns: Sequence[str], wide: Iterable[str], rows: Sequence[dict],
        width: int, keep: Iterable[str] = ()) -> list[Column]:
    """The columns to show at ``width``, each with its width; ``keep`` are never dropped."""
    wide = set(wide) & set(columns)
    least = MIN_WIDE // max(len(wide), 1)
    shown = list(columns)
    while True:
        cols = [Column(c, max(len(c), least), True) if c in wide
                else Column(c, natural_width(c, rows)) for c in shown]
        need = sum(c.width for c in cols) + overhead(len(cols))
        droppable = [c for c in OPTIONAL if c in shown and c not in wide and c not in keep]
        if need <= width:
            return cols
        if not droppable:       # the wide columns make do with less, down to their header
            return [Column(c.name, len(c.name), True) if c.wide else c for c in cols]
        shown.remove(droppable[0])


def short_path(value: str, width: int = CAPS["doc"]) -> str:
    """A path as its file name, cut in the middle when still too long.

    >>> short_path("seeds/000_791e629fc53aa867.txt")
    '000_791…3aa867.txt'
    >>> short_path("news/2024/day.jsonl:17"), short_path("-")
    ('day.jsonl:17', '-')
    """
    name = os.path.basename(value) or value
    if len(name) <= width:
        return name
    head = (width - 1) // 2 - 1
    return name[:head] + "…" + name[-(width - 1 - head):]


def shorten_paths(row: dict) -> dict:
    """The row with its doc (and list of articles) as short file names."""
    out = dict(row)
    for key in PATH_COLUMNS:
        value = out.get(key)
        if isinstance(value, str):
            out[key] = short_path(value)
        elif isinstance(value, (list, tuple)):
            out[key] = [short_path(v, LIST_PATH) for v in value]
    return out
