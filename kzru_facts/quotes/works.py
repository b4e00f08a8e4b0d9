"""Words from a document or a report: "говорится в докладе X", "написано в
статье", "говорится в сообщении" -> the body or author behind it."""
from __future__ import annotations

import re

from ..analysis.lemma import has_lemma, lemmas
from ..analysis.names import Token, tokens
from ..data import load_set
from ..record import Speaker
from .attribution import by_name
from .bodies import by_body, genitive_body
from .context import Context, LOOKBACK
from .cues import clause_after, clause_before, cue_of, windows
from .finder import Found
from .fullest import last_body
from .salience import by_role
from .phrases import NP_WORDS, noun_phrase
from .words import is_genitive, is_speech_noun


SOURCE_BACK = 1000     # characters searched back for who reported a "сообщение"
SENT_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def work_noun(ctx: Context, q: Found) -> Token | None:
    """A document or statement noun in the attribution: "говорится в докладе"."""
    cue = cue_of(ctx, q)
    if not cue:
        return None
    wanted = load_set("works") | load_set("speech_nouns")
    for w in windows(ctx, q, cue):
        for t in w + [cue]:
            if has_lemma(t.text, wanted) and not has_lemma(t.text, {"слово", "мнение", "оценка"}):
                return t
    return None


def rule_document_named(ctx: Context, q: Found) -> Speaker | None:
    """"— говорится в отчёте центра": the body in the genitive after the noun;
    "— говорится в заявлении главы ведомства Ивана Петрова": the person named there."""
    work = work_noun(ctx, q)
    if not work:
        return None
    return genitive_body(ctx, work.end, work.end + 200) or genitive_person(ctx, work)


def genitive_person(ctx: Context, work: Token) -> Speaker | None:
    """A person named in the genitive phrase right after a document or speech
    noun ("в заявлении главы ведомства Ивана Петрова", "в письме министра Олега
    Зимина"), up to the clause's end; the phrase's words all in the genitive."""
    stop = CLAUSE_PUNCT.search(ctx.text, work.end, work.end + 200)
    ws = noun_phrase(ctx, tokens(ctx.text, work.end, stop.start() if stop else work.end + 200)[:NP_WORDS])
    run = []
    for w in ws:
        if not (is_genitive(w.text) or w.text[:1].isupper()):
            break
        run.append(w)
    found = by_name(ctx, run, True) if run else None
    return Speaker(found.name, work.text, work.start, work.end, found.role, "document") if found else None


CLAUSE_PUNCT = re.compile(r"[,.;:!?()«»\"\n]|\s[—–]\s")


def rule_source(ctx: Context, q: Found) -> Speaker | None:
    """"— говорится в сообщении": the body an earlier sentence says reported it
    ("Как сообщает пресс-служба правительства, …", "сообщается на сайте …")."""
    cue = cue_of(ctx, q)
    if not cue or ctx.in_teaser(q.start) or not any(is_speech_noun(t) for w in windows(ctx, q, cue) for t in w + [cue]):
        return None           # a related-article teaser does not report the story's sources
    since = max(0, min(q.start, cue.start) - SOURCE_BACK)
    reporting = [t for t in tokens(ctx.text, since, q.start)
                 if has_lemma(t.text, load_set("report_verbs")) and not ctx.unread(t.start)]
    for t in reversed(reporting):
        end = SENT_STOP.search(ctx.text, t.end, q.start)
        after = [w for w in tokens(ctx.text, t.end, end.start() if end else q.start)
                 if not ctx.inside_quote(w.start)]
        found = by_body(ctx, clause_before(ctx, t.start, since)) or \
            by_body(ctx, clause_after(ctx, t.end, q.start)) or by_body(ctx, after)
        if found:
            return Speaker(found.name, found.mention, found.start, found.end, None, "source")
    return None


def rule_document(ctx: Context, q: Found) -> Speaker | None:
    """"— говорится в докладе": the body an earlier sentence names with the
    same kind of document ("Согласно докладу Генерального директората …"),
    else the body quoted or named last."""
    work = work_noun(ctx, q)
    if not work:
        return None
    wanted = lemmas(work.text) & (load_set("works") | load_set("speech_nouns"))
    since = max(0, q.start - LOOKBACK)
    for t in reversed(tokens(ctx.text, since, q.start)):
        if t.start != work.start and lemmas(t.text) & wanted and not ctx.unread(t.start):
            found = genitive_body(ctx, t.end, t.end + 200)
            if found:
                return Speaker(found.name, work.text, work.start, work.end, None, "document")
    name = None if ctx.in_teaser(q.start) else last_body(ctx, q.start)   # a teaser is not the story's text
    return Speaker(name, work.text, work.start, work.end, None, "document") if name else None


def rule_author(ctx: Context, q: Found) -> Speaker | None:
    """"написано в статье" -> the subject of the sentence that first names the article."""
    cue = cue_of(ctx, q)
    if not cue:
        return None
    works = [t for w in windows(ctx, q, cue) for t in w if has_lemma(t.text, load_set("works"))]
    if not works:
        return None
    wanted = lemmas(works[0].text) & load_set("works")
    for sent in ctx.names().sentences():
        if sent[0] >= q.start:
            break
        ws = [t for t in tokens(ctx.text, *sent) if not ctx.unread(t.start)]
        named = [t for t in ws if lemmas(t.text) & wanted]
        if named:
            body = genitive_body(ctx, named[0].end, named[0].end + 200)
            if body:
                return Speaker(body.name, works[0].text, works[0].start, works[0].end, None, "document")
            found = by_name(ctx, ws, False) or by_role(ctx, ws, sent[0])
            if found:
                return Speaker(found.name, works[0].text, works[0].start, works[0].end, found.role, "author")
    return None
