"""Noun phrases around a head word in a window: a role with its
adjectives and dependents, a body with its genitive name, a phrase cut
at a verb or a relay."""
from __future__ import annotations

from ..analysis.lemma import forms
from ..analysis.names import Token
from .context import Context
from .relays import is_relay, org_mention_at
from .words import is_adjective, is_genitive


NP_WORDS = 8           # words of a genitive body phrase after a document noun


def role_phrase(ctx: Context, win: list[Token], i: int) -> tuple[int, int]:
    """A role word with its adjectives before and its dependents after."""
    start, end = win[i].start, win[i].end
    j = i - 1
    while j >= 0 and is_adjective(win[j].text):
        start, j = win[j].start, j - 1
    for t in win[i + 1:i + 4]:
        if t.text[:1].isupper() or is_genitive(t.text) or is_adjective(t.text):
            end = t.end
        else:
            break
    return start, end


def body_phrase(ctx: Context, win: list[Token], i: int) -> tuple[int, int]:
    """A body noun with its adjectives and its genitive name, "и" included:
    "в Министерстве промышленности и торговли РФ" (up to a verb or relay)."""
    start, end = role_phrase(ctx, win, i)
    j = next((k for k, t in enumerate(win) if t.end == end), i) + 1
    while j + 1 < len(win) and win[j].text == "и" and ctx.text[end:win[j].start].strip() == "" \
            and is_genitive(win[j + 1].text) and not is_relay(ctx, win[j + 1]):
        end, j = win[j + 1].end, j + 2
        while j < len(win) and (win[j].text[:1].isupper() or is_genitive(win[j].text)) \
                and not is_relay(ctx, win[j]) and j < i + NP_WORDS:
            end, j = win[j].end, j + 1
    owner = org_mention_at(ctx, end - 1)     # "в отделе испытаний ФБУ ТЕСТ-ЦЕНТР": the owner whole
    return start, max(end, owner.end) if owner else end


def noun_phrase(ctx: Context, ws: list[Token]) -> list[Token]:
    """The words up to a verb or a relay ("… Минэнерго | ознакомился RT",
    "посольства | в Twitter")."""
    for i, t in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if forms(t.text)[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND") or is_relay(ctx, t) \
                or (forms(t.text)[0].tag.POS == "PREP" and nxt and is_relay(ctx, nxt)):
            return ws[:i]
    return ws
