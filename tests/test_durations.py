"""Durations of meetings and talks, in minutes."""
import pytest

from kzru_facts.analysis.doc import Doc
from kzru_facts.facts.durations import find_durations

CASES = [
    ("«В течение трех часов беседовали друг с другом», — сказал он.", [(180, "трех часов")]),
    ("Встреча глав государств длилась 2,5 часа.", [(150, "2,5 часа")]),
    ("Состоялась четырехчасовая беседа в неформальной обстановке.", [(240, "четырехчасовая")]),
    ("Переговоры длились около 40 минут.", [(40, "около 40 минут")]),
    ("Прошли полуторачасовые переговоры.", [(90, "полуторачасовые")]),
    ("Разговор продолжался 1 час 20 минут.", [(80, "1 час 20 минут")]),
    ("Встреча заняла полчаса.", [(30, "полчаса")]),
    ("Переговоры длились около трех часов.", [(180, "около трех часов")]),
    # must yield nothing
    ("Самолет летел 3 часа до Астаны.", []),
    ("Встреча начнется в 15 часов.", []),
    ("Разговор, который продолжается много часов.", []),
    ("Около минуты", []),
    ("Обновлено 19:09", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_durations(text, expected):
    found = find_durations(Doc(text))
    assert [(d.minutes, d.text) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)
