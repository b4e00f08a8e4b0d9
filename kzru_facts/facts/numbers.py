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
# the end of a name in quotation marks: «Россия 24»
TITLE_OPEN = re.compile(r"[«\"“„][^«»\"“”\n]{1,40}$")


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


def number_runs(text: str, tokens) -> list[list]:
    """Maximal runs of number-word tokens with only spaces between: "сто четыре"."""
    runs: list[list] = []
    for t in tokens:
        if not t.text[:1].isalpha() or parse_number(t.text) is None:
            continue
        if runs and text[runs[-1][-1].stop:t.start].isspace():
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def in_title(text: str, start: int, end: int) -> bool:
    """True for the number that ends a quoted name: «Россия 24»."""
    return text[end:end + 1] in "»\"”" and bool(TITLE_OPEN.search(text, max(0, start - 41), start))


def find_numbers(doc) -> list[Number]:
    """Cardinal numbers (digits or words) and ordinals in a Doc, in text order.

    Digits count as a whole token only: "33", "2,5", but not "19:09", "+7°"
    or the "300" of "300-летию"."""
    text = doc.text
    out = [Number(float(t.text.replace(",", ".")), t.text, t.start, t.stop) for t in doc.tokens
           if DIGITS.match(t.text) and not in_title(text, t.start, t.stop) and not glued(text, t)]
    for run in number_runs(text, doc.tokens):
        value = parse_words([t.text for t in run])
        if value is not None:
            out.append(Number(value, text[run[0].start:run[-1].stop], run[0].start, run[-1].stop))
    for t in doc.tokens:
        value = parse_ordinal(t.text) if t.text[:1].isalpha() else None
        if value is not None:
            out.append(Number(value, t.text, t.start, t.stop, ordinal=True))
    return sorted(out, key=lambda n: n.start)


def glued(text: str, token) -> bool:
    """True for digits glued to a sign or a unit: "+7°", "19:09" parts."""
    before, after = text[token.start - 1:token.start] if token.start else "", text[token.stop:token.stop + 1]
    return before in {"+", ":", "/", "-"} and before != "" or after in {"°", "%", ":", "/"} and after != ""
