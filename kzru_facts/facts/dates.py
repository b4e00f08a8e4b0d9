"""Calendar references with TIMEX-style values (YYYY, YYYY-MM, YYYY-MM-DD).

Each rule is a regex and a function that turns its match into a value.
Relative references ("в ноябре прошлого года", "11 ноября") are resolved
against the article's published date ("11 ноября" takes the year that puts
it nearest that date); without one their value is None and the text is
kept (SCHEMA.md), even when the same day is dated elsewhere in the text
(an article about 19 ноября 1985 года that says «в воскресенье, 19 ноября»
of this week). Deictic ones ("вчера", "в этом году", "накануне" used as an
adverb) are found too, with their own kind, since SCHEMA.md counts only
explicit calendar references as date facts.

A year-less month or day takes a bare year the same sentence states before
it ("В 1999 году, в сентябре", "в 2017 году манёвры пройдут в октябре"); a
year and the month right after it are one reference. A month-and-year
lends no year ("в декабре 2016-го он проиграл, но 4 августа вернул титул").

    candidates of every rule ─ longest first ─ drop overlaps ─ years from the sentence ─ in text order

Ranges follow the annotations (SCHEMA.md, dev sets): a dashed or coordinated
range gives its start ("11—12 ноября", "в 2011—2013 годах", "в 2015 и 2016
годах"); "с X по Y" gives both ends ("с 16 по 18 января 2018 года": the
16th and the 18th; "с 2013 по 2017 год": 2013 and 2017).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Callable

from ..analysis.doc import Doc
from ..const import PER
from ..data import load_set
from ..record import DateRef
from .months import adjective_month, adjective_pattern, month_of, month_pattern

ABSOLUTE, RELATIVE, DEICTIC = "absolute", "relative", "deictic"
FACT_KINDS = (ABSOLUTE, RELATIVE)      # what SCHEMA.md counts as a date fact

SP = r"[^\S\n]+"
MONTH = month_pattern()                 # with "фев", "нояб": only beside a day
MONTH_WORD = month_pattern(False)       # whole words, for "в мае"
MONTH_ADJ = adjective_pattern()
SEASON = "(?:" + "|".join(sorted(load_set("seasons"), key=len, reverse=True)) + ")"
REL = rf"(?P<rel>прошлого|этого|текущего|следующего|будущего|нынешнего){SP}года"
YEAR_WORD = r"(?:год[а-я]{0,2}|гг?\.)"
# "в 2014-м", "с 2007-го", "по 2040-й", "к 2020-му": a year with a case ending
YEAR_END = r"-(?:го|й|м|му|ом)"
# the year itself, then an ending or "год", maybe with an adjective between:
# "2015 года", "2017-го", "2015/16 академическом году", "2017 финансовый год"
YEAR = rf"(?P<year>\d{{4}})(?:/\d{{2,4}})?(?:{YEAR_END}|[^\S\n]*(?:[а-яё]+(?:ом|ый|ий|ого|ем){SP})?{YEAR_WORD})"
PREP = rf"(?:(?:[Вв]о?|[Сс]о?|[Дд]о|[Кк]|[Пп]о|[Нн]а|[Зз]а|[Оо]т){SP})?"
PART = rf"(?:[Вв]{SP}(?:конце|начале|середине){SP}|[Кк]{SP}(?:концу|началу|середине){SP}|[Вв]о?{SP})"
DAYS = r"(?P<day>\d{1,2})(?:-го)?(?:[^\S\n]*(?:[—–-]|и)[^\S\n]*\d{1,2}(?:-го)?)?"   # "7-го апреля"
# "в январе—марте 2018 года", "в мае-июне 2017 года": the first month of the span
MONTHS = rf"(?P<month>{MONTH_WORD})(?:[^\S\n]*[—–-][^\S\n]*{MONTH_WORD})?"
# "в 2016—2017 годах", "в 2015 и 2016 годах": the start of the span
YEARS = rf"(?P<year>\d{{4}})(?:[^\S\n]*[—–-][^\S\n]*\d{{2,4}}|{SP}и{SP}\d{{4}})?"
# a year with no "год" after it ends a phrase: "с 2013 по 2017 год", "в 2014, а в 2015"
PHRASE_END = rf"(?=[^\S\n]*(?:[,.;:)\n]|$)|{SP}(?:по|и|или|а|—|–){SP})"
START, STOP = r"(?<![\w.,:/+-])", r"(?!\w)"

YEAR_SHIFT = {"прошлого": -1, "прошлом": -1, "этого": 0, "этом": 0, "текущего": 0,
              "текущем": 0, "нынешнего": 0, "нынешнем": 0, "следующего": 1,
              "следующем": 1, "будущего": 1, "будущем": 1}
DAY_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
# What may stand between a year and the month it holds: "В 1999 году, в сентябре"
YEAR_THEN_MONTH = re.compile(r"[^\S\n]*,?[^\S\n]*")


@dataclass(frozen=True)
class Context:
    """What relative references are resolved against: the published date."""
    base: dt.date | None


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern
    value: Callable[[re.Match, Context], str | None]
    # words every match holds: a text without them is not scanned (a plain search
    # for them is many times faster than the rule's own, which starts with a lookbehind)
    gate: re.Pattern | None = None


def iso(year: int | None, month: int | None, day: int | None = None) -> str | None:
    """YYYY-MM-DD or YYYY-MM, or None when the numbers are no calendar date.

    >>> iso(2025, 11, 11), iso(2025, 2), iso(2025, 2, 30), iso(None, 5)
    ('2025-11-11', '2025-02', None, None)
    """
    if year is None or month is None or not 1000 <= year <= 2199:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def year_value(m: re.Match, ctx: Context) -> str | None:
    return m["year"] if 1000 <= int(m["year"]) <= 2199 else None


def shifted_year(m: re.Match, ctx: Context) -> int | None:
    """The year of "прошлого года"-style words, against the published date."""
    return ctx.base.year + YEAR_SHIFT[m["rel"].lower()] if ctx.base else None


def nearest_year(base: dt.date | None, month: int | None, day: int | None = None) -> int | None:
    """The year that puts a year-less month or day nearest the published date.

    "в мае" in an article of February 2026 is May 2026; "11 ноября" in
    one of February 2026 is November 2025.

    >>> d = dt.date(2026, 2, 16)
    >>> nearest_year(d, 5), nearest_year(d, 11, 11), nearest_year(d, 2, 15), nearest_year(None, 5)
    (2026, 2025, 2026, None)
    """
    if base is None or month is None or not 1 <= month <= 12:
        return None

    def distance(year: int) -> int:
        try:
            return abs((dt.date(year, month, day or 15) - base).days)
        except ValueError:                  # 29 февраля of a common year
            return 10 ** 6
    return min((base.year, base.year - 1, base.year + 1), key=distance)


def day_month_value(m: re.Match, ctx: Context) -> str | None:
    """"11 ноября [прошлого года]", "с 16 [по 18 января 2018 года]": a year stated with it,
    else the year nearest the published date."""
    month, day = month_of(m["month"]), int(m["day"])
    groups = m.groupdict()
    if groups.get("year"):
        return iso(int(m["year"]), month, day)
    if groups.get("rel"):
        return iso(shifted_year(m, ctx), month, day)
    return iso(nearest_year(ctx.base, month, day), month, day)


def month_year_value(m: re.Match, ctx: Context) -> str | None:
    """"в ноябре 2025 года", "с января [по ноябрь 2017 года]", "в мае": the year stated,
    else the year nearest the published date."""
    month = month_of(m["month"])
    year = int(m["year"]) if m.groupdict().get("year") else nearest_year(ctx.base, month)
    return iso(year, month)


def day_shift_value(m: re.Match, ctx: Context) -> str | None:
    return (ctx.base + dt.timedelta(DAY_SHIFT[m[0].lower()])).isoformat() if ctx.base else None


def year_shift_value(m: re.Match, ctx: Context) -> str | None:
    return str(ctx.base.year + YEAR_SHIFT[m["rel"].lower()]) if ctx.base else None


def rx(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(START + pattern + STOP, flags)


RULES = [
    # 2025-11-11, 2025-09-27T16:23
    Rule("iso", ABSOLUTE, re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"),
         lambda m, c: iso(int(m[1]), int(m[2]), int(m[3]))),
    # 22/02/2024, 22.02.2024, "от 29.12.2014."
    Rule("numeric", ABSOLUTE, re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d|[./]\d)"),
         lambda m, c: iso(int(m[3]), int(m[2]), int(m[1]))),
    # 11 ноября 2025 года, 12 Ноябрь 2025, 11-12 ноября 2025 года, 10 сентября 2017 г.
    Rule("day_month_year", ABSOLUTE,
         rx(rf"{DAYS}{SP}(?P<month>{MONTH}){SP}(?P<year>\d{{4}})(?:[^\S\n]*{YEAR_WORD}|{YEAR_END})?"),
         lambda m, c: iso(int(m["year"]), month_of(m["month"]), int(m["day"]))),
    # February 4, 2018 (an embedded post's date line)
    Rule("month_day_year", ABSOLUTE, rx(rf"(?P<month>{MONTH}){SP}(?P<day>\d{{1,2}}),?{SP}(?P<year>\d{{4}})"),
         lambda m, c: iso(int(m["year"]), month_of(m["month"]), int(m["day"]))),
    # с 16 [по 18 января 2018 года], со 2 [по 10 мая]: the first day of the span
    Rule("from_day", RELATIVE,
         rx(rf"[Сс]о?{SP}(?P<day>\d{{1,2}})(?={SP}по{SP}\d{{1,2}}{SP}(?P<month>{MONTH})"
            rf"(?:{SP}(?P<year>\d{{4}}))?)"),
         day_month_value),
    # 11 ноября, 11—12 ноября, 28 и 29 мая, 11 фев, 11 ноября прошлого года
    Rule("day_month", RELATIVE, rx(rf"{DAYS}{SP}(?P<month>{MONTH})(?:{SP}{REL})?"), day_month_value),
    # в ноябре 2025 года, ноябрь 2025, по март 2017-го, В марте же 2015 года
    Rule("month_year", ABSOLUTE,
         rx(rf"{PREP}{MONTHS}(?:{SP}же)?{SP}(?P<year>\d{{4}})(?:[^\S\n]*{YEAR_WORD}|{YEAR_END})?"),
         month_year_value),
    # с января [по ноябрь 2017 года]: the first month of the span
    Rule("from_month", RELATIVE,
         rx(rf"[Сс]о?{SP}(?P<month>{MONTH_WORD})(?={SP}по{SP}{MONTH_WORD}(?:{SP}(?P<year>\d{{4}}))?)"),
         month_year_value),
    # в ноябре прошлого года, в мае текущего года
    Rule("month_rel", RELATIVE, rx(rf"{PREP}(?P<month>{MONTH_WORD}){SP}{REL}"),
         lambda m, c: iso(shifted_year(m, c), month_of(m["month"])), re.compile(REL, re.I)),
    # ноябрьских терактов 2015 года, августовского путча 1991 года
    Rule("month_adjective", ABSOLUTE, rx(rf"(?P<adj>{MONTH_ADJ}){SP}[а-яё]+{SP}{YEAR}"),
         lambda m, c: iso(int(m["year"]), adjective_month(m["adj"]))),
    # осенью 2016 года, летом 2017-го
    Rule("season", ABSOLUTE, rx(rf"{PREP}{SEASON}{SP}{YEAR}"), year_value),
    # в 2026 году, 2014 год, в 2025—2026 годах, в 2015 и 2016 годах, в 2014-м, 2013-го
    Rule("year", ABSOLUTE,
         rx(rf"{PREP}{YEARS}(?:/\d{{2,4}})?(?:{YEAR_END}|[^\S\n]*(?:[а-яё]+(?:ом|ый|ий|ого|ем){SP})?{YEAR_WORD})"),
         year_value),
    # с 2013 [по 2017 год], в 2014, в 2016-2017: a bare year after a preposition, closing a phrase
    Rule("bare_year", ABSOLUTE, rx(rf"(?:[Вв]о?|[Сс]о?|[Пп]о){SP}{YEARS}{PHRASE_END}"),
         lambda m, c: m["year"] if 1800 <= int(m["year"]) <= 2099 else None),
    # в мае, в конце ноября
    Rule("month", RELATIVE, rx(rf"{PART}(?P<month>{MONTH_WORD})"), month_year_value),
    # в этом году, в прошлом году
    Rule("year_rel", DEICTIC,
         rx(rf"[Вв]{SP}(?P<rel>прошлом|этом|текущем|нынешнем|следующем|будущем){SP}году"),
         year_shift_value),
    # вчера, сегодня, завтра
    Rule("day_rel", DEICTIC, rx(r"позавчера|вчера|сегодня|послезавтра|завтра"), day_shift_value,
         re.compile(r"вчера|сегодня|завтра", re.I)),
    # "Накануне министр заявил": the day before; "накануне визита" is a preposition (see is_preposition)
    Rule("eve", DEICTIC, rx(r"накануне"), lambda m, c: (c.base - dt.timedelta(1)).isoformat() if c.base else None),
]
ALWAYS_DATES = {"iso", "numeric", "day_month_year", "month_day_year", "year", "bare_year",
                "season", "month_adjective"}   # a value of None there means no date at all
YEARLESS = {"day_month", "month", "from_day", "from_month"}   # may take the year of their sentence


def parse_published(published: str | None) -> dt.date | None:
    """The published date as a date, or None."""
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def in_name(doc: Doc, m: re.Match) -> bool:
    """The month word is part of a person's name the NER found ("в Марте Кос видят преемницу")."""
    if "month" not in m.re.groupindex or m["month"] is None:
        return False
    start, end = m.span("month")
    return any(e.type == PER and e.start <= start and end <= e.end for e in doc.entities)


# Rules whose every match holds a digit: they are run only over the paragraphs
# (lines) that have one; no rule matches across a line break (their spaces are [^\S\n]).
NEEDS_DIGIT = {"iso", "numeric", "day_month_year", "month_day_year", "from_day", "day_month",
               "month_year", "month_adjective", "season", "year", "bare_year"}
DIGIT = re.compile(r"\d")


def digit_lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each paragraph that holds a digit, to its line break included
    (what follows a match is read as it would be in the whole text).

    >>> digit_lines(Doc("в мае\\n11 ноября\\nи 2025"))
    [(6, 16), (16, 22)]
    """
    out = []
    for para in doc.paragraphs:
        if DIGIT.search(para.text):
            end = doc.text.find("\n", para.end)
            out.append((para.start, len(doc.text) if end < 0 else end + 1))
    return out


def matches(rule: Rule, text: str, lines: list[tuple[int, int]]):
    """The rule's matches over the text, in order (over the digit lines alone when it needs one)."""
    if rule.gate is not None and not rule.gate.search(text):
        return
    if rule.name not in NEEDS_DIGIT:
        yield from rule.pattern.finditer(text)
        return
    for start, end in lines:
        yield from rule.pattern.finditer(text, start, end)


def candidates(doc: Doc, ctx: Context) -> list[tuple[Rule, re.Match, str | None]]:
    """Every rule's matches with their values; impossible dates and names dropped."""
    out = []
    lines = digit_lines(doc)
    for rule in RULES:
        for m in matches(rule, doc.text, lines):
            value = rule.value(m, ctx)
            if (value is None and rule.name in ALWAYS_DATES) or in_name(doc, m):
                continue
            out.append((rule, m, value))
    return out


def states_year(m: re.Match) -> bool:
    """A year-less rule's match that names no year of its own ("в мае", not "с января по ноябрь 2017 года")."""
    groups = m.groupdict()
    return bool(groups.get("year") or groups.get("rel"))


def sentence_year(earlier: list[DateRef], since: int) -> DateRef | None:
    """The last bare year among the earlier dates that start at ``since`` or later."""
    for d in reversed(earlier):
        if d.start < since:
            return None
        if d.value and d.kind == ABSOLUTE and len(d.value) == 4:
            return d
    return None


def with_sentence_year(doc: Doc, dates: list[tuple[DateRef, re.Match, Rule]]) -> list[DateRef]:
    """Year-less months and days take the year stated before them in their sentence.

    "В 1999 году, в сентябре" is one reference, 1999-09; "в 2017 году он
    ушёл, а в мае вернулся" gives 2017 and 2017-05. A year from another
    sentence is never borrowed.
    """
    out: list[DateRef] = []
    for ref, m, rule in dates:
        sent = doc.sentence_at(ref.start)
        year = None
        if rule.name in YEARLESS and not states_year(m) and sent is not None:
            year = sentence_year(out, sent.start)
        if year is None:
            out.append(ref)
            continue
        day = int(m["day"]) if m.groupdict().get("day") else None
        value = iso(int(year.value[:4]), month_of(m["month"]), day)
        if YEAR_THEN_MONTH.fullmatch(doc.text[year.end:ref.start]):
            out[len(out) - 1 - out[::-1].index(year)] = DateRef(value, doc.text[year.start:ref.end], year.start, ref.end, ABSOLUTE)
        else:
            out.append(replace(ref, value=value))
    return out


def is_preposition(doc: Doc, ref: DateRef) -> bool:
    """"накануне визита": the word heads no date of its own. Read in context by the
    tagger: the word itself tagged ADP, or the next word a genitive noun or adjective
    ("Накануне переговоров стороны…"; "Накануне МИД заявил" has a nominative)."""
    tag = doc.tag_at(ref.start)
    if tag is not None and tag[0] == "ADP":
        return True
    after = doc.tokens_in(ref.end, ref.end + 40)[:1]
    nxt = doc.tag_at(after[0].start) if after else None
    return nxt is not None and nxt[0] in ("NOUN", "PROPN", "ADJ") and nxt[1].get("Case") == "Gen"


def find_dates(doc: Doc | str, published: str | None = None,
               kinds: tuple[str, ...] = (ABSOLUTE, RELATIVE, DEICTIC)) -> list[DateRef]:
    """Dates in the text, in order; of two overlapping matches the longer wins.

    Args:
        doc: the article's Doc (a plain string is read as the Doc of that text).
        published: its date (YYYY-MM-DD), the base of relative references.
        kinds: which kinds to return (``FACT_KINDS`` for SCHEMA.md's date facts).
    """
    doc = Doc(doc) if isinstance(doc, str) else doc
    text = doc.text
    ctx = Context(parse_published(published))
    found = sorted(candidates(doc, ctx), key=lambda c: (c[1].start() - c[1].end(), c[1].start()))
    taken: list[tuple[DateRef, re.Match, Rule]] = []
    spans: list[tuple[int, int]] = []          # taken spans, sorted, never overlapping
    for rule, m, value in found:
        start, end = m.span()
        i = bisect_left(spans, (start, end))
        if (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end):
            continue
        spans.insert(i, (start, end))
        kind = ABSOLUTE if rule.kind == RELATIVE and states_year(m) and not m.groupdict().get("rel") else rule.kind
        taken.append((DateRef(value, text[start:end], start, end, kind), m, rule))
    taken.sort(key=lambda t: t[0].start)
    if DEICTIC in kinds:            # parse only when deictic words are asked for
        taken = [t for t in taken if t[2].name != "eve" or not is_preposition(doc, t[0])]
    return [d for d in with_sentence_year(doc, taken) if d.kind in kinds]
