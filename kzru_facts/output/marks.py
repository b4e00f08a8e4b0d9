"""What to highlight in an article: every finding as a Mark with a note.

The terminal view (show.py) and the HTML report (report.py) both draw
these marks; only the styling differs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .nest import Insert
from ..record import Article, Quote

# Outer kinds first: when two marks cover the same words, the earlier kind
# encloses the later one (a speaker's name is both PER and, inside it, "speaker").
KINDS = ("skipped", "quote", "visit", "visit_count", "document",
         "PER", "ORG", "LOC", "speaker", "date", "duration")
LEGEND = {
    "quote": "quote", "speaker": "speaker's words", "PER": "person",
    "ORG": "organisation", "LOC": "place", "date": "date", "duration": "duration",
    "visit": "visit", "visit_count": "visit count", "document": "document",
    "skipped": "set aside by cleaning",
}
# A quote's span stops before its closing mark; its label goes after the mark.
CLOSERS = "»\"”“'’"
UNKNOWN = "?"


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of the article."""
    kind: str                  # one of KINDS
    start: int
    end: int
    note: str                  # what a hover or side note says
    anchor: str | None = None  # a stable id within the article: q1, v2, d3
    label: str | None = None   # words shown after the mark (a quote's speaker)

    @property
    def rank(self) -> int:
        return KINDS.index(self.kind)


def speaker_name(quote: Quote) -> str:
    """The resolved speaker of a quote, or '?'."""
    return quote.speaker.name if quote.speaker and quote.speaker.name else UNKNOWN


def quote_note(quote: Quote) -> str:
    """Speaker, role, kind and the rule that found the speaker."""
    sp = quote.speaker
    who = speaker_name(quote) + (f", {sp.role}" if sp and sp.role else "")
    how = f"; speaker by rule: {sp.rule}" if sp and sp.rule else ""
    cue = f"; cue: {quote.cue}" if quote.cue else ""
    return f"{who} — {quote.kind} quote{cue}{how}"


def quote_marks(article: Article) -> Iterator[Mark]:
    """Each quote, and the words that name its speaker."""
    for n, q in enumerate(article.quotes, 1):
        name = speaker_name(q)
        yield Mark("quote", q.start, q.end, quote_note(q), f"q{n}", name)
        sp = q.speaker
        if sp and sp.start is not None and sp.end is not None:
            yield Mark("speaker", sp.start, sp.end, f"speaker of quote {n}: {name}")


def entity_marks(article: Article) -> Iterator[Mark]:
    for e in article.entities:
        name = e.canonical or e.normal or e.text
        yield Mark(e.type, e.start, e.end, f"{LEGEND.get(e.type, e.type)}: {name}")


def arrow(who: str | None, where: str | None) -> str:
    """'visitor → destination' with '?' for what is unknown."""
    return f"{who or UNKNOWN} → {where or UNKNOWN}"


def fact_marks(article: Article) -> Iterator[Mark]:
    """Visits, counts, documents, durations and dates."""
    f = article.facts
    for n, v in enumerate(f.visits, 1):
        when = v.when or "date unknown"
        yield Mark("visit", v.start, v.end,
                   f"visit ({v.status}): {arrow(v.visitor, v.destination)}, {when}", f"v{n}")
    for c in f.visit_counts:
        yield Mark("visit_count", c.start, c.end,
                   f"visit count: {arrow(c.visitor, c.destination)} ×{c.count}")
    for n, d in enumerate(f.documents, 1):
        yield Mark("document", d.start, d.end, f"document ({d.status}): {d.name}", f"doc{n}")
    for d in f.durations:
        yield Mark("duration", d.start, d.end, f"duration: {d.minutes} min")
    for n, d in enumerate(f.dates, 1):
        yield Mark("date", d.start, d.end, f"date: {d.value or 'not resolved'}", f"d{n}")


def zone_marks(article: Article) -> Iterator[Mark]:
    for z in article.skipped:
        yield Mark("skipped", z.start, z.end, f"set aside by cleaning: {z.kind}")


def article_marks(article: Article) -> list[Mark]:
    """Every mark of an article, in no particular order."""
    return [*zone_marks(article), *quote_marks(article), *entity_marks(article),
            *fact_marks(article)]


def label_at(text: str, mark: Mark) -> int:
    """Where a mark's label goes: after the mark and its closing quotation mark."""
    after = text[mark.end:mark.end + 1]
    return mark.end + 1 if after and after in CLOSERS else mark.end


def labels(text: str, marks: list[Mark]) -> list[Insert]:
    """Zero-width inserts for every labelled mark."""
    return [Insert(m, label_at(text, m)) for m in marks if m.label]
