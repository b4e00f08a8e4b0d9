"""Who said it: resolve the words next to a quotation to a canonical name.

The speaker sieve. The attribution is read around its speech word (the cue
nearest the quote, ``cues.py``): "«Q», — сказал X" looks after the cue,
"X подчеркнул, что «q»" before it, each within its clause. The steps, in
order; the first that answers names ``Speaker.rule`` (shown by ``--explain``):

    ``subject:*``  the subject of the speech verb off the dependency parse
                   (``subject.py``), then read as a name, role, pronoun or body
    ``apposition`` a full name closing the attribution past its appositions
    ``name``       a person named next to the cue (``attribution.py``: the
                   clause windows, nearest first)
    ``role``       a role phrase linked to the person the article gave that role
                   or country; an unlinked role noun as subject is read like a
                   pronoun, by salience (``salience.py``)
    ``body``       a body speaking as a whole, under its fullest name
                   (``bodies.py``, ``fullest.py``)
    ``pronoun``    "он"/"она", "по его словам" -> the salient earlier person of
                   that gender (``salience.py``)
    ``relative``   "СМИ, которые назвали «…»" -> the noun before the comma
    ``document``   "говорится в докладе" -> the body that wrote it (``works.py``)
    ``author``     "написано в статье" -> who wrote or gave that article
    ``source``     "говорится в сообщении" -> who an earlier sentence says reported it
    ``ellipsis``   "И добавил: «…»" -> the latest earlier subject
    ``question``   an interviewer's question -> the outlet (``interviews.py``)
    ``interview``  a dash answer -> the person the lead says was interviewed
    ``continued``  an unattributed quote right after another -> the same speaker

Relays are never speakers (``relays.py``): an outlet after a relay word
("передаёт", "цитирует", "в беседе с", "в Facebook", data/relays.txt) or
right after the speech verb ("— заявил RT директор …": the addressee).

Quotes are resolved in one pass in text order: a rule reads earlier
speakers from ``Context.resolved`` (``context.py``). Nothing found -> None.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..analysis.lemma import forms
from ..analysis.morph import known
from ..const import INTERVIEW, QUESTION
from ..record import Speaker
from .attribution import rule_attribution
from .context import Context
from .cues import cue_of, windows
from .finder import Found
from .fullest import stationed
from .interviews import rule_interview, rule_question
from .salience import latest_subject
from .subject import ANONYMOUS, rule_apposition, rule_subject
from .words import cue_female, has_nominative, is_finite
from .works import rule_author, rule_document, rule_document_named, rule_source

__all__ = ["Context", "RULES", "cue_of", "resolve", "resolve_all"]


def rule_ellipsis(ctx: Context, q: Found) -> Speaker | None:
    """"И добавил: «…»": a finite speech verb with no subject of its own."""
    cue = cue_of(ctx, q)
    if not cue or not is_finite(cue.text) or any(has_nominative(w) for w in windows(ctx, q, cue)):
        return None
    name = latest_subject(ctx, min(q.start, cue.start), female=cue_female(cue), ahead=cue.end)
    return Speaker(name[0], None, None, None, name[1], "ellipsis") if name else None


def rule_continued(ctx: Context, q: Found) -> Speaker | None:
    """An unattributed quote in the paragraph after a quote: the same speaker."""
    if q.attribution or q.kind in (INTERVIEW, QUESTION):
        return None
    earlier = [p for p in ctx.quotes() if p.end <= q.start]
    if not earlier:
        return None
    prev = earlier[-1]
    between = ctx.text[prev.end + 1:q.start - 1]
    if between.count("\n") > 2 or len(between.strip(" \n,.—–-")) > 200:
        return None
    s = ctx.resolved.get((prev.start, prev.end))
    return Speaker(s.name, None, None, None, s.role, "continued") if s and s.name else None


RULES: list[Callable[[Context, Found], Speaker | None]] = [
    rule_subject, rule_apposition, rule_attribution, rule_document_named, rule_author, rule_source, rule_document,
    rule_ellipsis, rule_question, rule_interview, rule_continued,
]


def tidy(s: Speaker | None) -> Speaker | None:
    """A person's name without a description glued to its front by NER:
    "Кристаллограф Олег Гаранин" -> "Олег Гаранин" (the first word is a common
    noun and the second a first name)."""
    if not s or not s.name:
        return s
    ws = s.name.split()
    if len(ws) >= 3 and not any(tag in f.tag for f in forms(ws[0]) for tag in ("Name", "Surn", "Patr")) \
            and any("Name" in f.tag for f in forms(ws[1])) and known(ws[0].lower()):
        return replace(s, name=" ".join(ws[1:]))
    return s


def resolve(ctx: Context, q: Found) -> Speaker | None:
    """The first rule's answer, or None when no rule knows. Call in text
    order: rules read earlier quotations' speakers from ``ctx.resolved``."""
    key = (q.start, q.end)
    if key in ctx.resolved:
        return ctx.resolved[key]
    speaker = tidy(next((s for rule in RULES if (s := rule(ctx, q))), None))
    speaker = None if speaker is ANONYMOUS else speaker
    if speaker and speaker.name:
        speaker = replace(speaker, name=stationed(ctx, speaker.name))
    ctx.resolved[key] = speaker
    return speaker


def resolve_all(ctx: Context) -> list[Speaker | None]:
    """Speakers of every quotation, resolved in one pass in text order."""
    return [resolve(ctx, q) for q in sorted(ctx.quotes(), key=lambda q: (q.start, q.end))]
