"""The salience model: pronouns and role nouns to a person.

"он"/"она", "по его словам", "— добавил эксперт", "ответил российский
лидер" stand for the salient earlier person of the agreeing gender (earlier
quotes' speakers, persons named in the nominative or after "по словам",
role subjects), or for the person the article gave that role; within
LOOKBACK characters, teasers and quoted text not read."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..analysis.lemma import forms, has_lemma
from ..analysis.names import Token, tokens
from ..analysis.roles import Role, describe, is_role_noun, match_score, read_role, role_lemma
from ..data import load_set
from ..record import Referent, Speaker
from .bodies import group_name
from .context import ADJACENT, Context, LOOKBACK, earlier_speakers
from .cues import clause_after, clause_before
from .finder import Found
from .fullest import is_generic, is_org
from .phrases import role_phrase
from .words import is_adjective, is_nominative, is_person_noun, is_singular, is_speech_noun


LOOKAHEAD = 300        # characters searched ahead, when the quote opens the article


# "По словам политолога Ивана Петрова, ..." names the speaker of what follows.
ACCORDING = re.compile(r"\b[Пп]о (?:словам|мнению|оценке|оценкам|утверждению|версии|убеждению)\s+([^.;:!?\n]{2,200})")
ENVOYS = ("diplomat", "spokesperson")   # role kinds (data/role_kinds.txt) that overlap


def candidates(ctx: Context, pos: int) -> list[tuple[Referent, tuple]]:
    """People with a mention outside quotes, ranked by their latest mention
    before ``pos``: as a subject (nominative) first, then in any case, then after."""
    out = []
    for r in ctx.names().people():
        starts = [m.start for m in r.mentions if not ctx.unread(m.start)]
        if not starts:
            continue
        subject = [s for s, _, _ in ctx.names().subjects_of(r, pos) if not ctx.in_teaser(s)]
        before = [s for s in starts if s < pos]
        rank = (2, max(subject)) if subject else (1, max(before)) if before else (0, -min(starts))
        out.append((r, rank))
    return out


def link_role(ctx: Context, phrase: str, pos: int, female: bool | None = None) -> tuple[Referent | None, int | None]:
    """The person the article gave this role (kind, country), of the verb's
    gender, and its match score; the best match, the latest mentioned among equals."""
    wanted = read_role(phrase)
    best, best_key = None, None
    for r, last in candidates(ctx, pos):
        if not fits(ctx, r.name, female):
            continue
        score = match_score(wanted, known_roles(ctx, r))
        if score is not None and (best_key is None or (score, last) > best_key):
            best, best_key = r, (score, last)
    return best, (best_key[0] if best_key else None)


def by_role(ctx: Context, win: list[Token], pos: int, female: bool | None = None,
            salient: bool = False, any_case: bool = False, animate: bool = False,
            loose: bool = False, head_only: bool = False) -> Speaker | None:
    """A role phrase linked to a person. With ``salient``, a role or person noun
    ("— добавил эксперт", "— сообщила дипломат") first takes the person the
    text just spoke of, when that person's roles do not clash with it, and
    an unlinked one in the singular stands for the salient person (like "он").
    With ``animate``, any person noun heading the window counts ("— добавил
    пенсионер": the subject the parse found). With ``loose``, a role word
    counts in any of its readings ("заявление политика", not "политика"). With
    ``head_only``, only the window's first noun counts (the parsed subject's head,
    not a genitive owner after it: "помощник министра")."""
    head = next((i for i, t in enumerate(win) if forms(t.text)[0].tag.POS == "NOUN"), -1)
    for i, t in enumerate(win):
        if head_only and i != head:
            continue
        first = forms(t.text)[0].normal.replace("ё", "е")
        role = is_role_noun(t.text) and (first == role_lemma(t.text) or loose) \
            and not has_lemma(t.text, load_set("bodies"))
        person = first in load_set("person_nouns") or (animate and i == head and is_person_noun(t.text))
        if not role and not person or owned(ctx, win, i):
            continue
        start, end = role_phrase(ctx, win, i)
        phrase = ctx.text[start:end]
        female = True if female is None and is_feminine_noun(t.text) else female
        own = appositive_name(ctx, t, end)
        if own:      # "в заявлении главы ведомства Дэниела Коутса": the phrase names its person
            return Speaker(own.name, phrase, start, end, own.role, "role")
        # anyone else the phrase names is an owner, never its holder: "помощник министра Ивана Петрова"
        owners = {hit.name for w in tokens(ctx.text, t.end, end) if (hit := ctx.names().lookup(w))}
        single = is_singular(t.text) and (any_case or is_nominative(t.text))
        ref, score = link_role(ctx, phrase, pos, female) if role and is_singular(t.text) else (None, None)
        ref = None if ref and ref.name in owners else ref
        if salient and single:
            near = adjacent_person(ctx, pos, phrase, female)
            if near and near[0] not in owners:
                return Speaker(near[0], phrase, start, end, near[1], "role")
        if ref:
            return Speaker(ref.name, phrase, start, end, ref.roles[0] if ref.roles else None, "role")
        if salient and not is_singular(t.text):
            own = any(is_generic(w.text) or is_org(ctx, w) for w in tokens(ctx.text, start, end))
            group = None if own else last_document(ctx, pos)    # "представители ведомства" name their own
            if group:
                return Speaker(group, phrase, start, end, None, "role")
            if is_nominative(t.text):
                return Speaker(group_name(ctx, win, i, start, end, pos), phrase, start, end, None, "group")
        if salient and single:
            name = adjacent_person(ctx, pos, phrase, female, LOOKBACK)
            if name and name[0] not in owners:
                return Speaker(name[0], phrase, start, end, name[1], "role")
    return None


def owned(ctx: Context, win: list[Token], i: int) -> bool:
    """``win[i]`` is the genitive owner of the person or role noun right before it:
    "помощник министра", "приятель посла" (the speaker is the first noun's holder)."""
    if i == 0 or ctx.text[win[i - 1].end:win[i].start].strip() or is_nominative(win[i].text):
        return False
    prev = win[i - 1].text
    return (is_role_noun(prev) or is_person_noun(prev)
            or forms(prev)[0].normal.replace("ё", "е") in load_set("person_nouns"))


def appositive_name(ctx: Context, noun: Token, end: int):
    """The person named in an oblique-case role phrase after its noun, in the same
    case ("в заявлении главы ведомства Дэниела Коутса": genitive both). A noun
    that may be a nominative singular heads a subject whose genitive name is an
    owner, not the role's holder ("помощник министра Ивана Петрова",
    "пресс-секретарь Путина"); those are the name steps' to read."""
    cases = lambda w: {f.tag.case for f in forms(w) if f.tag.case}
    if any(f.tag.case == "nomn" and f.tag.number == "sing" for f in forms(noun.text)):
        return None
    for t in tokens(ctx.text, noun.end, end):
        hit = ctx.names().lookup(t)
        if hit:
            return hit if cases(noun.text) & cases(t.text) & OBLIQUE else None
    return None


OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})


def is_feminine_noun(word: str) -> bool:
    """A person noun that names a woman whatever the verb's tense: "женщина",
    "пенсионерка", "жительница" ("— возмущается женщина"). A masculine noun tells
    nothing ("министр", "эксперт" name women too)."""
    readings = [f for f in forms(word) if f.tag.POS == "NOUN" and f.tag.animacy == "anim"]
    return bool(readings) and all(f.tag.gender == "femn" for f in readings)


def last_document(ctx: Context, pos: int) -> str | None:
    """The body of the latest earlier quote taken from a document within
    ADJACENT characters: "— отмечают аналитики" after "— говорится в докладе"."""
    found = [s.name for q, s in earlier_speakers(ctx, pos, bodies=True, back=ADJACENT * 2)
             if s.rule in ("document", "source")]
    return found[-1] if found else None


def adjacent_person(ctx: Context, pos: int, phrase: str, female: bool | None,
                    back: int = ADJACENT) -> tuple[str, str | None] | None:
    """The person the text spoke of last, within ``back`` characters before
    ``pos``, when the role phrase does not clash with that person's roles."""
    near = latest_subject(ctx, pos, female=female, ahead=None, back=back)
    if not near:
        return None
    ref = next((r for r in ctx.names().people() if r.name == near[0]), None)
    if ref is None:
        return (near[0], near[1], 0) if not read_role(phrase).country and not read_role(phrase).body else None
    known = known_roles(ctx, ref)
    wanted = read_role(phrase)
    if wanted.kind in ENVOYS:    # "дипломат" may be the "представитель при ООН" just named
        wanted = replace(wanted, kind=None)
    score = match_score(wanted, known)
    return (near[0], near[1], score) if score is not None else None


def known_roles(ctx: Context, ref: Referent) -> list[Role]:
    """The roles the article gives a person in front of its mentions outside quotes
    (worked out once per person and article)."""
    memo = ctx.memo.setdefault("known_roles", {})
    key = (ref.name, ref.mentions[0].start if ref.mentions else -1)
    if key not in memo:
        memo[key] = [headed(describe(ctx.text, m)) for m in ref.mentions if not ctx.unread(m.start)]
    return memo[key]


def headed(role: Role) -> Role:
    """A role's kind only when a role word heads its phrase (its first word
    after adjectives): "экс-директор института при президенте" and
    "спецпредставитель президента России" are no presidents."""
    head = next((w for w in role.text.split() if not is_adjective(w)), "")
    return role if is_role_noun(head) else replace(role, kind=None)


def by_pronoun(ctx: Context, win: list[Token], q: Found, female: bool | None = None) -> Speaker | None:
    """"он"/"она" (and "по его словам") -> the salient earlier person."""
    for i, t in enumerate(win):
        word = t.text.lower()
        nxt = tokens(ctx.text, t.end, t.end + 30)[:1]
        possessive = word in ("его", "её", "ее") and bool(nxt) and is_speech_noun(nxt[0])
        if word in load_set("pronouns") or possessive:
            gender = {"он": False, "она": True, "его": False, "её": True, "ее": True}.get(word, female)
            name = latest_subject(ctx, min(q.start, t.start), female=gender, ahead=t.end)
            if name:
                return Speaker(name[0], t.text, t.start, t.end, name[1], "pronoun")
    return None


def latest_subject(ctx: Context, pos: int, female: bool | None = None,
                   ahead: int | None = None, back: int = LOOKBACK) -> tuple[str, str | None] | None:
    """The salient person before ``pos``: the latest one quoted, named in the
    nominative or after "по словам"; failing that, the first one named after
    ``ahead``."""
    named = [e for e in ctx.names().subjects(max(0, pos - back), pos) if not ctx.in_teaser(e[0])]
    named += [(q.start, s.name, s.role) for q, s in earlier_speakers(ctx, pos, back=back)]
    named += according_to(ctx, max(0, pos - back), pos)
    named += role_subjects(ctx, max(0, pos - back), pos)
    events = [e for e in named if fits(ctx, e[1], female)]
    if events:
        _, name, role = max(events, key=lambda e: e[0])
        return name, role
    if named or ahead is None:   # people were named before, none fits: unknown, not a guess ahead
        return None
    later = [e for e in ctx.names().subjects(ahead, ahead + LOOKAHEAD) if fits(ctx, e[1], female)]
    return (later[0][1], later[0][2]) if later else None


def according_to(ctx: Context, start: int, end: int) -> list[tuple[int, str, str | None]]:
    """(position, name, role) of persons after "по словам", "по мнению"."""
    out = []
    for m in ACCORDING.finditer(ctx.text, start, end):
        if ctx.unread(m.start()):
            continue
        hit = next((h for t in tokens(ctx.text, m.start(1), m.end(1)) if (h := ctx.names().lookup(t))), None)
        if hit:
            out.append((m.start(), hit.name, hit.role))
    return out


def role_subjects(ctx: Context, start: int, end: int) -> list[tuple[int, str, str | None]]:
    """(position, name, role) where a nominative role phrase stands for a person:
    "Китайский руководитель отметил" names the earlier "председатель КНР".
    Found once over the whole text, then read by position."""
    if "role_subjects" not in ctx.memo:
        found = all_role_subjects(ctx)
        ctx.memo["role_subjects"] = (found, [e[0] for e in found])
    found, starts = ctx.memo["role_subjects"]
    return found[bisect_left(starts, start):bisect_left(starts, end)]


def all_role_subjects(ctx: Context) -> list[tuple[int, str, str | None]]:
    out = []
    for t in tokens(ctx.text, 0, len(ctx.text)):
        if is_role_noun(t.text) and is_nominative(t.text) and not ctx.unread(t.start):
            win = clause_before(ctx, t.start, max(0, t.start - 300))[-2:] + clause_after(ctx, t.start, t.end + 300)[:4]
            found = by_role(ctx, win, t.start)
            if found:
                out.append((t.start, found.name, found.role))
    return out


def fits(ctx: Context, name: str, female: bool | None) -> bool:
    """The name may be of the pronoun's gender (unknown genders fit)."""
    gender = ctx.names().is_female(name)
    return female is None or gender is None or gender == female
