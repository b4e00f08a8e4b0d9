"""Lengths of meetings and talks, in minutes.

"в течение трех часов" (seed 000), "2,5 часа" (seed 003),
"четырехчасовая беседа" (seed 004), "около 40 минут",
"полуторачасовые переговоры". A length counts only in a sentence about
a meeting or talk (data/meeting_words.txt), and never as a clock time
("в 15 часов").
"""
from __future__ import annotations

import re

from ..analysis.doc import Doc
from ..data import load_set
from ..record import Duration
from .numbers import parse_compound, parse_number

UNIT_MINUTES = {"час": 60, "минут": 1}
ABOUT = r"(?:(?:около|почти|более|свыше|примерно|порядка)[^\S\n]+)?"
# "2,5 часа", "трех часов", "около 40 минут", "1 час 20 минут"
SPELLED = re.compile(ABOUT + r"(?<![\w,])(\d+(?:,\d+)?|[а-яё]+)[^\S\n]+(час|минут)[а-я]*"
                     r"(?:[^\S\n]+(\d+|[а-яё]+)[^\S\n]+минут[а-я]*)?(?!\w)", re.I)
HALF_HOUR = re.compile(r"\bполчаса\b", re.I)
# "четырехчасовая", "полуторачасовые", "сорокаминутный"
COMPOUND = re.compile(r"\b([а-яё]+?)(час|минут)ов(?:ая|ой|ые|ых|ую|ом|ый|ое|ого|ым|ыми)\b", re.I)
CLOCK = re.compile(r"(?:^|\s)(?:в|к|до|с|после)\s+$", re.I)


def about_meeting(doc: Doc, start: int, end: int) -> bool:
    """True when the sentence doc.text[start:end] speaks of a meeting or a talk."""
    return doc.has_lemma_in(load_set("meeting_words"), start, end)


def spelled(text: str, m: re.Match) -> float | None:
    """Minutes of "2,5 часа", "1 час 20 минут"; None for a clock time."""
    n = parse_number(m[1])
    if n is None or n <= 0 or CLOCK.search(text, max(0, m.start() - 8), m.start()):
        return None
    extra = parse_number(m[3]) if m[3] else 0
    return None if extra is None else n * UNIT_MINUTES[m[2].lower()] + extra


def durations_in(text: str, start: int, end: int) -> list[Duration]:
    """Every length of time in text[start:end]."""
    out = []
    for m in SPELLED.finditer(text, start, end):
        minutes = spelled(text, m)
        if minutes is not None:
            out.append(Duration(round(minutes), m.group(), *m.span()))
    out += [Duration(30, m.group(), *m.span()) for m in HALF_HOUR.finditer(text, start, end)]
    for m in COMPOUND.finditer(text, start, end):
        n = parse_compound(m[1])
        if n is not None:
            out.append(Duration(round(n * UNIT_MINUTES[m[2].lower()]), m.group(), *m.span()))
    return out


def find_durations(doc: Doc) -> list[Duration]:
    """Lengths of meetings and talks, in text order."""
    out: list[Duration] = []
    for sent in doc.sentences:
        if about_meeting(doc, sent.start, sent.end):
            out += durations_in(doc.text, sent.start, sent.end)
    return sorted(out, key=lambda d: d.start)
