"""Visits of a person to a place, and explicit counts of visits."""
from __future__ import annotations

import re

from ..const import DONE, LOC, ONGOING, PER, PLANNED
from ..lemma import lemmas
from ..record import DateRef, Referent, Visit, VisitCount
from ..segment import find_sentences
from .numbers import parse_number

WORD = re.compile(r"[\w-]+")
VISIT_WORDS = {"визит", "посетить", "посещать", "прибыть", "приехать", "побывать",
               "прилететь", "поездка", "госвизит"}
FUTURE_WORDS = {"ожидаться", "посетить", "предстоящий", "планироваться", "накануне", "стать"}
COUNT = re.compile(r"\b(\d+|[а-яё]+)\s+(визит[а-я]*|поезд[а-я]*)\s+в\s+([А-ЯЁ][\w-]+)", re.I)


def mentions_in(people: list[Referent], etype: str, start: int, end: int):
    return sorted(((m, r) for r in people if r.type == etype for m in r.mentions
                   if start <= m.start < end), key=lambda x: x[0].start)


def status_of(sentence_words: list[frozenset[str]], text: str) -> str:
    if any(l & FUTURE_WORDS for l in sentence_words) or re.search(r"\bпосетит\b|\bбудет\b", text):
        return PLANNED
    if re.search(r"\bнаход[ия]тся\b|\bпребывает\b", text):
        return ONGOING
    return DONE


def find_visits(text: str, people: list[Referent], dates: list[DateRef]) -> list[Visit]:
    """One visit per sentence that speaks of a trip, a person and a place."""
    out: list[Visit] = []
    for sent in find_sentences(text):
        ws = [lemmas(w.group()) for w in WORD.finditer(sent.text)]
        if not any(l & VISIT_WORDS for l in ws):
            continue
        persons = mentions_in(people, PER, sent.start, sent.end)
        places = mentions_in(people, LOC, sent.start, sent.end)
        if not persons or not places:
            continue
        when = next((d.value for d in dates if sent.start <= d.start < sent.end and d.value), None)
        place = places[-1][1]
        out.append(Visit(persons[0][1].name, place.name, when, status_of(ws, sent.text),
                         sent.text, sent.start, sent.end))
    return out


def find_visit_counts(text: str, people: list[Referent]) -> list[VisitCount]:
    """"33 визита в Казахстан" with the person the sentence names."""
    out: list[VisitCount] = []
    for sent in find_sentences(text):
        for m in COUNT.finditer(sent.text):
            n = parse_number(m[1])
            if n is None or n != int(n):
                continue
            persons = mentions_in(people, PER, sent.start, sent.end)
            places = [r for mm, r in mentions_in(people, LOC, sent.start, sent.end)
                      if mm.start == sent.start + m.start(3)]
            visitor = persons[0][1].name if persons else None
            dest = places[0].name if places else m[3]
            start = sent.start + m.start()
            out.append(VisitCount(visitor, dest, int(n), m.group(), start, sent.start + m.end()))
    return out
