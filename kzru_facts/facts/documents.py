"""Documents signed, to be signed, or mentioned, with their full title.

A kind word (data/document_kinds.txt) followed by its subject makes a
title: "Декларация о переходе отношений ...", "договор об аренде",
"закон Республики Казахстан "О ратификации ..."". The title runs to the
end of its clause (or its closing »), never past a finite verb.
A capitalised kind counts when merely mentioned; a lower-case one
("заявления о Казахстане") only when the sentence signs or plans it.
"""
from __future__ import annotations

import re

from ..const import MENTIONED, PLANNED, SIGNED
from ..data import load_set
from ..analysis.lemma import forms, lemmas
from ..record import Document
from ..analysis.segment import find_sentences
from .numbers import parse_number

WORD = re.compile(r"[\w-]+")
LINKS = {"о", "об", "между", "по", "в", "на"}
OPENERS = "«\"„“"
STOPS = re.compile(r"[.;!?\n,:()]|\s[—–-]\s")
NOT_TITLES = {"том", "чем"}            # "Заявления о том, что ..." is speech, not a title
STOP_WORDS = {"который", "которое", "которая", "которые", "которого", "которой"}
MAX_TITLE = 300
OWNER_WORDS = 3                       # "закон Республики Казахстан "О ...""




def nominative(word: str) -> str:
    """The kind word in the nominative singular, keeping its capital."""
    for p in forms(word):
        if p.pos == "NOUN":
            return p.normal[:1].upper() + p.normal[1:] if word[:1].isupper() else p.normal
    return word


def is_predicate(word: str) -> bool:
    """True for a finite verb, short participle or gerund: the title ends before it."""
    first = next(iter(forms(word)), None)
    if first is None or word.lower() in STOP_WORDS:
        return word.lower() in STOP_WORDS
    feats = first.feats
    return first.pos in ("VERB", "AUX") and (feats.get("VerbForm") in ("Fin", "Conv")
                                              or feats.get("Variant") == "Short")


def clause_end(text: str, start: int, quoted: bool) -> int:
    """Where the title starting at ``start`` ends: a clause break outside «», the
    closing » of a quoted title, or the first predicate."""
    depth = 0
    limit = min(len(text), start + MAX_TITLE)
    for i in range(start, limit):
        ch = text[i]
        if ch == "«":
            depth += 1
        elif ch == "»":
            if depth == 0:      # a quoted title's own », or the » of a quotation
                return i        # the title stands in: «…подготовить соглашение о …»
            depth = max(0, depth - 1)
        elif depth == 0 and STOPS.match(text, i):
            return i
    return limit


def cut_at_predicate(text: str, start: int, end: int) -> int:
    """The end of the title before its first predicate word, or before a
    counted list that follows it ("Договор о … и шесть соглашений")."""
    prev = None
    for w in WORD.finditer(text, start, end):
        if is_predicate(w.group()):
            return w.start()
        if prev is not None and prev.group().lower() == "и" and parse_number(w.group()) is not None:
            return prev.start()
        prev = w
    return end


def title_start(text: str, kind_end: int) -> int | None:
    """Where the title's subject begins: a link word ("о", "между") or a quote,
    perhaps after the owner ("Республики Казахстан"); None without one."""
    words = list(WORD.finditer(text, kind_end, kind_end + 160))[:OWNER_WORDS + 2]
    pos = kind_end
    for i, w in enumerate(words[:OWNER_WORDS + 1]):
        gap = text[pos:w.start()]
        if any(q in gap for q in OPENERS):
            return pos
        low = w.group().lower()
        if gap.strip() or not (low in LINKS or w.group()[:1].isupper()):
            return None
        if low in LINKS:
            after = words[i + 1].group().lower() if i + 1 < len(words) else ""
            return None if after in NOT_TITLES else pos
        pos = w.end()
    return None


def title_at(text: str, kind: re.Match, quoted: bool) -> tuple[str, int] | None:
    """(the name in the nominative, the end of the title) or None without a subject."""
    start = title_start(text, kind.end())
    if start is None:
        return None
    end = cut_at_predicate(text, kind.end(), clause_end(text, kind.end(), quoted))
    tail = text[kind.end():end].rstrip(" \u00a0—–-")
    if len(WORD.findall(tail)) < 2:
        return None
    return nominative(kind.group()) + " " + " ".join(tail.split()), kind.end() + len(tail)


def planned_word(word: str, plan: frozenset[str]) -> bool:
    """A plan word that does not look back: "станет", not "стал"."""
    return bool(lemmas(word) & plan) and all(p.feats.get("Tense") != "Past" for p in forms(word))


def status_in(sentence: str) -> str | None:
    """signed / planned from the sentence's words, None when it does neither."""
    words = WORD.findall(sentence)
    sign, plan, draft = load_set("sign_verbs"), load_set("plan_words"), load_set("draft_words")
    signing = [w for w in words if lemmas(w) & (sign | {"подписание"})]
    future = any(planned_word(w, plan) for w in words) or any(
        p.feats.get("Tense") == "Fut" for w in signing for p in forms(w)[:1])
    if (signing and future) or any(lemmas(w) & draft for w in words):
        return PLANNED
    return SIGNED if signing else None


def kinds_in(text: str, start: int, end: int):
    """Kind words in text[start:end]."""
    kinds = load_set("document_kinds")
    for m in WORD.finditer(text, start, end):
        if lemmas(m.group()) & kinds:
            yield m


def find_documents(text: str) -> list[Document]:
    """Documents named with their subject, in text order."""
    out: list[Document] = []
    for sent in find_sentences(text):
        status = status_in(sent.text)
        for m in kinds_in(text, sent.start, sent.end):
            if out and out[-1].start <= m.start() < out[-1].end:
                continue            # a kind inside a title: "... изменений в Соглашение ..."
            quoted = text[max(0, m.start() - 1):m.start()] in OPENERS
            found = title_at(text, m, quoted)
            if found and (status or m.group()[:1].isupper()):
                name, end = found
                out.append(Document(name, status or MENTIONED, text[m.start():end], m.start(), end))
    return out
