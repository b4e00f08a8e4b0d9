"""Explicit counts of visits: "совершил 33 визита в Казахстан".

The count is a number written as its own token (or a run of number words)
right before a visit noun (data/visit_count_nouns.txt), on the same line;
the visitor is the noun's (agents.py), the destination the visit's.
"""
from __future__ import annotations

from ..analysis.doc import Doc
from ..analysis.syntax import Word
from ..data import load_set
from ..record import VisitCount
from .agents import noun_visitor
from .frames import Mentions, Site, trigger_sites
from .numbers import parse_number, parse_words
from .visits import HOST, destinations


def count_at(site: Site, number: float, first: Word) -> VisitCount | None:
    """"совершил 33 визита в Казахстан" with the visitor of the visit noun."""
    visitor = noun_visitor(site, site.word)
    if not visitor:
        return None
    dest = [d for d in destinations(site) if d != HOST]
    text = site.doc.text[first.start:site.word.stop]
    return VisitCount(visitor.name, dest[0] if dest else None, int(number), text,
                      first.start, site.word.stop)

def number_before(doc: Doc, word) -> tuple[float, Word] | None:
    """The cardinal written right before a word: "33 визита", "тридцать три визита";
    a token like "300-летию" is no number."""
    toks = [t for t in doc.tokens_in(max(0, word.start - 60), word.start)]
    run: list = []
    for t in reversed(toks):
        if parse_number(t.text) is None:
            break
        run.insert(0, t)
    if not run or "\n" in doc.text[run[-1].stop:word.start]:
        return None                       # "... 5" ending a line before a heading
    value = parse_number(run[-1].text) if len(run) == 1 else parse_words([t.text for t in run])
    if value is None or value != int(value) or value <= 0:
        return None
    return value, Word(run[0].start, run[0].stop, run[0].text, -1, None, "")

def counted(doc: Doc, token, people: Mentions) -> bool:
    """True when a number stands right before the word: "33 визита"."""
    return number_before(doc, token) is not None

def find_visit_counts(doc: Doc) -> list[VisitCount]:
    """Explicit counts of visits: "совершил 33 визита в Казахстан"."""
    out: list[VisitCount] = []
    for site in trigger_sites(doc, load_set("visit_count_nouns"), counted):
        found = number_before(doc, site.word)
        if found:
            count = count_at(site, *found)
            out += [count] if count else []
    return merge_counts(out)

def merge_counts(counts: list[VisitCount]) -> list[VisitCount]:
    """One count per visitor and number: a lead that says "совершил 33 визита в
    Казахстан" and a later "в нашу страну – 33 визита" are the same fact; the
    one that names its destination is kept."""
    best: dict[tuple, VisitCount] = {}
    for c in counts:
        key = (c.visitor, c.count)
        if key not in best or (c.destination and not best[key].destination):
            best[key] = c
    return sorted(best.values(), key=lambda c: c.start)
