"""natasha's NER as our Entity records, with the nominative form of each.

Each paragraph is tagged on its own, so no entity crosses a line break
("Бородавкин\\n\\nО" was one person when the whole page went in at once).
natasha's spans then go through our boundary and type fixes (``spans.py``)
and get their nominative form (``nominative.py``); the morphology tagger runs
only near entity spans (``morph.py``). The paragraphs of an article go
through each tagger together, in batches of like lengths.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from . import models
from .morph import Token, tag_many
from .nominative import normalize_span
from ..record import Entity
from .repeats import find_repeats
from .segment import Sent, find_paragraphs
from .spans import Span, fix_spans


def natasha_spans(texts: list[str]) -> list[list[Span]]:
    """natasha's raw NER spans of each paragraph (tagged in batches)."""
    return [[Span(start, stop, etype) for start, stop, etype in markup.spans]
            for markup in models.ner_tagger().tag_many(texts)]


def all_covered(spans: list[Span], outer: list[Span]) -> bool:
    """Every span lies inside one of ``outer`` (by binary search over the
    outer spans' starts, with the longest reach so far beside each).

    >>> all_covered([Span(2, 4, "PER")], [Span(0, 3, "PER"), Span(1, 5, "ORG")])
    True
    >>> all_covered([Span(2, 6, "PER")], [Span(0, 3, "PER"), Span(1, 5, "ORG")])
    False
    """
    outer = sorted(outer, key=lambda s: s.start)
    starts = [s.start for s in outer]
    reach = list(accumulate((s.end for s in outer), max))
    for x in spans:
        k = bisect_right(starts, x.start)
        if not k or reach[k - 1] < x.end:
            return False
    return True


def fix_all(texts: list[str], found: list[list[Span]]) -> list[tuple[list[Span], list[Token]]]:
    """Each paragraph's fixed spans, with tagged tokens right for every word they hold.

    The fixes read the tags of natasha's spans' own words; paragraphs where a
    fix grew a span ("партии «Яблоко»") are tagged again with its new words.
    """
    tokens = tag_many(list(zip(texts, found)))
    fixed = [fix_spans(t, s, toks) for t, s, toks in zip(texts, found, tokens)]
    grown = [i for i, (s, f) in enumerate(zip(found, fixed)) if not all_covered(f, s)]
    for i, toks in zip(grown, tag_many([(texts[i], found[i] + fixed[i]) for i in grown])):
        tokens[i] = toks
    return list(zip(fixed, tokens))


BULLET = re.compile(r"[^•]+")


def find_segments(text: str) -> list[Sent]:
    """Paragraphs, cut again at list bullets: "• Иван Петров (Россия) • Анна Ли"
    confuses the tagger when the items go in together."""
    out = []
    for para in find_paragraphs(text):
        for m in BULLET.finditer(para.text):
            chunk = m.group()
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                out.append(Sent(para.start + m.start() + lead, para.start + m.start() + len(chunk.rstrip()),
                                chunk.strip()))
    return out


def is_cut_off(text: str, entity: Entity) -> bool:
    """A word the page cut in two: the text stops inside it ("… президента России Влади")."""
    return entity.end == len(text.rstrip()) and text.rstrip()[-1:].isalpha()


def find_entities(cleaned: str) -> list[Entity]:
    """All entity mentions in the (cleaned) article text, in order."""
    segs = [seg for seg in find_segments(cleaned) if seg.text != seg.text.lower()]  # no capital, no name
    texts = [seg.text for seg in segs]
    out = [Entity(s.type, seg.text[s.start:s.end], normalize_span(seg.text, s, tokens),
                  seg.start + s.start, seg.start + s.end)
           for seg, (fixed, tokens) in zip(segs, fix_all(texts, natasha_spans(texts))) for s in fixed]
    out = [e for e in out if not is_cut_off(cleaned, e)]
    return sorted(out + find_repeats(cleaned, out), key=lambda e: e.start)
