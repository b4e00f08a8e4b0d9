"""Who said it: resolve the words next to a quotation to a canonical name.

The attribution is read around its speech word (the cue nearest the quote):
"«Q», — сказал X" looks after the cue, "X подчеркнул, что «q»" before it,
each within its clause; the nearest clause is searched first, then the rest
of the attribution. In each window these are tried in order, and the one
that answers names ``Speaker.rule`` (shown by ``--explain``):

    ``name``       a person named next to the cue ("— сказал Алексей Бородавкин";
                   "— цитирует агентство министра Петрова": the object of a relay)
    ``role``       a role phrase linked to the person the article gave that role
                   or country ("ответил российский лидер" -> "президент России …");
                   an unlinked role noun as subject ("— добавил эксперт") is read
                   like a pronoun, by salience
    ``body``       a body speaking as a whole ("в сообщении пресс-службы Кремля"),
                   under its fullest name ("в ведомстве" -> "Минобороны России")
    ``pronoun``    "он"/"она", "по его словам" -> the salient earlier person of
                   that gender (the verb's gender decides: "сообщила дипломат")
    ``relative``   "СМИ, которые назвали «…»" -> the noun before the comma

Relays are never speakers: an outlet after a relay word ("передаёт",
"цитирует", "в беседе с", "в интервью", "в Facebook", data/relays.txt) or
right after the speech verb ("— заявил RT директор …": the addressee).

When no window answers, the remaining rules run in order:

    ``document``   "говорится в докладе" -> the body that wrote it (a genitive
                   after the noun, an earlier sentence naming the same work,
                   or the body last quoted)
    ``author``     "написано в статье" -> who wrote or gave that article
    ``ellipsis``   "И добавил: «…»" -> the latest earlier subject
    ``interview``  a dash answer -> the person the lead says was interviewed
    ``continued``  an unattributed quote right after another -> the same speaker

Salience (pronouns, unlinked roles, ellipsis): earlier quotes' speakers,
persons named in the nominative, and persons after "по словам"/"по мнению",
within LOOKBACK characters; related-article teasers ("Также по теме") and
text inside quotation marks are not read. Quotes are resolved in one pass in
text order: a rule reads earlier speakers from ``Context.resolved``.
Nothing found -> None.
"""
from __future__ import annotations

import re
from functools import cache
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable

from ..const import INTERVIEW, ORG, QUESTION
from ..data import load_set, load_table
from ..analysis.lemma import forms, has_lemma, lemmas
from .finder import Found, find_quotes
from ..record import Referent, Speaker
from ..analysis.doc import Doc, doc_of
from ..analysis.morph import known
from ..analysis.names import NameIndex, Token, tokens
from ..analysis.segment import back_to
from ..analysis.roles import Role, describe, is_role_noun, match_score, read_role, role_lemma

CLAUSE_STOP = re.compile(r"[.!?;:,](?=\s|$)|\n|\s[—–]\s|\bчто\b")
UD_NUMBER = {"sing": "Sing", "plur": "Plur"}   # natasha's inflect takes UD names
UD_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
LOOKBACK = 3000        # characters searched back for an earlier subject
LOOKAHEAD = 300        # ... and ahead, when the quote opens the article
SOURCE_BACK = 1000     # characters searched back for who reported a "сообщение"
SENT_STOP = re.compile(r"[.!?](?=\s|$)|\n")
# "По словам политолога Ивана Петрова, ..." names the speaker of what follows.
ACCORDING = re.compile(r"\b[Пп]о (?:словам|мнению|оценке|оценкам|утверждению|версии|убеждению)\s+([^.;:!?\n]{2,200})")
PARSE_CHARS = 2000     # longer "sentences" (pages without punctuation) are not parsed
CUE_SPAN = 300         # characters of an attribution before its quote searched for the cue
RELAY_SPAN = 4         # words between a relay word and the outlet it introduces
SITE = re.compile(r"\b[A-Za-z][\w-]*\.[a-z]{2,4}\b")   # akorda.kz
ENVOYS = ("diplomat", "spokesperson")   # role kinds (data/role_kinds.txt) that overlap
ADJACENT = 400        # characters before a quote where "the person just spoken of" is
NP_WORDS = 8           # words of a genitive body phrase after a document noun


@dataclass(frozen=True)
class Context:
    """One article: its text, people and (lazily) all of its quotations.

    ``resolved`` holds the speakers of the quotations resolved so far; the
    pipeline resolves them in text order, so a rule that asks about an earlier
    quotation reads its answer there instead of recursing.
    """
    text: str
    people: list[Referent]
    found: list[Found] = field(default_factory=list)
    memo: dict = field(default_factory=dict, compare=False, repr=False)
    resolved: dict = field(default_factory=dict, compare=False, repr=False)
    doc: Doc | None = field(default=None, compare=False, repr=False)

    def parsed(self) -> Doc:
        """The Doc whose dependency parses the subject step reads."""
        if self.doc is None:
            object.__setattr__(self, "doc", Doc(self.text, (), self.people))
        return self.doc

    def quotes(self) -> list[Found]:
        if "quotes" not in self.memo:
            self.memo["quotes"] = self.found or find_quotes(self.text)
        return self.memo["quotes"]

    def names(self) -> NameIndex:
        if "names" not in self.memo:
            self.memo["names"] = NameIndex(self.text, self.people, self.quote_spans(),
                                           self.parsed().sentences)
        return self.memo["names"]

    def quote_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every quotation, sorted; computed once."""
        if "spans" not in self.memo:
            self.memo["spans"] = sorted((q.start, q.end) for q in self.quotes())
            self.memo["starts"] = [s for s, _ in self.memo["spans"]]
            self.memo["ends"] = sorted(e for _, e in self.memo["spans"])
        return self.memo["spans"]

    def inside_quote(self, pos: int) -> bool:
        """Binary search, not a scan: a page of 4,000 quotations stays linear."""
        spans = self.quote_spans()
        i = bisect_right(self.memo["starts"], pos)
        return any(s <= pos < e for s, e in spans[max(0, i - 2):i])

    def next_quote_start(self, pos: int) -> int | None:
        """Start of the first quotation that starts after ``pos``."""
        self.quote_spans()
        starts = self.memo["starts"]
        i = bisect_right(starts, pos)
        return starts[i] if i < len(starts) else None

    def last_quote_end(self, pos: int) -> int | None:
        """End of the last quotation that ends before ``pos``."""
        self.quote_spans()
        ends = self.memo["ends"]
        i = bisect_left(ends, pos)
        return ends[i - 1] if i else None

    def quotes_ending_in(self, start: int, end: int) -> list[Found]:
        """Quotations whose end lies in (start, end), in order."""
        if "by_end" not in self.memo:
            by_end = sorted(self.quotes(), key=lambda q: q.end)
            self.memo["by_end"] = (by_end, [q.end for q in by_end])
        by_end, ends = self.memo["by_end"]
        return by_end[bisect_right(ends, start):bisect_left(ends, end)]

    def teasers(self) -> list[tuple[int, int]]:
        """Spans of related-article teasers ("Также по теме" up to "...")."""
        if "teasers" not in self.memo:
            self.memo["teasers"] = doc_of(self.text).teasers
        return self.memo["teasers"]

    def in_teaser(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.teasers())

    def unread(self, pos: int) -> bool:
        """Inside a quotation or a teaser: not the article's own narration."""
        return self.inside_quote(pos) or self.in_teaser(pos)


# ---- where to look: the cue and the clause windows around it -----------------

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
    cues = [t for t in tokens(ctx.text, start, end)
            if has_lemma(t.text, verbs) and not ctx.inside_quote(t.start)]
    finite = [t for t in cues if forms(t.text)[0].tag.POS not in ("GRND", "PRTF", "PRTS")]
    cues = finite or cues     # "сообщила дипломат, комментируя досье": the verb, not the gerund
    if not cues:
        return None
    return cues[0] if q.attribution[0] >= q.end else cues[-1]


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


def is_speech_noun(t: Token) -> bool:
    return has_lemma(t.text, load_set("speech_nouns"))


def cue_female(cue: Token | None) -> bool | None:
    """The gender the speech verb agrees in: "сообщила" True, "сказал" False,
    "заявили"/"говорит" None (any)."""
    if cue is None:
        return None
    form = forms(cue.text)[0]
    if form.tag.POS != "VERB" or form.tag.number != "sing" or not form.tag.gender:
        return None
    return form.tag.gender == "femn"


# ---- relays: outlets that pass the words on ----------------------------------

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


# ---- what a window says ------------------------------------------------------

def by_name(ctx: Context, win: list[Token], any_case: bool) -> Speaker | None:
    """A person named in the window, in the nominative unless ``any_case``."""
    for t in win:
        hit = ctx.names().lookup(t)
        if hit and (any_case or hit.nominative):
            return Speaker(hit.name, hit.mention, hit.start, hit.end, hit.role, "name")
    return None


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
        known = [headed(describe(ctx.text, m)) for m in r.mentions if not ctx.unread(m.start)]
        score = match_score(wanted, known)
        if score is not None and (best_key is None or (score, last) > best_key):
            best, best_key = r, (score, last)
    return best, (best_key[0] if best_key else None)


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


def by_role(ctx: Context, win: list[Token], pos: int, female: bool | None = None,
            salient: bool = False, any_case: bool = False, animate: bool = False,
            loose: bool = False) -> Speaker | None:
    """A role phrase linked to a person. With ``salient``, a role or person noun
    ("— добавил эксперт", "— сообщила дипломат") first takes the person the
    text just spoke of, when that person's roles do not clash with it, and
    an unlinked one in the singular stands for the salient person (like "он").
    With ``animate``, any person noun heading the window counts ("— добавил
    пенсионер": the subject the parse found). With ``loose``, a role word
    counts in any of its readings ("заявление политика", not "политика")."""
    head = next((i for i, t in enumerate(win) if forms(t.text)[0].tag.POS == "NOUN"), -1)
    for i, t in enumerate(win):
        first = forms(t.text)[0].normal.replace("ё", "е")
        role = is_role_noun(t.text) and (first == role_lemma(t.text) or loose) \
            and not has_lemma(t.text, load_set("bodies"))
        person = first in load_set("person_nouns") or (animate and i == head and is_person_noun(t.text))
        if not role and not person:
            continue
        start, end = role_phrase(ctx, win, i)
        phrase = ctx.text[start:end]
        single = is_singular(t.text) and (any_case or is_nominative(t.text))
        ref, score = link_role(ctx, phrase, pos, female) if role and is_singular(t.text) else (None, None)
        if salient and single:
            near = adjacent_person(ctx, pos, phrase, female)
            if near:
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
            if name:
                return Speaker(name[0], phrase, start, end, name[1], "role")
    return None


def is_person_noun(word: str) -> bool:
    """A common noun for a person ("пенсионер", "собеседница"): animate, not a name."""
    form = forms(word)[0]
    return (form.tag.POS == "NOUN" and form.tag.animacy == "anim" and word[:1].islower()
            and not any(tag in form.tag for tag in ("Name", "Surn", "Patr")))


def last_document(ctx: Context, pos: int) -> str | None:
    """The body of the latest earlier quote taken from a document within
    ADJACENT characters: "— отмечают аналитики" after "— говорится в докладе"."""
    found = [s.name for q, s in earlier_speakers(ctx, pos, bodies=True, back=ADJACENT * 2)
             if s.rule in ("document", "source")]
    return found[-1] if found else None


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


def is_singular(word: str) -> bool:
    """"эксперт", not "эксперты": a group is not one salient person."""
    return forms(word)[0].tag.number != "plur"


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
    known = [headed(describe(ctx.text, m)) for m in ref.mentions if not ctx.unread(m.start)]
    wanted = read_role(phrase)
    if wanted.kind in ENVOYS:    # "дипломат" may be the "представитель при ООН" just named
        wanted = replace(wanted, kind=None)
    score = match_score(wanted, known)
    return (near[0], near[1], score) if score is not None else None


def headed(role: Role) -> Role:
    """A role's kind only when a role word heads its phrase (its first word
    after adjectives): "экс-директор института при президенте" and
    "спецпредставитель президента России" are no presidents."""
    head = next((w for w in role.text.split() if not is_adjective(w)), "")
    return role if is_role_noun(head) else replace(role, kind=None)


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
    return start, end


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


def by_relative(ctx: Context, win: list[Token]) -> Speaker | None:
    """"СМИ, которые назвали" -> the noun phrase before the comma."""
    for t in win:
        if has_lemma(t.text, load_set("relatives")):
            comma = ctx.text.rfind(",", max(0, t.start - 300), t.start)
            before = clause_before(ctx, comma, max(0, comma - 200)) if comma > 0 else []
            found = by_body(ctx, before) or by_name(ctx, before, True)
            if found:
                return Speaker(found.name, found.mention, found.start, found.end, found.role, "relative")
    return None


# ---- bodies under their fullest name -----------------------------------------

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
            and (lemmas(r.name.split()[0]) | {r.name.split()[0].lower()}) & want]
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
    named = [(m.start, ref.name) for m in org_mentions(ctx)
             if pos - back < m.start < pos and not is_relay(ctx, Token(m.start, m.end, m.text))
             and (ref := referent_of(ctx, m)) and fit(ref.name)]
    if not spoken and not named:
        return None
    _, name = max(spoken or named)
    short = Token(0, 0, name.split()[0]) if name.split() else None
    return (longest_like(ctx, short, pos) if short and len(name.split()) == 1 else None) or name


# ---- helpers on words --------------------------------------------------------

def is_adjective(word: str) -> bool:
    return forms(word)[0].tag.POS == "ADJF"


def is_genitive(word: str) -> bool:
    return any(f.tag.case == "gent" and f.tag.POS in ("NOUN", "ADJF")
               for f in forms(word)[:2]) and len(word) > 2


def is_org(ctx: Context, t: Token) -> bool:
    return any(r.type == ORG and any(m.start <= t.start < m.end for m in r.mentions)
               for r in ctx.people)


def is_title_word(ctx: Context, t: Token) -> bool:
    """A capitalised word right after an opening mark: сообщил «Росатом»."""
    return t.text[:1].isupper() and ctx.text[t.start - 1:t.start] in "«\"„“" and t.start > 0


def org_name(ctx: Context, t: Token) -> str:
    for r in ctx.people:
        if r.type == ORG and any(m.start <= t.start < m.end for m in r.mentions):
            return agreed(r.name)
    return t.text


def agreed(name: str) -> str:
    """The adjectives before a name's head noun in its gender: a normal form
    "Всемирное банк" (from "Всемирного банка") -> "Всемирный банк"."""
    ws = name.split()
    head = next((i for i, w in enumerate(ws) if forms(w)[0].tag.POS == "NOUN"), None)
    if not head or not all(forms(w)[0].tag.POS == "ADJF" for w in ws[:head]):
        return name
    return nominative_head(ws[:head + 1], head) + "".join(" " + w for w in ws[head + 1:])


def inflect_nominative(word: str, number: str | None, gender: str | None = None) -> str:
    """One word in the nominative, keeping its capital letter; an adjective
    agrees with its noun's gender ("Всемирного банка" -> "Всемирный банк")."""
    form = forms(word)[0]
    grams = {"Nom"} | ({UD_NUMBER[number]} if number else set())
    if gender and number != "plur" and form.tag.POS == "ADJF":
        grams |= {UD_GENDER[gender]}
        if form.tag.gender != gender:      # a nominative of the wrong gender is re-inflected too
            new = form.inflect(grams)
            out = new.word if new else word.lower()
            return out[:1].upper() + out[1:] if word[:1].isupper() else out
    new = form.inflect(grams) if form.tag.case and form.tag.case != "nomn" else None
    out = new.word if new else word.lower()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def nominative_phrase(phrase: str) -> str:
    """"пресс-службе МИД РФ" -> "пресс-служба МИД РФ"; "западных СМИ" -> "западные СМИ"."""
    ws = phrase.split()
    head = next((i for i, w in enumerate(ws) if has_lemma(w.strip(",.«»"), load_set("bodies"))), 0)
    return nominative_head(ws, head)


def nominative_head(ws: list[str], head: int) -> str:
    """The words with ``ws[head]`` and the adjectives before it in the nominative."""
    number = forms(ws[head])[0].tag.number or ("plur" if ws[head].isupper() else None)
    gender = forms(ws[head])[0].tag.gender
    out = [inflect_nominative(w, number, gender) if i < head else w for i, w in enumerate(ws)]
    if not ws[head].isupper():
        out[head] = inflect_nominative(ws[head], forms(ws[head])[0].tag.number)
    return " ".join(out)


# ---- earlier subjects --------------------------------------------------------

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


def is_nominative(word: str) -> bool:
    return forms(word)[0].tag.case == "nomn"


def fits(ctx: Context, name: str, female: bool | None) -> bool:
    """The name may be of the pronoun's gender (unknown genders fit)."""
    gender = ctx.names().is_female(name)
    return female is None or gender is None or gender == female


def earlier_speakers(ctx: Context, pos: int, bodies: bool = False,
                     back: int = LOOKBACK) -> list[tuple[Found, Speaker]]:
    """Earlier quotations (already resolved) with a person speaker; with
    ``bodies``, those spoken by a body instead."""
    out = []
    for q in ctx.quotes_ending_in(pos - back, pos):
        s = ctx.resolved.get((q.start, q.end))
        if s and s.name and (not is_person(ctx, s)) == bodies:
            out.append((q, s))
    return out


def is_person(ctx: Context, s: Speaker) -> bool:
    """A speaker that is a person, not a body ("зарубежные СМИ", "МИД России")."""
    if s.rule in ("body", "document", "source") or not s.name[:1].isupper():
        return False
    return not any(r.type == ORG and r.name == s.name for r in ctx.people)


# ---- the rules ---------------------------------------------------------------

def relayed(ctx: Context, cue: Token) -> bool:
    """A speech noun brought by a relay verb: "приводит агентство заявление политика"."""
    before = tokens(ctx.text, max(0, cue.start - 60), cue.start)[-RELAY_SPAN:]
    return is_speech_noun(cue) and any(has_lemma(t.text, load_set("relays")) for t in before)


def according(cue: Token | None, win: list[Token], ctx: Context) -> bool:
    """"По словам пенсионера, …": a person noun right after "словам"/"мнению"
    is the speaker, in the genitive."""
    return cue is not None and is_speech_noun(cue) and win[:1] == after_cue(ctx, cue) \
        and ctx.text[max(0, cue.start - 3):cue.start].lower().strip() == "по"


def after_cue(ctx: Context, cue: Token) -> list[Token]:
    """The word right after the cue, as a one-token list."""
    return tokens(ctx.text, cue.end, cue.end + 40)[:1]


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


def search_windows(ctx: Context, q: Found) -> list[list[Token]]:
    """The windows for ``q``: the cue's clauses, then the rest of the attribution."""
    if not q.attribution:
        return []
    cue = cue_of(ctx, q)
    if not cue:
        return [tokens(ctx.text, *q.attribution)]
    rest = [t for t in tokens(ctx.text, q.attribution[0], cue.start) if not ctx.inside_quote(t.start)]
    return windows(ctx, q, cue) + [rest[::-1]]


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


# Dependents that open a clause of their own: "директор, который ранее …".
CLAUSE_RELS = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct"})


def subject_words(ctx: Context, q: Found, cue: Token) -> tuple[list[Token], list[Token]] | None:
    """(name phrase, clause-bounded subtree) of the speech verb's grammatical
    subject, from the dependency parse; for "цитирует агентство X", of its
    object. None when the parse gives the verb no subject outside quotes."""
    sent = ctx.parsed().sentence_at(cue.start)
    if sent is None or sent.end - sent.start > PARSE_CHARS:
        return None           # a run-on "sentence" of a whole page: no parse, the windows decide
    parse = ctx.parsed().parse_at(cue.start)
    verb = parse.at(cue.start) if parse else None
    if verb is None:
        return None
    quoting = has_lemma(cue.text, load_set("relays"))
    head = (parse.object(verb) if quoting else None) or parse.subject(verb)
    if head is None and verb.rel == "xcomp" and parse.head(verb):
        head = parse.subject(parse.head(verb))     # "протестующие начали скандировать"
    if head is None or ctx.inside_quote(head.start):
        return None
    keep, todo = [head], [head]
    while todo:
        for w in parse.dependents(todo.pop(), None):
            if w.rel not in CLAUSE_RELS:
                keep.append(w)
                todo.append(w)
    as_tokens = lambda ws: [Token(w.start, w.stop, w.text) for w in sorted(ws, key=lambda w: w.index)
                            if w.text[:1].isalnum() and not ctx.inside_quote(w.start)]
    return as_tokens(parse.phrase(head)), as_tokens(keep)


def last_name(ctx: Context, clause: list[Token]) -> Speaker | None:
    """The last person named in full in the subject's words, each word possibly
    nominative: "соседка семьи, уроженка Ингушетии Зарема Евлоева" (the
    name hangs off an apposition); "помощник Владимира Путина" names no one."""
    for t in reversed(clause):
        found = by_name(ctx, [t], True)
        if found and found.mention and len(found.mention.split()) > 1 \
                and all(maybe_nominative(w) for w in found.mention.split()):
            return found
    return None


def maybe_nominative(word: str) -> bool:
    """A reading in the nominative, or a word pymorphy does not know."""
    return any(f.tag.case == "nomn" or not known(f.word) for f in forms(word))


def name_run(phrase: list[Token], clause: list[Token]) -> list[Token]:
    """The capitalised words right after the subject's head noun: "экономист
    Александр Дудчак" (a name the parser hung under the noun another way);
    two words at least, the first one possibly nominative ("пресс-секретарь
    Владимира Путина" is no run)."""
    if not phrase:
        return []
    after = [t for t in clause if t.start > phrase[0].start]
    run = []
    for t in after:
        if not t.text[:1].isupper():
            break
        run.append(t)
    nominative = run and any(f.tag.case == "nomn" for f in forms(run[0].text))
    return run if len(run) > 1 and nominative else []


def crowd(phrase: list[Token]) -> Speaker | None:
    """A participle standing for people, in the plural: "протестующие",
    "собравшиеся" are a group speaker as named."""
    if len(phrase) != 1:
        return None
    form = forms(phrase[0].text)[0]
    if form.tag.POS == "PRTF" and form.tag.number == "plur" and form.tag.case == "nomn":
        t = phrase[0]
        return Speaker(t.text.lower(), t.text, t.start, t.end, None, "group")
    return None


def as_subject(s: Speaker | None) -> Speaker | None:
    """A name the parse says is the subject is written in the nominative:
    where the referent's surname was normalised off it ("Чобану" read as a
    genitive of "Чобан"), the surname as written is kept.

    >>> as_subject(Speaker("Виктор Чобан", "Виктор Чобану", 0, 13)).name
    'Виктор Чобану'
    >>> as_subject(Speaker("Дмитрий Песков", "Песков", 0, 6)).name
    'Дмитрий Песков'
    """
    if not s or not s.mention or not s.name:
        return s
    written, named = s.mention.split()[-1], s.name.split()[-1]
    if written != named and written[:1].isupper() and written.startswith(named):
        return replace(s, name=" ".join(s.name.split()[:-1] + [written]))
    return s


# An unnamed source ("— сообщил источник RT"): the sieve stops, the speaker is null.
ANONYMOUS = Speaker(None, None, None, None, None, "anonymous")


def rule_subject(ctx: Context, q: Found) -> Speaker | None:
    """The subject of the speech verb, read off the dependency parse:
    "— подвёл итоги социолог Виктор Чобану" -> its name phrase (in any case:
    the parse, not the ending, says it is the subject), else a nominative
    name in it, a role or person noun, a pronoun, a body."""
    cue = cue_of(ctx, q)
    if not cue or is_speech_noun(cue):
        return None
    found = subject_words(ctx, q, cue)
    if not found:
        return None
    phrase, clause = found
    if phrase and has_lemma(phrase[0].text, load_set("anonymous")):
        return ANONYMOUS
    female = cue_female(cue)
    quoting = has_lemma(cue.text, load_set("relays"))
    keep = (lambda s: s) if quoting else as_subject
    near = windows(ctx, q, cue)[0]      # the parse may hang a long subject's name elsewhere
    speaker = (keep(by_name(ctx, phrase, True)) or by_name(ctx, name_run(phrase, clause), True)
               or by_name(ctx, clause, False) or keep(last_name(ctx, clause))
               or by_name(ctx, near, False) or keep(last_name(ctx, near))
               or by_role(ctx, clause, q.start, female, True, True, animate=True)
               or by_pronoun(ctx, phrase, q, female) or by_body(ctx, clause, q.start)
               or crowd(phrase))
    return replace(speaker, rule=f"subject:{speaker.rule}") if speaker else None


def rule_apposition(ctx: Context, q: Found) -> Speaker | None:
    """"«…», — рассказывает соседка семьи, уроженка Ингушетии Зарема Евлоева":
    a full name closing the attribution after the quote, past the commas of
    its appositions (the parse gave the verb no subject)."""
    cue = cue_of(ctx, q)
    if not cue or q.attribution[0] < q.end or is_speech_noun(cue) \
            or by_name(ctx, windows(ctx, q, cue)[0], False):
        return None         # a name right at the cue is the subject: the next step reads it
    words = [t for t in tokens(ctx.text, cue.end, q.attribution[1]) if not ctx.inside_quote(t.start)]
    found = as_subject(last_name(ctx, words))
    return replace(found, rule="apposition") if found else None


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


def noun_phrase(ctx: Context, ws: list[Token]) -> list[Token]:
    """The words up to a verb or a relay ("… Минэнерго | ознакомился RT",
    "посольства | в Twitter")."""
    for i, t in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if forms(t.text)[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND") or is_relay(ctx, t) \
                or (forms(t.text)[0].tag.POS == "PREP" and nxt and is_relay(ctx, nxt)):
            return ws[:i]
    return ws


def rule_document_named(ctx: Context, q: Found) -> Speaker | None:
    """"— говорится в отчёте центра": the body in the genitive after the noun."""
    work = work_noun(ctx, q)
    return genitive_body(ctx, work.end, work.end + 200) if work else None


def rule_source(ctx: Context, q: Found) -> Speaker | None:
    """"— говорится в сообщении": the body an earlier sentence says reported it
    ("Как сообщает пресс-служба правительства, …", "сообщается на сайте …")."""
    cue = cue_of(ctx, q)
    if not cue or not any(is_speech_noun(t) for w in windows(ctx, q, cue) for t in w + [cue]):
        return None
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
    name = last_body(ctx, q.start)
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


def rule_ellipsis(ctx: Context, q: Found) -> Speaker | None:
    """"И добавил: «…»": a finite speech verb with no subject of its own."""
    cue = cue_of(ctx, q)
    if not cue or not is_finite(cue.text) or any(has_nominative(w) for w in windows(ctx, q, cue)):
        return None
    name = latest_subject(ctx, min(q.start, cue.start), female=cue_female(cue), ahead=cue.end)
    return Speaker(name[0], None, None, None, name[1], "ellipsis") if name else None


def is_finite(word: str) -> bool:
    """A past-tense verb, whose subject may be left out: "И добавил: «…»"."""
    return any(f.tag.POS == "VERB" and f.tag.tense == "past" and f.tag.number == "sing"
               for f in forms(word)[:1])


def has_nominative(win: list[Token]) -> bool:
    return any(f.tag.case == "nomn" and f.tag.POS in ("NOUN", "NPRO")
               for t in win for f in forms(t.text)[:1])


def rule_interview(ctx: Context, q: Found) -> Speaker | None:
    """A dash answer: the interviewee the lead names: "взял интервью у X" ->
    X (not the journalist who took it), else the person nearest "интервью"."""
    if q.kind != INTERVIEW or ctx.text[q.start:q.end].rstrip().endswith("?"):
        return None
    for m in reversed(list(re.finditer(r"интервью", ctx.text[max(0, q.start - LOOKBACK):q.start], re.I))):
        at = max(0, q.start - LOOKBACK) + m.start()
        if ctx.unread(at):
            continue
        given = re.match(r"\s+у\s+", ctx.text[at + len(m.group()):at + len(m.group()) + 5])
        if given:                       # "взял интервью у посла Ивана Петрова"
            after = tokens(ctx.text, at + len(m.group()) + given.end(), at + 200)[:6]
            found = by_name(ctx, after, True)
            if found:
                return Speaker(found.name, m.group(), at, at + len(m.group()), found.role, "interview")
        hit = ctx.names().nearest(at)
        if hit:
            return Speaker(hit.name, m.group(), at, at + len(m.group()), hit.role, "interview")
    return None


INTERVIEW_LEAD = re.compile(r"интервью|беседе с|беседы с", re.I)


def rule_question(ctx: Context, q: Found) -> Speaker | None:
    """An interviewer's question: the outlet the lead names after "интервью"
    or "в беседе с" ("в интервью газете «Заря»", "рассказал в интервью RT")."""
    if q.kind != QUESTION:
        return None
    for m in reversed(list(INTERVIEW_LEAD.finditer(ctx.text, max(0, q.start - LOOKBACK), q.start))):
        if ctx.unread(m.start()):
            continue
        outlet = outlet_after(ctx, m.end())
        if outlet:
            return outlet
    return None


def outlet_after(ctx: Context, pos: int) -> Speaker | None:
    """A named outlet within RELAY_SPAN words after ``pos``: a title in
    quotation marks, an ORG, or a Latin name."""
    words = tokens(ctx.text, pos, pos + 80)[:RELAY_SPAN + 2]
    for t in words:
        if ctx.text[t.start - 1:t.start] in "«\"" and t.start > 0:
            close = re.compile(r"[»\"]").search(ctx.text, t.start)
            if close and close.start() - t.start < 60:
                name = ctx.text[t.start:close.start()]
                return Speaker(name, name, t.start, close.start(), None, "question")
    for t in words[:RELAY_SPAN]:
        if is_org(ctx, t) or re.fullmatch(r"[A-Z][\w.-]*", t.text):
            name = org_name(ctx, t) if is_org(ctx, t) else t.text
            return Speaker(name, t.text, t.start, t.end, None, "question")
    return None


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
    ctx.resolved[key] = speaker
    return speaker


def resolve_all(ctx: Context) -> list[Speaker | None]:
    """Speakers of every quotation, resolved in one pass in text order."""
    return [resolve(ctx, q) for q in sorted(ctx.quotes(), key=lambda q: (q.start, q.end))]
