"""natasha's NER as our Entity records, with the nominative form of each.

Each paragraph is tagged on its own, so no entity crosses a line break
("Бородавкин\\n\\nО" was one person when the whole page went in at once).
natasha's spans then go through our boundary and type fixes (``spans.py``)
and get their nominative form (``nominative.py``); the morphology tagger runs
only on sentences that hold an entity.
"""
from __future__ import annotations

import re

from . import models
from .morph import tag_tokens
from .nominative import normalize_span
from .record import Entity
from .repeats import find_repeats
from .segment import Sent, find_paragraphs
from .spans import Span, fix_spans


def natasha_spans(text: str) -> list[Span]:
    """natasha's raw NER spans of one paragraph."""
    markup = models.ner_tagger()(text)
    return [Span(start, stop, etype) for start, stop, etype in markup.spans]


def tag_paragraph(text: str, offset: int) -> list[Entity]:
    """Entities of one paragraph, fixed and normalised to the nominative."""
    spans = natasha_spans(text)
    if not spans:
        return []
    tokens = tag_tokens(text, spans)
    return [Entity(s.type, text[s.start:s.end], normalize_span(text, s, tokens),
                   offset + s.start, offset + s.end)
            for s in fix_spans(text, spans, tokens)]


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
    out: list[Entity] = []
    for seg in find_segments(cleaned):
        if seg.text != seg.text.lower():    # no capital letter, no name
            out.extend(tag_paragraph(seg.text, seg.start))
    out = [e for e in out if not is_cut_off(cleaned, e)]
    return sorted(out + find_repeats(cleaned, out), key=lambda e: e.start)
