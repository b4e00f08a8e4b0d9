"""Who said it: resolve the words next to a quotation to a canonical name.

Rules run in order; the first that returns a Speaker wins, and its name is
kept in ``Speaker.rule`` (shown by ``--explain``):

1. ``name``     a person named in the attribution ("— сказал Алексей Бородавкин")
2. ``role``     a role word linked to the person the article gave that role
                ("подчеркнул посол" -> the earlier "посол РФ Алексей Бородавкин")
3. ``pronoun``  "он"/"она" -> the nearest earlier person
4. ``interview`` a dash answer -> the person the lead says was interviewed
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .const import INTERVIEW, PER
from .data import load_set
from .lemma import lemmas
from .quotes import Found
from .record import Referent, Speaker

WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Context:
    text: str
    people: list[Referent]


def person_at(ctx: Context, start: int, end: int) -> tuple[Referent, object] | None:
    """The first person mentioned inside [start, end)."""
    hits = [(m.start, r, m) for r in ctx.people if r.type == PER
            for m in r.mentions if start <= m.start and m.end <= end]
    return min(hits, key=lambda h: h[0])[1:] if hits else None


def last_person_before(ctx: Context, pos: int) -> Referent | None:
    """The person whose latest mention ends before ``pos``."""
    best, best_end = None, -1
    for r in ctx.people:
        if r.type != PER:
            continue
        for m in r.mentions:
            if best_end < m.end <= pos:
                best, best_end = r, m.end
    return best


def rule_name(ctx: Context, q: Found) -> Speaker | None:
    if not q.attribution:
        return None
    hit = person_at(ctx, *q.attribution)
    if not hit:
        return None
    ref, m = hit
    return Speaker(ref.name, m.text, m.start, m.end, ref.roles[0] if ref.roles else None, "name")


def rule_role(ctx: Context, q: Found) -> Speaker | None:
    if not q.attribution:
        return None
    start, end = q.attribution
    roles = load_set("roles")
    for w in WORD.finditer(ctx.text, start, end):
        if lemmas(w.group()) & roles:
            word = w.group().lower()
            for r in sorted(ctx.people, key=lambda r: -r.mentions[0].start):
                if r.type == PER and r.mentions[0].start < q.start and any(
                        role.lower().startswith(word[:4]) for role in r.roles):
                    return Speaker(r.name, w.group(), w.start(), w.end(), r.roles[0], "role")
    return None


def rule_pronoun(ctx: Context, q: Found) -> Speaker | None:
    if not q.attribution:
        return None
    start, end = q.attribution
    for w in WORD.finditer(ctx.text, start, end):
        if w.group().lower() in load_set("pronouns"):
            ref = last_person_before(ctx, q.start - 1)
            if ref:
                return Speaker(ref.name, w.group(), w.start(), w.end(),
                               ref.roles[0] if ref.roles else None, "pronoun")
    return None


def rule_interview(ctx: Context, q: Found) -> Speaker | None:
    if q.kind != INTERVIEW or ctx.text[q.start:q.end].rstrip().endswith("?"):
        return None
    for m in re.finditer(r"интервью", ctx.text[:q.start]):
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        line_end = ctx.text.find("\n", m.end())
        hit = person_at(ctx, line_start, line_end if line_end >= 0 else len(ctx.text))
        if hit:
            ref, _ = hit
            return Speaker(ref.name, m.group(), m.start(), m.end(),
                           ref.roles[0] if ref.roles else None, "interview")
    return None


RULES: list[Callable[[Context, Found], Speaker | None]] = [
    rule_name, rule_role, rule_pronoun, rule_interview,
]


def resolve(ctx: Context, q: Found) -> Speaker | None:
    """The first rule's answer, or None when no rule knows."""
    for rule in RULES:
        speaker = rule(ctx, q)
        if speaker:
            return speaker
    return None
