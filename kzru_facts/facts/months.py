"""Month words: every case form and abbreviation, matched whole."""
from __future__ import annotations

from functools import cache

from ..data import read_lines


@cache
def month_table(abbreviations: bool = True) -> dict[str, int]:
    """Form -> month number, from data/month_forms.txt."""
    table = {}
    for line in read_lines("month_forms"):
        number, _, short = line.partition("|")
        number, *forms = number.split()
        forms += short.split() if abbreviations else []
        table.update((form, int(number)) for form in forms)
    return table


def month_of(word: str, abbreviations: bool = True) -> int | None:
    """1..12 for a month word, or None.

    >>> month_of("Ноябрь"), month_of("фев."), month_of("мае"), month_of("марка")
    (11, 2, 5, None)
    >>> month_of("окт", abbreviations=False) is None
    True
    """
    return month_table(abbreviations).get(word.lower().rstrip("."))


def month_pattern(abbreviations: bool = True) -> str:
    """A regex alternation of month forms, longest first; "фев." keeps its dot."""
    full = sorted(month_table(False), key=len, reverse=True)
    short = sorted(set(month_table()) - set(full), key=len, reverse=True) if abbreviations else []
    return (first_letters(full + short) + "(?:" + "|".join(full)
            + ("|(?:" + "|".join(short) + r")\.?" if short else "") + ")")


def first_letters(words: list[str]) -> str:
    """A lookahead for the words' first letters: the regex engine tries the long
    alternation only where one of them stands (a third of a date scan's time).

    >>> first_letters(["май", "июнь", "Март"])
    '(?=[ИМим])'
    """
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return "(?=[" + "".join(letters) + "])"


@cache
def adjective_stems() -> dict[str, int]:
    """Month-adjective stem -> month number, from data/month_adjectives.txt ("ноябрьск" -> 11)."""
    return {stem: int(number) for number, stem in (line.split() for line in read_lines("month_adjectives"))}


def adjective_month(word: str) -> int | None:
    """1..12 for a month adjective in any form, or None.

    >>> adjective_month("ноябрьских"), adjective_month("Августовского"), adjective_month("майонез")
    (11, 8, None)
    """
    low = word.lower()
    return next((n for stem, n in adjective_stems().items() if low.startswith(stem)), None)


def adjective_pattern() -> str:
    """A regex alternation of month adjectives in any case form."""
    return "(?:" + "|".join(sorted(adjective_stems(), key=len, reverse=True)) + r")[а-яё]{1,4}"
