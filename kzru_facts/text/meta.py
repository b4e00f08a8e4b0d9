"""Article metadata read off the page: title, publication date, source, author."""
from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass

from ..data import read_lines

MONTH_STEMS = read_lines("months")


def month_number(word: str) -> int | None:
    """1..12 for a Russian month word in any case or abbreviated.

    >>> month_number("Ноябрь"), month_number("фев"), month_number("мая"), month_number("март")
    (11, 2, 5, 3)
    >>> month_number("масло") is None
    True
    """
    low = word.lower().rstrip(".")
    for i, stem in enumerate(MONTH_STEMS, 1):
        if low.startswith(stem) and len(low) <= len(stem) + 5:
            if stem == "ма" and low not in ("май", "мая", "мае", "маю", "маем"):
                continue
            return i
    return None


# " date 2025-11-11" (seed 001 opens with it)
DATE_LINE = re.compile(r"(?<!\S)date\s+(\d{4})-(\d{2})-(\d{2})")
# "07:50 22/02/2024" (seed 002), "22.02.2024 07:50"
TIMESTAMP = re.compile(r"(?:\d{1,2}:\d{2},?\s+)?(\d{1,2})[./](\d{1,2})[./](\d{4})")
# "19:09, 12 Ноябрь 2025 | GMT +5" (seed 003)
WORD_DATE = re.compile(r"\b(\d{1,2})\s+([А-Яа-яЁё]{3,9})\.?,?\s+(\d{4})\b")
# "Источник: Sputnik.kz" (seed 000); "передает агентство Kazinform" (seed 003)
SOURCE = re.compile(r"^\s*Источник:\s*(.+?)\s*$", re.M)
SOURCE_VERB = re.compile(r"передает\s+(?:агентство|телеканал|издание|портал|газета)?\s*"
                         r"«?\"?([A-ZА-ЯЁ][\w.\- ]{1,40}?)»?\"?(?=[\s,.]|$)")
AUTHOR = re.compile(r"^\s*(?:Автор|Текст):\s*(.+?)\s*$", re.M)
# "Наталья Мосунова\n    Автор" (seed 003): the byline name above an "Автор" label
AUTHOR_ABOVE = re.compile(r"^\s*([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+){1,2})\s*\n\s*Автор\s*$", re.M)
# "19:09, 12 Ноябрь 2025 | GMT +5" (seed 003): a time first
STAMP = re.compile(r"\d{1,2}:\d{2}\b")

HEAD = 600   # metadata is looked for near the top of the page


@dataclass(frozen=True)
class Meta:
    title: str | None
    published: str | None
    source: str | None
    author: str | None


def iso(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None when the numbers are no calendar date."""
    try:
        return date(year, month, day).isoformat() if 1900 <= year <= 2100 else None
    except ValueError:
        return None


def find_published(text: str) -> str | None:
    """The article's own date, when the page states one near the top."""
    head = text[:HEAD]
    m = DATE_LINE.search(head)
    if m:
        return iso(int(m[1]), int(m[2]), int(m[3]))
    for m in TIMESTAMP.finditer(head):
        value = iso(int(m[3]), int(m[2]), int(m[1]))
        if value:
            return value
    for m in WORD_DATE.finditer(head):
        month = month_number(m[2])
        if month:
            value = iso(int(m[3]), month, int(m[1]))
            if value:
                return value
    return None


def find_title(cleaned: str) -> str | None:
    """The first prose line that reads as a headline (no final full stop)."""
    for line in cleaned.splitlines():
        s = line.strip()
        if not s or DATE_LINE.match(s) or TIMESTAMP.match(s) or WORD_DATE.match(s) \
                or STAMP.match(s) or len(s) > 250:
            continue
        if len(s.split()) >= 3 and not s.endswith((".", ":", ";")):
            return s
        return None
    return None


def find_source(text: str) -> str | None:
    m = SOURCE.search(text) or SOURCE_VERB.search(text)
    return m[1].strip() if m else None


def find_author(text: str) -> str | None:
    """The byline: "Автор: Иван Петров", or a name line above an "Автор" label."""
    m = AUTHOR.search(text) or AUTHOR_ABOVE.search(text)
    return m[1] if m else None


def read_meta(text: str, cleaned: str) -> Meta:
    """Metadata of one article; ``cleaned`` is the text with menus blanked."""
    return Meta(find_title(cleaned), find_published(text),
                find_source(text), find_author(text))
