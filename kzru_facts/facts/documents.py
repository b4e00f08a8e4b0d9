"""Documents signed, to be signed, adopted or named, with their full title,
read as frames off the dependency parse.

A kind word (data/document_kinds.txt) heads the frame:

    title   the kind in the nominative with its adjectives before it
            ("Минские соглашения", "Европейская хартия", "кредитное
            соглашение") and its complement after it: a «…» name, an
            "о/об/между/по/на/в/к …" phrase, an owner's genitive, a number
            ("резолюция 2254 Совета Безопасности ООН"), as far as the kind's
            subtree in the parse reaches; never a date ("от 14 мая 1994
            года", "два года назад"), a clause or a predicate, a cause or
            time phrase (data/title_breaks.txt), "с" and a person who signed
            it, a noun joined by "и" in another case; a participle after a
            comma only when it describes a word of the title; titles listed
            after a dash ("два постановления — об … и о …") are one each
    status  from the word that governs the kind: a signing verb or participle
            (data/sign_verbs.txt) is "signed", or "planned" in the future, an
            infinitive or with a plan or draft word; a signing noun
            ("подписание") is signed unless its preposition
            (data/action_cases.txt) or the word above it (plan_words,
            undo_words, a negation, a future or infinitive) says otherwise;
            otherwise "mentioned"

A bare kind ("подписал распоряжение") counts only when it is signed, not by
a present tense (a habit: "подписывает указы") and not as a plural class a
participle describes ("договорам, заключённым Украиной"). One document per
title in an article, with the strongest status stated.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Callable

from ..analysis.doc import Doc, words
from ..analysis.lemma import forms, lemmas
from ..analysis.syntax import Parse, Word
from ..const import MENTIONED, PER, PLANNED, SIGNED
from ..data import load_set, load_table
from ..record import DateRef, Document
from .frames import case_word, negated, noun_phrase, verb_feats
from .numbers import parse_number

LINKS = {"о", "об", "между", "по", "в", "на"}
# prepositions that may open a kind's own complement ("Конвенция против пыток",
# "протокол к конвенции", "контракт с «…»"); "для", "у", "из" never do
COMPLEMENT_CASES = LINKS | {"обо", "к", "с", "со", "против", "от"}
OPENERS = "«\"„“"
STOPS = re.compile(r"[.;!?\n,:()]|\s[—–-]\s")
DIRECTIONS = {"в", "на"}                # links that need an accusative after them
TEXT_LINKS = {"о", "об", "между"}       # links whose title is read on where the parse lost it
STOP_WORDS = {"не", "который", "которое", "которая", "которые", "которого", "которой"}
MAX_TITLE = 300
# one word in brackets with the title going on in lower case after it
# ("(ОДКБ) на полигоне", "(НАТО) в Европе": a place after it is the clause's)
ASIDE = re.compile(r"\((?:[^\W\d]|-)+\)(?=\s+(?!(?:в|во|на)\s)[а-яё])")
NUMBER_AFTER = re.compile(r" ?№ ?[\w-]*\d[\w-]*")
DASH_LIST = re.compile(r"\s+[—–]\s+(?=(?:о|об|обо)\s)")              # "два постановления — об …"
ITEM_BREAK = re.compile(r"(?:,\s*(?:а\s+также\s+|и\s+)?|\s+и\s+)(?=(?:о|об|обо)\s)")   # "… и о …", "…, о …"
OWNER_WORDS = 3                       # "закон Республики Казахстан "О ...""
# not "conj": a noun joined to the kind by "и" is another thing ("закон об
# образовании и обращение к соседям"); "о дружбе и сотрудничестве" hangs lower
RIGHT = frozenset({"nmod", "appos", "nummod", "flat", "flat:name", "flat:foreign", "amod"})
TIME_WORDS = {"год", "назад", "месяц", "неделя"}   # "договор ... два года назад"
ACTIONS = {"подписание", "принятие", "заключение", "ратификация"}   # "подписание Декларации"
RANK = {SIGNED: 3, PLANNED: 2, MENTIONED: 1}
PRONOUN_ENDS = {"тем", "том", "того", "этом", "этим"}   # "… с тем, чтобы"; not "к ней": "… и принуждении к ней"
NOUNS = ("NOUN", "PROPN", "PRON")


def nominative(word: str, number: str | None = None, gender: str | None = None) -> str:
    """A noun or adjective in the nominative, keeping its number and capital:
    "Минских" -> "Минские", "соглашений" -> "соглашения", "Декларации" -> "Декларация"."""
    for p in forms(word):
        if p.pos in ("NOUN", "ADJ") and not p.feats.get("Variant"):
            want = {"Nom", number or p.feats.get("Number") or "Sing"}
            if p.pos == "ADJ" and want == {"Nom", "Sing"} and gender:
                want.add(gender)
            form = p.inflect(want) if p.feats.get("Case") != "Nom" or number else None
            out = form.word if form else word.lower()
            return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return word


def is_predicate(word: str) -> bool:
    """True for a finite verb, short participle or gerund: the title ends before it."""
    first = next(iter(forms(word)), None)
    if first is None or word.lower() in STOP_WORDS | {"не"}:
        return word.lower() in STOP_WORDS | {"не"}
    feats = first.feats
    return first.pos in ("VERB", "AUX") and (feats.get("VerbForm") in ("Fin", "Conv")
                                              or feats.get("Variant") == "Short")


def clause_end(text: str, start: int, kind: Callable[[], frozenset] | None = None) -> int:
    """Where the title of ``kind`` starting at ``start`` ends: a clause break
    outside «», or the closing » of a quotation the title stands in."""
    depth = 0
    limit = min(len(text), start + MAX_TITLE)
    skip = start
    for i in range(start, limit):
        ch = text[i]
        if i < skip:
            continue
        aside = ASIDE.match(text, i) if ch == "(" else None
        if aside:               # "зоны свободной торговли (ЗСТ) с Россией": an aside, not a break
            skip = aside.end()
            continue
        if ch == "\n":         # a title ends with its line, unless a link split the
            if text[i:i + 40].strip()[:1].islower():    # sentence: "закон\nоб изменении"
                continue
            return i
        if ch == "«":
            depth += 1
        elif ch == "»":
            if depth == 0:      # the » of a quotation: «…подготовить соглашение о …»
                return i
            depth = max(0, depth - 1)
        elif depth == 0 and STOPS.match(text, i) and not inner_mark(text, i) \
                and not inner_participle(text, i, kind):
            return i
    return limit


def inner_participle(text: str, i: int, kind: Callable[[], frozenset] | None) -> bool:
    """True for a comma before a participle that agrees with the title's last
    noun and not with the kind: the participle describes a word of the title
    ("резолюция о помощи жителям районов, пострадавших от наводнения"), not
    the document ("соглашение о поставках газа, рассчитанное на десять лет")."""
    if text[i] != "," or not kind:
        return False
    before, after = text[max(0, i - 40):i].split(), text[i + 1:i + 40].split()
    if not before or not after or not after[0].isalpha():
        return False
    part = {agreement(f) for f in forms(after[0]) if f.feats.get("VerbForm") == "Part"
            and f.feats.get("Variant") != "Short"}
    last = {agreement(f) for f in forms(before[-1]) if f.pos in NOUNS}
    return bool(part & last) and not part & kind()


def describes_title(parse: Parse, kind: Word, comma: int, mine: Callable[[], frozenset]) -> bool:
    """True when the word after the comma is a participle the parse hangs on a
    word of the title, not on the kind, and that agrees with it ("Декларации о
    правах лиц, принадлежащих к …", where "Декларации" may be plural too)."""
    after = next((w for w in parse.words if w.start > comma), None)
    if after is None or after.rel != "acl" or after.head is None or not kind.index < after.head < after.index:
        return False
    part = {agreement(f) for f in forms(after.text) if f.feats.get("VerbForm") == "Part"
            and f.feats.get("Variant") != "Short"}
    return bool(part & {agreement(f) for f in forms(parse.words[after.head].text) if f.pos in NOUNS}) \
        and not part & mine()


def agreement(form) -> tuple:
    """(case, number, gender in the singular) of a reading: what a participle
    shares with its noun."""
    feats = form.feats if hasattr(form, "feats") else form
    number = feats.get("Number")
    return feats.get("Case"), number, feats.get("Gender") if number == "Sing" else None


def kind_agreement(doc: Doc, kind: Word) -> frozenset:
    """The kind's agreement in its sentence (the tagger's reading: "соответствуют
    Декларации" is dative singular), or every dictionary reading without one."""
    tag = doc.tag_at(kind.start)
    if tag and tag[1].get("Case"):
        return frozenset({agreement(tag[1])})
    return frozenset(agreement(f) for f in forms(kind.text) if f.pos == "NOUN")


def inner_mark(text: str, i: int) -> bool:
    """True for a comma or point that does not end a title: a decimal comma
    ("на 2,5 млрд"), an abbreviation's point before a lower-case word or a
    number ("в ст. 207"), a comma after an adjective, which needs its noun
    ("в экономической, социальной и культурной сферах")."""
    ch, before = text[i], text[max(0, i - 30):i].split()
    word = before[-1] if before and text[i - 1:i].isalpha() else ""
    after = text[i + 1:i + 3]
    if ch == "," and text[i - 1:i].isdigit() and after[:1].isdigit():
        return True
    if ch == "." and 0 < len(word) <= 4 and word.islower() and after[:1] == " " \
            and (after[1:2].islower() or after[1:2].isdigit()):
        return True
    return ch == "," and word.islower() and is_adjective(word)


def is_participle(word: str) -> bool:
    """True for a word every reading of which is a full participle."""
    found = forms(word.strip(",")) if word.strip(",").isalpha() else ()
    return bool(found) and all(f.feats.get("VerbForm") == "Part" and f.feats.get("Variant") != "Short"
                               for f in found)


def is_adjective(word: str) -> bool:
    """True for a word every reading of which is a full adjective."""
    found = forms(word)
    return bool(found) and all(f.pos == "ADJ" and not f.feats.get("Variant") for f in found)


def cut_at_predicate(doc: Doc, start: int, end: int) -> int:
    """The end of the title before its first predicate word, or before a
    counted list that follows it ("Договор о … и шесть соглашений")."""
    prev = None
    for t in doc.tokens_in(start, end):
        if t.text[:1].isalpha() and is_predicate(t.text):
            return t.start
        if prev is not None and prev.text.lower() == "и" and parse_number(t.text) is not None:
            return prev.start
        prev = t
    return end


def has_subject(doc: Doc, kind: Word) -> str | None:
    """The link that opens the title after a kind word, or None: "о"/"между"
    ..., "в"/"на" with an accusative ("поправки в закон", not "поправки в
    законе"), a «…» name that opens with a capital («Об образовании», not a
    quotation that goes on «существенным образом»), or a number ("резолюция
    2254"); an owner may come first: "закон Республики Казахстан «О …»",
    "регламент Евразийского экономического союза «Об …»" (lower-case owner
    words only before a «»)."""
    words = doc.tokens_in(kind.stop, kind.stop + 200)[:OWNER_WORDS + 4]
    if " ".join(t.text.lower() for t in words[:2]) in load_set("title_intros"):
        words = words[2:]                           # "закон под названием «…»"
    elif words and words[0].text.lower() == "к" and kinds_in(words[1:3]):
        return "к"                                  # "поправки к закону «…»", "протокол к конвенции"
    lower = False
    for i, t in enumerate(words):
        low = t.text.lower()
        after = words[i + 1].text if i + 1 < len(words) else ""
        if t.text[:1] in OPENERS:
            return "«" if after[:1].isupper() else None
        if low in LINKS:
            if lower or not opens_title(words[i + 1:i + 3]):
                return None
            return low if low not in DIRECTIONS or accusative_after(words[i + 1:]) else None
        if i == 0 and t.text.isdigit():             # "резолюция 2254", not "контракт 29 штук"
            return "#" if not after[:1].isalpha() or after[:1].isupper() else None
        if not t.text[:1].isalpha() or is_predicate(t.text) or is_preposition(t.text):
            return None
        lower = lower or not t.text[:1].isupper()
    return None


def kinds_in(words) -> bool:
    """True when one of the words is a document kind: "к закону", "к Женевской конвенции"."""
    return any(lemmas(t.text) & load_set("document_kinds") for t in words)


def opens_title(after) -> bool:
    """True when the words after a link can begin a title: a word or a «…»,
    not a price ("на $40 тыс.", "на общую сумму"), speech ("о том, что") or a
    pronoun ("по этому поводу"); data/document_not_titles.txt."""
    stop = load_set("document_not_titles")
    for t in after:
        if not (t.text[:1].isalpha() or t.text[:1] in OPENERS) or lemmas(t.text) & stop \
                or t.text.lower() in stop:
            return False
        if not any(f.pos == "ADJ" for f in forms(t.text)):
            return True             # the first noun decides; an adjective may come before it
    return True


def dangling(word: str) -> bool:
    """True for a last word no title ends on: a link or a preposition ("… при",
    before "том, что"), "и", "или", an adverb ("… прямо" before a break), an
    adjective ("… на будущий" before "год"), a participle ("… 2321, принятой"),
    a demonstrative ("… с тем"); abbreviations ("по ПРО") never are."""
    low = word.lower()
    if low in LINKS | {"от", "с", "до", "и", "или", "к"} | PRONOUN_ENDS:
        return True
    return word.islower() and (is_preposition(word) or is_adverb(word)
                               or is_adjective(word) or is_participle(word))


def is_adverb(word: str) -> bool:
    """True for a word read first as an adverb: no title ends with one."""
    first = next(iter(forms(word)), None)
    return word.isalpha() and first is not None and first.pos == "ADV"


def is_preposition(word: str) -> bool:
    """True for a word read first as a preposition: an owner before a «…» name
    is a genitive ("закон Республики Альфа «О …»"), never "с форвардом «…»"."""
    if len(word) > 1 and word.isupper():
        return False            # an abbreviation: "Договор по ПРО"
    first = next(iter(forms(word)), None)
    return first is not None and first.pos == "ADP"


def accusative_after(words) -> bool:
    """True when the first noun after "в"/"на" can be accusative: "в закон", "на поставку"."""
    for t in words[:4]:
        nouns = [f for f in forms(t.text) if f.pos in ("NOUN", "PROPN")]
        if nouns:
            return any(f.feats.get("Case") == "Acc" for f in nouns)
    return False


def parse_end(parse: Parse, kind: Word, dates: list[DateRef]) -> int:
    """How far the kind's complement reaches in the parse: its nmod, appos,
    number and «name» dependents after it, without dates and clauses, up to a
    word joined by "и" that cannot share its partner's case."""
    end = kind.stop
    for d in parse.dependents(kind, RIGHT):
        if d.index < kind.index or (case_word(parse, d) or "о") not in COMPLEMENT_CASES:
            continue            # "важность Минских соглашений для мирного процесса"
        words = noun_phrase(parse, d)
        if any(lemmas(w.text) & TIME_WORDS for w in words) or \
                any(w.start <= x.start < w.stop for w in words for x in dates):
            continue
        end = max(end, max(w.stop for w in words))
    return min([end] + [parse.words[w.index - 1].start for w in parse.words
                        if kind.stop < w.start < end and foreign_conj(parse, kind, w)])


def cases(word: str) -> set[str]:
    """The cases a noun or pronoun (its first reading) can be in; empty otherwise."""
    found = forms(word)
    if not found or found[0].pos not in NOUNS:
        return set()
    return {f.feats["Case"] for f in found if f.pos in NOUNS and "Case" in f.feats}


def foreign_conj(parse: Parse, kind: Word, word: Word) -> bool:
    """True for a noun joined by "и" that cannot be in the case of any noun
    of the title before it: "закон об образовании и обращение к соседям"
    (the parser joins "обращение" to "образовании"), not "о дружбе и
    сотрудничестве" or "о модернизации регистрации агентов и принуждении"."""
    if word.rel != "conj" or word.index == 0 or parse.words[word.index - 1].text.lower() not in ("и", "а"):
        return False
    mine = cases(word.text)
    theirs = [cases(w.text) for w in parse.words[kind.index + 1:word.index]]
    return bool(mine) and any(theirs) and not any(mine & c for c in theirs)


def left_words(parse: Parse, kind: Word, bare: bool) -> list[Word]:
    """The adjectives right before the kind that belong to its name:
    "Минские", "Будапештский", "Европейская"; lower-case ones ("кредитное")
    only for a kind without a title; never "новый", "этот", a participle."""
    skip = load_set("document_skip_modifiers")
    out: list[Word] = []
    i = kind.index - 1
    while i >= 0:
        w = parse.words[i]
        first = next(iter(forms(w.text)), None)
        if w.head != kind.index or w.rel != "amod" or first is None or first.pos != "ADJ" \
                or lemmas(w.text) & skip or not (bare or w.text[:1].isupper()):
            break
        out.insert(0, w)
        i -= 1
    return out


def title_of(doc: Doc, parse: Parse, kind: Word, dates: list[DateRef]) -> tuple[str, int, int] | None:
    """(the name in the nominative, start, end) of the document a kind word
    names; a bare kind gives just its (adjectives and) kind; None when the
    title would be empty speech ("заявления о том")."""
    text = doc.text
    end = kind.stop
    link = has_subject(doc, kind)
    if link or named(doc, parse, kind):
        mine = cache(lambda: kind_agreement(doc, kind))
        stop = clause_end(text, kind.stop, mine)
        reach = parse_end(parse, kind, dates)
        lost = reach <= kind.stop and link in TEXT_LINKS | {"«", "#", "к"}
        opens_quote = text[:kind.start].rstrip()[-1:] == "«" and text[stop:stop + 1] == "»"
        end = stop if lost or opens_quote else min(stop, reach)   # the parse lost an "о …": the
        # clause; «Закон о … и …»: the name the kind opens, up to its closing mark
        if text[end:end + 1] == "," and (inner_participle(text, end, mine)
                                         or describes_title(parse, kind, end, mine)):
            stop = end = clause_end(text, end + 1, mine)     # "… районов, пострадавших от …"
        opener = text[kind.stop:stop].lstrip()[:1]
        if opener and opener in OPENERS and quoted_end(text, kind.stop) > kind.stop:
            end = quoted_end(text, kind.stop)      # "закон «О …»": the name ends with its mark
            number = NUMBER_AFTER.match(text, end)     # or with its number: "… » № 764-VII"
            end = number.end() if number else end
        end = cut_at_break(doc, kind.stop, cut_at_time(doc, kind.stop, cut_at_predicate(doc, kind.stop, end), dates))
    tail = text[kind.stop:end].rstrip().rstrip("—–-").rstrip()
    while tail.split() and dangling(tail.split()[-1]):
        tail = tail[:tail.rstrip().rfind(" ")].rstrip() if " " in tail.strip() else ""
    if sum(any(c.isalnum() for c in w) for w in tail.split()) < 2 and not tail.strip()[:1].isdigit():
        tail = ""                                  # "соглашение о«": a link with nothing after it
    left = left_words(parse, kind, bare=not tail.strip())
    readings = [f for f in forms(kind.text) if f.pos == "NOUN"]
    gender = next((f.feats.get("Gender") for f in readings), None)
    plural = all(f.feats.get("Number") == "Plur" for f in readings) or any(
        all(f.feats.get("Number") == "Plur" for f in forms(w.text) if f.pos == "ADJ") for w in left)
    number = "Plur" if plural else None
    head = nominative(kind.text, number)
    words = [nominative(w.text, number if number == "Plur" else None, gender) for w in left]
    name = " ".join(words + [head]) + (" " + " ".join(tail.split()) if tail.strip() else "")
    start = left[0].start if left else kind.start
    return name, start, kind.stop + len(tail)


def cut_at_time(doc: Doc, start: int, end: int, dates: list[DateRef]) -> int:
    """The end of a title before a date or a time word inside it: "договор
    об ассоциации с ЕС два года назад", "соглашение ... от 14 мая 1994 года"."""
    for d in dates:
        if start <= d.start < end:
            end = d.start
    toks = doc.tokens_in(start, end)
    for i, t in enumerate(toks):
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if lemmas(t.text) & TIME_WORDS:
            return t.start
        if parse_number(t.text) is not None and lemmas(nxt) & TIME_WORDS:    # "два года назад"
            return t.start
    return end


def cut_at_break(doc: Doc, start: int, end: int) -> int:
    """The end of a title before a preposition that opens a cause, a time or a
    comparison outside «…» (data/title_breaks.txt): "Конвенция о ... в связи с
    отравлением", "закон о ... по аналогии с мерами"; or before "с" and a
    person, who signed it with someone: "соглашение о ... со Стивеном Смитом"."""
    breaks = [b.split() for b in load_set("title_breaks")]
    people = {e.start for e in doc.entities if e.type == PER and start <= e.start < end}
    toks = doc.tokens_in(start, end)
    depth = 0
    for i, t in enumerate(toks):
        depth += (t.text in "«„") - (t.text in "»“")
        low = [w.text.lower() for w in toks[i:i + 3]]
        partner = low[0] in ("с", "со") and len(toks) > i + 1 and toks[i + 1].start in people
        if depth <= 0 and (partner or any(low[:len(b)] == b for b in breaks)):
            return t.start
    return end


def quoted_end(text: str, start: int) -> int:
    """The end of the «…» name that opens right after ``start`` (nested marks kept)."""
    depth = 0
    for i in range(start, min(len(text), start + MAX_TITLE)):
        if text[i] == "«":
            depth += 1
        elif text[i] == "»":
            depth -= 1
            if depth <= 0:
                return i + 1
    return start


def status_of(parse: Parse, kind: Word) -> str | None:
    """signed / planned from the word that governs the kind, None when nothing
    signs, adopts or prepares it."""
    sign, plan, draft = load_set("sign_verbs"), load_set("plan_words"), load_set("draft_words")
    for dep in parse.dependents(kind, frozenset({"amod", "acl"})):     # "принятой резолюции"
        if lemmas(dep.text) & sign and verb_feats(dep.text).get("VerbForm") == "Part":
            return SIGNED
    head = parse.head(kind)
    if head is not None and lemmas(head.text) & ACTIONS:
        return action_status(parse, head)
    if head is None or kind.rel not in ("obj", "nsubj:pass", "nsubj", "conj"):
        return None
    for _ in parse.words:               # at most once a word: a window's parse may loop
        if head is None or kind.rel != "conj" or lemmas(head.text) & sign:
            break
        kind, head = head, parse.head(head)
    if head is None or negated(parse, head) or (kind.rel == "nsubj" and
                                                 verb_feats(head.text).get("Voice") != "Pass"):
        return None
    if lemmas(head.text) & draft:
        return PLANNED
    feats = verb_feats(head.text)
    above = parse.head(head)
    if not lemmas(head.text) & sign or (above is not None and head.rel == "xcomp" and negated(parse, above)):
        return None             # "не стал подписывать"
    planned = (feats.get("Tense") == "Fut" or feats.get("VerbForm") == "Inf"
               or any(verb_feats(w.text).get("Tense") == "Fut"      # "будет подписан", not "был"
                      for w in parse.dependents(head, frozenset({"aux", "aux:pass"})))
               or (above is not None and head.rel == "xcomp" and lemmas(above.text) & plan))
    return PLANNED if planned else SIGNED


def action_status(parse: Parse, action: Word) -> str | None:
    """signed / planned / None from a signing noun above the kind ("подписание
    Декларации"): its preposition (data/action_cases.txt: "за принятие" is
    planned, "против принятия" is not signed), the word above it (undone:
    "аннулировал подписание", a negation; planned: "возможность заключения",
    a future "станет подписание", an infinitive "ускорить подписание"); else
    signed ("завершилась подписанием")."""
    cases = load_table("action_cases")
    case = case_word(parse, action)
    if case in cases:
        return PLANNED if cases[case][0] == PLANNED else None
    above = parse.head(action)
    for _ in parse.words:               # "составлением или заключением"; a window's parse
        if above is None or action.rel != "conj":      # may loop, so at most once a word
            break
        action, above = above, parse.head(above)
    if above is None:
        return SIGNED
    if lemmas(above.text) & load_set("undo_words") or negated(parse, above):
        return None
    feats = verb_feats(above.text)
    if feats.get("Tense") == "Fut" or feats.get("VerbForm") == "Inf" or lemmas(above.text) & load_set("plan_words"):
        return PLANNED          # "станет подписание", "ускорить подписание", "возможность заключения"
    return SIGNED


def habitual(parse: Parse, kind: Word) -> bool:
    """True when the verb that signs a kind is in the present tense: with no
    title that is a habit or a rule ("подписывает указы", "если государство
    подписывает соответствующий договор"); with one, a headline's present
    ("Президент подписывает закон о бюджете") still signs."""
    head = parse.head(kind)
    return head is not None and bool(lemmas(head.text) & load_set("sign_verbs")) \
        and verb_feats(head.text).get("Tense") == "Pres" and verb_feats(head.text).get("VerbForm") == "Fin"


def a_class(parse: Parse, kind: Word) -> bool:
    """True for a plural kind that a participle describes and no verb signs:
    a class, not a signing ("не соответствует международным договорам,
    заключённым Украиной"); "в принятой резолюции" is one document and
    "заключили контракты" an event."""
    nouns = [f for f in forms(kind.text) if f.pos == "NOUN"]
    if not nouns or any(f.feats.get("Number") != "Plur" for f in nouns):
        return False
    head = parse.head(kind)
    signed_by_head = head is not None and bool(lemmas(head.text) & (load_set("sign_verbs") | ACTIONS))
    return not signed_by_head and any(verb_feats(d.text).get("VerbForm") == "Part"
                                      for d in parse.dependents(kind, frozenset({"amod", "acl"})))


def kind_of(document: Document) -> frozenset[str]:
    """The lemmas of a document's kind word: "закон" for "закон «Об …»"."""
    kinds = load_set("document_kinds")
    return next((lemmas(w) & kinds for w in document.name.split() if lemmas(w) & kinds), frozenset())


def merge(found: list[Document]) -> list[Document]:
    """One document per title: a title whose words all lie in a longer one's
    ("Соглашение об ассоциации" in "Соглашение об ассоциации между ЕС и
    Молдовой", a bare "указ" in "указ о назначении ...") is that document;
    the fullest title and the strongest status are kept."""
    def key(d: Document) -> frozenset[str]:
        return frozenset(w.lower().replace("ё", "е")[:5] for w in (t.text for t in words(d.name)))

    out: list[Document] = []
    for d in sorted(found, key=lambda d: -len(key(d))):
        same = next((i for i, o in enumerate(out) if key(d) <= key(o) and kind_of(d) == kind_of(o)), None)
        if same is None:
            out.append(d)
        elif RANK[d.status] > RANK[out[same].status]:
            o = out[same]
            out[same] = Document(o.name, d.status, o.text, o.start, o.end)
    return sorted(out, key=lambda d: d.start)


def named(doc: Doc, parse: Parse, kind: Word) -> bool:
    """A kind written as a name: capitalised mid-sentence ("Европейской хартии
    региональных языков", "Конвенции о ...") or after a capitalised adjective."""
    i = kind.index
    while i > 0 and parse.words[i - 1].rel == "amod" and parse.words[i - 1].head == kind.index:
        i -= 1
    start = parse.words[i].start
    return doc.text[start:start + 1].isupper() and not first_word(doc, start)


def first_word(doc: Doc, start: int) -> bool:
    """True at the start of a sentence, where a capital says nothing."""
    sent = doc.sentence_at(start)
    return sent is None or not doc.text[sent.start:start].strip(" «\"-—–")


def worth_parsing(doc: Doc, token) -> bool:
    """True when the kind may name a document: a title follows, a name's
    capital stands before it, or its sentence signs, adopts or drafts
    (speed: most kind words in an article are passing mentions)."""
    if has_subject(doc, token):
        return True
    before = doc.tokens_in(max(0, token.start - 40), token.start)[-1:]
    if token.text[:1].isupper() or (before and before[0].text[:1].isupper()):
        return True
    sent = doc.sentence_at(token.start)
    words = load_set("sign_verbs") | load_set("draft_words") | ACTIONS
    return sent is not None and doc.has_lemma_in(words, sent.start, sent.end)


def dash_list(doc: Doc, kind: Word, dates: list[DateRef]) -> list[tuple[int, int]]:
    """(start, end) of each title listed after a dash: "подписаны два
    постановления — об отмене пошлин и о введении квот" gives "об отмене
    пошлин" and "о введении квот"; nothing when no "о …" follows the dash."""
    text = doc.text
    dash = DASH_LIST.match(text, kind.stop)
    if not dash or not opens_title(doc.tokens_in(dash.end(), dash.end() + 60)[1:3]):
        return []
    mine = cache(lambda: kind_agreement(doc, kind))
    stop = clause_end(text, dash.end(), mine)
    while ITEM_BREAK.match(text, stop):                 # "о торговле, о туризме"
        stop = clause_end(text, stop + 1, mine)
    breaks = [m for m in ITEM_BREAK.finditer(text[:stop + 5], dash.end()) if m.start() < stop]
    starts = [dash.end()] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [stop]
    found = []
    for a, b in zip(starts, ends):
        end = cut_at_break(doc, a, cut_at_time(doc, a, cut_at_predicate(doc, a, b), dates))
        if len(text[a:end].split()) >= 2:
            found.append((a, a + len(text[a:end].rstrip())))
    return found


def find_documents(doc: Doc, dates: list[DateRef] = ()) -> list[Document]:
    """Documents named with their title, or signed without one, in text order.

    Args:
        doc: the analysed article.
        dates: its dates, which never belong to a title.
    """
    kinds = load_set("document_kinds")
    out: list[Document] = []
    for t in doc.with_lemma(kinds):
        if not t.text[:1].isalpha():
            continue
        if out and out[-1].start <= t.start < out[-1].end and not t.text[:1].isupper():
            continue            # a kind inside a title, unless a named one: "в Соглашение между ..."
        if not worth_parsing(doc, t):
            continue
        parse = doc.parse_at(t.start)
        kind = parse.at(t.start) if parse else None
        if kind is None:
            continue
        name, start, end = title_of(doc, parse, kind, list(dates))
        status = status_of(parse, kind)
        items = dash_list(doc, kind, list(dates)) if end == kind.stop else []
        out.extend(Document(f"{nominative(kind.text, 'Sing')} {doc.text[a:b]}", status or MENTIONED,
                            doc.text[a:b], a, b) for a, b in items)
        if items:
            continue
        titled = end > kind.stop or (start < kind.start and named(doc, parse, kind))
        if titled or (status == SIGNED and not habitual(parse, kind) and not a_class(parse, kind)):
            out.append(Document(name, status or MENTIONED, doc.text[start:end], start, end))
    return merge(out)
