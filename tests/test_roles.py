"""Role phrases: kind and country of a description, and matching them to people."""
from __future__ import annotations

import pytest

from kzru_facts.record import Entity
from kzru_facts.analysis.roles import Role, country_of, find_role, match_score, read_role


@pytest.mark.parametrize("word,country", [
    ("российский", "россия"), ("РФ", "россия"), ("Кремля", "россия"),
    ("Казахстана", "казахстан"), ("казахстанского", "казахстан"), ("РК", "казахстан"),
    ("немецкий", "германия"), ("КНР", "китай"), ("американский", "сша"),
    ("встреча", None), ("президент", None),
])
def test_country_of(word, country):
    assert country_of(word) == country


@pytest.mark.parametrize("phrase,kind,country", [
    ("российский лидер", "leader", "россия"),
    ("президент Республики Казахстан", "leader", "казахстан"),
    ("представитель Кремля", "spokesperson", "россия"),
    ("пресс-секретарь российского лидера", "spokesperson", "россия"),
    ("посол России в Казахстане", "diplomat", "россия"),     # the first country is the sender
    ("первый президент Казахстана", "leader", "казахстан"),  # "первый" is not the head
    ("глава государства", "leader", None),
    ("глава МИД", "anyone", None),                           # a head of an office, not a state
    ("Его казахстанский коллега", "anyone", "казахстан"),
    ("журналисты в зале", "журналист", None),
    ("вчера вечером", None, None),
])
def test_read_role(phrase, kind, country):
    role = read_role(phrase)
    assert (role.kind, role.country) == (kind, country)


@pytest.mark.parametrize("wanted,known,score", [
    (Role("leader", "россия", ""), [Role("leader", "россия", "")], 5),
    (Role("leader", "россия", ""), [Role("leader", "казахстан", "")], None),   # country clash
    (Role("leader", "россия", ""), [], 0),                                      # nothing known
    (Role("leader", None, ""), [Role("spokesperson", "россия", "")], None),     # kind clash
    (Role("anyone", "казахстан", ""), [Role("leader", "казахстан", "")], 2),
    (Role("diplomat", None, ""), [Role("diplomat", "россия", "")], 3),
])
def test_match_score(wanted, known, score):
    assert match_score(wanted, known) == score


@pytest.mark.parametrize("text,name,role", [
    ("Об этом заявил посол РФ Алексей Бородавкин.", "Алексей Бородавкин", "посол РФ"),
    ("Глава Казахстана Касым-Жомарт Токаев прибыл.", "Касым-Жомарт Токаев", "Глава Казахстана"),
    # a verb ends the phrase: the role belongs to the first person
    ("Президент Казахстана Касым-Жомарт Токаев встретился с Владимиром Путиным.", "Владимиром Путиным", None),
    # a comma ends the phrase
    ("Как отметил глава республики, комментируя встречу Путина, всё хорошо.", "Путина", None),
    ("Вчера Алексей Бородавкин прибыл.", "Алексей Бородавкин", None),
])
def test_find_role(text, name, role):
    start = text.index(name)
    mention = Entity("PER", name, name, start, start + len(name))
    assert find_role(text, mention) == role


ROLE_NAMES = [
    ("Председателем Совета Федерации России", "председатель Совета Федерации России"),
    ("президенту", "президент"),
    ("Президента Российской Федерации", "президент Российской Федерации"),
    ("посол\xa0РФ", "посол РФ"),
    ("пресс-секретаря Кремля", "пресс-секретарь Кремля"),
    ("министром иностранных дел", "министр иностранных дел"),
]


@pytest.mark.parametrize("phrase, expected", ROLE_NAMES)
def test_role_name_is_nominative_lower_case_and_folded(phrase, expected):
    from kzru_facts.analysis.roles import role_name
    assert role_name(phrase) == expected
