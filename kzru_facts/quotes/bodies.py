"""Bodies as speakers: "пресс-служба Кремля", "в ведомстве", a site's
owner, the body in the genitive after a document noun, a group's body."""
from __future__ import annotations

import re
from dataclasses import replace

from ..analysis.lemma import forms, has_lemma, lemmas
from ..analysis.names import Token, tokens
from ..const import ORG
from ..data import load_set
from ..record import Speaker
from .context import ADJACENT, Context
from .fullest import fullest_body, generic_bodies, is_generic, is_org, is_title_word, org_mentions, org_name, referent_of
from .inflect import nominative_head, nominative_phrase
from .phrases import NP_WORDS, body_phrase, noun_phrase
from .relays import is_relay
from .words import is_adjective, is_genitive


SITE = re.compile(r"\b[A-Za-z][\w-]*\.[a-z]{2,4}\b")   # akorda.kz


def group_name(ctx: Context, win: list[Token], i: int, start: int, end: int, pos: int) -> str:
    """A group as the article names it, its body under the fullest name:
    "представители ведомства" -> "представители НАБУ", "эксперты" as is."""
    for t in tokens(ctx.text, end, end + 80)[:3]:     # the parse may cut "специалисты | Ростехнадзора"
        if ctx.text[end:t.start].strip() or not (t.text[:1].isupper() or is_genitive(t.text)) or is_relay(ctx, t):
            break
        end = t.end
    dashed = re.search(r"\b\w+ [—–-] $", ctx.text[max(0, start - 40):start])   # "страны — члены НАТО"
    start = start - len(dashed.group()) if dashed else start
    body = next((t for t in tokens(ctx.text, start, end) if is_generic(t.text) or is_org(ctx, t)), None)
    near = [referent_of(ctx, m) for m in org_mentions(ctx) if pos - ADJACENT < m.start < pos
            and not is_relay(ctx, Token(m.start, m.end, m.text))]
    named = None
    same = [w for w in tokens(ctx.text, max(0, pos - ADJACENT), pos)
            if lemmas(w.text) & lemmas(win[i].text) and not ctx.unread(w.start)]
    earlier = [nxt[0] for w in same if (nxt := tokens(ctx.text, w.end, w.end + 40)[:1]) and is_org(ctx, nxt[0])]
    if body and is_generic(body.text) and earlier:
        named = org_name(ctx, earlier[-1])    # "представители ведомства" after "представители НАБУ"
    elif body and is_generic(body.text) and near and near[-1]:
        named = near[-1].name       # "представители ведомства" right after "представители НАБУ"
    elif body:
        named = fullest_body(ctx, body, body.start, body.end, pos)
    if body and named:
        return " ".join((ctx.text[start:body.start] + named).split())
    return " ".join(ctx.text[start:end].split())


def by_body(ctx: Context, win: list[Token], pos: int | None = None) -> Speaker | None:
    """A body: "пресс-служба Кремля", "западные СМИ", "в ведомстве", an ORG."""
    pos = win[0].start if pos is None and win else pos
    site = SITE.search(ctx.text, win[0].start, win[-1].end) if win else None
    if site and not is_relay(ctx, Token(site.start(), site.end(), site.group())):
        return Speaker(site.group(), site.group(), site.start(), site.end(), None, "body")
    for i, t in enumerate(win):
        if is_relay(ctx, t):
            continue
        if has_lemma(t.text, load_set("site_words")):
            owner = site_owner(ctx, win[i + 1:], pos)
            if owner:
                return owner
        if has_lemma(t.text, load_set("bodies")):
            start, end = body_phrase(ctx, win, i)
            if ctx.text.count("«", start, end) > ctx.text.count("»", start, end):
                end += ctx.text[end:end + 1] == "»"
            named = fullest_body(ctx, t, start, end, pos)
            return Speaker(named or nominative_phrase(ctx.text[start:end]), ctx.text[start:end],
                           start, end, None, "body")
        if is_org(ctx, t) or is_title_word(ctx, t):
            named = fullest_body(ctx, t, t.start, t.end, pos)
            return Speaker(named or org_name(ctx, t), t.text, t.start, t.end, None, "body")
    return None


def site_owner(ctx: Context, after: list[Token], pos: int) -> Speaker | None:
    """"на сайте банка" -> the bank: a site speaks for whoever it belongs to
    (a body in the genitive, or a person)."""
    ws = noun_phrase(ctx, after[:NP_WORDS])
    while ws and is_adjective(ws[0].text) and not ws[0].text[:1].isupper() and len(ws) > 1 \
            and not is_genitive(ws[0].text):
        ws = ws[1:]
    if not ws or not (is_genitive(ws[0].text) or is_org(ctx, ws[0])):
        return None
    found = by_body(ctx, ws, pos)
    if found and found.name:
        return replace(found, rule="body")
    body = genitive_body(ctx, ws[0].start, ws[-1].end)
    return replace(body, rule="body") if body else None


def genitive_body(ctx: Context, after: int, limit: int) -> Speaker | None:
    """The body in a genitive phrase right after a document noun: "в отчёте
    центра", "докладу Генерального директората Европарламента по ..."."""
    m = re.compile(r"[,.;:!?()«»\"\n]|\s[—–]\s").search(ctx.text, after, limit)
    ws = noun_phrase(ctx, tokens(ctx.text, after, m.start() if m else limit)[:NP_WORDS])
    if not ws or not is_genitive(ws[0].text) and not is_org(ctx, ws[0]):
        return None
    if is_org(ctx, ws[0]) and not has_lemma(ws[0].text, frozenset(generic_bodies())):
        run = [ws[0]] + [w for w in ws[1:]][:next((i for i, w in enumerate(ws[1:]) if not w.text[:1].isupper()),
                                                    len(ws) - 1)]
        named = fullest_body(ctx, ws[0], ws[0].start, ws[0].end, after) or org_name(ctx, ws[0])
        if len(run) > 1 and len(named.split()) < len(run):
            named = ctx.text[run[0].start:run[-1].end]
        ref = next((r for r in ctx.people if r.type == ORG and any(
            mm.start <= ws[0].start < mm.end for mm in r.mentions)), None)
        if ref and len(ref.name.split()) >= len(named.split()):
            named = ref.name
        return Speaker(named, ws[0].text, ws[0].start, ws[0].end, None, "document")
    head = next((i for i, w in enumerate(ws) if forms(w.text)[0].tag.POS == "NOUN"), None)
    named = ws[0].text[:1].isupper() or any(is_org(ctx, w) for w in ws)
    if head is None or not (named or ws[head].text[:1].isupper() or is_generic(ws[head].text)
                            or has_lemma(ws[head].text, load_set("bodies"))):
        return None
    if has_lemma(ws[head].text, frozenset(generic_bodies())) and head == len(ws) - 1:
        named = fullest_body(ctx, ws[head], ws[0].start, ws[head].end, after)
        if named:
            return Speaker(named, ctx.text[ws[0].start:ws[head].end], ws[0].start, ws[head].end, None, "document")
    phrase = ctx.text[ws[0].start:ws[-1].end]
    name = nominative_head(phrase.split(), head)
    return Speaker(name[:1].upper() + name[1:], phrase, ws[0].start, ws[-1].end, None, "document")
