"""Relays: outlets and channels that pass someone's words on ("передаёт
ТАСС", "в беседе с RT", "написал в Facebook", "— заявил RT директор") are
never the speaker (data/relays.txt)."""
from __future__ import annotations

import re

from ..analysis.lemma import forms, has_lemma
from ..analysis.names import Token, tokens
from ..analysis.segment import back_to
from ..data import load_set
from .context import Context
from .words import is_speech_noun


RELAY_SPAN = 4         # words between a relay word and the outlet it introduces


def is_relay(ctx: Context, t: Token) -> bool:
    """An outlet that relays someone's words, never their speaker:
    "передаёт ТАСС", "в беседе с RT", "написал в Facebook", "заявил RT директор"."""
    relays = load_set("relays")
    if has_lemma(t.text, relays) or t.text.lower() in relays or t.text.lower() in load_set("button_labels"):
        return True
    line_start = back_to(ctx.text, "\n", t.start)
    before = tokens(ctx.text, max(line_start, t.start - 80), t.start)[-RELAY_SPAN:]
    if any(has_lemma(w.text, relays) or w.text.lower() in relays for w in before):
        return True
    return bool(before) and is_addressee(ctx, before[-1], t)


def is_addressee(ctx: Context, verb: Token, t: Token) -> bool:
    """A Latin or all-capitals name right after the speech verb is whom it was
    said to: "— заявил RT директор", "— рассказал «НГ» эксперт"."""
    gap = ctx.text[verb.end:t.start]
    if gap.strip(" «\"") or not has_lemma(verb.text, load_set("speech_verbs")) \
            or forms(verb.text)[0].tag.POS != "VERB":
        return False
    return t.text.isupper() or bool(re.fullmatch(r"[A-Za-z][\w.-]*", t.text))


def relayed(ctx: Context, cue: Token) -> bool:
    """A speech noun brought by a relay verb: "приводит агентство заявление политика"."""
    before = tokens(ctx.text, max(0, cue.start - 60), cue.start)[-RELAY_SPAN:]
    return is_speech_noun(cue) and any(has_lemma(t.text, load_set("relays")) for t in before)
