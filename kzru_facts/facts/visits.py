"""Visits of a person to a place, and explicit counts of visits.

A trip word (data/visit_words.txt) anchors each visit; around it we look for

    who    a verb's subject: the nearest nominative person before it
           ("Токаев прибыл в Москву"), or after it ("побывал ... Владимир
           Путин"); a noun's genitive ("визит Токаева в Россию"); the
           person invited ("пригласил Владимира Путина посетить ...")
    where  the place after "в/во/на" or after "посетить" ("посетит
           Казахстан"), or just before the word ("в Казахстане побывал")
    when   the date nearest the word in its sentence
    status planned / ongoing / done from the verb's tense and plan words

One visit per visitor and destination; the first date found wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..const import DONE, LOC, ONGOING, PER, PLANNED
from ..data import load_set, read_lines
from ..analysis.lemma import forms, lemmas
from ..record import DateRef, Entity, Referent, Visit, VisitCount
from ..analysis.segment import Sent, find_sentences
from .numbers import Number, find_numbers

WORD = re.compile(r"[\w-]+")
CLAUSE_BREAK = re.compile(r"[,;:—–()«»\"]|\s-\s")
TO = {"в", "во", "на"}
OBJECT_VERBS = {"посетить", "посещать"}          # "посетит Казахстан": no preposition
ARRIVAL = {"прибыть", "приехать", "прилететь"}   # news of an arrival: the published month
GENERIC = {"столица"}                            # "в столицу Казахстана" -> Казахстан
PRONOUNS = {"он", "она", "тот", "та"}
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d$")         # a page's machine date, not prose
POSSESSIVE = {"свой"}                            # "своей поездки в Москву": the subject's
GENERIC_PLACES = {"республика", "страна"}        # "посетить республику": the host country
FINITE = {"Past": DONE, "Pres": ONGOING, "Fut": PLANNED}
WINDOW = 8                                       # words between a trip word and its place


@dataclass(frozen=True)
class Scene:
    """One sentence with the mentions and dates inside it."""
    sent: Sent
    words: list[re.Match]
    people: list[tuple[Entity, Referent]]
    places: list[tuple[Entity, Referent]]
    dates: list[DateRef]
    earlier: list[tuple[Entity, Referent]]   # people of the sentence before


def mentions(referents: list[Referent], etype: str, start: int, end: int):
    """(mention, referent) pairs of one type inside [start, end), in order."""
    return sorted(((m, r) for r in referents if r.type == etype for m in r.mentions
                   if start <= m.start and m.end <= end), key=lambda x: x[0].start)


def missed_surnames(text: str, referents: list[Referent], start: int, end: int):
    """Surnames of known people that the tagger left untagged here ("Токаев прибыл")."""
    known = {r.name.split()[-1].lower(): r for r in referents if r.type == PER}
    tagged = [(m.start, m.end) for r in referents for m in r.mentions]
    for w in WORD.finditer(text, start, end):
        if not w.group()[:1].isupper():
            continue
        names = lemmas(w.group()) | {w.group().lower()}
        hit = [r for k, r in known.items() if k in names]
        if hit and not any(s <= w.start() < e for s, e in tagged):
            yield Entity(PER, w.group(), hit[0].name.split()[-1], w.start(), w.end()), hit[0]


def people_in(text: str, referents: list[Referent], start: int, end: int):
    """Person mentions in a stretch, the tagger's and the recovered ones, in order."""
    found = mentions(referents, PER, start, end) + list(missed_surnames(text, referents, start, end))
    return sorted(found, key=lambda x: x[0].start)


def scenes(text: str, referents: list[Referent], dates: list[DateRef]) -> list[Scene]:
    """Every sentence as a Scene."""
    out: list[Scene] = []
    for s in find_sentences(text):
        out.append(Scene(s, list(WORD.finditer(text, s.start, s.end)),
                         people_in(text, referents, s.start, s.end),
                         mentions(referents, LOC, s.start, s.end),
                         [d for d in dates if s.start <= d.start < s.end and not TIMESTAMP.match(d.text)],
                         out[-1].people if out else []))
    return out


def tense(word: str) -> str | None:
    """Past, Pres, Fut for a finite verb, Inf for an infinitive, else None."""
    for form in forms(word.lower()):
        if form.pos in ("VERB", "AUX"):
            return form.feats.get("Tense") or form.feats.get("VerbForm")
    return None


def nominative(mention: Entity) -> bool:
    """True when the mention is written as its nominative form."""
    return (mention.normal or mention.text).lower() == mention.text.lower()


def clean_gap(text: str, start: int, end: int) -> bool:
    """True when no clause break lies between two points."""
    return start <= end and not CLAUSE_BREAK.search(text, start, end)


def words_between(scene: Scene, start: int, end: int) -> list[str]:
    return [w.group().lower() for w in scene.words if start <= w.start() and w.end() <= end]


def place_after(text: str, scene: Scene, trigger: re.Match):
    """The place the trip goes to, after the trip word; (mention, referent) or None."""
    direct = bool(lemmas(trigger.group()) & OBJECT_VERBS)
    for m, r in scene.places:
        if m.start < trigger.end():
            continue
        between = words_between(scene, trigger.end(), m.start)
        if len(between) > WINDOW or not clean_gap(text, trigger.end(), m.start):
            return None
        last = between[-1] if between else ""
        if last in TO or (direct and not between) or lemmas(last) & GENERIC:
            return m, r
    return None


def place_before(text: str, scene: Scene, trigger: re.Match):
    """"в Казахстане побывал": the place right before the trip word."""
    for m, r in reversed(scene.places):
        if m.end > trigger.start():
            continue
        before = words_between(scene, scene.sent.start, m.start)[-1:]
        between = words_between(scene, m.end, trigger.start())
        if before and before[0] in TO and len(between) <= 3 and clean_gap(text, m.end, trigger.start()):
            return m, r
        return None
    return None


def is_noun(trigger: re.Match) -> bool:
    return any(f.pos == "NOUN" for f in forms(trigger.group()))


def case_of(word: str) -> str | None:
    return next((f.feats.get("Case") for f in forms(word.lower())
                 if f.pos == "NOUN"), None)


def subject_use(scene: Scene, trigger: re.Match) -> bool:
    """A trip noun used with its subject: "с визитом", "совершил визит", "своей поездки"."""
    before = [w.group().lower() for w in scene.words if w.end() <= trigger.start()][-3:]
    light = load_set("visit_light_verbs") | POSSESSIVE
    with_s = "с" in before[-3:] and case_of(trigger.group()) == "Ins"
    return with_s or any(lemmas(w) & light for w in before)


def genitive_visitor(text: str, scene: Scene, trigger: re.Match):
    """"визит Токаева", "визит в Казахстан Президента ... Владимира Путина"."""
    for m, r in scene.people:
        if m.start < trigger.end() or nominative(m):
            continue
        gap = words_between(scene, trigger.end(), m.start)
        if len(gap) <= 6 and clean_gap(text, trigger.end(), m.start):
            return r
        return None
    return None


def pronoun_subject(scene: Scene, trigger: re.Match):
    """"Тот прибыл", "он приехал": the last person named before the pronoun."""
    before = [w for w in scene.words if w.end() <= trigger.start()][-3:]
    pron = next((w for w in reversed(before) if w.group().lower() in PRONOUNS), None)
    if not pron:
        return None
    earlier = [r for m, r in scene.earlier + scene.people if m.end <= pron.start()]
    return earlier[-1] if earlier else None


def person_after(scene: Scene, trigger: re.Match, any_case: bool = False):
    """The first (nominative) person within a few words after the trip word."""
    after = [(m, r) for m, r in scene.people if m.start >= trigger.end() and (any_case or nominative(m))]
    if after and len(words_between(scene, trigger.end(), after[0][0].start)) <= WINDOW:
        return after[0][1]
    return None


def subject_visitor(text: str, scene: Scene, trigger: re.Match):
    """The trip's subject: the nominative person before the word in its clause,
    a pronoun's antecedent, the nominative person after ("побывал ... Путин"),
    then any person after a "с визитом" ("с визитом ждут президента ...")."""
    before = [(m, r) for m, r in scene.people if m.end <= trigger.start() and nominative(m)]
    if before and clean_gap(text, before[-1][0].end, trigger.start()):
        return before[-1][1]
    found = pronoun_subject(scene, trigger) or person_after(scene, trigger)
    if found or before:
        return found or before[-1][1]
    return person_after(scene, trigger, any_case=is_noun(trigger))


def invited(text: str, scene: Scene, trigger: re.Match):
    """"пригласил Владимира Путина посетить": the person just before an infinitive."""
    if tense(trigger.group()) != "Inf":
        return None
    for m, r in reversed(scene.people):
        if m.end <= trigger.start():
            gap = words_between(scene, m.end, trigger.start())
            return r if len(gap) <= 1 and not nominative(m) else None
    return None


def visitor_of(text: str, scene: Scene, trigger: re.Match):
    """Who makes the trip the word names."""
    if is_noun(trigger) and not subject_use(scene, trigger):
        return genitive_visitor(text, scene, trigger)
    return invited(text, scene, trigger) or subject_visitor(text, scene, trigger)


def status_of(scene: Scene, trigger: re.Match) -> str:
    """planned / ongoing / done."""
    t = tense(trigger.group())
    if t in FINITE:
        return FINITE[t]
    plan = load_set("visit_plan_words")
    words = [w.group() for w in scene.words]
    if any(lemmas(w) & plan for w in words) or any(tense(w) == "Fut" for w in words):
        return PLANNED
    return DONE


def when_of(scene: Scene, trigger: re.Match, status: str, published: str | None) -> str | None:
    """The date nearest the trip word; for news of an arrival, the published month."""
    dated = [d for d in scene.dates if d.value]
    if dated:
        return min(dated, key=lambda d: abs(d.start - trigger.start())).value
    if published and status == ONGOING:
        return published
    eve = any(w.group().lower() == "накануне" for w in scene.words)
    if published and (eve or (lemmas(trigger.group()) & ARRIVAL and status == DONE)):
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


def generic_place(text: str, scene: Scene, trigger: re.Match) -> bool:
    """"в республику", "посетить страну": a place named by a common noun."""
    direct = bool(lemmas(trigger.group()) & OBJECT_VERBS)
    after = [w for w in scene.words if w.start() >= trigger.end()][:WINDOW]
    for i, w in enumerate(after):
        if not clean_gap(text, trigger.end(), w.start()):
            return False
        prev = after[i - 1].group().lower() if i else ""
        if lemmas(w.group()) & GENERIC_PLACES and (prev in TO or (direct and i == 0)):
            return True
    return False


def host_country(scene: Scene, trigger: re.Match, referents: list[Referent],
                 visitor: Referent) -> str | None:
    """The place named last before the word in its sentence, else the country most
    named in people's titles ("министр Казахстана"); never the visitor's own."""
    own = " ".join(visitor.roles).lower()
    titles = " ".join(role for r in referents for role in r.roles).lower()
    near = [r for m, r in scene.places if m.end <= trigger.start()]
    places = sorted((r for r in referents if r.type == LOC and r.name.lower()[:5] in titles),
                    key=lambda r: -len(r.mentions))
    return next((r.name for r in near[::-1] + places if r.name.lower()[:5] not in own), None)


def person_name(visitor: Referent) -> str:
    """The visitor's name without a trip word the tagger took in: "Госвизит Токаев"."""
    words = visitor.name.split()
    while len(words) > 1 and lemmas(words[0]) & load_set("visit_words"):
        words = words[1:]
    return " ".join(words)


def destination(text: str, scene: Scene, trigger: re.Match, visitor: Referent,
                referents: list[Referent]) -> str | None:
    """The destination's name, nominative, as a reader gives it."""
    place = place_after(text, scene, trigger) or place_before(text, scene, trigger)
    if place:
        return Names.load()(place[1].name)
    return host_country(scene, trigger, referents, visitor) if generic_place(text, scene, trigger) else None


def visit_at(text: str, scene: Scene, trigger: re.Match, referents: list[Referent],
             published: str | None) -> Visit | None:
    """The visit one trip word speaks of, or None without a visitor and a place."""
    visitor = visitor_of(text, scene, trigger)
    place = destination(text, scene, trigger, visitor, referents) if visitor else None
    if not place:
        return None
    status = status_of(scene, trigger)
    return Visit(person_name(visitor), place, when_of(scene, trigger, status, published),
                 status, trigger.group(), *trigger.span())


def merge(visits: list[Visit]) -> list[Visit]:
    """One visit per visitor and destination; the first with a date wins."""
    best: dict[tuple[str, str], Visit] = {}
    for v in visits:
        key = (v.visitor.split()[-1].lower()[:5], (v.destination or "").lower()[:5])
        if key not in best or (best[key].when is None and v.when):
            best[key] = v
    return sorted(best.values(), key=lambda v: v.start)


def find_visits(text: str, people: list[Referent], dates: list[DateRef],
                published: str | None = None) -> list[Visit]:
    """Visits the article speaks of: who went where, when, and whether it happened."""
    trips = load_set("visit_words")
    found = []
    for scene in scenes(text, people, dates):
        for w in scene.words:
            if lemmas(w.group()) & trips:
                found.append(visit_at(text, scene, w, people, published))
    return merge([v for v in found if v])


COUNT_NOUNS = {"визит", "поездка", "госвизит"}


def count_at(text: str, scene: Scene, n: Number, noun: re.Match) -> VisitCount | None:
    """"33 визита в Казахстан" with the subject of its sentence."""
    visitor = subject_visitor(text, scene, noun)
    place = place_after(text, scene, noun) or place_before(text, scene, noun)
    if not visitor:
        return None
    dest = Names.load()(place[1].name) if place else None
    return VisitCount(visitor.name, dest, int(n.value), text[n.start:noun.end()], n.start, noun.end())


def find_visit_counts(text: str, people: list[Referent]) -> list[VisitCount]:
    """Explicit counts of visits: "совершил 33 визита в Казахстан"."""
    numbers = [n for n in find_numbers(text) if not n.ordinal and n.value == int(n.value)]
    out: list[VisitCount] = []
    for scene in scenes(text, people, []):
        for n in (n for n in numbers if scene.sent.start <= n.start < scene.sent.end):
            noun = next((w for w in scene.words if w.start() >= n.end), None)
            if noun and lemmas(noun.group()) & COUNT_NOUNS and clean_gap(text, n.end, noun.start()):
                found = count_at(text, scene, n, noun)
                out += [found] if found else []
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
