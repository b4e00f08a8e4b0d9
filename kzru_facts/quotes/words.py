"""Morphology of single words the sieve asks about (case, number, part of
speech, the gender a speech verb agrees in), read off pymorphy's first reading."""
from __future__ import annotations

from ..analysis.lemma import forms, has_lemma
from ..analysis.morph import known
from ..analysis.names import Token
from ..data import load_set


def is_speech_noun(t: Token) -> bool:
    """A noun that names speech ("по словам", "в заявлении") or credits a sentence
    ("по его утверждению"): its speaker is looked for after it first."""
    return has_lemma(t.text, load_set("speech_nouns") | load_set("according_nouns"))


def cue_female(cue: Token | None) -> bool | None:
    """The gender the speech verb agrees in: "сообщила" True, "сказал" False,
    "заявили"/"говорит" None (any)."""
    if cue is None:
        return None
    form = forms(cue.text)[0]
    if form.tag.POS != "VERB" or form.tag.number != "sing" or not form.tag.gender:
        return None
    return form.tag.gender == "femn"


def is_person_noun(word: str) -> bool:
    """A common noun for a person ("пенсионер", "собеседница"): animate, not a name."""
    form = forms(word)[0]
    return (form.tag.POS == "NOUN" and form.tag.animacy == "anim" and word[:1].islower()
            and not any(tag in form.tag for tag in ("Name", "Surn", "Patr")))


def is_singular(word: str) -> bool:
    """"эксперт", not "эксперты": a group is not one salient person."""
    return forms(word)[0].tag.number != "plur"


def is_adjective(word: str) -> bool:
    return forms(word)[0].tag.POS == "ADJF"


def is_genitive(word: str) -> bool:
    return any(f.tag.case == "gent" and f.tag.POS in ("NOUN", "ADJF")
               for f in forms(word)[:2]) and len(word) > 2


def is_nominative(word: str) -> bool:
    return forms(word)[0].tag.case == "nomn"


def maybe_nominative(word: str) -> bool:
    """A reading in the nominative, or a word pymorphy does not know."""
    return any(f.tag.case == "nomn" or not known(f.word) for f in forms(word))


def is_finite(word: str) -> bool:
    """A past-tense verb, whose subject may be left out: "И добавил: «…»"."""
    return any(f.tag.POS == "VERB" and f.tag.tense == "past" and f.tag.number == "sing"
               for f in forms(word)[:1])


def has_nominative(win: list[Token]) -> bool:
    return any(f.tag.case == "nomn" and f.tag.POS in ("NOUN", "NPRO")
               for t in win for f in forms(t.text)[:1])
