"""One article to analyse, with what its container told about it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """An article's text and the metadata its page or table row gave.

    ``doc`` names where it came from: a path, ``-``, or ``news.jsonl:17``
    (a table's file and row, or the row's id).
    """
    doc: str | None
    text: str
    title: str | None = None
    published: str | None = None    # YYYY-MM-DD, already checked
    url: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    """What the command line says about reading: the text column, a date."""
    text_column: str | None = None
    published: str | None = None     # for plain text; fills in for pages and rows
