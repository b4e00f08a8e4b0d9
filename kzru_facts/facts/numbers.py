"""Numbers written in digits or in words, in any case and gender."""
from __future__ import annotations

import re
from functools import cache

from ..data import read_lines
from ..lemma import lemmas

DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")


@cache
def number_words() -> dict[str, float]:
    """Lemma -> value, from data/numbers.txt."""
    return {w: float(v) for w, v in (line.split() for line in read_lines("numbers"))}


@cache
def compound_stems() -> dict[str, float]:
    """Compound first half -> value, from data/compound_stems.txt."""
    return {w: float(v) for w, v in (line.split() for line in read_lines("compound_stems"))}


def parse_number(word: str) -> float | None:
    """The value of one number word or numeral.

    >>> parse_number("2,5"), parse_number("трех"), parse_number("33")
    (2.5, 3.0, 33.0)
    >>> parse_number("часа") is None
    True
    """
    if DIGITS.match(word):
        return float(word.replace(",", "."))
    table = number_words()
    for lemma in lemmas(word):
        if lemma in table:
            return table[lemma]
    return None


def parse_compound(word: str) -> float | None:
    """The number in the first half of a compound: четырехчасовая -> 4.

    >>> parse_compound("четырехчасовая"), parse_compound("полуторачасовые")
    (4.0, 1.5)
    """
    low = word.lower()
    for stem, value in sorted(compound_stems().items(), key=lambda kv: -len(kv[0])):
        if low.startswith(stem):
            return value
    return None
