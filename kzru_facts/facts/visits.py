"""Visits of a person to a place, and explicit counts of visits, read as
event frames off the dependency parse.

A trip word (data/visit_words.txt) anchors each frame; the parse of its
sentence gives

    who    a verb's subject ("Токаев прибыл в Москву"), a pronoun's or a
           "который"'s antecedent, the person invited ("пригласил Петрова
           посетить"); a noun's genitive ("визит Токаева в Россию"), else the
           subject of the clause the noun sits in ("в ходе визита в США
           Назарбаев выступит", "перед своим визитом в Брюссель Додон ...")
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
from ..analysis.lemma import forms, lemmas
from ..analysis.syntax import SUBJECT, Parse, Word
from ..const import DONE, LOC, ONGOING, PLANNED
from ..data import load_set, read_lines
from ..record import DateRef, Referent, Visit, VisitCount
from .frames import (CLAUSE_RELS, PRONOUNS, RELATIVE, Mentions, case_word, clause, clause_head, negated,
                     noun_phrase, verb_feats)
from .numbers import parse_number, parse_words

TO = {"в", "во", "на"}
HOST_NOUNS = {"республика", "страна"}          # "посетить республику": named elsewhere, or nobody
HOST = "\x00host"                              # a destination still to be named (resolve_hosts)
MODIFIERS = frozenset({"amod", "det", "nmod"})  # "в соседнюю страну" is another country
OBJECT_VERBS = {"посетить", "посещать"}          # "посетит Казахстан": no preposition
ARRIVAL = {"прибыть", "приехать", "прилететь"}   # news of an arrival: the published month
FRAME_NOUNS = {"ход", "время", "рамка"}          # "в ходе визита", "в рамках визита"
POSSESSIVE = {"свой"}                            # "своего визита в Киев": the subject's
FEMININE = {"она", "та"}
FINITE = {"Past": DONE, "Pres": ONGOING, "Fut": PLANNED}
PLACE_WINDOW = 6                                 # words from "в" to its place, read linearly
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d$")        # a page's machine date, not prose


@dataclass(frozen=True)
class Site:
    """One trigger word with its parse and the article around it."""
    doc: Doc
    parse: Parse
    word: Word
    people: Mentions


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


def is_trip_noun(word: Word) -> bool:
    return bool(lemmas(word.text) & load_set("visit_nouns"))


def subject_person(site: Site, verb: Word, depth: int = 0) -> Referent | None:
    """The person who does what the verb says; None for a thing ("самолёт")."""
    p = site.parse
    subjects = sorted(p.dependents(verb, SUBJECT), key=lambda w: abs(w.index - verb.index))
    named = [w for w in subjects if subject_named(site, w)]
    subj = (named or subjects or [None])[0]          # "Марат, ... побывал Путин": the nearer
    if subj is not None:
        low = subj.text.lower()
        if lemmas(low) & RELATIVE:                                 # "Путин, который находится"
            if verb.head is not None and verb.rel == "acl:relcl":
                return site.people.person_in(noun_phrase(p, p.words[verb.head]))
            return nearest_subject(site, subj, relative=True)
        if low in PRONOUNS:
            return antecedent(site, subj)
        return subject_named(site, subj)
    if depth > 3:
        return nearest_subject(site, verb)
    if verb.head is None:                  # "..., а в настоящее время находится в Венгрии"
        earlier = [w for w in p.words if w.head is None and w.index < verb.index]
        return nearest_subject(site, verb) or (
            subject_person(site, earlier[-1], depth + 1) if earlier else None)
    head = p.words[verb.head]
    if verb.rel == "xcomp":                                        # "пригласил Петрова посетить"
        obj = p.object(head)
        invited = site.people.person_in(noun_phrase(p, obj)) if obj is not None else None
        return invited or subject_person(site, head, depth + 1)
    if verb.rel in ("conj", "advcl"):
        return subject_person(site, head, depth + 1)
    if verb.rel == "acl:relcl":                                    # "в США, откуда уехал"
        return subject_person(site, clause_head(p, head), depth + 1)
    return nearest_subject(site, verb)


def subject_named(site: Site, subj: Word) -> Referent | None:
    """The person a subject names: itself or its name parts ("Глава Казахстана
    Касым-Жомарт Токаев", "соперница Петровой Анна Сидорова" is Сидорова),
    the owner of a vehicle ("самолёт министра Иванова"), or the one person
    whose role it gives ("президент Казахстана"); "подопечные тренера
    Иванова" and "тот же самолёт" name nobody who travels."""
    p, people = site.parse, site.people
    found = people.person_in(p.phrase(subj))
    if found:
        return found
    if lemmas(subj.text) & load_set("visit_vehicles"):
        return people.person_in(noun_phrase(p, subj))
    return people.role(noun_phrase(p, subj))


def antecedent(site: Site, pronoun: Word) -> Referent | None:
    """"он приехал": the person named last before, in this or the previous
    sentence, when the pronoun's gender fits ("она" is no man)."""
    here = site.doc.sentence_at(pronoun.start)
    start = here.start if here else pronoun.start
    before = site.doc.sentence_at(max(0, start - 2))
    found = site.people.last_person_before(pronoun.start, before.start if before else start)
    if found and (pronoun.text.lower() in FEMININE) != feminine(found.name):
        return None
    return found


def feminine(name: str) -> bool:
    """True when a person's name reads as a woman's ("Анна Сидорова")."""
    return any(f.feats.get("Gender") == "Fem" and "Name" in str(f.tag)
               for f in forms(name.split()[0])) if name.split() else False


def nearest_subject(site: Site, verb: Word, relative: bool = False) -> Referent | None:
    """When the parse gives no subject: a nominative person right before the
    verb in its clause ("Саакашвили находился в США"); for "который", the
    person before its comma ("Путин, который находится")."""
    words = [w for w in site.parse.words if w.stop <= verb.start]
    for w in reversed(words[-4:]):
        if w.text in {",", "—", "–", ":", "(", ")", "«", "»"}:
            if relative and w.text == ",":
                continue
            return None
        person = site.people.person(w)
        if person:
            return person if relative or nominative_mention(site, w) else None
    return None


def nominative_mention(site: Site, word: Word) -> bool:
    """True when the person's mention at the word is written in the nominative."""
    for m in (m for r in site.doc.people for m in r.mentions if m.start <= word.start < m.end):
        return (m.normal or m.text).lower() == m.text.lower()
    return True


def noun_visitor(site: Site, noun: Word) -> Referent | None:
    """A trip noun's visitor: its genitive ("визит Токаева"), else the subject
    of its clause when the noun frames it ("в ходе визита", "с визитом",
    "совершил визит", "своего визита")."""
    p = site.parse
    for dep in p.dependents(noun, frozenset({"nmod"})):
        if case_word(p, dep) is None:
            found = site.people.person_in(noun_phrase(p, dep))
            if found:
                return found
    head = clause_verb(site, noun)
    if head is None:
        return None
    found = subject_person(site, head)
    obj = site.parse.object(head)
    if not found and case_word(p, noun) == "с" and obj is not None:   # "с визитом ждут президента"
        found = site.people.person_in(noun_phrase(p, obj))
    return found


def clause_verb(site: Site, noun: Word) -> Word | None:
    """The verb whose subject makes the trip a noun names, or None when the noun
    is only talked about ("обсудили визит", "визит ожидается")."""
    p = site.parse
    own = any(lemmas(d.text) & POSSESSIVE for d in p.dependents(noun))
    light = load_set("visit_light_verbs")
    cur = noun
    if own:                                          # "своей поездки": the clause's subject
        head = clause_head(p, noun)
        return None if head is noun else head
    while cur.rel not in CLAUSE_RELS \
            and cur.head is not None:
        head = p.words[cur.head]
        ok = (cur.rel == "obl" or cur.rel in ("fixed", "flat")
              or (cur.rel == "obj" and (own or lemmas(head.text) & light))
              or (cur.rel == "nmod" and lemmas(head.text) & FRAME_NOUNS))
        if not ok:
            return None
        cur = head
    return None if cur is noun else cur


def visitor_of(site: Site) -> Referent | None:
    if is_trip_noun(site.word):
        return noun_visitor(site, site.word)
    return subject_person(site, site.word)


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


def when_of(site: Site, dates: list[DateRef], status: str, published: str | None) -> str | None:
    """The date nearest the trip word inside its clause; for news of an arrival
    or a stay, the published date."""
    words = clause(site.parse, clause_head(site.parse, site.word))
    spans = [(w.start, w.stop) for w in words]
    inside = [d for d in dates if d.value and not TIMESTAMP.match(d.text)
              and any(s <= d.start < e for s, e in spans)]
    if inside:
        return min(inside, key=lambda d: abs(d.start - site.word.start)).value
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


def trigger_sites(doc: Doc, words: frozenset[str], wanted=None):
    """A Site for every token whose lemma is among the words; the sentence is
    parsed only when ``wanted(doc, token, people)`` holds (speed: the parser
    is the slowest stage, and most trip words come without a place)."""
    people = Mentions.of(doc.people)
    for t in doc.tokens:
        if t.text[:1].isalpha() and lemmas(t.text) & words and (wanted is None or wanted(doc, t, people)):
            parse = doc.parse_at(t.start)
            word = parse.at(t.start) if parse else None
            if word is not None:
                yield Site(doc, parse, word, people)


def place_near(doc: Doc, token, people: Mentions) -> bool:
    """True when the trip word's sentence names a place (or a "республика"):
    no place, no visit."""
    sent = doc.sentence_at(token.start)
    return sent is not None and (people.any_in(sent.start, sent.end, LOC) or any(
        lemmas(t.text) & HOST_NOUNS for t in doc.tokens_in(sent.start, sent.end)))


def counted(doc: Doc, token, people: Mentions) -> bool:
    """True when a number stands right before the word: "33 визита"."""
    return number_before(doc, token) is not None


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


def count_at(site: Site, number: float, first: Word) -> VisitCount | None:
    """"совершил 33 визита в Казахстан" with the visitor of the visit noun."""
    visitor = noun_visitor(site, site.word)
    if not visitor:
        return None
    dest = [d for d in destinations(site) if d != HOST]
    text = site.doc.text[first.start:site.word.stop]
    return VisitCount(visitor.name, dest[0] if dest else None, int(number), text,
                      first.start, site.word.stop)


def number_before(doc: Doc, word) -> tuple[float, Word] | None:
    """The cardinal written right before a word: "33 визита", "тридцать три визита";
    a token like "300-летию" is no number."""
    toks = [t for t in doc.tokens_in(max(0, word.start - 60), word.start)]
    run: list = []
    for t in reversed(toks):
        if parse_number(t.text) is None:
            break
        run.insert(0, t)
    if not run or "\n" in doc.text[run[-1].stop:word.start]:
        return None                       # "... 5" ending a line before a heading
    value = parse_number(run[-1].text) if len(run) == 1 else parse_words([t.text for t in run])
    if value is None or value != int(value) or value <= 0:
        return None
    return value, Word(run[0].start, run[0].stop, run[0].text, -1, None, "")


def find_visit_counts(doc: Doc) -> list[VisitCount]:
    """Explicit counts of visits: "совершил 33 визита в Казахстан"."""
    out: list[VisitCount] = []
    for site in trigger_sites(doc, load_set("visit_count_nouns"), counted):
        found = number_before(doc, site.word)
        if found:
            count = count_at(site, *found)
            out += [count] if count else []
    return merge_counts(out)


def merge_counts(counts: list[VisitCount]) -> list[VisitCount]:
    """One count per visitor and number: a lead that says "совершил 33 визита в
    Казахстан" and a later "в нашу страну – 33 визита" are the same fact; the
    one that names its destination is kept."""
    best: dict[tuple, VisitCount] = {}
    for c in counts:
        key = (c.visitor, c.count)
        if key not in best or (c.destination and not best[key].destination):
            best[key] = c
    return sorted(best.values(), key=lambda c: c.start)
