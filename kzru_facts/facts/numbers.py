"""Numbers written in digits or in words, in any case and gender.

"33", "2,5", "104", "трех", "тридцать три", "сто четыре", "полтора",
ordinals ("пятый раз") and the first half of compounds ("четырехчасовая").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import read_lines
from ..analysis.lemma import lemmas

DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
# "33", "2,5" but not "19:09", "+7°", "22/02", "1.5.2024"
NUMERAL = re.compile(r"(?<![\w.,:/+-])\d+(?:,\d+)?(?![\w°%:/]|[.,]\d)")
# the end of a name in quotation marks: «Россия 24»
TITLE_OPEN = re.compile(r"[«\"“„][^«»\"“”\n]{1,40}$")
WORD = re.compile(r"[А-Яа-яЁё]+")


@dataclass(frozen=True)
class Number:
    """A number found in text."""
    value: float
    text: str
    start: int
    end: int
    ordinal: bool = False


def table(name: str) -> dict[str, float]:
    """Word -> value, from data/<name>.txt."""
    return {w: float(v) for w, v in (line.split() for line in read_lines(name))}


@cache
def number_words() -> dict[str, float]:
    return table("numbers")


@cache
def ordinal_words() -> dict[str, float]:
    return table("ordinals")


@cache
def compound_stems() -> list[tuple[str, float]]:
    """Compound first halves, longest first."""
    return sorted(table("compound_stems").items(), key=lambda kv: -len(kv[0]))


def lookup(word: str, words: dict[str, float]) -> float | None:
    """The value of a word whose lemma is in ``words``."""
    for lemma in lemmas(word):
        if lemma in words:
            return words[lemma]
    return None


def parse_number(word: str) -> float | None:
    """The value of one number word or numeral.

    >>> parse_number("2,5"), parse_number("трех"), parse_number("33"), parse_number("девяти")
    (2.5, 3.0, 33.0, 9.0)
    >>> parse_number("часа") is None
    True
    """
    if DIGITS.match(word):
        return float(word.replace(",", "."))
    return lookup(word, number_words())


def parse_ordinal(word: str) -> float | None:
    """The value of an ordinal word: "пятый", "первого" -> 5, 1.

    >>> parse_ordinal("пятый"), parse_ordinal("первого"), parse_ordinal("пять")
    (5.0, 1.0, None)
    """
    return lookup(word, ordinal_words())


def parse_compound(word: str) -> float | None:
    """The number in the first half of a compound: четырехчасовая -> 4.

    >>> parse_compound("четырехчасовая"), parse_compound("полуторачасовые"), parse_compound("часовой")
    (4.0, 1.5, None)
    """
    low = word.lower()
    return next((value for stem, value in compound_stems() if low.startswith(stem)), None)


def adds_up(values: list[float]) -> bool:
    """True when number words form one number: "сто" "четыре", "тридцать" "три"."""
    return all(a > b and (a >= 100 or (a >= 20 and b < 10)) for a, b in zip(values, values[1:]))


def parse_words(words: list[str]) -> float | None:
    """The value of a run of number words: ["тридцать", "три"] -> 33.

    >>> parse_words(["тридцать", "трех"]), parse_words(["сто", "четыре"]), parse_words(["два", "три"])
    (33.0, 104.0, None)
    """
    values = [parse_number(w) for w in words]
    if not values or None in values or not adds_up(values):
        return None
    return sum(values)


def number_runs(text: str, start: int, end: int):
    """Maximal runs of number words in text[start:end], as (start, end) spans."""
    run: list[re.Match] = []
    for m in WORD.finditer(text, start, end):
        gap = text[run[-1].end():m.start()] if run else " "
        if parse_number(m.group()) is not None and gap.isspace():
            run.append(m)
            continue
        if run:
            yield run[0].start(), run[-1].end()
        run = [m] if parse_number(m.group()) is not None else []
    if run:
        yield run[0].start(), run[-1].end()


def in_title(text: str, start: int, end: int) -> bool:
    """True for the number that ends a quoted name: «Россия 24»."""
    return text[end:end + 1] in "»\"”" and bool(TITLE_OPEN.search(text, max(0, start - 41), start))


def find_numbers(text: str) -> list[Number]:
    """Cardinal numbers (digits or words) and ordinals, in text order."""
    out = [Number(float(m.group().replace(",", ".")), m.group(), *m.span())
           for m in NUMERAL.finditer(text) if not in_title(text, *m.span())]
    for s, e in number_runs(text, 0, len(text)):
        value = parse_words(text[s:e].split())
        if value is not None:
            out.append(Number(value, text[s:e], s, e))
    for m in WORD.finditer(text):
        value = parse_ordinal(m.group())
        if value is not None:
            out.append(Number(value, m.group(), m.start(), m.end(), ordinal=True))
    return sorted(out, key=lambda n: n.start)
