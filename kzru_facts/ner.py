"""natasha's NER as our Entity records, with the nominative form of each.

Each paragraph is tagged on its own, so no entity crosses a line break
("Бородавкин\\n\\nО" was one person when the whole page went in at once).
"""
from __future__ import annotations

from . import models
from .record import Entity
from .segment import find_paragraphs
from .taggers import tag_morph_near_spans


def adapt_span(span, offset: int) -> Entity:
    """A natasha DocSpan as an Entity, shifted by the paragraph's offset."""
    return Entity(span.type, span.text, span.normal or span.text,
                  offset + span.start, offset + span.stop)


def tag_paragraph(text: str, offset: int) -> list[Entity]:
    """Entities of one paragraph, normalised to the nominative."""
    from natasha import Doc
    doc = Doc(text)
    doc.segment(models.segmenter())
    doc.tag_ner(models.ner_tagger())
    if not doc.spans:
        return []
    tag_morph_near_spans(doc, models.morph_tagger())  # = doc.tag_morph for span tokens
    for span in doc.spans:
        span.normalize(models.morph_vocab())
    return [adapt_span(s, offset) for s in doc.spans]


def find_entities(cleaned: str) -> list[Entity]:
    """All entity mentions in the (cleaned) article text, in order."""
    out: list[Entity] = []
    for para in find_paragraphs(cleaned):
        out.extend(tag_paragraph(para.text, para.start))
    return out
