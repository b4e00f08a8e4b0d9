"""Article metadata read off the page: title, publication date, source, author.

The publication date is read only where a page prints it as such: a line
of its own at the top or the bottom of the page ("07:50 22/02/2024",
"1 сентября 2021, 12:13 | Рубрика", "• 22 марта 2019, 14:59"), a ``date``
label, or a dateline that opens a paragraph ("АСТАНА, 21 ноября 2025 —").
A date inside a running sentence is the date of an event (the talks an
article announces), never the article's own date.

    lines ─ date label? ─ top lines: date line or dateline? ─ bottom lines: date line?
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..analysis.doc import words
from ..analysis.morph import tag_tokens
from ..analysis.segment import Sent
from ..facts.months import month_of, month_pattern

MONTH = month_pattern()
# " date 2025-11-11" (seed 001 opens with it)
DATE_LABEL = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")
# "2025-09-27T16:23+0300", "22/02/2024", "22.02.2024", "12 Ноябрь 2025", "2 декабря 2022 г."
FULL_DATES = (
    (re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"), (1, 2, 3)),
    (re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)"), (3, 2, 1)),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+({MONTH}),?\s+(\d{{4}})(?:\s*(?:года|г\.))?(?!\d)", re.I), (3, 2, 1)),
)
# What a date line holds besides its date: a time ("07:50", "T16:23+0300"), a
# zone ("GMT +5"), bullets and bars, a label ("Опубликовано:", "Обновлено").
STAMP_NOISE = re.compile(r"T?\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2})?|\b(?:GMT|UTC|МСК)\s*[+-]?\s*\d*"
                         r"|\b(?:date|опубликовано|обновлено|дата публикации)\b|[|•·,:/]", re.I)
STAMP_WORDS = 2        # "1 сентября 2021, 12:13 | Государство": a rubric may stand beside it
# "АСТАНА, 21 ноября 2025 — ...", "МОСКВА, 27 сен 2025 - ПРАЙМ.": a dateline opening a paragraph
# "— Кира Ярмыш (@Kira_Yarmysh)\n12 июня 2017 г.": the date of an embedded post, under its credit
EMBED_CREDIT = re.compile(r"\(@\w+\)|pic\.twitter|https?://|^\s*[—–]\s|публикация от|posted by", re.I)
DATELINE = re.compile(r"^\s*[А-ЯЁA-Z][А-ЯЁA-Z-]+(?:[ -][А-ЯЁA-Z-]+)*,\s+(.{6,30}?)\s*[—–-]\s")
TOP_LINES, BOTTOM_LINES = 10, 5

# A headline: no final full stop, at least this many words, and a verb, a
# colon or this many words ("Путин посетит Казахстан в мае", "Госвизит
# Токаева в Москву: итоги"); shorter noun phrases are subheadings or
# rubrics ("Новый посредник", "Техника, не причиняющая вред", "Новости").
TITLE_WORDS, TITLE_WORDS_BARE = 3, 5
# A headline shares words with the lead below it ("Путин посетит Казахстан в
# мае" / "Путин подтвердил планы посетить Казахстан ... в мае"); a subheading
# that opens a page whose headline was cut off starts a section on something
# else ("Последний матч перед Новым годом" / "Тяжёлая победа над сборной...").
# Words are compared by their first STEM letters; this share of the line's
# words must recur in the first LEAD_PARAGRAPHS paragraphs below it.
STEM, LEAD_SHARE, LEAD_PARAGRAPHS = 5, 0.2, 2
TITLE_MAX = 250
# "25,1 тыс подписчиков", "Version: 0.1.0": counters and build labels, not headlines
LEADING_JUNK = re.compile(r"^[^\w«\"„“]+")
ATTRIBUTION = re.compile(r"[»\"”][,.]?\s*[—–-]\s")      # "«…», — сказал он": a quote, not a headline
URL = re.compile(r"https?://|www\.|@\w")

# "Источник: Sputnik.kz" (seed 000); "передает агентство Kazinform" (seed 003)
SOURCE = re.compile(r"^\s*Источник:\s*(.+?)\s*$", re.M)
SOURCE_VERB = re.compile(r"передает\s+(?:агентство|телеканал|издание|портал|газета)?\s*"
                         r"«?\"?([A-ZА-ЯЁ][\w.\- ]{1,40}?)»?\"?(?=[\s,.]|$)")
AUTHOR = re.compile(r"^\s*(?:Автор|Текст):\s*(.+?)\s*$", re.M)
# "Наталья Мосунова\n    Автор" (seed 003): the byline name above an "Автор" label
AUTHOR_ABOVE = re.compile(r"^\s*([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+){1,2})\s*\n\s*Автор\s*$", re.M)


@dataclass(frozen=True)
class Meta:
    title: str | None
    published: str | None
    source: str | None
    author: str | None


def iso(year: int, month: int | None, day: int) -> str | None:
    """YYYY-MM-DD, or None when the numbers are no calendar date."""
    try:
        return date(year, month, day).isoformat() if month and 1900 <= year <= 2100 else None
    except ValueError:
        return None


def full_dates(line: str) -> list[tuple[re.Match, str]]:
    """Every full date (day, month, year) in a line, with its ISO value."""
    out = []
    for pattern, (y, m, d) in FULL_DATES:
        for found in pattern.finditer(line):
            month = found[m] if found[m].isdigit() else month_of(found[m])
            value = iso(int(found[y]), int(month) if month else None, int(found[d]))
            if value:
                out.append((found, value))
    return out


def stamp_value(line: str) -> str | None:
    """The date of a line that is only a date (with a time, a zone, a rubric).

    >>> stamp_value("19:09, 12 Ноябрь 2025 | GMT +5"), stamp_value("  • 22 марта 2019, 14:59")
    ('2025-11-12', '2019-03-22')
    >>> stamp_value("Встреча прошла 12 ноября 2025 года в Москве.") is None
    True
    """
    found = full_dates(line)
    if len(found) != 1 or len(line) > 80:
        return None
    m, value = found[0]
    rest = letter_words(STAMP_NOISE.sub(" ", line[:m.start()] + " " + line[m.end():]))
    if re.search(r"\d", " ".join(rest)) or len(rest) > STAMP_WORDS or any(w[0].islower() for w in rest):
        return None                      # " состоятся 18 марта 2018 года.": a sentence broken by the page
    return value


def dateline_value(line: str) -> str | None:
    """The date of "АСТАНА, 21 ноября 2025 — …", when it states a year.

    >>> dateline_value("АСТАНА, 21 ноября 2025 — Президент прибыл."), dateline_value("МОСКВА, 27 сен - ПРАЙМ.")
    ('2025-11-21', None)
    """
    m = DATELINE.match(line)
    found = full_dates(m[1]) if m else []
    return found[0][1] if found else None


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def page_stamp(lines: list[str], i: int) -> str | None:
    """The date of line ``i`` when it is a date line of the page, not of an embedded post."""
    if i > 0 and EMBED_CREDIT.search(lines[i - 1]):
        return None
    if i + 1 < len(lines) and lines[i + 1].strip()[:1].islower():
        return None                      # "29 декабря 2016 года\nадминистрация объявила": a link inside a sentence
    return stamp_value(lines[i])


def find_published(text: str) -> str | None:
    """The article's own date: a date label, a date line or a dateline at the top, a date line at the bottom."""
    lines = lines_of(text)
    top = range(min(TOP_LINES, len(lines)))
    bottom = range(len(lines) - 1, max(TOP_LINES, len(lines) - BOTTOM_LINES) - 1, -1)
    for i in top:
        m = DATE_LABEL.match(lines[i])
        if m:
            return iso(int(m[1]), int(m[2]), int(m[3]))
    for i in top:
        value = page_stamp(lines, i) or dateline_value(lines[i])
        if value:
            return value
    return next((v for v in (page_stamp(lines, i) for i in bottom) if v), None)


def is_body(line: str) -> bool:
    """A paragraph of the article: a sentence ending in a full stop, or a long line."""
    return len(line) > TITLE_MAX or line.endswith((".", "…", ";"))


def has_verb(line: str) -> bool:
    """A finite verb among the line's words, as the tagger reads them in context
    ("Путин посетит Казахстан"; not the participle of "Техника, не причиняющая вред")."""
    return any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"
               for t in tag_tokens(line, [Sent(0, len(line), line)]))


def letter_words(line: str) -> list[str]:
    """The words of a line that start with a letter (the Doc layer's tokeniser)."""
    return [t.text for t in words(line) if t.text[0].isalpha()]


def is_headline(line: str, following: str) -> bool:
    """A headline, not a rubric, a subheading, a counter or a broken-off sentence."""
    words = letter_words(line)
    if len(words) < TITLE_WORDS or line[:1].isdigit() or line[:1].islower() or URL.search(line) or ATTRIBUTION.search(line):
        return False
    if following[:1].islower() or line.endswith((",", ":")):
        return False                      # a sentence broken over lines by the page
    return len(words) >= TITLE_WORDS_BARE or ":" in line or has_verb(line)


def stems(line: str) -> set[str]:
    return {w.lower()[:STEM] for w in letter_words(line) if len(w) > 3}


def echoed_by_lead(line: str, below: list[str]) -> bool:
    """The line's words recur in the lead paragraphs below it (or there is no lead to ask)."""
    lead = [x for x in below if is_body(x)][:LEAD_PARAGRAPHS]
    words = stems(line)
    if not lead or not words:
        return True
    return len(words & set().union(*map(stems, lead))) / len(words) > LEAD_SHARE


def find_title(cleaned: str) -> str | None:
    """The first headline line above the article's first paragraph."""
    lines = [LEADING_JUNK.sub("", line.strip()) for line in lines_of(cleaned)]
    lines = [line for line in lines if line]
    for i, line in enumerate(lines[:TOP_LINES]):
        label = DATE_LABEL.match(line)
        if label:
            line = line[label.end():].strip()
        if stamp_value(line) or not line:
            continue
        if is_body(line):
            return None
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if is_headline(line, following):
            return line if echoed_by_lead(line, lines[i + 1:i + 1 + TOP_LINES]) else None
    return None


def find_source(text: str) -> str | None:
    m = SOURCE.search(text) or SOURCE_VERB.search(text)
    return m[1].strip() if m else None


def find_author(text: str) -> str | None:
    """The byline: "Автор: Иван Петров", or a name line above an "Автор" label."""
    m = AUTHOR.search(text) or AUTHOR_ABOVE.search(text)
    return m[1] if m else None


def read_meta(text: str, cleaned: str) -> Meta:
    """Metadata of one article; ``cleaned`` is the text with menus blanked.

    The top lines are counted in ``cleaned``, so a date line under a long
    menu still counts as the top of the article.
    """
    return Meta(find_title(cleaned), find_published(cleaned) or find_published(text),
                find_source(text), find_author(text))
