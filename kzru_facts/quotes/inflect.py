"""Body names put into the nominative: "пресс-службе МИД РФ" ->
"пресс-служба МИД РФ", "Всемирного банка" -> "Всемирный банк"."""
from __future__ import annotations

from ..analysis.lemma import forms, has_lemma
from ..data import load_set


UD_NUMBER = {"sing": "Sing", "plur": "Plur"}   # natasha's inflect takes UD names
UD_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}


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
