"""Calendar references with TIMEX-style values (YYYY, YYYY-MM, YYYY-MM-DD).

Each rule is a regex and a function that turns its match into a value.
Relative references ("в ноябре прошлого года", "11 ноября") are resolved
against the article's published date; without one their value is None
and the text is kept. Deictic ones ("вчера", "в этом году") are found
too, with their own kind, since SCHEMA.md counts only explicit calendar
references as date facts.

    candidates of every rule ─ longest first ─ drop overlaps ─ in text order
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from ..record import DateRef
from .months import month_of, month_pattern

ABSOLUTE, RELATIVE, DEICTIC = "absolute", "relative", "deictic"
FACT_KINDS = (ABSOLUTE, RELATIVE)      # what SCHEMA.md counts as a date fact

MONTH = month_pattern()                 # with "фев", "нояб": only beside a day
MONTH_WORD = month_pattern(False)       # whole words, for "в мае"
REL = r"(?P<rel>прошлого|этого|текущего|следующего|будущего|нынешнего)[^\S\n]+года"
YEAR_WORD = r"(?:год[а-я]{0,2}|гг?\.)"
PREP = r"(?:(?:[Вв]о?|[Сс]|[Дд]о|[Кк]|[Пп]о|[Нн]а|[Зз]а)[^\S\n]+)?"
PART = r"(?:[Вв][^\S\n]+(?:конце|начале|середине)[^\S\n]+|[Кк][^\S\n]+(?:концу|началу|середине)[^\S\n]+|[Вв]о?[^\S\n]+)"
DAYS = r"(?P<day>\d{1,2})(?:[^\S\n]*(?:[—–-]|и|по)[^\S\n]*\d{1,2})?"
START, STOP = r"(?<![\w.,:/+-])", r"(?!\w)"

YEAR_SHIFT = {"прошлого": -1, "прошлом": -1, "этого": 0, "этом": 0, "текущего": 0,
              "текущем": 0, "нынешнего": 0, "нынешнем": 0, "следующего": 1,
              "следующем": 1, "будущего": 1, "будущем": 1}
DAY_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


@dataclass(frozen=True)
class Context:
    """What relative references are resolved against."""
    base: dt.date | None
    years: dict[tuple[int, int], int]    # (month, day) -> a year the text states


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern
    value: Callable[[re.Match, Context], str | None]


def iso(year: int | None, month: int, day: int | None = None) -> str | None:
    """YYYY-MM-DD or YYYY-MM, or None when the numbers are no calendar date.

    >>> iso(2025, 11, 11), iso(2025, 2), iso(2025, 2, 30), iso(None, 5)
    ('2025-11-11', '2025-02', None, None)
    """
    if year is None or not 1000 <= year <= 2199:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def shifted_year(m: re.Match, ctx: Context) -> int | None:
    """The year of "прошлого года"-style words, against the published date."""
    return ctx.base.year + YEAR_SHIFT[m["rel"].lower()] if ctx.base else None


def day_month_value(m: re.Match, ctx: Context) -> str | None:
    """"11 ноября [прошлого года]": a year the text states for that day, else the published one."""
    month, day = month_of(m["month"]), int(m["day"])
    if m["rel"]:
        return iso(shifted_year(m, ctx), month, day)
    year = ctx.years.get((month, day)) or (ctx.base.year if ctx.base else None)
    return iso(year, month, day)


def bare_month_value(m: re.Match, ctx: Context) -> str | None:
    """"в мае", "в конце ноября": the published year."""
    return iso(ctx.base.year, month_of(m["month"])) if ctx.base else None


def day_shift_value(m: re.Match, ctx: Context) -> str | None:
    return (ctx.base + dt.timedelta(DAY_SHIFT[m[0].lower()])).isoformat() if ctx.base else None


def year_shift_value(m: re.Match, ctx: Context) -> str | None:
    return str(ctx.base.year + YEAR_SHIFT[m["rel"].lower()]) if ctx.base else None


def rx(pattern: str) -> re.Pattern:
    return re.compile(START + pattern + STOP, re.I)


RULES = [
    # 2025-11-11, 2025-09-27T16:23
    Rule("iso", ABSOLUTE, re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"),
         lambda m, c: iso(int(m[1]), int(m[2]), int(m[3]))),
    # 22/02/2024, 22.02.2024
    Rule("numeric", ABSOLUTE, re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d./])"),
         lambda m, c: iso(int(m[3]), int(m[2]), int(m[1]))),
    # 11 ноября 2025 года, 12 Ноябрь 2025, 11-12 ноября 2025 года
    Rule("day_month_year", ABSOLUTE,
         rx(rf"{DAYS}[^\S\n]+(?P<month>{MONTH})[^\S\n]+(?P<year>\d{{4}})(?:[^\S\n]*{YEAR_WORD})?"),
         lambda m, c: iso(int(m["year"]), month_of(m["month"]), int(m["day"]))),
    # 11 ноября, 11—12 ноября, 28 и 29 мая, 11 фев, 11 ноября прошлого года
    Rule("day_month", RELATIVE, rx(rf"{DAYS}[^\S\n]+(?P<month>{MONTH})(?:[^\S\n]+{REL})?"), day_month_value),
    # в ноябре 2025 года, ноябрь 2025
    Rule("month_year", ABSOLUTE, rx(rf"{PREP}(?P<month>{MONTH_WORD})[^\S\n]+(?P<year>\d{{4}})(?:[^\S\n]*{YEAR_WORD})?"),
         lambda m, c: iso(int(m["year"]), month_of(m["month"]))),
    # в ноябре прошлого года, в мае текущего года
    Rule("month_rel", RELATIVE, rx(rf"{PREP}(?P<month>{MONTH_WORD})[^\S\n]+{REL}"),
         lambda m, c: iso(shifted_year(m, c), month_of(m["month"]))),
    # в 1999 году, в сентябре
    Rule("year_month", ABSOLUTE,
         rx(rf"[Вв][^\S\n]+(?P<year>\d{{4}})[^\S\n]*{YEAR_WORD},?[^\S\n]+[Вв]о?[^\S\n]+(?P<month>{MONTH_WORD})"),
         lambda m, c: iso(int(m["year"]), month_of(m["month"]))),
    # в 2026 году, 2014 год, в 2025-2026 годах
    Rule("year", ABSOLUTE, rx(rf"{PREP}(?P<year>\d{{4}})(?:[^\S\n]*[—–-][^\S\n]*\d{{4}})?[^\S\n]*{YEAR_WORD}"),
         lambda m, c: m["year"] if 1000 <= int(m["year"]) <= 2199 else None),
    # в мае, в конце ноября
    Rule("month", RELATIVE, rx(rf"{PART}(?P<month>{MONTH_WORD})"), bare_month_value),
    # в этом году, в прошлом году
    Rule("year_rel", DEICTIC,
         rx(r"[Вв][^\S\n]+(?P<rel>прошлом|этом|текущем|нынешнем|следующем|будущем)[^\S\n]+году"),
         year_shift_value),
    # вчера, сегодня, завтра
    Rule("day_rel", DEICTIC, rx(r"позавчера|вчера|сегодня|послезавтра|завтра"), day_shift_value),
]
ALWAYS_DATES = {"iso", "numeric", "day_month_year", "year"}   # a value of None there means no date at all


def parse_published(published: str | None) -> dt.date | None:
    """The published date as a date, or None."""
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def stated_years(text: str) -> dict[tuple[int, int], int]:
    """(month, day) -> year for every full "11 ноября 2025" in the text."""
    rule = next(r for r in RULES if r.name == "day_month_year")
    return {(month_of(m["month"]), int(m["day"])): int(m["year"]) for m in rule.pattern.finditer(text)}


def candidates(text: str, ctx: Context) -> list[tuple[Rule, re.Match, str | None]]:
    """Every rule's matches with their values; impossible dates dropped."""
    out = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            value = rule.value(m, ctx)
            if value is None and rule.name in ALWAYS_DATES:
                continue
            out.append((rule, m, value))
    return out


def find_dates(text: str, published: str | None = None,
               kinds: tuple[str, ...] = (ABSOLUTE, RELATIVE, DEICTIC)) -> list[DateRef]:
    """Dates in the text, in order; of two overlapping matches the longer wins.

    Args:
        text: the article text.
        published: its date (YYYY-MM-DD), the base of relative references.
        kinds: which kinds to return (``FACT_KINDS`` for SCHEMA.md's date facts).
    """
    ctx = Context(parse_published(published), stated_years(text))
    found = sorted(candidates(text, ctx), key=lambda c: (c[1].start() - c[1].end(), c[1].start()))
    taken: list[DateRef] = []
    for rule, m, value in found:
        start, end = m.span()
        if not any(d.start < end and start < d.end for d in taken):
            taken.append(DateRef(value, text[start:end], start, end, rule.kind))
    return sorted((d for d in taken if d.kind in kinds), key=lambda d: d.start)
