"""Relays: outlets and channels that pass someone's words on are never the
speaker (data/relays.txt).

An outlet is a relay when a relay word introduces it ("передаёт ТАСС", "в
беседе с RT", "написал в Facebook", "в распоряжении агентства") or follows
it ("агентство ознакомилось с документом", "агентство цитирует министра"),
and when it stands where the one spoken to stands, next to the speaker:

    — заявил RT директор …           right after the speech verb, the speaker after it
    — рассказал он RT                 after the speaker (a pronoun or a person noun)
    — сказал аналитик РБК
    В министерстве сообщили RT, что   right after a plural verb (the name is no plural subject)
    В полиции Самары РБК заявили …    after "в" + a body named in full, with a plural verb
    — пояснил RT Петров               right before a person's name

An outlet that is the clause's only speaker speaks for itself: "— пишет
Reuters." (its own text, data/gold SCHEMA: "пишет The Washington Post").
The positional readings hold for names shaped like outlets (a Latin or an
all-capitals first word, "RT", "РИА Новости"); a word of an ORG's name is
judged with its whole name.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..analysis.lemma import forms, has_lemma, lemmas
from ..analysis.names import Token, tokens
from ..analysis.roles import is_role_noun
from ..analysis.segment import back_to
from ..const import ORG
from ..data import load_set
from .context import Context
from .words import is_speech_noun

RELAY_SPAN = 4         # words between a relay word and the outlet it introduces
CLAUSE_END = re.compile(r"[.!?;:,«»\"()]|\n|\s[—–]\s")
LATIN = re.compile(r"[A-Za-z][\w.&-]*")


def is_relay(ctx: Context, t: Token) -> bool:
    """An outlet that relays someone's words, never their speaker (remembered
    per word: bodies ask about the same words many times)."""
    key = ("relay", t.start, t.end)
    if key not in ctx.memo:
        ctx.memo[key] = find_relay(ctx, t)
    return ctx.memo[key]


def find_relay(ctx: Context, t: Token) -> bool:
    relays = load_set("relays")
    if has_lemma(t.text, relays) or t.text.lower() in relays or t.text.lower() in load_set("button_labels"):
        return True
    if re.search(r"[—–]\s*$", ctx.text[max(0, t.start - 4):t.start]) and ctx.text[t.end:t.end + 3].lstrip()[:1] == ")":
        return True                      # the outlet signing an editor's note: "(Сергей Сомов. — РБК)"
    name = org_mention_at(ctx, t.start)
    if name and (name.start, name.end) != (t.start, t.end) and name.start <= t.start and t.end <= name.end:
        return is_relay(ctx, name)       # "сообщили РИА Новости": "Новости" is judged with "РИА"
    before = words_before(ctx, t)
    if any(relay_word(before, i) for i in range(len(before))):
        return True
    after = next_word(ctx, t.end)
    if after and is_relay_verb(after):
        return True                      # "агентство ознакомилось с документом"
    if outlet_shaped(t.text) and after_speaker_name(ctx, t, before):
        return True                      # "— заявил Говорухин РИА Новости"
    return outlet_shaped(t.text) and is_addressee(ctx, t, before[-1:], after)


def after_speaker_name(ctx: Context, t: Token, before: list[Token]) -> bool:
    """The outlet right after a speech verb and the speaker's name: the one spoken
    to ("— заявил Иванов РБК", "— сказал министр Петров ТАСС")."""
    if not before or ctx.text[before[-1].end:t.start].strip(" «\""):
        return False
    name_start = len(before)
    while name_start > 0 and ctx.names().lookup(before[name_start - 1]) is not None:
        name_start -= 1
    if name_start == len(before):
        return False
    return any(is_speech_verb(w) for w in before[max(0, name_start - 2):name_start])


def words_before(ctx: Context, t: Token) -> list[Token]:
    """Up to RELAY_SPAN words (adjectives not counted) before ``t`` on its line, from after the last
    other name among them: in "поступившем в RT пресс-релизе министерства"
    the relay word introduced "RT", not "министерства"."""
    line_start = back_to(ctx.text, "\n", t.start)
    ws = tokens(ctx.text, max(line_start, t.start - 80), t.start)
    nouns = [i for i, w in enumerate(ws) if forms(w.text)[0].tag.POS != "ADJF"]   # "его слова англоязычный сайт"
    before = ws[nouns[-RELAY_SPAN]:] if len(nouns) >= RELAY_SPAN else ws
    cut = max((i + 1 for i, w in enumerate(before) if outlet_shaped(w.text) or org_mention_at(ctx, w.start)),
              default=0)
    return before[cut:]


def relay_word(ws: list[Token], i: int) -> bool:
    """``ws[i]`` is a relay word, or begins a two-word one ("в распоряжение":
    each word matched by its lemma)."""
    relays = load_set("relays")
    if has_lemma(ws[i].text, relays) or ws[i].text.lower() in relays:
        return True
    return i + 1 < len(ws) and any(f"{a} {b}" in relays for a in lemma_forms(ws[i].text)
                                   for b in lemma_forms(ws[i + 1].text))


def lemma_forms(word: str) -> set[str]:
    return {word.lower()} | set(lemmas(word))


def next_word(ctx: Context, pos: int) -> Token | None:
    """The word right after ``pos``, when only spaces stand between."""
    nxt = tokens(ctx.text, pos, pos + 40)[:1]
    return nxt[0] if nxt and not ctx.text[pos:nxt[0].start].strip() else None


def is_relay_verb(w: Token) -> bool:
    """A relay word that is a verb: "ознакомился", "цитирует", "передаёт"."""
    return has_lemma(w.text, load_set("relays")) and forms(w.text)[0].tag.POS in ("VERB", "PRTF", "GRND")


def outlet_shaped(text: str) -> bool:
    """A name that may be an outlet's: its first word Latin or all capitals
    ("RT", "РИА Новости", "The Times"), not one letter."""
    first = text.split()[0] if text.split() else ""
    first = first.strip("«»\"")
    return len(first) > 1 and (first.isupper() or bool(LATIN.fullmatch(first)))


def is_addressee(ctx: Context, t: Token, prev: list[Token], after: Token | None) -> bool:
    """An outlet where the one spoken to stands (see the module's sketch)."""
    if prev and not ctx.text[prev[0].end:t.start].strip(" «\""):
        w = prev[0]
        if is_speech_verb(w) and speaker_follows(ctx, t):
            return True                  # "— заявил RT директор", "— сообщили РИА Новости в пресс-службе"
        if is_plural_speech_verb(w) and not (after and after.text.lower() == "и"):
            return True                  # "В министерстве сообщили RT, что": the name is no plural subject
        if is_person_word(w.text):
            return True                  # "— рассказал он RT", "— сказал аналитик РБК"
    if body_before(ctx, t) and (after and is_plural_speech_verb(after) or plural_verb_before(ctx, t)):
        return True                      # "В полиции Самары РБК заявили"
    return bool(after) and ctx.names().lookup(after) is not None and not org_mention_at(ctx, after.start)


def is_speech_verb(w: Token) -> bool:
    return has_lemma(w.text, load_set("speech_verbs")) and forms(w.text)[0].tag.POS == "VERB"


def is_plural_speech_verb(w: Token) -> bool:
    """"заявили", "пояснили": said by people the clause names with "в …"."""
    return is_speech_verb(w) and forms(w.text)[0].tag.number == "plur"


def plural_verb_before(ctx: Context, t: Token) -> bool:
    """A plural speech verb earlier in the outlet's clause."""
    return any(is_plural_speech_verb(w) for w in clause_words_before(ctx, t))


def is_person_word(word: str) -> bool:
    """A personal pronoun or a singular common noun for a person: "он",
    "аналитик", "собеседница" (not an office, "директор РБК" is its head)."""
    form = forms(word.lower())[0]
    if form.tag.POS == "NPRO" and "3per" in form.tag and form.tag.case == "nomn":
        return True
    lemma = form.normal.replace("ё", "е")
    if form.tag.POS == "ADJF" and "Subx" in form.tag and form.tag.number == "sing" and form.tag.case == "nomn":
        return True                      # a noun made of an adjective: "— считает ведущая RT"
    return form.tag.POS == "NOUN" and form.tag.number == "sing" and form.tag.animacy == "anim" \
        and (lemma in load_set("person_nouns") or not is_role_noun(word)) \
        and not any(tag in form.tag for tag in ("Name", "Surn", "Patr"))


def speaker_follows(ctx: Context, t: Token) -> bool:
    """The outlet does not end its clause: words follow it ("— заявил RT
    директор", "— рассказал RT один из жителей", "— сообщили RT в
    министерстве"), other than a date ("— заявляет CNN 16 марта")."""
    nxt = next_word(ctx, t.end)
    return nxt is not None and not nxt.text[:1].isdigit()


def clause_words_before(ctx: Context, t: Token) -> list[Token]:
    """The words of the outlet's clause before it (its line, 120 characters)."""
    line_start = back_to(ctx.text, "\n", t.start)
    stops = list(CLAUSE_END.finditer(ctx.text, max(line_start, t.start - 120), t.start))
    return tokens(ctx.text, stops[-1].end() if stops else max(line_start, t.start - 120), t.start)


def body_before(ctx: Context, t: Token) -> bool:
    """"в" + a noun earlier in the outlet's clause, its phrase closed by a
    name right before the outlet: "В полиции Самары РБК заявили" (in "в
    отделе испытаний РБК заявили" the outlet may be the body's own name)."""
    ws = clause_words_before(ctx, t)
    if len(ws) < 3 or not ws[-1].text[:1].isupper() or ws[-1].text.lower() in ("в", "во"):
        return False
    return any(w.text.lower() in ("в", "во") and forms(n.text)[0].tag.POS == "NOUN"
               for w, n in zip(ws, ws[1:]))


def org_mention_at(ctx: Context, pos: int) -> Token | None:
    """The ORG mention covering ``pos``, as one token (binary search)."""
    if "org_spans" not in ctx.memo:
        spans = sorted((m.start, m.end, m.text) for r in ctx.people if r.type == ORG for m in r.mentions)
        ctx.memo["org_spans"] = (spans, [s for s, _, _ in spans])
    spans, starts = ctx.memo["org_spans"]
    i = bisect_right(starts, pos)
    for s, e, text in reversed(spans[max(0, i - 3):i]):
        if s <= pos < e:
            return Token(s, e, text)
    return None


def relayed(ctx: Context, cue: Token) -> bool:
    """A speech noun brought by a relay verb: "приводит агентство заявление политика"."""
    before = tokens(ctx.text, max(0, cue.start - 60), cue.start)[-RELAY_SPAN:]
    return is_speech_noun(cue) and any(has_lemma(t.text, load_set("relays")) for t in before)
