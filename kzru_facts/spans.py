"""Fixes on top of natasha's entity spans: boundaries and types.

Each rule takes the paragraph, one span and the paragraph's tagged tokens,
and returns the span to keep (perhaps narrowed or retyped) or ``None`` to
drop it. Rules run in order.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from .const import PER
from .morph import Token, forms, tokens_in

NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


def is_word(t: Token) -> bool:
    return any(c.isalpha() for c in t.text)


def is_thing(word: str) -> bool:
    """pymorphy's best reading is an inanimate noun that is no name: "Госвизит"."""
    fs = forms(word)
    return bool(fs) and fs[0].tag.POS == "NOUN" and "inan" in fs[0].tag.grammemes \
        and not NAME_GRAMS & fs[0].tag.grammemes


def is_governing_noun(first: Token, last: Token) -> bool:
    """A common noun before a name: tagged NOUN (names are PROPN), or a thing
    in another case than the name ("Госвизит Токаева": name words agree)."""
    return first.pos == "NOUN" or (
        is_thing(first.text) and first.feats.get("Case") != last.feats.get("Case"))


def trim_person(text: str, span: Span, tokens: list[Token]) -> Span | None:
    """Drop common nouns before a name: "Госвизит Токаева" -> "Токаева".

    """
    if span.type != PER:
        return span
    ws = [t for t in tokens_in(tokens, span.start, span.end) if is_word(t)]
    while len(ws) > 1 and is_governing_noun(ws[0], ws[-1]):
        ws = ws[1:]
    return replace(span, start=ws[0].start) if ws else span


def drop_adjective_person(text: str, span: Span, tokens: list[Token]) -> Span | None:
    """A person made of adjectives only is a heading word: "Культурно-гуманитарная"."""
    ws = [t for t in tokens_in(tokens, span.start, span.end) if is_word(t)]
    if span.type == PER and ws and all(t.pos == "ADJ" for t in ws):
        return None
    return span


Rule = Callable[[str, Span, list[Token]], "Span | None"]
RULES: list[Rule] = [trim_person, drop_adjective_person]


def fix_span(text: str, span: Span, tokens: list[Token]) -> Span | None:
    """One span through every rule; None when a rule drops it."""
    for rule in RULES:
        span = rule(text, span, tokens)
        if span is None:
            return None
    return span


def fix_spans(text: str, spans: list[Span], tokens: list[Token]) -> list[Span]:
    """natasha's spans of one paragraph, fixed; dropped ones left out."""
    return [s for s in (fix_span(text, s, tokens) for s in spans) if s is not None]
