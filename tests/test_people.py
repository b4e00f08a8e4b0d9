"""One referent per person within an article, named by its fullest form."""
import pytest

from kzru_facts.const import LOC, ORG, PER
from kzru_facts.analysis.people import build_referents, canonicalize
from kzru_facts.record import Entity


def mentions(*names):
    """PER entities (text = normal) laid out one after another."""
    out, pos = [], 0
    for n in names:
        typ, n = (LOC, n[4:]) if n.startswith("LOC:") else (PER, n)
        out.append(Entity(typ, n, n, pos, pos + len(n)))
        pos += len(n) + 1
    return out


@pytest.mark.parametrize("names, people", [
    (["Токаев", "Касым-Жомарт Токаев", "Токаев"], ["Касым-Жомарт Токаев"]),
    (["Иван Петров", "Петров", "Анна Ли"], ["Иван Петров", "Анна Ли"]),
    (["Владимир Путин", "Владимир Владимирович"], ["Владимир Путин"]),
    (["Марат Максумович", "Марат Сыздыков"], ["Марат Сыздыков"]),
    (["Иван Петров", "Сергей Петров", "Петров"], ["Иван Петров", "Сергей Петров"]),  # two people
    (["Касым-Жомарт Токаев", "Токаева"], ["Касым-Жомарт Токаев"]),   # a mention left in -а
    (["В. Путин", "Владимир Путин"], ["Владимир Путин"]),
    (["LOC:Астана"], []),
    ([], []),
])
def test_people(names, people):
    ents = mentions(*names)
    refs = build_referents(" ".join(names), ents)
    assert [r.name for r in refs if r.type == PER] == people


def test_every_person_mention_gets_its_canonical_name():
    ents = mentions("Токаева", "Касым-Жомарт Токаев", "LOC:Астана")
    out = canonicalize(ents, build_referents("", ents))
    assert [e.canonical for e in out] == ["Касым-Жомарт Токаев", "Касым-Жомарт Токаев", "Астана"]
    assert [e.normal for e in out][:2] == ["Касым-Жомарт Токаев"] * 2
    assert out[2].normal == "Астана"


@pytest.mark.parametrize("names, people", [
    (["Богдан Журас", "Жураса"], ["Богдан Журас"]),                   # a lone surname in another case
    (["Тимур Алиев", "Султан Алиев", "Тимур"], ["Тимур Алиев", "Султан Алиев"]),   # a bare first name
    (["Иван Петров", "Иванова"], ["Иван Петров", "Иванова"]),         # another surname, not a case form
    # a full name the normaliser left in a case ending joins its nominative, which names it
    (["Ли Дон Гёля", "Ли Дон Гёль"], ["Ли Дон Гёль"]),
    (["Ларс Эриксена", "Ларс Эриксен"], ["Ларс Эриксен"]),
    # two case forms of a man's name and no nominative: the stem they share ("-ом" is masculine)
    (["Ван Цзэмина", "Ван Цзэмином"], ["Ван Цзэмин"]),
    # not one person: other first names
    (["Иван Петров", "Мария Петрова"], ["Иван Петров", "Мария Петрова"]),
    (["Анна Сорокина", "Анна Сорокиной"], ["Анна Сорокина"]),      # a woman: "-ой" of "-а"
    (["Иван Петров -", "Петров"], ["Иван Петров -"]),                # a name that ends in no word
])
def test_people_join_case_forms_and_first_names(names, people):
    ents = mentions(*names)
    assert [r.name for r in build_referents(" ".join(names), ents) if r.type == PER] == people


def places(*named):
    """(type, normal) entities laid out one after another."""
    out, pos = [], 0
    for typ, n in named:
        out.append(Entity(typ, n, n, pos, pos + len(n)))
        pos += len(n) + 1
    return out


@pytest.mark.parametrize("named, referents", [
    ([(LOC, "РФ"), (LOC, "Россия"), (LOC, "Российская Федерация")], [("Россия", 3)]),
    ([(LOC, "Белоруссия"), (LOC, "Беларусь")], [("Беларусь", 2)]),
    ([(LOC, "Соединённые Штаты"), (LOC, "США")], [("США", 2)]),
    ([(ORG, "Евросоюз"), (LOC, "ЕС")], [("ЕС", 2)]),
    ([(LOC, "АСТАНА"), (LOC, "Астана")], [("Астана", 2)]),          # a dateline is no spelling
    ([(LOC, "АСТАНА")], [("Астана", 1)]),
    ([(ORG, "НАТО")], [("НАТО", 1)]),                                 # an acronym stays
    ([(LOC, "Москва"), (LOC, "Московская область")], [("Москва", 1), ("Московская область", 1)]),
    ([(LOC, "Австрия"), (LOC, "Австралия")], [("Австрия", 1), ("Австралия", 1)]),
])
def test_places_under_variant_names_are_one_referent(named, referents):
    ents = places(*named)
    refs = build_referents("", ents)
    assert [(r.name, len(r.mentions)) for r in refs] == referents


def test_a_nickname_in_brackets_is_the_person_it_follows():
    text = "Иван Петров (Хирург) приехал. Хирург сказал, что рад. Иван Хирург уехал."
    ents = [Entity(PER, w, w, text.index(w, pos), text.index(w, pos) + len(w))
            for w, pos in (("Иван Петров", 0), ("Хирург", 12), ("Хирург", 30), ("Иван Хирург", 50))]
    assert [r.name for r in build_referents(text, ents)] == ["Иван Петров"]
    assert len(build_referents("Иван Петров и Хирург.", [ents[0], Entity(PER, "Хирург", "Хирург", 14, 20)])) == 2
