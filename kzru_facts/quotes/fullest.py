"""Bodies under their fullest name: "Минобороны" -> "Минобороны России",
"ведомство" -> the body last quoted or named (data/generic_bodies.txt)."""
from __future__ import annotations

import re
from functools import cache

from ..analysis.lemma import has_lemma, lemmas
from ..analysis.names import Token, tokens
from ..analysis.segment import back_to
from ..const import LOC, ORG
from ..data import load_set, load_table
from ..record import Referent
from .context import Context, LOOKBACK, earlier_speakers
from .inflect import agreed
from .relays import is_relay
from .words import is_adjective


def org_mentions(ctx: Context) -> list:
    """ORG mentions outside quotations, teasers and credit lines, in order."""
    if "orgs" not in ctx.memo:
        ms = [m for r in ctx.people if r.type == ORG for m in r.mentions]
        ctx.memo["orgs"] = sorted((m for m in ms if not ctx.unread(m.start) and not credit_line(ctx, m)),
                                  key=lambda m: m.start)
    return ctx.memo["orgs"]


def credit_line(ctx: Context, m) -> bool:
    """A mention alone on its line: a photo credit ("Reuters", "РИА Новости")."""
    line_start = back_to(ctx.text, "\n", m.start)
    line_end = ctx.text.find("\n", m.end)
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]
    return line.strip(" ©\t") == m.text


def referent_of(ctx: Context, m) -> Referent | None:
    return next((r for r in ctx.people if r.type == ORG and m in r.mentions), None)


@cache
def generic_bodies() -> dict[str, frozenset[str]]:
    """Generic body noun -> words a fitting body's name holds (data/generic_bodies.txt)."""
    return {word: frozenset(hints) for word, hints in load_table("generic_bodies").items()}


def is_generic(word: str) -> bool:
    return has_lemma(word, frozenset(generic_bodies()))


def fullest_body(ctx: Context, t: Token, start: int, end: int, pos: int | None) -> str | None:
    """The fullest name the article gives the body at ``t``: a short name
    ("Минобороны") grows to the ORG with the same first word named last
    ("Минобороны России"); a generic noun ("ведомство", "оборонное
    ведомство") is the body last quoted or last named before ``pos``."""
    pos = start if pos is None else pos
    words = tokens(ctx.text, start, end)
    if words and all(is_generic(w.text) or is_adjective(w.text) and not w.text[:1].isupper() for w in words) \
            and any(is_generic(w.text) and not is_adjective(w.text) for w in words):
        hints = frozenset().union(*(generic_bodies().get(lm, frozenset())
                                    for w in words for lm in lemmas(w.text)))
        return longest_like(ctx, t, pos) or last_body(ctx, pos, hints)
    return longest_like(ctx, t, pos)


def longest_like(ctx: Context, t: Token, pos: int) -> str | None:
    """The ORG name of more words whose first word has the lemma of ``t``,
    the one named last before ``pos`` (else the longest): "Минобороны" ->
    "Минобороны России". None when ``t`` is already part of such a name."""
    own = next((r for r in ctx.people if r.type == ORG and any(
        m.start <= t.start < m.end for m in r.mentions)), None)
    if own and len(own.name.split()) > 1:
        return None
    want = lemmas(t.text) | {t.text.lower()}
    refs = [r for r in ctx.people if r.type == ORG and len(r.name.split()) > 1
            and (lemmas(head_word(r.name)) | {head_word(r.name).lower()}) & want]
    if not refs:
        return None
    last = lambda r: max([m.start for m in r.mentions if m.start < pos] or [-1])
    return max(refs, key=lambda r: (last(r), len(r.name))).name


def last_body(ctx: Context, pos: int, hints: frozenset[str] = frozenset(),
              back: int = LOOKBACK) -> str | None:
    """The body of the latest earlier quote spoken by a body, or else the
    latest ORG named before ``pos`` (not a relay), under its fullest name;
    with ``hints``, only a body whose name holds one of those words."""
    fit = lambda name: not hints or any(lemmas(w) & hints or w.lower() in hints for w in name.split())
    spoken = [(q.start, s.name) for q, s in earlier_speakers(ctx, pos, bodies=True, back=back) if fit(s.name)]
    outlets = relaying(ctx)
    named = [(m.start, ref.name) for m in org_mentions(ctx)
             if pos - back < m.start < pos and not is_relay(ctx, Token(m.start, m.end, m.text))
             and (ref := referent_of(ctx, m)) and fit(ref.name) and ref.name not in outlets]
    if not spoken and not named:
        return None
    _, name = max(spoken or named)
    short = Token(0, 0, name.split()[0]) if name.split() else None
    return (longest_like(ctx, short, pos) if short and len(name.split()) == 1 else None) or name


def relaying(ctx: Context) -> set[str]:
    """ORGs the article shows passing on others' words somewhere ("сообщает ТАСС",
    "в беседе с RT"): outlets, which write no report of their own that a later
    "говорится в документе" could mean."""
    if "relaying" not in ctx.memo:
        ctx.memo["relaying"] = {ref.name for m in org_mentions(ctx)
                                if is_relay(ctx, Token(m.start, m.end, m.text)) and (ref := referent_of(ctx, m))}
    return ctx.memo["relaying"]


def head_word(name: str) -> str:
    """The first word of a body's name that is no lower-case adjective: "центр" of
    "российский центр мониторинга", "Минобороны" of "Минобороны России".

    >>> head_word("Российский центр мониторинга перемирия"), head_word("Минобороны России")
    ('центр', 'Минобороны')
    """
    ws = name.split()
    return next((w for w in ws if not (is_adjective(w) and w[1:].islower())), ws[0] if ws else "")


PLACE_AFTER = re.compile(r"[^\S\n]+(?:в|во|на)[^\S\n]+")


def stationed(ctx: Context, name: str) -> str:
    """A body named by where it sits takes the place its article writes right after
    it (data/stationed_bodies.txt): "посольство Франции" -> "посольство
    Франции в Бишкеке". Any other name is returned as it is."""
    if not has_lemma(head_word(name), load_set("stationed_bodies")):
        return name
    places = {m.start: m for r in ctx.people if r.type == LOC for m in r.mentions}
    for r in ctx.people:
        if r.type != ORG or r.name != name:
            continue
        for m in r.mentions:
            gap = PLACE_AFTER.match(ctx.text, m.end)
            place = places.get(gap.end()) if gap else None
            if place is not None:
                return f"{name} {ctx.text[m.end:place.end].strip()}"
    return name


def is_org(ctx: Context, t: Token) -> bool:
    return any(r.type == ORG and any(m.start <= t.start < m.end for m in r.mentions)
               for r in ctx.people)


def is_title_word(ctx: Context, t: Token) -> bool:
    """A capitalised word right after an opening mark: сообщил «Росатом»."""
    return t.text[:1].isupper() and ctx.text[t.start - 1:t.start] in "«\"„“" and t.start > 0


def org_name(ctx: Context, t: Token) -> str:
    for r in ctx.people:
        if r.type == ORG and any(m.start <= t.start < m.end for m in r.mentions):
            return agreed(unchanneled(r.name))
    return t.text


def unchanneled(name: str) -> str:
    """A name without the channel NER glued to its front: "— прокомментировало
    в Twitter посольство России" gives the ORG "Twitter посольство России"."""
    ws = name.split()
    while len(ws) > 2 and (ws[0].lower() in load_set("relays") or has_lemma(ws[0], load_set("relays"))):
        ws = ws[1:]
    return " ".join(ws)
