"""One referent per person, organisation or place within an article.

"Токаева", "Токаев", "Касым-Жомарт Токаев" and "Президент Токаев" are one
person whose canonical name is the fullest nominative form the article
gives. Each person also collects the roles the article gives them
("посол РФ", "президент Казахстана"), which speaker resolution reads.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .const import PER
from .record import Entity, Referent
from .roles import find_role

WORD = re.compile(r"[\w-]+")


def name_words(name: str) -> list[str]:
    return [w.lower().replace("ё", "е") for w in WORD.findall(name)]


def person_key(entity: Entity) -> str:
    """The surname: the last word of the nominative form."""
    words = name_words(entity.normal or entity.text)
    return words[-1] if words else ""


def fullest(names: list[str]) -> str:
    """The form with most words; the earliest among equals."""
    return max(names, key=lambda n: (len(n.split()), -names.index(n)))


def group_people(entities: list[Entity]) -> dict[str, list[Entity]]:
    """Person mentions grouped by surname; a lone first name joins its person."""
    groups: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type == PER:
            groups[person_key(e)].append(e)
    firsts = {name_words(fullest([m.normal or m.text for m in ms]))[0]: k
              for k, ms in groups.items()
              if len(name_words(fullest([m.normal or m.text for m in ms]))) > 1}
    for key in list(groups):
        if key in firsts and firsts[key] != key and len(groups[key]) and all(
                len(name_words(m.normal or m.text)) == 1 for m in groups[key]):
            groups[firsts[key]].extend(groups.pop(key))
    return groups


def build_referents(text: str, entities: list[Entity]) -> list[Referent]:
    """Referents in order of first mention, each with its canonical name."""
    out: list[Referent] = []
    for key, mentions in group_people(entities).items():
        name = fullest([m.normal or m.text for m in mentions])
        roles = tuple(dict.fromkeys(r for m in mentions if (r := find_role(text, m))))
        out.append(Referent(PER, name, roles, tuple(mentions)))
    others: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type != PER:
            others[(e.type, (e.normal or e.text).lower())].append(e)
    for (etype, _), mentions in others.items():
        out.append(Referent(etype, mentions[0].normal or mentions[0].text, (), tuple(mentions)))
    return sorted(out, key=lambda r: r.mentions[0].start)


def canonicalize(entities: list[Entity], referents: list[Referent]) -> list[Entity]:
    """Entities with ``canonical`` set to their referent's name."""
    by_span = {(m.start, m.end): r.name for r in referents for m in r.mentions}
    return [Entity(e.type, e.text, e.normal, e.start, e.end, by_span.get((e.start, e.end)))
            for e in entities]
