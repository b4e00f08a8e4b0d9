"""Fixes on top of natasha's entity spans: boundaries and types.

Each rule takes the paragraph, one span and the paragraph's tagged tokens,
and returns the span to keep (perhaps narrowed or retyped) or ``None`` to
drop it. Rules run in order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable

from ..const import LOC, ORG, PER
from ..data import load_set
from .lemma import forms
from .morph import Tagged, known, tokens_before, tokens_in
from .roles import country_table

NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})


OPEN_QUOTES = "«\"„“"
CLOSE_QUOTES = "»\"“”"
NOT_NAME_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "PART", "VERB", "PRON", "DET"})
DESCRIPTORS = {ORG: "org_descriptors", LOC: "loc_descriptors"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


def lemma_in(word: str, wanted: frozenset[str]) -> bool:
    """True when one of pymorphy's lemmas of ``word`` is in ``wanted``."""
    return any(f.normal_form.replace("ё", "е") in wanted or f.normal_form in wanted
               for f in forms(word))


def word_before(text: str, pos: int, tokens: list[Tagged]) -> Tagged | None:
    """The word just before ``pos``, across one space and an opening quote
    ("партии «Яблоко»": "партии"), among the paragraph's tagged tokens."""
    before = tokens_before(tokens, pos, 2)
    if before and before[-1].text in OPEN_QUOTES and before[-1].end == pos:
        pos, before = before[-1].start, before[:-1]
    if not before:
        return None
    word = before[-1]
    letters = word.text.split("-")
    if not all(p.isalpha() for p in letters) or not text[word.end:pos].isspace() or pos - word.end != 1:
        return None
    return word


def is_word(t: Tagged) -> bool:
    return any(c.isalpha() for c in t.text)


def is_thing(word: str) -> bool:
    """pymorphy's best reading is an inanimate noun that is no name: "Госвизит"."""
    fs = forms(word)
    return bool(fs) and fs[0].tag.POS == "NOUN" and "inan" in fs[0].tag.grammemes \
        and not NAME_GRAMS & fs[0].tag.grammemes


def is_governing_noun(first: Tagged, last: Tagged) -> bool:
    """A common noun before a name: tagged NOUN (names are PROPN), or a thing
    in another case than the name ("Госвизит Токаева": name words agree)."""
    return first.pos == "NOUN" or (
        is_thing(first.text) and first.feats.get("Case") != last.feats.get("Case"))


def is_title_noun(first: Tagged, second: Tagged) -> bool:
    """A capitalised noun for a person before a first name: "Кристаллограф Олег
    Гаранин", "Политолог Анна Ли" (a sentence-initial title the tagger read as a
    name); not "Си Цзиньпин" (a thing), "Сидни Кросби" (a plural)."""
    fs = forms(first.text)
    return len(first.text) > 3 and bool(fs) and known(fs[0].word) and is_first_name(second.text) and all(
        f.tag.POS == "NOUN" and "anim" in f.tag.grammemes and f.tag.number == "sing"
        and not NAME_GRAMS & f.tag.grammemes for f in fs)


def trim_person(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """Drop common nouns before a name: "Госвизит Токаева" -> "Токаева".

    """
    if span.type != PER:
        return span
    ws = [t for t in tokens_in(tokens, span.start, span.end) if is_word(t)]
    while len(ws) > 1 and (is_governing_noun(ws[0], ws[-1]) or ws[0].pos in NOT_NAME_POS
                           or is_title_noun(ws[0], ws[1])):
        ws = ws[1:]
    return replace(span, start=ws[0].start) if ws else span


NOT_NAME_TAGS = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "VERB", "INFN", "GRND"})


def is_dictionary_non_noun(word: str) -> bool:
    """A dictionary word pymorphy never reads as a noun: "Подана", "Королёвских"."""
    fs = forms(word)
    return bool(fs) and known(fs[0].word) and all(f.tag.POS in NOT_NAME_TAGS for f in fs)


def drop_adjective_person(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """A "person" of adjectives or verb forms only is no name ("Культурно-гуманитарная"
    heading, "Подана первая заявка"); nor is a plural one ("братьев Ивановых")."""
    ws = [t for t in tokens_in(tokens, span.start, span.end) if is_word(t)]
    if span.type != PER or not ws:
        return span
    if all(t.pos == "ADJ" or is_dictionary_non_noun(t.text) for t in ws):
        return None
    if len(ws) == 1 and (ws[0].feats.get("Number") == "Plur" or is_plural_surname(ws[0].text)) \
            and not is_first_name(ws[0].text):
        return None
    return span


def is_plural_surname(word: str) -> bool:
    """A surname pymorphy reads only in the plural: a family ("сестёр Зайнуковых", "сёстры Аверины")."""
    surnames = [f for f in forms(word) if "Surn" in f.tag.grammemes]
    return bool(surnames) and all(f.tag.number == "plur" for f in surnames)


def extend_descriptor(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """Take in the kind noun before a name: "партии «Яблоко»", "реки Урал"."""
    if span.type not in DESCRIPTORS:
        return span
    kinds = load_set(DESCRIPTORS[span.type])
    start = span.start
    while (w := word_before(text, start, tokens)) and w.text.islower() and lemma_in(w.text, kinds):
        start = w.start
    end = span.end
    # one character each side ("" is in every string: a name that ends its
    # paragraph with its » missing must not take the line break)
    if start != span.start and 0 < span.start and text[span.start - 1] in OPEN_QUOTES \
            and end < len(text) and text[end] in CLOSE_QUOTES:
        end += 1
    return replace(span, start=start, end=end)


def org_of_place(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """A body of a place is an ORG: "правительство Казахстана", "мэрии Алматы"."""
    w = word_before(text, span.start, tokens)
    if span.type == LOC and w and lemma_in(w.text, load_set("org_heads")):
        return Span(w.start, span.end, ORG)
    return span


def has_name_reading(word: str) -> bool:
    return any(NAME_GRAMS & f.tag.grammemes for f in forms(word))


def drop_title_person(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """A one-word "person" that is a title from the roles list: "Президент"
    (capitalised in Kazakh official style), not a name."""
    ws = [t for t in tokens_in(tokens, span.start, span.end) if is_word(t)]
    if span.type != PER or len(ws) != 1 or has_name_reading(ws[0].text):
        return span
    return None if lemma_in(ws[0].text, load_set("roles")) else span


def is_place_word(word: str) -> bool:
    """A dictionary place name that is no person's name: "Кишинёву", "Анкара"
    (not "Королёв", a town and a surname)."""
    fs = forms(word)
    return any(known(f.word) and "Geox" in f.tag.grammemes for f in fs) and not any(
        NAME_GRAMS & f.tag.grammemes for f in fs)


def is_clipped_compound(word: str) -> bool:
    """A clipped compound of a common noun: "Нацполиция", "Демпартия" (data/clipped_prefixes.txt)."""
    low = word.lower()
    return any(low.startswith(p) and is_common_noun(low[len(p):]) for p in load_set("clipped_prefixes"))


def is_common_noun(word: str) -> bool:
    """A dictionary inanimate noun of five letters or more: "полиция" (not "газов", "омов")."""
    fs = forms(word)
    return is_thing(word) and known(fs[0].word) and len(fs[0].normal_form) >= 5


def retype_lone_word(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """A one-word "person" that is a place or a body: "Анкара берёт ситуацию в
    свои руки", "Нацполиция следит за порядком", "Акорда сообщила" (a seat of
    power from data/countries.txt)."""
    ws = [t for t in tokens_in(tokens, span.start, span.end) if is_word(t)]
    if span.type != PER or len(ws) != 1 or "-" in ws[0].text:
        return span
    word = ws[0].text
    if is_place_word(word):
        return replace(span, type=LOC)
    if lemma_in(word, seats_of_power()) and not has_name_reading(word) or is_clipped_compound(word):
        return replace(span, type=ORG)
    return span


@cache
def seats_of_power() -> frozenset[str]:
    """Country markers that are no place names: "кремль", "акорда"."""
    return frozenset(w for w in country_table() if not any("Geox" in f.tag.grammemes for f in forms(w)))


Rule = Callable[[str, Span, list[Tagged]], "Span | None"]
RULES: list[Rule] = [trim_person, drop_adjective_person, drop_title_person, retype_lone_word,
                     extend_descriptor, org_of_place]


def fix_span(text: str, span: Span, tokens: list[Tagged]) -> Span | None:
    """One span through every rule; None when a rule drops it."""
    for rule in RULES:
        span = rule(text, span, tokens)
        if span is None:
            return None
    return span


def split_parentheses(text: str, spans: list[Span]) -> list[Span]:
    """"Комитет защиты журналистов (КЗЖ)" is two names, as is "Ши Тао (Shi Tao)"."""
    out = []
    for s in spans:
        i = text.find("(", s.start, s.end)
        if i < 0:
            out.append(s)
            continue
        out.append(Span(s.start, len(text[s.start:i].rstrip()) + s.start, s.type))
        inner = text[i + 1:s.end].split(")")[0]
        if inner.strip():
            out.append(Span(i + 1, i + 1 + len(inner.rstrip()), s.type))
    return [s for s in out if s.end > s.start]


def split_commas(text: str, spans: list[Span]) -> list[Span]:
    """No name holds a comma: "Овечкин, Фёдоров" is two people."""
    out = []
    for s in spans:
        start = s.start
        for m in re.finditer(r",\s*", text[s.start:s.end]):
            out.append(Span(start, s.start + m.start(), s.type))
            start = s.start + m.end()
        out.append(Span(start, s.end, s.type))
    return [s for s in out if s.end > s.start]


def is_surname(word: str) -> bool:
    return any("Surn" in f.tag.grammemes for f in forms(word))


def is_first_name(word: str) -> bool:
    return any("Name" in f.tag.grammemes for f in forms(word))


def split_glued_people(text: str, spans: list[Span], tokens: list[Tagged]) -> list[Span]:
    """Two people run together: "президента Иванова Олжаса Петрова" -> a
    surname, then "first name + surname" (no patronymic follows)."""
    out = []
    for s in spans:
        ws = [t for t in tokens_in(tokens, s.start, s.end) if is_word(t)]
        if s.type == PER and len(ws) == 3 and is_surname(ws[0].text) \
                and is_first_name(ws[1].text) and is_surname(ws[2].text):
            out += [Span(s.start, ws[0].end, PER), Span(ws[1].start, s.end, PER)]
        else:
            out.append(s)
    return out


def merge_org_place(text: str, spans: list[Span]) -> list[Span]:
    """An ORG followed by its country or parent body is one ORG: "Конгресса США"."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev and prev.type == ORG and s.type in (ORG, LOC) and text[prev.end:s.start] == " ":
            out[-1] = Span(prev.start, s.end, ORG)
        else:
            out.append(s)
    return out


def drop_nested(spans: list[Span]) -> list[Span]:
    """Only outermost spans: a descriptor may have grown over a neighbour."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


LIST_GAP = re.compile(r"\s*,\s*(?:и\s+)?|\s+и\s+")


def lists_of(text: str, spans: list[Span]) -> list[list[int]]:
    """Indices of spans that follow each other in a list: "А, Б, В и Г"."""
    runs: list[list[int]] = []
    for i, s in enumerate(spans):
        if runs and LIST_GAP.fullmatch(text[spans[i - 1].end:s.start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 3]


def agree_list_types(text: str, spans: list[Span]) -> list[Span]:
    """A one-word "person" in a list of places is a place: "(Болеславец, Торунь,
    Сквежина и Жагань)" where natasha read the unknown town names as people."""
    out = list(spans)
    for run in lists_of(text, spans):
        types = [spans[i].type for i in run]
        if types.count(LOC) >= 2 and types.count(LOC) > types.count(PER):
            for i in run:
                if spans[i].type == PER and " " not in text[spans[i].start:spans[i].end]:
                    out[i] = replace(spans[i], type=LOC)
    return out


def fix_spans(text: str, spans: list[Span], tokens: list[Tagged]) -> list[Span]:
    """natasha's spans of one paragraph, fixed; dropped ones left out."""
    spans = split_commas(text, split_parentheses(text, spans))
    fixed = [s for s in (fix_span(text, s, tokens) for s in spans) if s is not None]
    return agree_list_types(text, drop_nested(merge_org_place(text, split_glued_people(text, fixed, tokens))))
