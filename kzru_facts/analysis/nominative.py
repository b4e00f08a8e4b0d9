"""The nominative form of an entity mention, right for Russian and Kazakh names.

natasha's own normaliser inflects every word and lower-cases what it does
not know: "КазНУ" became "казна", "Совета Федерации" "Совет Федерация",
"Астане" "Астан". Here:

- acronyms, Latin words and mixed-case words stay as written ("КазНУ", "РФ");
- a person's every name word is inflected, a hyphenated name part by part,
  and only parts that can be in the mention's case ("Касым-Жомарта" ->
  "Касым-Жомарт": "Касым" has no genitive reading and stays);
- an organisation or place inflects its words up to the first noun only
  ("Совета Федерации" -> "Совет Федерации");
- among pymorphy's readings in the tagged case, persons prefer name
  readings of the tagged gender, places dictionary place names
  ("Астане" -> "Астана", not "Астан").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..const import LOC, PER
from .lemma import forms
from .morph import Tagged, known, tokens_in

CYRILLIC = re.compile(r"^[а-яё]+$", re.I)
SPACE = re.compile(r"\s+")
NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
# (ending, cases it marks, letters to cut): "Зарубину" -> "Зарубин"
SURNAME_ENDINGS = [
    ("овым", {"Ins"}, 2), ("евым", {"Ins"}, 2), ("иным", {"Ins"}, 2), ("ыным", {"Ins"}, 2),
    ("ову", {"Dat"}, 1), ("еву", {"Dat"}, 1), ("ину", {"Dat"}, 1), ("ыну", {"Dat"}, 1),
    ("ова", {"Gen", "Acc"}, 1), ("ева", {"Gen", "Acc"}, 1), ("ина", {"Gen", "Acc"}, 1),
    ("ове", {"Loc"}, 1), ("еве", {"Loc"}, 1), ("ине", {"Loc"}, 1),
    # consonant-stem surnames after a first name in the instrumental:
    # "Жеромом Фрицем" -> "Фриц", "Олафом Шольцем" -> "Шольц"
    ("ом", {"Ins"}, 2), ("ем", {"Ins"}, 2),
]
NOUNISH = {"NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}


def keep_as_written(part: str) -> bool:
    """Acronyms, Latin and mixed-case words: "КазНУ", "РФ", "Kazinform".

    >>> [keep_as_written(w) for w in ("КазНУ", "РФ", "Kazinform", "Астане", "аль")]
    [True, True, True, False, False]
    """
    return not CYRILLIC.match(part) or any(c.isupper() for c in part[1:])


def recover_shape(word: str, like: str) -> str:
    """``word`` written in the case pattern of ``like``.

    >>> recover_shape("астана", "Астане"), recover_shape("астана", "АСТАНЕ")
    ('Астана', 'АСТАНА')
    """
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def rank(form, etype: str, gender: str | None) -> tuple:
    """Sort key: the reading to prefer for this entity type (lower is better)."""
    grams = form.tag.grammemes
    if etype == PER:
        return (not NAME_GRAMS & grams, gender is not None and form.feats.get("Gender") != gender)
    if etype == LOC:
        return ("Geox" not in grams, not known(form.word))
    return (not known(form.word),)


def name_readings(part: str, case: str | None) -> list:
    """A person word's name readings, in the tagged case if it has one there.

    The tagger often misses a name's case ("Олжаса Бектенова": Loc), while
    pymorphy's name readings know it; they win when the tagged case has none.
    """
    names = [f for f in forms(part) if NAME_GRAMS & f.tag.grammemes and f.feats.get("Number") == "Sing"]
    in_case = [f for f in names if f.feats.get("Case") == case]
    return in_case or names


def surname_by_ending(part: str, case: str | None) -> str | None:
    """A masculine Russian/Kazakh surname pymorphy does not know, by its ending.

    >>> surname_by_ending("Зарубину", "Dat"), surname_by_ending("Бектенова", "Gen")
    ('Зарубин', 'Бектенов')
    """
    for ending, cases, cut in SURNAME_ENDINGS:
        if part.lower().endswith(ending) and case in cases:
            return part[:-cut]
    return None


# (ending in the case, nominative endings to try): "Скрипаля" -> "Скрипаль", "Жураса" -> "Журас".
# No dative "-у" nor locative "-е": foreign names end so in every case ("Санду", "Льоренте").
MASCULINE_ENDINGS = {
    "Gen": [("а", ("",)), ("я", ("ь", "й"))], "Acc": [("а", ("",)), ("я", ("ь", "й"))],
    "Ins": [("ом", ("",)), ("ем", ("ь", "й", "")), ("ём", ("ь",))],
}


SOFT_CONSONANTS = "лнрцмпбвфтдзсгкх"


def masculine_by_inflection(part: str, case: str) -> str | None:
    """An unknown masculine name word in the nominative: the candidate stem
    that pymorphy declines back into ``part`` in ``case``.

    >>> masculine_by_inflection("Скрипаля", "Gen"), masculine_by_inflection("Чобану", "Nom")
    ('Скрипаль', None)
    """
    low = part.lower()
    if low.endswith("ия"):      # "Джикия", "Гамсахурдия": nominatives
        return None
    for ending, tails in MASCULINE_ENDINGS.get(case, []):
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        for tail in tails:
            candidate = low[:-len(ending)] + tail
            for f in forms(candidate):
                if f.pos == "NOUN" and f.feats.get("Gender") == "Masc" and f.feats.get("Case") == "Nom" \
                        and f.feats.get("Number") == "Sing":
                    back = f.inflect({case})
                    if back and back.word == low:
                        return recover_shape(candidate, part)
    if case in ("Gen", "Acc") and low.endswith("я") and low[-2:-1] in SOFT_CONSONANTS and len(low) > 4:
        return recover_shape(low[:-1] + "ь", part)     # pymorphy reads "-ль" feminine: "Скрипаля"
    return None


def inflect_part(part: str, pos: str, feats: dict, etype: str) -> str:
    """One word (or hyphen part) in the nominative, or as written when unsure."""
    return nominative_part(part, pos, feats.get("Case"), feats.get("Number"), feats.get("Gender"), etype)


@lru_cache(maxsize=32768)   # names recur from article to article; pymorphy's inflect is slow
def nominative_part(part: str, pos: str, case: str | None, number: str | None,
                    gender: str | None, etype: str) -> str:
    """``inflect_part`` given the tagged case, number and gender."""
    if keep_as_written(part):
        return part
    want = NOUNISH.get(pos)
    if etype == PER and gender == "Masc" and case not in (None, "Nom") and not any(known(f.word) for f in forms(part)):
        guess = masculine_by_inflection(part, case)     # "дело Скрипаля" -> "Скрипаль"
        if guess:
            return guess
    fits = name_readings(part, case) if etype == PER else []
    if gender and fits and all(f.feats.get("Case") != case and f.feats.get("Gender") not in (None, gender)
                               for f in fits):
        return part     # a man's "Аль Тани" (tagged Nom, Masc) is no woman's "Таня" in another case
    fits = fits or [f for f in forms(part) if f.feats.get("Case") == case
                    and NOUNISH.get(f.pos) == want and f.feats.get("Number") == number]
    if not fits or (etype == PER and not NAME_GRAMS & fits[0].tag.grammemes):
        guess = surname_by_ending(part, case) if etype == PER else None
        if guess or not fits:
            return guess or part
    best = min(fits, key=lambda f: rank(f, etype, gender))
    if best.feats.get("Case") == "Nom":
        return part
    nominative = best.inflect({"Nom"})
    return recover_shape(nominative.word, part) if nominative else part


def inflect_token(word: str, pos: str, feats: dict, etype: str) -> str:
    """A token in the nominative; hyphenated tokens part by part."""
    if pos not in NOUNISH or (etype != PER and feats.get("Case") in (None, "Nom")):
        return word
    return "-".join(inflect_part(p, pos, feats, etype) for p in word.split("-"))


CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}
OBLIQUE = ("а", "я", "ом", "ем", "ой", "ей")   # endings no foreign surname has in the nominative
ANY_CASE = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")   # after an indeclinable first name ("Ингрид")
GENDER_ONLY = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc", "")  # ... whose gender is only guessed


def first_name_agreement(tokens: list[Tagged]) -> tuple[tuple[str, ...], str | None] | None:
    """The cases and gender a person's first name allows, which the other name
    words share: "Виктор Чобану" is nominative ("Чобану" no dative), "Остапом
    Белым" instrumental, "Зарема Евлоева" feminine; every case for an
    indeclinable first name.

    None when the first word is no first name, an unknown one that may be a
    nominative (pymorphy's guesses for "Серджо", "Конора" are no evidence),
    may be a surname itself ("Ким Чен Ын") or is hyphenated ("Касым-Жомарт
    Токаева": Kazakh style); and for names of more than two capitalised
    words (particles "де", "ван" aside).
    """
    if len([t for t in tokens if not t.text.islower()]) != 2 or "-" in tokens[0].text:
        return None     # "Абдель Фаттахом ас-Сиси": which words inflect is no business of the first
    fs = forms(tokens[0].text)
    names = [f for f in fs if "Name" in f.tag.grammemes and f.tag.number == "sing"]
    if not names or any("Surn" in f.tag.grammemes for f in fs):
        return None
    guessed = not any(known(f.word) for f in names)
    if guessed and any(f.tag.case == "nomn" for f in names) and not all("Fixd" in f.tag.grammemes for f in names):
        return None     # a guess that may be a nominative ("Конора") is no evidence;
                        # a guessed oblique ending is ("Лорансом", "Стаффаном")
    genders = {f.tag.gender for f in names}
    gender = {"masc": "Masc", "femn": "Fem"}.get(genders.pop()) if len(genders) == 1 else None
    tagged = tokens[0].feats.get("Case")
    if tokens[0].text.lower().endswith("е") and tagged not in {CASES.get(f.tag.case) for f in names} \
            and tokens[0].feats.get("Gender") in ("Masc", "Fem") and gender and tokens[0].feats.get("Gender") != gender:
        # "Оле", "Янне": pymorphy reads the dative of a woman's "Ола", the tagger another case
        # and gender in context: an indeclinable name of the tagger's gender
        return ANY_CASE, tokens[0].feats.get("Gender")
    if any("Fixd" in f.tag.grammemes for f in names):
        return (GENDER_ONLY if guessed else ANY_CASE), gender    # a guessed one: its gender ("Зарема")
    cases = {CASES[f.tag.case] for f in names if f.tag.case in CASES}
    chosen = (tagged,) if tagged in cases else tuple(sorted(cases))   # the tagger chose among them
    # an animate accusative has the genitive's form: "Николу Йокича"
    return (chosen + ("Gen",) if "Acc" in chosen and "Gen" not in chosen else chosen), gender


@lru_cache(maxsize=32768)
def agreed_part(part: str, cases: tuple[str, ...], gender: str | None, tagged: str | None = None) -> str | None:
    """A name word in the nominative, given the cases its first name allows
    (all cases when it is indeclinable) and its gender.

    A name reading of that gender in an allowed case wins ("Зарема Евлоева":
    feminine, nominative); then any noun or adjective reading in the first
    allowed case that has one ("Богдана Жураса": Gen, "Журас"; "Остапом Белым":
    "Белый"), a surname ending before a reading that is no name ("Жеромом
    Фрицем": "Фриц", not "фрицы"); else the word as written (indeclinable:
    "Майи Санду"). Among name readings, one in the word's own tagged case first.
    """
    if keep_as_written(part):
        return part
    readings = [f for f in forms(part) if f.feats.get("Number") == "Sing" and NOUNISH.get(f.pos)]
    named = [f for c in cases for f in readings if f.feats.get("Case") == c
             and NAME_GRAMS & f.tag.grammemes and gender in (None, f.feats.get("Gender"))]
    if named:
        return nominative_of(min(named, key=lambda f: f.feats.get("Case") != tagged), part)
    if cases == GENDER_ONLY:    # no name reading of that gender: the tagger's reading decides
        return None
    if cases == ANY_CASE:       # no case known: only a reading of the name's gender may change the word
        fits = [f for f in readings if gender and f.feats.get("Gender") == gender   # "Эдуардо Варгаса"
                and part.lower().endswith(OBLIQUE)]                   # not "Диего Льоренте", "Франсис Нганну"
        return nominative_of(min(fits, key=lambda f: f.feats.get("Case") != tagged), part) if fits else part
    for case in cases:
        fits = [f for f in readings if f.feats.get("Case") == case]
        guess = surname_by_ending(part, case)
        if guess and not any(NAME_GRAMS & f.tag.grammemes for f in fits):
            return guess
        if fits:
            return nominative_of(min(fits, key=lambda f: (gender is not None and f.feats.get("Gender") != gender,
                                                           not known(f.word))), part)
    guesses = [g for c in cases if (g := masculine_by_inflection(part, c))] if gender == "Masc" else []
    return guesses[0] if guesses else part      # "Ивана Скрипаля" -> "Скрипаль"


def nominative_of(form, part: str) -> str:
    """A reading put in the nominative, written in the shape of ``part``."""
    if form.feats.get("Case") == "Nom":
        return part
    nominative = form.inflect({"Nom"})
    return recover_shape(nominative.word, part) if nominative else part


def agreed_token(token: Tagged, cases: tuple[str, ...], gender: str | None) -> str | None:
    parts = [agreed_part(p, cases, gender, token.feats.get("Case")) for p in token.text.split("-")]
    return None if None in parts else "-".join(parts)


def is_foreign_first_name(word: str) -> bool:
    """A first name pymorphy only guesses at as the locative of a man's name:
    "Фелипе" (of "Фелип"), "Хосе", "Рене" - a locative no name takes without a
    preposition, so the name is indeclinable ("Ханнелоре", a woman's dative, is not)."""
    fs = forms(word)
    names = [f for f in fs if "Name" in f.tag.grammemes]
    return bool(names) and word.lower().endswith("е") and not any(known(f.word) for f in fs) \
        and all(f.tag.case == "loct" and f.tag.gender == "masc" for f in names)


def normal_form(text: str, tokens: list[Tagged], etype: str) -> str:
    """The nominative of a span given its tagged tokens."""
    out, head_done, last = [], False, None
    agreement = first_name_agreement([t for t in tokens if t.text[:1].isalpha()]) if etype == PER else None
    for i, t in enumerate(tokens):
        if last is not None:
            gap = text[last:t.start]
            out.append(" " if gap and SPACE.fullmatch(gap) else gap)
        keep = head_done and etype != PER
        agreed = agreed_token(t, *agreement) if agreement and i > 0 and t.text[:1].isupper() else None
        if etype == PER and i == 0 and len(tokens) > 1 and is_foreign_first_name(t.text):
            agreed = t.text
        out.append(agreed or (t.text if keep else inflect_token(t.text, t.pos, t.feats, etype)))
        head_done = head_done or NOUNISH.get(t.pos) == "NOUN"
        last = t.end
    return "".join(out)


def normalize_span(text: str, span, tokens: list[Tagged]) -> str:
    """The nominative form of one span of a paragraph."""
    inside = tokens_in(tokens, span.start, span.end)
    if not inside:
        return SPACE.sub(" ", text[span.start:span.end])
    return normal_form(text, inside, span.type)
