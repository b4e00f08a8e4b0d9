"""Surnames natasha missed on their second mention.

A person named in full once ("Джон Смит") is often named by surname alone
later, at a sentence start where natasha misses it ("Смит объявил, что …").
Every other capitalised word that is the same surname in another case
becomes a mention of that person too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from ..const import PER
from ..record import Entity
from .doc import Doc

# a word token that may be a surname: "Смит", "Петров-Водкин" (no digits, no Latin)
CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# "Смит" -> "Смита", "Смиту", "Смитом", "Смите"; "Иванов" -> "Ивановым", "Ивановой"
CASE_ENDINGS = ("", "а", "у", "ом", "ым", "е", "ой", "ы")


def known_surnames(entities: list[Entity]) -> dict[str, str]:
    """Nominative surname (lower-case) -> as written, from PER mentions of two or more words."""
    out = {}
    for e in entities:
        words = (e.normal or "").split()
        if e.type == PER and len(words) >= 2 and len(words[-1]) >= 4:
            out[words[-1].lower()] = words[-1]
    return out


def surname_of(word: str, surnames: dict[str, str]) -> str | None:
    """The known surname ``word`` is a case form of, if any.

    >>> surname_of("Смиту", {"смит": "Смит"}), surname_of("Смирнов", {"смит": "Смит"})
    ('Смит', None)
    """
    low = word.lower()
    for s, written in surnames.items():
        if low.startswith(s) and low[len(s):] in CASE_ENDINGS:
            return written
    return None


def find_repeats(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """New PER mentions: known surnames natasha left untagged (the Doc's word tokens)."""
    surnames = known_surnames(entities)
    if not surnames:
        return []
    taken = sorted((e.start, e.end) for e in entities)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))   # furthest end among the first i
    out = []
    for t in doc.words_in(0, len(doc.text)):
        if not CAPITALISED.fullmatch(t.text):
            continue
        k = bisect_left(starts, t.stop)        # mentions that start before this word ends
        if k and reach[k - 1] > t.start:       # one of them overlaps it
            continue
        name = surname_of(t.text, surnames)
        if name:
            out.append(Entity(PER, t.text, name, t.start, t.stop))
    return out
