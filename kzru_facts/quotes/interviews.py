"""Interviews: a dash answer belongs to the interviewee the lead names, a
question to the outlet that asks it."""
from __future__ import annotations

import re

from ..analysis.names import tokens
from ..const import INTERVIEW, QUESTION
from ..record import Speaker
from .attribution import by_name
from .context import Context, LOOKBACK
from .finder import Found
from .fullest import is_org, org_name
from .relays import RELAY_SPAN


def rule_interview(ctx: Context, q: Found) -> Speaker | None:
    """A dash answer: the interviewee the lead names: "взял интервью у X" ->
    X (not the journalist who took it), else the person nearest "интервью"."""
    if q.kind != INTERVIEW or ctx.text[q.start:q.end].rstrip().endswith("?"):
        return None
    for m in reversed(list(re.finditer(r"интервью", ctx.text[max(0, q.start - LOOKBACK):q.start], re.I))):
        at = max(0, q.start - LOOKBACK) + m.start()
        if ctx.unread(at):
            continue
        given = re.match(r"\s+у\s+", ctx.text[at + len(m.group()):at + len(m.group()) + 5])
        if given:                       # "взял интервью у посла Ивана Петрова"
            after = tokens(ctx.text, at + len(m.group()) + given.end(), at + 200)[:6]
            found = by_name(ctx, after, True)
            if found:
                return Speaker(found.name, m.group(), at, at + len(m.group()), found.role, "interview")
        hit = ctx.names().nearest(at)
        if hit:
            return Speaker(hit.name, m.group(), at, at + len(m.group()), hit.role, "interview")
    return headline_interviewee(ctx, q)


PERSON_RULES = {"name", "role", "apposition"}     # sieve steps that name a person, not a body


def headline_interviewee(ctx: Context, q: Found) -> Speaker | None:
    """An answer of a Q&A whose headline quotes a person: "«Q»: министр X о Y" on
    the first line, questions after it, and no lead naming the interviewee ->
    X, the person the headline quotes (never a body: "«Q»: Минспорта о …")."""
    quotes = ctx.quotes()
    first = quotes[0] if quotes else None
    if (first is None or first.start >= q.start or not first.attribution
            or ctx.text[:max(0, first.start - 1)].strip()
            or ctx.text[first.end + 1:first.attribution[0]].strip() != ":"
            or "\n" in ctx.text[first.end:first.attribution[1]]
            or not any(p.kind == QUESTION and first.end <= p.start < q.start for p in quotes)):
        return None
    said = ctx.resolved.get((first.start, first.end))
    if not said or not said.name or not (said.name in {r.name for r in ctx.names().people()}
                                         or said.rule.split(":")[-1] in PERSON_RULES):
        return None
    return Speaker(said.name, said.mention, said.start, said.end, said.role, "interview")


INTERVIEW_LEAD = re.compile(r"интервью|беседе с|беседы с", re.I)


def rule_question(ctx: Context, q: Found) -> Speaker | None:
    """An interviewer's question: the outlet the lead names after "интервью"
    or "в беседе с" ("в интервью газете «Заря»", "рассказал в интервью RT")."""
    if q.kind != QUESTION:
        return None
    for m in reversed(list(INTERVIEW_LEAD.finditer(ctx.text, max(0, q.start - LOOKBACK), q.start))):
        if ctx.unread(m.start()):
            continue
        outlet = outlet_after(ctx, m.end())
        if outlet:
            return outlet
    return None


def outlet_after(ctx: Context, pos: int) -> Speaker | None:
    """A named outlet within RELAY_SPAN words after ``pos``: a title in
    quotation marks, an ORG, or a Latin name."""
    stop = SENTENCE_END.search(ctx.text, pos, pos + 80)
    words = tokens(ctx.text, pos, stop.start() if stop else pos + 80)[:RELAY_SPAN + 2]
    for n, t in enumerate(words):     # the first one, in text order, within the sentence
        if ctx.text[t.start - 1:t.start] in "«\"" and t.start > 0:
            close = re.compile(r"[»\"]").search(ctx.text, t.start)
            if close and close.start() - t.start < 60:
                name = ctx.text[t.start:close.start()]
                return Speaker(name, name, t.start, close.start(), None, "question")
        if n < RELAY_SPAN and (is_org(ctx, t) or re.fullmatch(r"[A-Z][\w.-]*", t.text)):
            name = org_name(ctx, t) if is_org(ctx, t) else t.text
            if QUOTED.search(name):
                continue          # "газете «Заря»": its title, just after, is the outlet's name
            return Speaker(name, t.text, t.start, t.end, None, "question")
    return None


QUOTED = re.compile(r"[«\"„“]")
# Where the lead that names the outlet ends: "дала интервью RT.⏎ Также по теме ⏎ «…»"
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
