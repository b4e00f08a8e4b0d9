"""Roles the article gives a person: "посол РФ" in "посол РФ Алексей Бородавкин".

Speaker resolution links "подчеркнул посол" back to the person introduced
with that role, so roles are read here, next to each person mention, and a
role phrase next to a quote is matched against them:

    "ответил российский лидер"   kind leader, country россия
        Путин      "президент России Владимир Путин"     leader, россия  -> +3 +2
        Токаев     "президент Казахстана Токаев"         leader, казахстан -> excluded
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .doc import Doc, Token, doc_of, words
from .segment import back_to
from ..data import load_set, load_table
from .lemma import forms, has_any, lemmas
from ..record import Entity

ROLE_SPAN = 6          # words between a role word and the name it describes
CLAUSE_STOP = re.compile(r"[.!?;:,«»\"\n]")
GENERIC = "anyone"     # role kinds from data/role_kinds.txt
HEAD, LEADER = "head", "leader"


@cache
def country_table() -> dict[str, str]:
    """Marker lemma -> country, from data/countries.txt."""
    return {marker.lower(): country for country, markers in load_table("countries").items()
            for marker in markers}


@cache
def role_kinds() -> dict[str, str]:
    """Role lemma -> kind, from data/role_kinds.txt."""
    return {word: " ".join(kind) for word, kind in load_table("role_kinds").items()}


@cache
def role_lemma_set() -> frozenset[str]:
    """Every role lemma (roles.txt and the role kinds), built once."""
    return load_set("roles") | frozenset(role_kinds())


def role_lemma(word: str) -> str | None:
    """The role lemma of a word ("посла" -> "посол"), or None."""
    known = role_lemma_set()
    if not has_any(word, known):       # most words of an article: no dictionary lookup
        return None
    return min(lemmas(word) & known)


def is_role_noun(word: str) -> bool:
    """A role word that heads a phrase: "посол", not the adjective "первый"."""
    return bool(role_lemma(word)) and forms(word)[0].tag.POS == "NOUN"


def country_of(word: str) -> str | None:
    """The country a word names ("российский", "РФ", "Кремля" -> "россия")."""
    table = country_table()
    for lemma in sorted(lemmas(word)) + [word.lower()]:
        if lemma in table:
            return table[lemma]
    return None


@dataclass(frozen=True)
class Role:
    """What a role phrase says: its role kind and country, if any, and for
    the head of a body ("глава МИД") that body's lemma."""
    kind: str | None
    country: str | None
    text: str
    body: str | None = None


@lru_cache(maxsize=4096)
def read_role(phrase: str) -> Role:
    """Kind and country of a phrase: "президент Республики Казахстан"."""
    ws = [w.text for w in words(phrase)]
    kind, country, head = None, None, None
    for i, w in enumerate(ws):
        if head is None and is_role_noun(w):
            lemma = role_lemma(w)
            head, kind = i, role_kinds().get(lemma, lemma)
    for w in (ws[head - 1:head] + ws[head + 1:] if head is not None else ws):
        country = country or country_of(w)
    if country is None:
        country = next((c for w in ws if (c := country_of(w))), None)
    body = None
    if kind == HEAD:
        noun = first_noun(ws[head + 1:])
        kind = LEADER if noun and head_of_state(noun) else GENERIC
        body = body_lemma(noun) if noun and kind == GENERIC else None
    return Role(kind, country, phrase, body)


def first_noun(words: list[str]) -> str | None:
    """The first word that is not an adjective: "МИД" in "киргизского МИД"."""
    return next((w for w in words if forms(w)[0].tag.POS != "ADJF"), None)


def body_lemma(word: str) -> str:
    return min(lemmas(word) or {word.lower()})


@cache
def body_table() -> dict[str, frozenset[str]]:
    """Body abbreviation -> lemmas it stands for; generic bodies -> empty."""
    return {word: frozenset(meaning) for word, meaning in load_table("body_words").items()}


def heads_body(body: str, role: Role) -> bool:
    """The role names that body: "министр иностранных дел" heads the МИД."""
    ws = [w.text for w in words(role.text)]
    have = {body_lemma(w) for w in ws} | {w.lower() for w in ws}
    meaning = body_table().get(body)
    if meaning is not None and not meaning:
        return True                      # a generic body word constrains nothing
    return body in have or bool(meaning and meaning <= have)


def head_of_state(noun: str) -> bool:
    """"глава Казахстана", "глава (российского) государства": a leader, unlike
    "глава киргизского МИД"."""
    return bool(country_of(noun) or lemmas(noun) & load_set("state_words"))


def as_doc(doc: Doc | str) -> Doc:
    """The pipeline's Doc, or one for a caller that holds only the text."""
    return doc if isinstance(doc, Doc) else doc_of(doc)


def role_words(doc: Doc | str, start: int, limit: int = ROLE_SPAN) -> list[Token]:
    """Up to ``limit`` word tokens before ``start`` within its clause, after its last finite verb."""
    doc = as_doc(doc)
    line_start = back_to(doc.text, "\n", start)
    stops = list(CLAUSE_STOP.finditer(doc.text, line_start, start))
    ws = doc.words_in(stops[-1].end() if stops else line_start, start)[-limit:]
    verbs = [i for i, w in enumerate(ws) if is_verb(w.text)]
    return ws[verbs[-1] + 1:] if verbs else ws


def words_before(doc: Doc | str, start: int, limit: int = ROLE_SPAN) -> str:
    """Up to ``limit`` words before ``start`` within its clause."""
    ws = role_words(doc, start, limit)
    return as_doc(doc).text[ws[0].start:start].strip() if ws else ""


def is_verb(word: str) -> bool:
    """A finite verb ends a role phrase: "Токаев встретился с | Путиным"."""
    return forms(word.lower())[0].tag.POS == "VERB"


def describe(doc: Doc | str, mention: Entity) -> Role:
    """The role phrase in front of a mention, read as kind and country (once per
    mention of a Doc: speakers ask it of every mention of every candidate)."""
    doc = as_doc(doc)
    found = doc.answers.setdefault("roles.describe", {})
    if mention.start not in found:
        found[mention.start] = read_role(words_before(doc, mention.start))
    return found[mention.start]


COORDINATION = frozenset({"и", "или", "а"})
NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})


def is_name_word(word: str) -> bool:
    """A capitalised word pymorphy reads as a first name ("Дональда"); a
    surname alone may be a common word ("Заяц")."""
    return word[:1].isupper() and any("Name" in f.tag.grammemes for f in forms(word))


def is_head_role(word: str) -> bool:
    """A person's role noun that can head the phrase: "посол", "министра" -
    not "после" (a preposition first), "министерство" (no person), "депутатов"
    (a plural: "из 359 депутатов") nor a generic "коллега"."""
    fs = forms(word)
    lemma = role_lemma(word)
    return bool(lemma) and bool(fs) and fs[0].tag.POS == "NOUN" and role_kinds().get(lemma) != GENERIC \
        and any("anim" in f.tag.grammemes and f.tag.number == "sing" for f in fs if f.tag.POS == "NOUN")


def name_cases(name: str) -> frozenset[str]:
    """The cases a name's first word can be in, by its singular name readings ("Игоря": gent, accs)."""
    ws = [w.text for w in words(name)]
    return frozenset(f.tag.case for f in forms(ws[0])
                     if NAME_GRAMS & f.tag.grammemes and f.tag.number != "plur") if ws else frozenset()


def noun_cases(word: str) -> frozenset[str]:
    return frozenset(f.tag.case for f in forms(word) if f.tag.POS == "NOUN")


def find_role(doc: Doc | str, mention: Entity) -> str | None:
    """The role phrase just before a mention: "посол РФ" in "посол РФ Бородавкин".

    The phrase starts at its first role noun in the mention's case
    ("пресс-секретарь | президента Грузии Тенгиза Абашидзе"), with a role
    adjective before it ("первый заместитель"), and ends at the mention,
    leaving out the person's own first names ("президент Румынии Клаус |
    Йоханнис"). It stops at a coordination ("президент Грузии | и
    экс-губернатор ..."). It is no role of this mention when a preposition
    comes last ("глава с | Плахотнюком") or another person's name comes between,
    unless that name is a genitive within the role and no coordination follows
    ("пресс-секретарь президента Тенгиза Абашидзе Нино Гелашвили", but not "сенатор Джон
    Маккейн и | Уотерс", "президент США Дональда Трампа и Турции | Эрдоган").
    """
    doc = as_doc(doc)
    ws = role_words(doc, mention.start)
    cases = name_cases(mention.text)
    while ws and is_name_word(ws[-1].text) and (not cases or name_cases(ws[-1].text) & cases):
        ws.pop()
    if not ws or any(f.tag.POS == "PREP" for f in forms(ws[-1].text)[:1]):
        return None
    heads = [i for i, w in enumerate(ws) if is_head_role(w.text)]
    head = next((i for i in heads if not cases or noun_cases(ws[i].text) & cases), heads[0] if heads else None)
    if head is None:
        return None
    end = next((i for i in range(head + 1, len(ws)) if ws[i].text.lower() in COORDINATION), None)
    names = [w.text for w in ws[head + 1:] if is_name_word(w.text)]
    if names and (end is not None or not cases or any(name_cases(n) & cases for n in names)):
        return None
    end = len(ws) if end is None else end
    start = head
    while start > 0 and role_lemma(ws[start - 1].text) and is_adjective(ws[start - 1].text):
        start -= 1
    stop = ws[end - 1].stop
    phrase = doc.text[ws[start].start:stop]
    close = doc.text.find(")", stop, mention.start)
    if phrase.count("(") > phrase.count(")") and close >= 0:
        phrase = doc.text[ws[start].start:close + 1]    # "(EBU)"
    return phrase.strip(" ,—–-\t") or None


def is_adjective(word: str) -> bool:
    """"первый", "официальный": a role adjective before its noun."""
    fs = forms(word)
    return bool(fs) and fs[0].tag.POS in ("ADJF", "ADJS")


def role_name(phrase: str) -> str:
    """A role phrase as a user reads it in a table: its head noun and the
    adjectives before it in the nominative, lower case, spaces folded
    ("Председателем Совета Федерации" -> "председатель Совета Федерации";
    "первого заместителя" -> "первый заместитель"; a no-break space is a space).

    >>> role_name("Председателем Совета\xa0Федерации России")
    'председатель Совета Федерации России'
    >>> role_name("посол РФ"), role_name("Официальному представителю МИД")
    ('посол РФ', 'официальный представитель МИД')
    """
    words = " ".join(phrase.split()).split(" ")
    head = next((i for i, w in enumerate(words) if not is_adjective(w)), 0)
    nouns = [f for f in forms(words[head].lower()) if f.pos == "NOUN"]
    form = nouns[0].inflect({"Nom", "Sing"}) if nouns else None
    gender = form.tag.gender if form else None
    out = [nominative_adjective(w, gender) for w in words[:head]]
    out.append(form.word if form else words[head].lower())
    rest = [w.lower() if is_role_noun(w) and not w.isupper() else w for w in words[head + 1:]]
    return " ".join(out + rest)      # "спецпосланник Генсека ООН" -> "... генсека ООН"


def nominative_adjective(word: str, gender: str | None) -> str:
    """An adjective before a role noun in the nominative singular of its gender."""
    adjs = [f for f in forms(word.lower()) if f.tag.POS == "ADJF"]
    grams = {"Nom", "Sing"} | ({"Fem"} if gender == "femn" else {"Neut"} if gender == "neut" else {"Masc"})
    form = adjs[0].inflect(grams) if adjs else None
    return form.word if form else word.lower()


def match_score(wanted: Role, known: list[Role]) -> int | None:
    """How well a person's roles fit the wanted role; None when they clash.

    A country clash excludes the person; a matching kind or country counts.
    """
    countries = {r.country for r in known if r.country}
    kinds = {r.kind for r in known if r.kind}
    if wanted.body and not any(heads_body(wanted.body, r) for r in known):
        return None     # "глава МИД" is not the person the article made "глава кабмина"
    if wanted.country and countries and wanted.country not in countries:
        return None
    table = set(role_kinds().values()) - {GENERIC, HEAD}
    if wanted.kind in table and kinds & table and wanted.kind not in kinds:
        return None
    score = 0
    if wanted.kind and wanted.kind != GENERIC and wanted.kind in kinds:
        score += 3
    if wanted.country and wanted.country in countries:
        score += 2
    return score
