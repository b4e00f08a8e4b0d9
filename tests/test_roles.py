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


@pytest.mark.parametrize("text,name,role", [
    # a coordination ends the phrase
    ("Выступил мэр Омска и бывший депутат Иван Петров.", "Иван Петров", "мэр Омска"),
    # another person's name in the mention's case: the role is that person's
    ("В зале были сенатор Иван Петров и Анна Ли.", "Анна Ли", None),
    ("Встретились президент Франции Жака Ширака и Польши Лех Валенса.", "Лех Валенса", None),
    # a genitive name inside the role, no coordination: the role holds it
    ("Ответил пресс-секретарь мэра Ивана Петрова Олег Сидоров.", "Олег Сидоров",
     "пресс-секретарь мэра Ивана Петрова"),
    # the head agrees with the mention: the genitive mention gets the inner role
    ("Ответил пресс-секретарь мэра Омска Ивана Петрова Олег Сидоров.", "Ивана Петрова", "мэра Омска"),
    # the person's own first name is no part of the role
    ("Так решил губернатор области Олег Сидоров.", "Сидоров", "губернатор области"),
    # "после" is no "посол"; a preposition before the name; a plural role word
    ("После звонка Ивану Петрову всё стало ясно.", "Ивану Петрову", None),
    ("Спор был у мэра с Иваном Петровым вчера.", "Иваном Петровым", None),
    ("Из 300 депутатов Иван Петров голосовал против.", "Иван Петров", None),
    # a role adjective before the noun belongs to the role
    ("Это подписал первый заместитель министра Олег Сидоров.", "Олег Сидоров", "первый заместитель министра"),
    ("Ответила глава Европейского союза вещателей (EBU) Анна Ли.", "Анна Ли",
     "глава Европейского союза вещателей (EBU)"),
])
def test_find_role_stops_at_coordination_and_other_names(text, name, role):
    start = text.index(name)
    mention = Entity("PER", name, name, start, start + len(name))
    assert find_role(text, mention) == role


@pytest.mark.parametrize("phrase, expected", [
    ("первого заместителя председателя правительства", "первый заместитель председателя правительства"),
    ("Официальному представителю МИД", "официальный представитель МИД"),
    ("генеральным директором компании", "генеральный директор компании"),
    ("спецпосланником Генсека ООН по Сирии", "спецпосланник генсека ООН по Сирии"),
    ("Пресс-секретарем Президента России", "пресс-секретарь президента России"),
])
def test_role_name_puts_adjectives_in_the_nominative(phrase, expected):
    from kzru_facts.analysis.roles import role_name
    assert role_name(phrase) == expected
