"""Person names next to a quote: which referent a word stands for, and its case.

natasha misses a lone surname in a short sentence ("Токаев заявил: «…»"
gives no PER), and merges "сказал Токаев Путину" into one span; so speaker
resolution looks names up word by word: a capitalised word is a person when
its lemma is the surname of an article referent, or when it looks like a
surname itself (pymorphy's Surn/Name tag, or a surname ending).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left, bisect_right
from itertools import accumulate
from functools import cached_property

from ..const import PER
from .lemma import forms, lemmas
from .morph import known
from ..record import Referent
from .roles import role_lemma
from .doc import Token, doc_of, words

# Russian surname endings, nominative: Токаев, Путин, Шибутов, Матвиенко.
SURNAME_NOM = re.compile(r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын|ский|цкий|енко)")
# ... and their case endings: Токаева, Токаеву, Токаевым, Токаеве.
SURNAME_CASE = re.compile(r"([А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ом)")
FEMALE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word tokens of ``text[start:end]`` (the Doc layer's razdel words) with absolute offsets."""
    return doc_of(text).words_in(start, max(start, end))


def word_texts(phrase: str) -> list[str]:
    """The words of a name or phrase, as written."""
    return [t.text for t in words(phrase)]


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@dataclass(frozen=True)
class Hit:
    """A person found at a word: canonical name, the mention as written, its case."""
    name: str
    mention: str
    start: int
    end: int
    role: str | None
    nominative: bool




MISSING = object()


def surname_guess(word: str) -> tuple[str, bool] | None:
    """(nominative, is_nominative) for a word that looks like a surname."""
    if not word[:1].isupper() or role_lemma(word):
        return None
    readings = forms(word)
    if any(known(f.word) and f.tag.POS in ("NOUN", "ADJF") and f.tag.case == "nomn"
           and "Surn" not in f.tag and "Name" not in f.tag for f in readings):
        return None
    named = [f for f in readings if "Surn" in f.tag]
    if named:
        return named[0].normal.capitalize(), any(f.tag.case == "nomn" for f in named)
    if SURNAME_NOM.fullmatch(word):
        return word, True
    m = SURNAME_CASE.fullmatch(word)
    return (m[1], False) if m else None


class NameIndex:
    """Surname -> referent for one article, and the subjects it names."""

    def __init__(self, text: str, people: list[Referent], quote_spans: list[tuple[int, int]],
                 sentences=()):
        self.text, self.quote_spans = text, quote_spans
        self.sentence_spans = sentences      # the Doc's sentences: read, not re-split
        self.persons = [r for r in people if r.type == PER and not all(
            role_lemma(w) for w in word_texts(r.name))]
        self.by_key: dict[str, Referent] = {}
        for r in sorted(self.persons, key=self.rank):
            self.by_key.setdefault(key_of(r.name), r)

    def rank(self, r: Referent) -> tuple[int, int]:
        """Referents whose first word is another's surname sort last ("Токаев Путин")."""
        keys = {key_of(p.name) for p in self.persons if p is not r}
        odd = any(norm(w) in keys for w in word_texts(r.name)[:-1])
        return (odd, -len(r.mentions))

    def people(self) -> list[Referent]:
        return [r for r in self.by_key.values()]

    @cached_property
    def _quotes(self) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """The quote spans in order, their starts, and the furthest end so far."""
        spans = sorted(self.quote_spans)
        return spans, [s for s, _ in spans], list(accumulate((e for _, e in spans), max))

    def inside_quote(self, pos: int) -> bool:
        """Binary search over the quotes (nested or not: the furthest end so far counts)."""
        spans, starts, reach = self._quotes
        i = bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    def referent(self, word: str) -> Referent | None:
        keys = [norm(word)] + sorted(lemmas(word))
        m = SURNAME_CASE.fullmatch(word)
        keys += [norm(m[1])] if m else []
        return next((self.by_key[k] for k in keys if k in self.by_key), None)

    def owner(self, mention) -> Referent | None:
        """The referent a PER mention belongs to."""
        return next((r for r in self.persons if mention in r.mentions), None) if mention else None

    def mention_at(self, pos: int):
        for r in self.persons:
            for m in r.mentions:
                if m.start <= pos < m.end:
                    return m
        return None

    def lookup(self, t: Token) -> Hit | None:
        """The person a capitalised word outside quotes names, if any (remembered per
        word: the speaker steps ask about the same words many times)."""
        if not t.text[:1].isupper():
            return None
        key = (t.start, t.end, t.text)
        found = self._lookups.get(key, MISSING)
        if found is MISSING:
            found = self._lookups[key] = self._lookup(t)
        return found

    @cached_property
    def _lookups(self) -> dict:
        return {}

    def _lookup(self, t: Token) -> Hit | None:
        if self.inside_quote(t.start):
            return None
        m = self.mention_at(t.start)
        where = (m.text, m.start, m.end) if m else (t.text, t.start, t.end)
        ref = self.referent(t.text)
        if ref:
            return Hit(ref.name, *where, ref.roles[0] if ref.roles else None,
                       norm(t.text) == key_of(ref.name))
        ref = self.owner(m)
        if ref:
            return Hit(ref.name, *where, ref.roles[0] if ref.roles else None, m.text == m.normal)
        guess = surname_guess(t.text)
        if guess:
            return Hit(guess[0], *where, None, guess[1])
        return None

    @cached_property
    def _subjects(self) -> list[tuple[int, str, str | None]]:
        out = []
        for t in tokens(self.text, 0, len(self.text)):
            hit = self.lookup(t) if t.text[:1].isupper() else None
            if hit and hit.nominative:
                out.append((t.start, hit.name, hit.role))
        return out

    @cached_property
    def _subject_starts(self) -> list[int]:
        return [e[0] for e in self._subjects]

    def subjects(self, start: int, end: int) -> list[tuple[int, str, str | None]]:
        """(position, name, role) of persons named in the nominative in [start, end)."""
        starts = self._subject_starts
        return self._subjects[bisect_left(starts, start):bisect_left(starts, end)]

    def subjects_of(self, ref: Referent, pos: int) -> list[tuple[int, str, str | None]]:
        """Where ``ref`` is named in the nominative before ``pos``."""
        return [e for e in self.subjects(max(0, pos - 5000), pos) if e[1] == ref.name]

    def nearest(self, pos: int) -> Hit | None:
        """The person named nearest to ``pos`` within its sentence."""
        sent = next((s for s in self.sentences() if s[0] <= pos < s[1]), None)
        if not sent:
            return None
        hits = [h for t in tokens(self.text, *sent) if (h := self.lookup(t))]
        return min(hits, key=lambda h: abs(h.start - pos)) if hits else None

    def is_female(self, name: str) -> bool | None:
        """True for a woman's name (first name or surname ending), None when unsure."""
        ws = word_texts(name)
        if not ws:
            return None
        # canonical names are nominative singular: "Никол" is no genitive of "Никола"
        # a first name pymorphy only guesses ("Никки") tells no gender
        first = [f for f in forms(ws[0])
                 if "Name" in f.tag and f.tag.case == "nomn" and f.tag.number == "sing"]
        if first and len(ws) > 1 and known(ws[0].lower()):
            return all(f.tag.gender == "femn" for f in first)
        if FEMALE_SURNAME.search(ws[-1]):
            return True
        return False if SURNAME_NOM.fullmatch(ws[-1]) else None

    @cached_property
    def _sentences(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sentence_spans]

    def sentences(self) -> list[tuple[int, int]]:
        return self._sentences


def key_of(name: str) -> str:
    """The surname key of a canonical name: its last word."""
    ws = word_texts(name)
    return norm(ws[-1]) if ws else ""
