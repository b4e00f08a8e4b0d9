"""The number grammar: digits, words in every case and gender, ordinals, compounds."""
import pytest

from kzru_facts.analysis.doc import Doc
from kzru_facts.facts.numbers import find_numbers, parse_compound, parse_number

CASES = [
    ("Путин совершил 33 визита.", [(33, "33", False)]),
    ("Он совершил тридцать три визита.", [(33, "тридцать три", False)]),
    ("в течение трех часов", [(3, "трех", False)]),
    ("девять филиалов вузов", [(9, "девять", False)]),
    ("беседа шла 2,5 часа", [(2.5, "2,5", False)]),
    ("полтора часа", [(1.5, "полтора", False)]),
    ("полторы недели", [(1.5, "полторы", False)]),
    ("прошло 104 заседания", [(104, "104", False)]),
    ("прошло сто четыре заседания", [(104, "сто четыре", False)]),
    ("в пятый раз", [(5, "пятый", True)]),
    ("совершил первый визит", [(1, "первый", True)]),
    ("двум странам и трем городам", [(2, "двум", False), (3, "трем", False)]),
    # must yield nothing
    ("Интервью телеканалу «Россия 24».", []),
    ("Погода: +7° днем.", []),
    ("Обновлено 19:09", []),
    ("Это было давно.", []),
    ("к 300-летию визита", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find_numbers(text, expected):
    found = find_numbers(Doc(text))
    assert [(n.value, n.text, n.ordinal) for n in found] == expected
    assert all(text[n.start:n.end] == n.text for n in found)


@pytest.mark.parametrize("word, value", [
    ("четырехчасовая", 4), ("двухдневный", 2), ("полуторачасовые", 1.5),
    ("трёхчасовой", 3), ("сорокаминутный", 40), ("часовой", None), ("государственный", None),
])
def test_parse_compound(word, value):
    assert parse_compound(word) == value


@pytest.mark.parametrize("word, value", [
    ("три", 3), ("трех", 3), ("тремя", 3), ("одна", 1), ("одной", 1), ("двух", 2),
    ("две", 2), ("33", 33), ("2,5", 2.5), ("визит", None),
])
def test_parse_number(word, value):
    assert parse_number(word) == value
