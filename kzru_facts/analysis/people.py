"""One referent per person, organisation or place within an article.

"Токаева", "Токаев", "Касым-Жомарт Токаев" and "Президент Токаев" are one
person whose canonical name is the fullest nominative form the article
gives. Each person also collects the roles the article gives them
("посол РФ", "президент Казахстана"), which speaker resolution reads.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache

from ..const import PER
from ..data import read_lines
from .doc import Doc, words
from .lemma import forms, lemmas
from .morph import known
from ..record import Entity, Referent
from .repeats import CASE_ENDINGS
from .roles import find_role, role_name

PERSON_NORMAL_IS_CANONICAL = True


def name_words(name: str) -> list[str]:
    """A name's words, lower case, ё as е: "Касым-Жомарт Токаев" -> ["касым-жомарт", "токаев"]."""
    return [w.text.lower().replace("ё", "е") for w in words(name)]


def is_patronymic(word: str) -> bool:
    """"Владимирович", "Максумович": pymorphy reads a patronymic."""
    return any("Patr" in f.tag.grammemes for f in forms(word))


def person_key(entity: Entity) -> str:
    """The surname (last word); for "Имя Отчество" the first name."""
    words = name_words(entity.normal or entity.text)
    if len(words) > 1 and is_patronymic(words[-1]):
        return words[0]
    return words[-1] if words else ""


def is_partial(entity: Entity) -> bool:
    """A first name alone or with a patronymic: "Владимир Владимирович"."""
    words = name_words(entity.normal or entity.text)
    return len(words) == 1 or (len(words) > 1 and is_patronymic(words[-1]))


def fullest(names: list[str]) -> str:
    """The form with most words (then letters: "Владимир" over "В."), a
    patronymic-only form last; the earliest among equals."""
    return max(names, key=lambda n: (not is_patronymic(n.split()[-1]) if len(n.split()) > 1 else True,
                                     len(n.split()), len(n), -names.index(n)))


def nominative_name(key: str, names: list[str]) -> str:
    """The fullest name, in the form whose surname is the group's (the
    nominative) when forms of as many words differ only there: "Ларс
    Эриксен", not "Ларс Эриксена"; "Ван Цзэмин" when no mention has it."""
    best = fullest(names)
    surname = key.split("|")[0]
    words = best.split()
    last = (name_words(best) or [""])[-1]
    if len(words) < 2 or not surname or last == surname or not last.startswith(surname[:3]) \
            or name_words(words[-1]) != [last]:
        return best
    same = [n for n in names if len(n.split()) == len(words) and (name_words(n) or [""])[-1] == surname]
    if same:
        return fullest(same)
    stem = words[-1][:len(surname)]
    return " ".join(words[:-1] + [stem]) if stem.lower().replace("ё", "е") == surname else best


def split_first_names(groups: dict[str, list[Entity]]) -> dict[str, list[Entity]]:
    """Same surname, different first names: two people ("Иван Петров", "Сергей
    Петров"); a bare surname joins the person named last before it (or first),
    a bare first name the person of that first name."""
    out: dict[str, list[Entity]] = {}
    for key, ms in groups.items():
        firsts = [w[0] for m in ms if len(w := name_words(m.normal or m.text)) > 1 and len(w[0]) > 1]
        last = f"{key}|{firsts[0]}" if firsts else f"{key}|"
        for m in ms:
            words = name_words(m.normal or m.text)
            if len(words) > 1:
                first = next((f for f in firsts if f.startswith(words[0])), words[0])  # "В. Путин"
                last = f"{key}|{first}"
            elif words and words[0] != key and words[0] in firsts:     # "Аздан" of "Аздан Алиев"
                out.setdefault(f"{key}|{words[0]}", []).append(m)
                continue
            out.setdefault(last, []).append(m)
    return out


# Oblique endings of a name word and the nominative endings they replace:
# "Рёля" of "Рёль", "Сорокиной" of "Сорокина" (after CASE_ENDINGS: "Карлсена" of "Карлсен").
REPLACED_ENDINGS = (("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("ём", "ь"), ("е", "ь"), ("я", "й"), ("ю", "й"),
                    ("ем", "й"), ("е", "й"), ("я", ""), ("ой", "а"), ("у", "а"), ("е", "а"), ("ы", "а"))
# Endings only a man's name word takes (a woman's "-ова" has "-овой"): "Цзэмином".
MASCULINE_ONLY = ("ом", "ым", "ем")


def case_stem(key: str, keys) -> str | None:
    """The other key of which ``key`` is a case form, if any."""
    for e in CASE_ENDINGS:
        if e and key.endswith(e) and key[:-len(e)] in keys:
            return key[:-len(e)]
    return next((key[:-len(e)] + tail for e, tail in REPLACED_ENDINGS
                 if key.endswith(e) and key[:-len(e)] + tail in keys and key[:-len(e)] + tail != key), None)


def first_name(mentions: list[Entity]) -> str | None:
    """The first word of the fullest of a person's mentions, lower case (None for a lone surname)."""
    words = name_words(fullest([m.normal or m.text for m in mentions]))
    return words[0] if len(words) > 1 else None


def join_case_forms(groups: dict[str, list[Entity]]) -> None:
    """A surname left in another case joins the person of the article whose
    surname it inflects, when alone or with the same first name: "Токаева"
    the "…Токаев", "обвинило Жураса" the "Богдан Журас", "Ларс Эриксена" (a
    form the normaliser could not undo) the "Ларс Эриксен". Two such forms
    of a man's name and no nominative ("Ван Цзэмина", "Ван Цзэмином") join
    under the stem they share."""
    for key in list(groups):
        stem = case_stem(key, groups)
        if stem and (all(len(name_words(m.normal or m.text)) == 1 for m in groups[key])
                     or first_name(groups[key]) == first_name(groups[stem])):
            groups[stem].extend(groups.pop(key))
    shared: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for key in groups:
        for e in CASE_ENDINGS:
            if e and key.endswith(e) and len(key) - len(e) > 3:
                shared[(key[:-len(e)], first_name(groups[key]))].append(key)
    for (stem, first), keys in shared.items():
        if len(keys) > 1 and first and stem not in groups and any(k.endswith(MASCULINE_ONLY) for k in keys) \
                and all(k in groups for k in keys):
            groups[stem] = sorted((m for k in keys for m in groups.pop(k)), key=lambda m: m.start)


def aliases(text: str, entities: list[Entity]) -> dict[str, str]:
    """Nickname key -> person key, from a one-word name in brackets right after
    a full one: "Александр Петров (Хирург)", "Владимиром Кузнецовым (Вованом)"."""
    people = [e for e in entities if e.type == PER]
    return {person_key(b): person_key(a) for a, b in zip(people, people[1:])
            if len(name_words(a.normal or a.text)) > 1 and len(name_words(b.normal or b.text)) == 1
            and text[a.end:b.start].strip() == "(" and text[b.end:b.end + 1] == ")"}


def group_people(entities: list[Entity], text: str = "") -> dict[str, list[Entity]]:
    """Person mentions grouped by surname; a lone first name joins its person,
    a nickname given in brackets the person it names."""
    groups: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type == PER:
            groups[person_key(e)].append(e)
    for alias, key in aliases(text, entities).items():
        if alias != key and alias in groups and key in groups:
            groups[key] = sorted(groups[key] + groups.pop(alias), key=lambda m: m.start)
    join_case_forms(groups)
    firsts = {name_words(fullest([m.normal or m.text for m in ms]))[0]: k
              for k, ms in groups.items() if not all(is_partial(m) for m in ms)}
    for k, ms in groups.items():        # any other first name the person is given in full
        for m in ms:
            words = name_words(m.normal or m.text)
            if len(words) > 1 and not is_patronymic(words[-1]):
                firsts.setdefault(words[0], k)
    for key in list(groups):
        if key in firsts and firsts[key] != key and all(is_partial(m) for m in groups[key]):
            groups[firsts[key]].extend(groups.pop(key))
    return split_first_names(groups)


def build_referents(doc: Doc | str, entities: list[Entity]) -> list[Referent]:
    """Referents in order of first mention, each with its canonical name (roles read off the Doc)."""
    out: list[Referent] = []
    text = doc.text if isinstance(doc, Doc) else doc
    for key, mentions in group_people(entities, text).items():
        name = nominative_name(key, [m.normal or m.text for m in mentions])
        roles = tuple(dict.fromkeys(role_name(r) for m in mentions if (r := find_role(doc, m))))
        out.append(Referent(PER, name, roles, tuple(mentions)))
    others: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type != PER:
            variant = variant_of(e.normal or e.text)
            others[("", variant) if variant else (e.type, fold(e.normal or e.text))].append(e)
    for (etype, key), mentions in others.items():
        out.append(Referent(mentions[0].type, place_name(mentions) if etype else key, (), tuple(mentions)))
    return sorted(out, key=lambda r: r.mentions[0].start)


def fold(name: str) -> str:
    """A name for comparison: lower case, ё as е, spaces folded.

    >>> fold("Соединённые  Штаты")
    'соединенные штаты'
    """
    return " ".join(name.lower().replace("ё", "е").split())


@cache
def variants() -> dict[str, str]:
    """Folded variant -> canonical name, from data/entity_variants.txt."""
    table = {}
    for line in read_lines("entity_variants"):
        names = [n.strip() for n in line.split("|")]
        for n in names:
            table[fold(n)] = names[0]
    return table


def variant_of(name: str) -> str | None:
    """The canonical name of a listed place or body ("РФ" -> "Россия"), read
    through lemmas when the nominative missed a word ("Соединённых Штаты")."""
    found = variants().get(fold(name))
    if found or len(name.split()) < 2:
        return found
    words = [lemmas(w) for w in name.split()]
    return next((canonical for variant, canonical in variants().items() if len(variant.split()) == len(words)
                 and all(have & lemmas(w) for have, w in zip(words, variant.split()))), None)


def place_name(mentions: list[Entity]) -> str:
    """The name of a place or body: the first nominative not set in capitals
    (a dateline "АСТАНА" is no spelling of "Астана"), else a capitalised word
    in title case; acronyms stay ("НАТО", "МИД")."""
    names = [m.normal or m.text for m in mentions]
    return next((n for n in names if not n.isupper()), None) or title_case(names[0])


def title_case(name: str) -> str:
    """Dictionary words set in capitals, in title case: "АСТАНА" -> "Астана",
    "АЛМА-АТА" -> "Алма-Ата"; acronyms as written.

    >>> title_case("АСТАНА"), title_case("НАТО"), title_case("МИД"), title_case("ЮЖНАЯ КОРЕЯ")
    ('Астана', 'НАТО', 'МИД', 'Южная Корея')
    """
    out = name
    for w in words(name):
        if is_spelled_word(w.text):
            out = out[:w.start] + "-".join(p.capitalize() for p in w.text.split("-")) + out[w.stop:]
    return out


def is_spelled_word(word: str) -> bool:
    """A capitalised word that is no acronym: pymorphy knows it, not as an abbreviation."""
    fs = forms(word)
    return len(word) > 3 and any(known(f.word) for f in fs) and not any("Abbr" in f.tag.grammemes for f in fs)


def canonicalize(entities: list[Entity], referents: list[Referent]) -> list[Entity]:
    """Entities with ``canonical`` set to their referent's name."""
    by_span = {(m.start, m.end): r.name for r in referents for m in r.mentions}
    return [Entity(e.type, e.text, person_normal(e, by_span.get((e.start, e.end))),
                   e.start, e.end, by_span.get((e.start, e.end)))
            for e in entities]


def person_normal(entity: Entity, canonical: str | None) -> str | None:
    """A person's ``normal``: the canonical name when this mention is only a
    part of it ("Токаева" -> "Касым-Жомарт Токаев"), else the mention's own."""
    if entity.type == PER and canonical and PERSON_NORMAL_IS_CANONICAL:
        return canonical
    return entity.normal
