"""Where to look: the speech word of an attribution (the cue) and the
clause windows around it, nearest side first."""
from __future__ import annotations

import re

from ..analysis.lemma import forms, has_lemma
from ..analysis.names import Token, tokens
from ..analysis.segment import back_to
from ..data import load_set
from .context import Context
from .finder import Found, according_at
from .words import is_speech_noun


CLAUSE_STOP = re.compile(r"[.!?;:,](?=\s|$)|\n|\s[—–]\s|\bчто\b")
CUE_SPAN = 300         # characters of an attribution before its quote searched for the cue


def cue_of(ctx: Context, q: Found) -> Token | None:
    """The speech word in the attribution nearest the quote (remembered per
    quotation; an attribution before the quote is read in its last CUE_SPAN
    characters, so a line of thousands of quotes stays linear)."""
    if not q.attribution:
        return None
    key = ("cue", q.start, q.end)
    if key not in ctx.memo:
        ctx.memo[key] = find_cue(ctx, q)
    return ctx.memo[key]


def find_cue(ctx: Context, q: Found) -> Token | None:
    start, end = q.attribution
    if end <= q.start:
        start = max(start, end - CUE_SPAN)
    verbs = load_set("speech_verbs")
    found = tokens(ctx.text, start, end)
    cues = [t for i, t in enumerate(found)
            if (has_lemma(t.text, verbs) or is_according(found, i)) and not ctx.inside_quote(t.start)]
    finite = [t for t in cues if forms(t.text)[0].tag.POS not in ("GRND", "PRTF", "PRTS")]
    cues = finite or cues     # "сообщила дипломат, комментируя досье": the verb, not the gerund
    verbs = [t for t in cues if forms(t.text)[0].tag.POS == "VERB"]
    if verbs and q.attribution[0] < q.end:
        # "назвала ограничения на публикацию сообщений RT «цензурой»": the verb, not its
        # object's noun; a "по словам"-phrase still counts ("По его словам, он «…»"), and
        # so does a noun whose "что" clause holds the quote ("высказывания о том, что «…»")
        cues = [t for t in cues if t in verbs or is_according(found, found.index(t))
                or found[max(0, found.index(t) - 1)].text.lower() == "по"
                or any(w.text.lower() == "что" for w in found[found.index(t) + 1:])]
    if not cues:
        return None
    return cues[0] if q.attribution[0] >= q.end else cues[-1]


def is_according(found: list[Token], i: int) -> bool:
    """``finder.according_at`` over tokens: "по его утверждению", "по версии журнала"."""
    return according_at([t.text for t in found], i)


def clause_after(ctx: Context, pos: int, limit: int) -> list[Token]:
    """Tokens from ``pos`` to the end of its clause (or the next quotation)."""
    nxt = ctx.next_quote_start(pos)
    limit = min(limit, nxt - 1) if nxt is not None else limit
    m = CLAUSE_STOP.search(ctx.text, pos, max(pos, limit))
    return tokens(ctx.text, pos, m.start() if m else limit)


def clause_before(ctx: Context, pos: int, limit: int) -> list[Token]:
    """Tokens from the start of the clause (or the last quotation) to ``pos``."""
    last = ctx.last_quote_end(pos)
    limit = max(limit, last + 1) if last is not None else limit
    stops = list(CLAUSE_STOP.finditer(ctx.text, limit, pos))
    return tokens(ctx.text, stops[-1].end() if stops else limit, pos)


def windows(ctx: Context, q: Found, cue: Token) -> list[list[Token]]:
    """Clause windows to search, nearest-to-the-cue side first."""
    start, end = q.attribution
    line_start = back_to(ctx.text, "\n", cue.start)
    after = clause_after(ctx, cue.end, max(end, cue.end))
    before = clause_before(ctx, cue.start, min(start, line_start) if start < cue.start else start)
    if q.attribution[0] >= q.end or is_speech_noun(cue):
        return [after, before]
    return [before, after]


def after_cue(ctx: Context, cue: Token) -> list[Token]:
    """The word right after the cue, as a one-token list."""
    return tokens(ctx.text, cue.end, cue.end + 40)[:1]


def search_windows(ctx: Context, q: Found) -> list[list[Token]]:
    """The windows for ``q``: the cue's clauses, then the rest of the attribution."""
    if not q.attribution:
        return []
    cue = cue_of(ctx, q)
    if not cue:
        return [tokens(ctx.text, *q.attribution)]
    rest = [t for t in tokens(ctx.text, q.attribution[0], cue.start) if not ctx.inside_quote(t.start)]
    return windows(ctx, q, cue) + [rest[::-1]]
