"""A hand-made Article for the show and report tests: no models needed.

The text is our own. Its quote holds a place, a date and a <script> tag,
and a visit span crosses the quote's opening mark, so every renderer has
to nest or split overlapping marks.
"""
from __future__ import annotations

from kzru_facts.record import (Article, DateRef, Entity, Facts, Quote, Referent, Speaker,
                               Visit, Zone)

TEXT = ("Главная\nНовости\nСпорт\n"
        "Иван Петров заявил: «Визит в Омск 5 мая прошёл <script>alert(1)</script> хорошо»,"
        " — сказал министр Иван Петров.\n"
        "«Мы готовы», — отметил кто-то.\n")
QUOTE = "Визит в Омск 5 мая прошёл <script>alert(1)</script> хорошо"
SPEAKER = "Иван Петров"


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the nth occurrence of ``sub`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def entity(etype: str, sub: str, nth: int = 0, normal: str | None = None) -> Entity:
    return Entity(etype, sub, normal or sub, *at(sub, nth), canonical=normal or sub)


def sample_article(doc: str = "sample.txt") -> Article:
    """The sample with every kind of record a renderer draws."""
    speaker = Speaker(SPEAKER, SPEAKER, *at(SPEAKER, 1), role="министр", rule="name")
    quotes = (Quote(QUOTE, *at(QUOTE), "direct", speaker, "сказал"),
              Quote("Мы готовы", *at("Мы готовы"), "direct", None))
    visit = Visit(SPEAKER, "Омск", "2024-05-05", "done",
                  "Иван Петров заявил: «Визит в Омск", *at("Иван Петров заявил: «Визит в Омск"))
    facts = Facts(visits=(visit,), dates=(DateRef("2024-05-05", "5 мая", *at("5 мая")),))
    entities = (entity("PER", SPEAKER), entity("LOC", "Омск"), entity("PER", SPEAKER, 1))
    people = (Referent("PER", SPEAKER, ("министр",), (entities[0], entities[2])),
              Referent("LOC", "Омск", (), (entities[1],)))
    zones = tuple(Zone("menu", *at(w)) for w in ("Главная", "Новости", "Спорт"))
    return Article(doc, "Проба", "2024-05-06", quotes=quotes, entities=entities, people=people,
                   facts=facts, text=TEXT, skipped=zones)
