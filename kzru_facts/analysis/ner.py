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
from dataclasses import replace

from . import models
from ..data import load_set
from .lemma import forms
from .morph import Token, known, tag_many
from .nominative import normalize_span, recover_shape
from ..const import LOC, ORG, PER
from ..record import Entity
from .repeats import find_repeats, known_surnames
from .doc import Doc
from .segment import Sent
from .spans import Span, fix_spans


def natasha_spans(texts: list[str]) -> list[list[Span]]:
    """natasha's raw NER spans of each paragraph (tagged in batches)."""
    return [[Span(start, stop, etype) for start, stop, etype in markup.spans]
            for markup in models.ner_tagger().tag_many(texts)]


def covered(span: Span, spans: list[Span]) -> bool:
    """``span`` lies inside one of ``spans``."""
    return any(s.start <= span.start and span.end <= s.end for s in spans)


def fix_all(texts: list[str], found: list[list[Span]], sents: list) -> list[tuple[list[Span], list[Token]]]:
    """Each paragraph's fixed spans, with tagged tokens right for every word they hold.

    The fixes read the tags of natasha's spans' own words; paragraphs where a
    fix grew a span ("партии «Яблоко»") are tagged again with its new words.
    ``sents`` are each paragraph's sentences (the Doc's, as offsets into it).
    """
    tokens = tag_many(list(zip(texts, found, sents)))
    fixed = [fix_spans(t, s, toks) for t, s, toks in zip(texts, found, tokens)]
    grown = [i for i, (s, f) in enumerate(zip(found, fixed)) if not all(covered(x, s) for x in f)]
    for i, toks in zip(grown, tag_many([(texts[i], found[i] + fixed[i], sents[i]) for i in grown])):
        tokens[i] = toks
    return list(zip(fixed, tokens))


NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
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


TEASER_LINES = 2       # a teaser's heading and its lead follow the teaser line
ELLIPSIS = ("...", "…")


def teaser_spans(paragraphs: list[Sent]) -> list[tuple[int, int]]:
    """Related-article teasers: a "Также по теме" line with the other article's
    heading after it, and its lead when that breaks off in an ellipsis
    ("Президент Румынии отменил свой визит на Украину. Причиной такого решения он...")."""
    out = []
    for i, para in enumerate(paragraphs):
        if para.text.lower().strip(" .:") not in load_set("teaser_heads"):
            continue
        block = paragraphs[i:i + 1 + TEASER_LINES]
        if len(block) > 2 and not block[2].text.rstrip().endswith(ELLIPSIS):
            block = block[:2]
        out.append((block[0].start, block[-1].end))
    return out


def is_cut_off(text: str, entity: Entity) -> bool:
    """A word the page cut in two: the text stops inside it ("… президента России Влади")."""
    return entity.end == len(text.rstrip()) and text.rstrip()[-1:].isalpha()


# Russian surname endings in any case: "Токаев" is no plural of "токай"
SURNAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ы)?$|(?:ск|цк)(?:ий|ая|ого|ому|им|ой)$|енко$")


def is_dictionary_thing(word: str) -> bool:
    """Every reading an inanimate dictionary noun, none a name: "Мажилиса", "Сенат"."""
    fs = forms(word)
    return bool(fs) and not SURNAME_SHAPE.search(word.lower()) and all(known(f.word) and f.tag.POS == "NOUN" and "inan" in f.tag.grammemes
                            and not NAME_GRAMS & f.tag.grammemes for f in fs)


def retype_bodies(entities: list[Entity]) -> list[Entity]:
    """A lone-word "person" that is a dictionary thing is a body ("Мажилиса
    Парламента", "Сенат одобрил") unless the article names someone with that
    surname ("Эмманюэль Макрон" ... "Макрон заявил")."""
    surnames = known_surnames(entities)
    return [replace(e, type=ORG) if e.type == PER and " " not in e.text.strip() and "-" not in e.text
            and is_dictionary_thing(e.text) and (e.normal or e.text).lower() not in surnames else e
            for e in entities]


AND = re.compile(r"\s+[иИ]\s+")


def plural_surname(word: str):
    """pymorphy's nominative plural surname reading of a word that has no
    singular one: "Алиевы" (not "Морозов", "Бектенов": genitive plurals too)."""
    surnames = [f for f in forms(word) if "Surn" in f.tag.grammemes]
    if any(f.tag.number == "sing" for f in surnames):
        return None
    return next((f for f in surnames if f.tag.number == "plur" and f.tag.case == "nomn"), None)


def first_name_gender(word: str) -> str | None:
    """The gender of a first name's likeliest nominative reading: "Дина" Fem."""
    names = [f for f in forms(word) if "Name" in f.tag.grammemes and f.tag.number == "sing" and f.tag.case == "nomn"]
    return {"masc": "Masc", "femn": "Fem"}.get(names[0].tag.gender) if names else None


def with_surname(first: str, surname) -> str | None:
    """"Дина" + "Алиевы" -> "Дина Алиева": the surname in the first name's gender."""
    gender = first_name_gender(first)
    form = surname.inflect({"Sing", "Nom", gender}) if gender else None
    return f"{first} {recover_shape(form.word, first)}" if form else None


def split_couples(text: str, entities: list[Entity]) -> list[Entity]:
    """Two first names sharing one plural surname are two people: "Дина и Аздан
    Алиевы" -> "Дина Алиева", "Аздан Алиев" (as one span or as two)."""
    out: list[Entity] = []
    for e in entities:
        words = e.text.split()
        surname = plural_surname(words[-1]) if e.type == PER and len(words) >= 2 else None
        if surname is None:
            out.append(e)
            continue
        m = AND.search(e.text)
        parts = [(e.start, e.start + m.start()), (e.start + m.end(), e.end)] if m else [(e.start, e.end)]
        prev = out[-1] if out and not m else None
        if prev and prev.type == PER and " " not in prev.text and AND.fullmatch(text[prev.end:e.start]):
            out[-1] = replace(prev, normal=with_surname(prev.text, surname) or prev.normal)
        for a, b in parts:
            first = text[a:b].split()[0]
            out.append(Entity(PER, text[a:b], with_surname(first, surname) or e.normal, a, b))
    return out


def sentences_of(doc: Doc, seg: Sent) -> list[Sent]:
    """The Doc's sentences within a segment, as offsets into the segment."""
    return [Sent(max(s.start, seg.start) - seg.start, min(s.end, seg.end) - seg.start, "")
            for s in doc.sentences_in(seg.start, seg.end)]


def retype_toponym_forms(entities: list[Entity]) -> list[Entity]:
    """A lone "surname" that declines a place of the article in -о is that
    place: "посёлок Зайцево" ... "обстрелы Зайцева" (not a Mr Зайцев)."""
    names = [(e.normal or e.text).split()[-1] for e in entities if e.type == LOC and (e.normal or e.text).split()]
    stems = {n[:-1].lower() for n in names if n.endswith(("о", "е")) and len(n) > 4 and n[:1].isupper()}
    people = {w.lower() for e in entities if e.type == PER and len(ws := (e.normal or e.text).split()) > 1
              for w in ws[-1:]}
    return [replace(e, type=LOC, normal=place_of(e, stems)) if e.type == PER and " " not in e.text
            and place_of(e, stems) and (e.normal or e.text).lower() not in people else e for e in entities]


def place_of(e: Entity, stems: set[str]) -> str | None:
    low = e.text.lower()
    stem = next((s for s in stems if low.startswith(s) and len(low) - len(s) <= 2), None)
    return None if stem is None else e.text[:len(stem)] + "о"


def find_entities(doc: Doc | str) -> list[Entity]:
    """All entity mentions in the (cleaned) article text of a Doc, in order."""
    doc = doc if isinstance(doc, Doc) else Doc(doc)
    cleaned = doc.text
    teasers = teaser_spans(list(doc.paragraphs))
    segs = [seg for seg in find_segments(doc) if seg.text != seg.text.lower()  # no capital, no name
            and not any(s <= seg.start < e for s, e in teasers)]
    texts = [seg.text for seg in segs]
    sents = [sentences_of(doc, seg) for seg in segs]
    out = [Entity(s.type, seg.text[s.start:s.end], normalize_span(seg.text, s, tokens),
                  seg.start + s.start, seg.start + s.end)
           for seg, (fixed, tokens) in zip(segs, fix_all(texts, natasha_spans(texts), sents)) for s in fixed]
    out = split_couples(cleaned, retype_bodies([e for e in out if not is_cut_off(cleaned, e)]))
    out = retype_toponym_forms(out)
    return sorted(out + find_repeats(doc, out), key=lambda e: e.start)
