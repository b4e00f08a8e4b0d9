"""Visits of a person to a place, read as event frames off the dependency
parse (visit counts: visit_counts.py; the visitor: agents.py).

A trip word (data/visit_words.txt) anchors each frame; the parse of its
sentence gives

    who    a verb's subject ("Токаев прибыл в Москву"), a pronoun's or a
           "который"'s antecedent, the person invited ("пригласил Петрова
           посетить"); a noun's genitive ("визит Токаева в Россию"), else the
           subject of the clause the noun sits in ("в ходе визита в США
           Назарбаев выступит", "перед своим визитом в Брюссель Иванов ...")
    where  a place in a "в/во/на" phrase (or the object of "посетить") that
           hangs on the trip word, or on the visit noun of "прибыл с визитом в"
    when   the date nearest the word inside its clause
    status planned / ongoing / done from tense, mood and plan words; a
           negated ("не приедет") or cancelled ("отменил визит") trip is none

The visitor must be a person: "самолёт прибыл в Париж" is no visit. One
visit per visitor, destination and date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis.doc import Doc
from ..analysis.lemma import lemmas
from ..analysis.syntax import Word
from ..const import DONE, LOC, ONGOING, PLANNED
from ..data import load_set, read_lines
from ..record import DateRef, Referent, Visit
from .agents import clause_verb, is_trip_noun, visitor_of
from .frames import Mentions, Site, case_word, clause, clause_head, negated, trigger_sites, verb_feats

TO = {"в", "во", "на"}
HOST_NOUNS = frozenset({"республика", "страна"})         # "посетить республику": named elsewhere, or nobody
HOST = "\x00host"                              # a destination still to be named (resolve_hosts)
MODIFIERS = frozenset({"amod", "det", "nmod"})  # "в соседнюю страну" is another country
OBJECT_VERBS = {"посетить", "посещать"}          # "посетит Казахстан": no preposition
ARRIVAL = {"прибыть", "приехать", "прилететь"}   # news of an arrival: the published month
FINITE = {"Past": DONE, "Pres": ONGOING, "Fut": PLANNED}
PLACE_WINDOW = 6                                 # words from "в" to its place, read linearly
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d$")        # a page's machine date, not prose


def stays_only_now(site: Site) -> bool:
    """"находится в Венгрии" is a visit only in the present tense, and not
    in a state ("находится под следствием", "на лечении")."""
    word = site.word
    if not lemmas(word.text) & load_set("visit_stay_words"):
        return True
    states = load_set("visit_stay_states")
    obls = site.parse.dependents(word, frozenset({"obl", "nmod"}))
    if any(case_word(site.parse, d) == "под" or lemmas(d.text) & states for d in obls):
        return False
    return verb_feats(word.text).get("Tense") == "Pres"

def place_phrases(site: Site) -> list[Word]:
    """The words that may name the destination: "в/на" phrases on the trip word,
    on its visit noun ("прибыл с визитом в США") or on its verb ("с визитом в")."""
    p, w = site.parse, site.word
    around = [w]
    if is_trip_noun(w):
        verb = clause_verb(site, w)
        light = verb is not None and w.rel == "obj" and lemmas(verb.text) & load_set("visit_light_verbs")
        if verb is not None and (case_word(p, w) == "с" or light):     # "совершил визит в Москву"
            around.append(verb)
    else:
        around += [d for d in p.dependents(w, frozenset({"obl"})) if is_trip_noun(d)]
    direct = bool(lemmas(w.text) & OBJECT_VERBS)
    out = []
    for head in around:
        for d in p.dependents(head, frozenset({"obl", "nmod", "obj"})):
            if case_word(p, d) in TO or (direct and d.rel == "obj" and head is w):
                out.append(d)
                out += [c for c in p.dependents(d, frozenset({"conj"}))   # "в Исламабаде и Кабуле"
                        if case_word(p, c) in TO | {None}]
    return out

def destinations(site: Site) -> list[str]:
    """The places the trip goes to, each as the reader names it (РФ -> Россия)."""
    names = Names.load()
    phrases = place_phrases(site)
    found = [place_of(site, d) for d in phrases]
    if not any(found) and is_trip_noun(site.word):
        found = [place_next(site)]
    out = list(dict.fromkeys(names(r.name) for r in found if r))
    bare = [d for d in phrases if lemmas(d.text) & HOST_NOUNS and not site.parse.dependents(d, MODIFIERS)]
    return out or ([HOST] if bare else [])

def resolve_hosts(visits: list[Visit]) -> list[Visit]:
    """"визит Путина в республику в 2026 году" beside "визит Путина в
    Казахстан": a bare "республика"/"страна" is the one place the same
    visitor's other visits name; with none or several, no visit."""
    named: dict[str, set[str]] = {}
    for v in visits:
        if v.destination != HOST:
            named.setdefault(v.visitor, set()).add(v.destination)
    out = []
    for v in visits:
        places = named.get(v.visitor, set())
        if v.destination != HOST:
            out.append(v)
        elif len(places) == 1:
            out.append(Visit(v.visitor, next(iter(places)), v.when, v.status, v.text, v.start, v.end))
    return out

def place_of(site: Site, phrase: Word) -> Referent | None:
    """The place a "в/на" phrase names: its head word ("в итальянский
    Пезаро", "в Южную Корею"), or the place a generic noun stands for ("в
    столицу Казахстана", "в районы Донбасса"); not a place deeper inside
    ("на матч Кубка России", "на подиум этапа в Китае")."""
    p, people = site.parse, site.people
    found = people.place_in(p.phrase(phrase))
    if found or not lemmas(phrase.text) & load_set("visit_place_nouns"):
        return found
    return next((people.place_in(p.phrase(d)) for d in p.dependents(phrase, frozenset({"nmod"}))
                 if people.place_in(p.phrase(d))), None)

def place_next(site: Site) -> Referent | None:
    """Where the parse lost a noun's "в" phrase: "поездки Турчинова в занятые
    ВСУ районы Донбасса" read in text order, past the visitor's name, up to
    the first punctuation."""
    after = [w for w in site.parse.words if w.index > site.word.index]
    while after and site.people.person(after[0]):
        after = after[1:]
    if not after or after[0].text.lower() not in TO:
        return None
    for w in after[1:PLACE_WINDOW]:
        if not w.text[:1].isalnum():
            return None
        found = site.people.at(w.start, LOC)
        if found:
            return found
    return None

def cancelled(site: Site) -> bool:
    """"не приедет", "отменил свой визит", "визит не состоялся"."""
    p = site.parse
    head = clause_head(p, site.word)
    return (negated(p, site.word) or negated(p, head)
            or bool(lemmas(head.text) & load_set("visit_cancel_words")))

def status_of(site: Site) -> str:
    """planned / ongoing / done: a trip verb's own tense ("прибыл", "посетит");
    for an infinitive or a noun, plan words on it or on its clause's verb
    ("намерен посетить", "предстоящий визит", "визит ожидается"), else
    that verb's tense."""
    p, w = site.parse, site.word
    feats = verb_feats(w.text) if not is_trip_noun(w) else {}
    if feats.get("Tense") in FINITE and feats.get("VerbForm") == "Fin":
        return FINITE[feats["Tense"]]
    plan = load_set("visit_plan_words")
    head = clause_head(p, w)
    if head is w and w.head is not None:
        head = p.words[w.head]                 # "намерен посетить": the verb above
    near = p.dependents(w) + [head] + p.dependents(head, frozenset({"aux", "aux:pass", "xcomp"}))
    if any(lemmas(x.text) & plan for x in near):
        return PLANNED
    tense = verb_feats(head.text).get("Tense")
    if feats.get("VerbForm") == "Inf" and tense != "Past":
        return PLANNED
    return FINITE.get(tense, DONE)

# Words that join the two ends of a date range: «с 16 по 18 января», «16—18 января».
RANGE_JOINS = frozenset({"по", "до", "—", "–", "-"})


def range_start(text: str, date: DateRef, dates: list[DateRef]) -> DateRef:
    """The first end of the range ``date`` closes («с 16 по 18 января» -> 16), else ``date``:
    a trip over several days is dated by the day it began."""
    for prev in dates:
        if prev.end <= date.start and text[prev.end:date.start].strip().lower() in RANGE_JOINS:
            return prev
    return date


def when_of(site: Site, dates: list[DateRef], status: str, published: str | None) -> str | None:
    """The date nearest the trip word inside its clause; for news of an arrival
    or a stay, the published date."""
    words = clause(site.parse, clause_head(site.parse, site.word))
    spans = [(w.start, w.stop) for w in words]
    inside = [d for d in dates if d.value and not TIMESTAMP.match(d.text)
              and any(s <= d.start < e for s, e in spans)]
    if inside:
        nearest = min(inside, key=lambda d: abs(d.start - site.word.start))
        return range_start(site.doc.text, nearest, inside).value
    if published and status == ONGOING and not is_trip_noun(site.word):   # "находится сейчас в"
        return published
    if published and lemmas(site.word.text) & ARRIVAL and status == DONE:
        return published[:7]
    if published and case_word(site.parse, site.word) == "накануне":   # "накануне визита": next days
        return published[:7]
    return None

@dataclass(frozen=True)
class Names:
    """Destination names a reader would give: РФ -> Россия."""
    table: dict[str, str]

    @classmethod
    def load(cls) -> "Names":
        return cls(dict(line.split(maxsplit=1) for line in read_lines("place_abbreviations")))

    def __call__(self, name: str) -> str:
        return self.table.get(name, name)

def person_name(visitor: Referent) -> str:
    """The visitor's name without a trip word the tagger took in: "Госвизит Токаев"."""
    words = visitor.name.split()
    while len(words) > 1 and lemmas(words[0]) & load_set("visit_nouns"):
        words = words[1:]
    return " ".join(words)

def visits_at(site: Site, dates: list[DateRef], published: str | None) -> list[Visit]:
    """The visits one trip word speaks of (one per destination)."""
    if not stays_only_now(site) or cancelled(site):
        return []
    visitor = visitor_of(site)
    places = destinations(site) if visitor else []
    if not places:
        return []
    status = status_of(site)
    when = when_of(site, dates, status, published)
    w = site.word
    return [Visit(person_name(visitor), place, when, status, w.text, w.start, w.stop)
            for place in places]

def merge(visits: list[Visit]) -> list[Visit]:
    """One visit per visitor, destination and date; an undated mention of a
    trip that is dated elsewhere in the article adds nothing."""
    groups: dict[tuple[str, str], list[Visit]] = {}
    for v in visits:
        groups.setdefault((v.visitor.lower(), (v.destination or "").lower()), []).append(v)
    out = []
    for group in groups.values():
        dated = {v.when: v for v in reversed(group) if v.when}
        dated = {w: v for w, v in dated.items()          # "2018-01" beside "2018-01-16"
                 if not any(o != w and o.startswith(w) for o in dated)}
        out += list(dated.values()) or [group[0]]
    return sorted(out, key=lambda v: v.start)

def place_near(doc: Doc, token, people: Mentions) -> bool:
    """True when the trip word's sentence names a place (or a "республика"):
    no place, no visit."""
    sent = doc.sentence_at(token.start)
    return sent is not None and (people.any_in(sent.start, sent.end, LOC) or doc.has_lemma_in(HOST_NOUNS, sent.start, sent.end))

def find_visits(doc: Doc, dates: list[DateRef], published: str | None = None) -> list[Visit]:
    """Visits the article speaks of: who went where, when, and whether it happened.

    Args:
        doc: the analysed article (its people and places are the Doc's referents).
        dates: the article's dates (facts/dates.py), for the visit's time.
        published: the article's date, for news of an arrival.
    """
    found = []
    for site in trigger_sites(doc, load_set("visit_words") | load_set("visit_nouns"), place_near):
        found += visits_at(site, dates, published)
    return merge(resolve_hosts(found))
