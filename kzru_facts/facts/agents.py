"""Who makes the trip a trip word names, read off the dependency parse.

    verb    its subject ("Токаев прибыл"), the name parts of a role subject
            ("Глава Казахстана Касым-Жомарт Токаев"), a vehicle's owner
            ("самолёт министра Иванова"), a pronoun's antecedent of the right
            gender ("он", "тот"), the person before "который", the person
            invited ("пригласил Петрова посетить"); the subject of the verb
            it is coordinated or subordinated to
    noun    its genitive ("визит Токаева", "визит президента Казахстана"),
            else the subject of the clause the noun frames ("в ходе визита
            ... Назарбаев выступит", "своего визита", "с визитом",
            "совершил визит"); none when the noun is only talked about
            ("обсудили визит", "визит ожидается")

A subject that names nobody who travels ("тот же самолёт", "подопечные
тренера") gives no visitor.
"""
from __future__ import annotations

from ..analysis.lemma import forms, lemmas
from ..analysis.syntax import SUBJECT, Word
from ..data import load_set
from ..record import Referent
from .frames import CLAUSE_RELS, PRONOUNS, RELATIVE, Site, case_word, clause_head, noun_phrase

FRAME_NOUNS = {"ход", "время", "рамка"}          # "в ходе визита", "в рамках визита"
POSSESSIVE = {"свой"}                            # "своего визита в Киев": the subject's
FEMININE = {"она", "та"}


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
    since = max(before.start if before else start, quote_start(site.doc.text, pronoun.start))
    found = site.people.last_person_before(pronoun.start, since)
    if found and (pronoun.text.lower() in FEMININE) != feminine(found.name):
        return None
    return found


def quote_start(text: str, offset: int) -> int:
    """Where the «…» that holds ``offset`` opens on its line, else 0: a
    pronoun in quoted words ("«…на котором он летел в Канаду», — рассказал
    Иванов") does not stand for someone named outside them, least of all
    for their speaker."""
    line = text.rfind("\n", 0, offset) + 1
    depth, opened = 0, 0
    for i in range(line, offset):
        if text[i] == "«":
            depth, opened = depth + 1, (i if depth == 0 else opened)
        elif text[i] == "»" and depth:
            depth -= 1
    return opened if depth else 0


def feminine(name: str) -> bool:
    """True when a person's name reads as a woman's ("Анна Сидорова")."""
    return any(f.feats.get("Gender") == "Fem" and "Name" in str(f.tag)
               for f in forms(name.split()[0])) if name.split() else False

def nearest_subject(site: Site, verb: Word, relative: bool = False) -> Referent | None:
    """When the parse gives no subject: a nominative person right before the
    verb in its clause ("Петров находился в США"); for "который", the
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
