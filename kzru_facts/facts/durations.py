"""Lengths of meetings and talks, in minutes.

"в течение трех часов" (seed 000), "2,5 часа" (seed 003),
"четырехчасовая беседа" (seed 004), "около 40 минут".
"""
from __future__ import annotations

import re

from ..record import Duration
from .numbers import parse_compound, parse_number

UNIT_MINUTES = {"час": 60, "минут": 1}
# "2,5 часа", "трех часов", "40 минут", "полчаса"
SPELLED = re.compile(r"\b(\d+(?:,\d+)?|[а-яё]+)[^\S\n]+(час|минут)[а-я]*\b", re.I)
HALF_HOUR = re.compile(r"\bполчаса\b", re.I)
# "четырехчасовая", "полуторачасовые", "сорокаминутный"
COMPOUND = re.compile(r"\b([а-яё]+)(час|минут)ов(?:ая|ой|ые|ых|ую|ом|ый|ое|ого|ым|ыми)\b", re.I)


def find_durations(text: str) -> list[Duration]:
    """Durations in the text, in order."""
    out: list[Duration] = []
    for m in SPELLED.finditer(text):
        n = parse_number(m[1])
        if n is not None and n > 0:
            out.append(Duration(round(n * UNIT_MINUTES[m[2].lower()]), m.group(), *m.span()))
    for m in HALF_HOUR.finditer(text):
        out.append(Duration(30, m.group(), *m.span()))
    for m in COMPOUND.finditer(text):
        n = parse_compound(m[1])
        if n is not None:
            out.append(Duration(round(n * UNIT_MINUTES[m[2].lower()]), m.group(), *m.span()))
    return sorted(out, key=lambda d: d.start)
