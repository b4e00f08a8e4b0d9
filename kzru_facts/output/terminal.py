"""Text made safe for a terminal: control characters shown, never obeyed.

An article may carry terminal escape sequences ("\\x1b]52;c;…\\x07" writes the
clipboard, "\\x1b[2J" clears the screen). Everything printed for a person
to read (show, table, TSV, CSV) goes through ``printable``, which replaces
each control character by a visible stand-in of the same length, so spans
still index the text; JSON keeps the text exact (it escapes controls itself).

    ESC [ 2 J   ->  ␛ [ 2 J        (C0 controls as Unicode control pictures)
    U+0085      ->  �              (C1 controls)
    U+202E      ->  �              (bidirectional overrides: text shown reordered)
"""
from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, bidirectional embeddings,
# overrides and isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
PICTURES = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}


def stand_in(m: re.Match) -> str:
    """The visible stand-in of one control character."""
    return PICTURES.get(ord(m.group()), "\ufffd")


def printable(text: str) -> str:
    """``text`` with every control character replaced, one for one.

    >>> printable("a\\x1b[2Jb\\tc\\n\\u202e"), len(printable("\\x1b]52;c;SGk=\\x07"))
    ('a␛[2Jb\\tc\\n�', 12)
    """
    return CONTROL.sub(stand_in, text)


def printable_value(value):
    """A cell's value with its strings (and the strings of a list) printable."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, (list, tuple)):
        return [printable_value(v) for v in value]
    return value


def printable_row(row: dict) -> dict:
    """A table row with every string value printable."""
    return {k: printable_value(v) for k, v in row.items()}
