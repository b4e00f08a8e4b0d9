"""Calendar references with TIMEX-style values (YYYY, YYYY-MM, YYYY-MM-DD).

Relative ones ("в ноябре прошлого года", "в этом году", "вчера") are
resolved against the article's published date; without one their value
is None and the text is kept.
"""
from __future__ import annotations

import datetime as dt
import re

from ..meta import iso, month_number
from ..record import DateRef

MONTH = r"[А-Яа-яЁё]{3,8}\.?"
# Spaces never cross a line break ([^\S\n]): a date split over two lines of
# a page is a menu or a widget, and its blanked text would not match its span.
PATTERNS = [
    # 2025-11-11
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # 22/02/2024, 22.02.2024
    ("numeric", re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")),
    # 11 ноября 2025 года, 12 Ноябрь 2025, 11—12 ноября, 11 фев
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:[^\S\n]*[—–-][^\S\n]*\d{{1,2}})?[^\S\n]+({MONTH})(?:[^\S\n]+(\d{{4}})(?:[^\S\n]*(?:года|г\.))?)?(?![\w])")),
    # в ноябре прошлого года, в мае текущего года
    ("month_rel", re.compile(rf"\b(?:[Вв]|[Сс]|[Дд]о|[Кк])?[^\S\n]*({MONTH})[^\S\n]+(прошлого|этого|текущего|следующего|будущего)[^\S\n]+года\b")),
    # в ноябре 2025 года, ноябрь 2025
    ("month_year", re.compile(rf"\b(?:[Вв]|[Сс]|[Дд]о|[Кк])?[^\S\n]*({MONTH})[^\S\n]+(\d{{4}})(?:[^\S\n]*(?:года|г\.))?")),
    # в 2026 году
    ("year", re.compile(r"\b(?:[Вв]|[Сс]|[Дд]о|[Кк])[^\S\n]+(\d{4})[^\S\n]*(?:году|года|г\.)")),
    # в прошлом году, в этом году
    ("year_rel", re.compile(r"\b[Вв][^\S\n]+(прошлом|этом|текущем|следующем|будущем)[^\S\n]+году\b")),
    # вчера, сегодня, завтра
    ("day_rel", re.compile(r"\b(позавчера|вчера|сегодня|завтра|послезавтра)\b", re.I)),
]
YEAR_SHIFT = {"прошлого": -1, "прошлом": -1, "этого": 0, "этом": 0, "текущего": 0,
              "текущем": 0, "следующего": 1, "следующем": 1, "будущего": 1, "будущем": 1}
DAY_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


def parse_published(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def resolve(kind: str, m: re.Match, base: dt.date | None) -> tuple[bool, str | None]:
    """(is a date, its value) for one pattern match."""
    if kind == "iso":
        return True, iso(int(m[1]), int(m[2]), int(m[3]))
    if kind == "numeric":
        return True, iso(int(m[3]), int(m[2]), int(m[1]))
    if kind == "day_month":
        month = month_number(m[2])
        if not month:
            return False, None
        year = int(m[3]) if m[3] else (base.year if base else None)
        return True, iso(year, month, int(m[1])) if year else None
    if kind == "month_rel":
        month = month_number(m[1])
        if not month:
            return False, None
        return True, f"{base.year + YEAR_SHIFT[m[2]]:04d}-{month:02d}" if base else None
    if kind == "month_year":
        month = month_number(m[1])
        return (True, f"{int(m[2]):04d}-{month:02d}") if month else (False, None)
    if kind == "year":
        return True, m[1]
    if kind == "year_rel":
        return True, f"{base.year + YEAR_SHIFT[m[1]]:04d}" if base else None
    if kind == "day_rel":
        return True, (base + dt.timedelta(DAY_SHIFT[m[1].lower()])).isoformat() if base else None
    return False, None


def find_dates(text: str, published: str | None = None) -> list[DateRef]:
    """Dates in the text, longest match first where two overlap."""
    base = parse_published(published)
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            while text[start].isspace():
                start += 1
            if any(s < end and start < e for s, e in taken):
                continue
            ok, value = resolve(kind, m, base)
            if ok:
                taken.append((start, end))
                found.append(DateRef(value, text[start:end], start, end))
    return sorted(found, key=lambda d: d.start)
