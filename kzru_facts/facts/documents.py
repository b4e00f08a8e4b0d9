"""Documents signed, to be signed, or mentioned, with their full title."""
from __future__ import annotations

import re

from ..const import MENTIONED, PLANNED, SIGNED
from ..data import load_set, read_lines
from ..lemma import lemmas
from ..record import Document
from .. import models

WORD = re.compile(r"[\w-]+")
# The title: the kind word, then "о/об/между/по/в сфере ..." up to a clause break.
TITLE_TAIL = re.compile(r"[^.;:!?\n«»\"(),—–]{0,200}")
LINKS = ("о", "об", "между", "по", "в")


def nominative(word: str) -> str:
    """The kind word in the nominative singular, keeping its capital."""
    parses = models.morph_vocab().parse(word.lower())
    for p in parses:
        if p.pos == "NOUN":
            nom = p.normal
            return nom[:1].upper() + nom[1:] if word[:1].isupper() else nom
    return word


def title_at(text: str, m: re.Match) -> str | None:
    """The kind word with its complement, or None without one."""
    tail = TITLE_TAIL.match(text, m.end())
    rest = tail.group().strip() if tail else ""
    if not rest or rest.split()[0].lower() not in LINKS:
        return None
    return nominative(m.group()) + " " + rest


def status_near(text: str, start: int) -> str:
    """signed / planned / mentioned from the words of the sentence around."""
    s = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    e = min([i for i in (text.find(c, start) for c in ".!?\n") if i >= 0] or [len(text)])
    ws = [lemmas(w.group()) for w in WORD.finditer(text, s, e)]
    plan = load_set("plan_words")
    sign = load_set("sign_verbs")
    if any(l & plan for l in ws) and any(l & (sign | {"подписание"}) for l in ws):
        return PLANNED
    if any(l & sign for l in ws):
        return SIGNED
    return MENTIONED


def find_documents(text: str) -> list[Document]:
    """Documents named with their title ("Декларация о ...")."""
    kinds = load_set("document_kinds")
    out: list[Document] = []
    for m in WORD.finditer(text):
        if not m.group()[:1].isupper() or not (lemmas(m.group()) & kinds):
            continue
        title = title_at(text, m)
        if title:
            end = m.end() + len(TITLE_TAIL.match(text, m.end()).group().rstrip())
            out.append(Document(title, status_near(text, m.start()), text[m.start():end], m.start(), end))
    return out
