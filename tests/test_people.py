"""One referent per person within an article, named by its fullest form."""
import pytest

from kzru_facts.const import LOC, PER
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
