"""natasha's NER as our Entity records, with the nominative form of each.

Each paragraph is tagged on its own, so no entity crosses a line break
("Бородавкин\\n\\nО" was one person when the whole page went in at once).
natasha's spans then go through our boundary and type fixes (``spans.py``)
and get their nominative form (``nominative.py``); the morphology tagger runs
only near entity spans (``morph.py``). The paragraphs of an article go
through each tagger together, in batches of like lengths. Related-article
teasers ("Также по теме" and the other article's heading and lead) are
navigation and are not tagged; fixes that need all of an article's mentions
are in ``mentions.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from . import models
from .mentions import fix_mentions
from .morph import Tagged, tag_many
from .nominative import normalize_span
from ..record import Entity
from .repeats import find_repeats
from .doc import Doc
from .segment import Sent
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


def fix_all(texts: list[str], found: list[list[Span]], sents: list) -> list[tuple[list[Span], list[Tagged]]]:
    """Each paragraph's fixed spans, with tagged tokens right for every word they hold.

    The fixes read the tags of natasha's spans' own words; paragraphs where a
    fix grew a span ("партии «Яблоко»") are tagged again with its new words.
    ``sents`` are each paragraph's sentences (the Doc's, as offsets into it).
    """
    tokens = tag_many(list(zip(texts, found, sents)))
    fixed = [fix_spans(t, s, toks) for t, s, toks in zip(texts, found, tokens)]
    grown = [i for i, (s, f) in enumerate(zip(found, fixed)) if not all_covered(f, s)]
    for i, toks in zip(grown, tag_many([(texts[i], found[i] + fixed[i], sents[i]) for i in grown])):
        tokens[i] = toks
    return list(zip(fixed, tokens))


BULLET = re.compile(r"[^•]+")


def find_segments(doc: Doc) -> list[Sent]:
    """Paragraphs, cut again at list bullets: "• Иван Петров (Россия) • Анна Ли"
    confuses the tagger when the items go in together."""
    out = []
    for para in doc.paragraphs:
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


def sentences_of(doc: Doc, seg: Sent) -> list[Sent]:
    """The Doc's sentences within a segment, as offsets into the segment."""
    return [Sent(max(s.start, seg.start) - seg.start, min(s.end, seg.end) - seg.start, "")
            for s in doc.sentences_in(seg.start, seg.end)]


def find_entities(doc: Doc | str) -> list[Entity]:
    """All entity mentions in the (cleaned) article text of a Doc, in order."""
    doc = doc if isinstance(doc, Doc) else Doc(doc)
    cleaned = doc.text
    teasers = doc.teasers
    segs = [seg for seg in find_segments(doc) if seg.text != seg.text.lower()  # no capital, no name
            and not any(s <= seg.start < e for s, e in teasers)]
    texts = [seg.text for seg in segs]
    sents = [sentences_of(doc, seg) for seg in segs]
    out = [Entity(s.type, seg.text[s.start:s.end], normalize_span(seg.text, s, tokens),
                  seg.start + s.start, seg.start + s.end)
           for seg, (fixed, tokens) in zip(segs, fix_all(texts, natasha_spans(texts), sents)) for s in fixed]
    out = fix_mentions(cleaned, [e for e in out if not is_cut_off(cleaned, e)])
    return sorted(out + find_repeats(doc, out), key=lambda e: e.start)
