"""The clause-window step: a name, role, pronoun, body or relative in the
attribution, nearest clause to the cue first."""
from __future__ import annotations

from ..analysis.lemma import has_lemma
from ..analysis.names import Token
from ..data import load_set
from ..record import Speaker
from .bodies import by_body
from .context import Context
from .cues import after_cue, clause_before, cue_of, search_windows
from .finder import Found
from .phrases import NP_WORDS
from .relays import relayed
from .salience import by_pronoun, by_role
from .words import cue_female, is_adjective, is_speech_noun


def by_name(ctx: Context, win: list[Token], any_case: bool) -> Speaker | None:
    """A person named in the window, in the nominative unless ``any_case``."""
    for t in win:
        hit = ctx.names().lookup(t)
        if hit and (any_case or hit.nominative):
            return Speaker(hit.name, hit.mention, hit.start, hit.end, hit.role, "name")
    return None


def by_relative(ctx: Context, win: list[Token]) -> Speaker | None:
    """"СМИ, которые назвали" -> the noun phrase before the comma, the one
    nearest to it first ("редактор канала ответил аналитику Петрову, который
    назвал …": Петров, not the channel)."""
    for t in win:
        if has_lemma(t.text, load_set("relatives")):
            comma = ctx.text.rfind(",", max(0, t.start - 300), t.start)
            before = clause_before(ctx, comma, max(0, comma - 200)) if comma > 0 else []
            found = nearest_named(ctx, before) or by_body(ctx, before) or by_name(ctx, before, True)
            if found:
                return Speaker(found.name, found.mention, found.start, found.end, found.role, "relative")
    return None


def nearest_named(ctx: Context, before: list[Token]) -> Speaker | None:
    """The name or body in the last words before a relative pronoun's comma,
    the nearest one."""
    for k in range(len(before) - 1, max(-1, len(before) - 1 - NP_WORDS), -1):
        if by_name(ctx, before[k:], True) or by_body(ctx, before[k:]):
            while k and is_adjective(before[k - 1].text):    # "западных СМИ"
                k -= 1
            return by_name(ctx, before[k:], True) or by_body(ctx, before[k:])
    return None


def according(cue: Token | None, win: list[Token], ctx: Context) -> bool:
    """"По словам пенсионера, …": a person noun right after "словам"/"мнению"
    is the speaker, in the genitive."""
    return cue is not None and is_speech_noun(cue) and win[:1] == after_cue(ctx, cue) \
        and ctx.text[max(0, cue.start - 3):cue.start].lower().strip() == "по"


def finders(ctx: Context, q: Found, cue: Token | None):
    """(rule name, finder) pairs tried on each window, nearest window first."""
    quoting = cue is not None and (has_lemma(cue.text, {"цитировать", "процитировать"}) or relayed(ctx, cue))
    any_case = cue is None or is_speech_noun(cue) or quoting
    female = cue_female(cue)
    pairs = [("name", lambda w: by_name(ctx, w, any_case)),
             ("role", lambda w: by_role(ctx, w, q.start, female, cue is not None,
                                        quoting or according(cue, w, ctx),
                                        animate=cue is not None and w[:1] == after_cue(ctx, cue),
                                        loose=quoting)),
             ("pronoun", lambda w: by_pronoun(ctx, w, q, female) if cue else None),
             ("body", lambda w: by_body(ctx, w, q.start))]
    if cue:
        pairs += [("relative", lambda w: by_relative(ctx, w))]
    return pairs


def rule_attribution(ctx: Context, q: Found) -> Speaker | None:
    """A name, role, body, pronoun or relative in the attribution, nearest clause first."""
    cue = cue_of(ctx, q)
    for i, win in enumerate(search_windows(ctx, q)):
        for name, finder in finders(ctx, q, cue):
            if i == 2 and name not in ("name", "role"):
                continue
            found = finder(win)
            if found:
                return found
    return None
