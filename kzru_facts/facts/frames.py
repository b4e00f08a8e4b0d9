"""Event frames read off the dependency parse: the clause, agent and places
around a trigger word (a visit word, a document kind).

    Назарбаев   находился   с визитом   в   США   ,  где встретился ...
       │nsubj       ▲ root      │obl       │case ▲obl     │acl:relcl
       └────────────┘───────────┘          └─────┘        (another clause)

The clause of a word is the subtree of its clause head (the nearest ancestor
that heads a clause: root, conj, advcl, acl:relcl, xcomp, ...) without the
clauses nested in it; dates and negation count only inside it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..analysis.doc import Doc
from ..analysis.lemma import forms, lemmas
from ..analysis.syntax import Parse, Word
from ..const import LOC, PER
from ..record import Referent

# relations that start a clause of their own
CLAUSE_RELS = frozenset({"root", "conj", "advcl", "acl", "acl:relcl", "xcomp", "ccomp",
                         "csubj", "parataxis"})
# "он прибыл", "который находится": subjects that stand for someone named elsewhere
# "тот"/"та" pick up the person named last: "встретился с министром Лавровым.
# Тот прибыл в Астану" (the minister, not the host).
PRONOUNS = frozenset({"он", "она", "тот", "та"})
RELATIVE = frozenset({"который"})
NEGATION = frozenset({"не", "ни"})


@dataclass(frozen=True)
class Mentions:
    """Person and place mentions of an article, looked up by offset."""

    spans: tuple[tuple[int, int, str, Referent], ...]   # (start, end, type, referent), by start
    surnames: dict                                      # surname -> person (tagger missed it)
    people_roles: dict                                  # lemmas of a role -> people

    @classmethod
    def of(cls, referents) -> "Mentions":
        spans = sorted((m.start, m.end, r.type, r) for r in referents if r.type in (PER, LOC)
                       for m in r.mentions)
        surnames = {r.name.split()[-1].lower().replace("ё", "е"): r for r in referents
                    if r.type == PER and r.name.split()}
        roles: dict = {}
        for r in referents:
            for role in (r.roles if r.type == PER else ()):
                key = tuple(sorted(min(lemmas(w) or {w.lower()}) for w in role.split() if w.isalpha()))
                roles.setdefault(key, []).append(r)
        return cls(tuple(spans), surnames, roles)

    def at(self, start: int, etype: str) -> Referent | None:
        """The referent of that type whose mention covers ``start``."""
        i = bisect_right(self.spans, (start, float("inf"))) - 1
        while i >= 0 and self.spans[i][0] > start - 80:
            s, e, t, r = self.spans[i]
            if s <= start < e and t == etype:
                return r
            i -= 1
        return None

    def any_in(self, start: int, stop: int, etype: str) -> bool:
        """True when a mention of that type starts inside [start, stop)."""
        i = bisect_right(self.spans, (start, -1))
        while i < len(self.spans) and self.spans[i][0] < stop:
            if self.spans[i][2] == etype:
                return True
            i += 1
        return False

    def person(self, word: Word) -> Referent | None:
        """The person a word names: a tagged mention, or a known surname the
        tagger left untagged ("Токаев прибыл")."""
        found = self.at(word.start, PER)
        if found or not word.text[:1].isupper():
            return found
        names = lemmas(word.text) | {word.text.lower().replace("ё", "е")}
        return next((self.surnames[n] for n in names if n in self.surnames), None)

    def person_in(self, words: list[Word]) -> Referent | None:
        """The first person named among the words, else the one person whose
        role the words give ("визит президента Казахстана")."""
        return next((p for p in map(self.person, words) if p), None) or self.role(words)

    def role(self, words: list[Word]) -> Referent | None:
        """The person whose role (a lemma sequence) the words spell out, when one."""
        key = tuple(sorted(min(lemmas(w.text) or {w.text.lower()}) for w in words if w.text.isalpha()))
        if len(key) < 2:
            return None
        found = {r.name: r for r in self.people_roles.get(key, ())}
        return next(iter(found.values())) if len(found) == 1 else None

    def place_in(self, words: list[Word]) -> Referent | None:
        """The first place named among the words."""
        return next((p for p in (self.at(w.start, LOC) for w in words) if p), None)

    def last_person_before(self, offset: int, since: int) -> Referent | None:
        """The person named last in [since, offset): a pronoun's antecedent."""
        i = bisect_right(self.spans, (offset, 0)) - 1
        while i >= 0 and self.spans[i][0] >= since:
            s, e, t, r = self.spans[i]
            if t == PER and e <= offset:
                return r
            i -= 1
        return None


def clause_head(parse: Parse, word: Word) -> Word:
    """The head of the clause the word belongs to."""
    seen = 0
    while word.rel not in CLAUSE_RELS and word.head is not None and seen < len(parse.words):
        word = parse.words[word.head]
        seen += 1
    return word


def clause(parse: Parse, head: Word, nested: frozenset[str] = CLAUSE_RELS) -> list[Word]:
    """The clause's words: the head's subtree without nested clauses."""
    keep, todo = {head.index}, [head]
    children: dict[int, list[Word]] = {}
    for w in parse.words:
        if w.head is not None:
            children.setdefault(w.head, []).append(w)
    while todo:
        for w in children.get(todo.pop().index, []):
            if w.rel not in nested and w.index not in keep:
                keep.add(w.index)
                todo.append(w)
    return [w for w in parse.words if w.index in keep]


def noun_phrase(parse: Parse, word: Word) -> list[Word]:
    """A word's subtree without the clauses hanging on it; coordinated nouns
    stay ("правительством Казахстана и правительством России")."""
    return clause(parse, word, CLAUSE_RELS - {"conj"})


def negated(parse: Parse, word: Word) -> bool:
    """True when "не" hangs on the word: "не приедет"."""
    return any(w.text.lower() in NEGATION for w in parse.dependents(word))


def case_word(parse: Parse, word: Word) -> str | None:
    """The preposition of a noun phrase: "в" of "в Москву"."""
    found = parse.dependents(word, frozenset({"case"}))
    return found[0].text.lower() if found else None


def verb_feats(word: str) -> dict:
    """Tense, VerbForm, Variant of the word's first verb or short-adjective reading."""
    for f in forms(word):
        if f.pos in ("VERB", "AUX") or (f.pos == "ADJ" and f.feats.get("Variant") in ("Brev", "Short")):
            return f.feats
    return {}


@dataclass(frozen=True)
class Site:
    """One trigger word with its parse and the article around it."""
    doc: Doc
    parse: Parse
    word: Word
    people: Mentions


def trigger_sites(doc: Doc, words: frozenset[str], wanted=None):
    """A Site for every token whose lemma is among the words; the sentence is
    parsed only when ``wanted(doc, token, people)`` holds (speed: the parser
    is the slowest stage, and most trigger words lead nowhere)."""
    people = Mentions.of(doc.people)
    for t in doc.with_lemma(words):
        if t.text[:1].isalpha() and (wanted is None or wanted(doc, t, people)):
            parse = doc.parse_at(t.start)
            word = parse.at(t.start) if parse else None
            if word is not None:
                yield Site(doc, parse, word, people)
