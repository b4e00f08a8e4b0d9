"""Fixes to an article's entity mentions that need all of them at once.

natasha tags each paragraph on its own, and ``spans.py`` fixes one span at a
time; some readings need the rest of the article:

- a lone "person" that is a dictionary thing is a body ("Мажилиса", "Сенат"),
  unless the article names someone with that surname ("Эмманюэль Макрон");
- two first names sharing a plural surname are two people ("Дина и Аздан
  Алиевы" -> "Дина Алиева", "Аздан Алиев");
- a lone "surname" declining a place of the article in -о is that place
  ("посёлок Зайцево" ... "обстрелы Зайцева").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..const import LOC, ORG, PER
from ..record import Entity
from .lemma import forms
from .morph import known
from .nominative import recover_shape
from .repeats import known_surnames

NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
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


def fix_mentions(text: str, entities: list[Entity]) -> list[Entity]:
    """An article's mentions after the fixes above, in order."""
    return retype_toponym_forms(split_couples(text, retype_bodies(entities)))
