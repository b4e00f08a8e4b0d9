"""Cleaning: what is set aside, what stays, and that offsets never move."""
import pytest

from kzru_facts.text.clean import clean

MENU = "Политика\nЭкономика\nСпорт\nПогода\n"


@pytest.mark.parametrize("text, kept, dropped", [
    (MENU + "Министр прибыл в Алматы.", ["Министр прибыл в Алматы."], ["Политика", "Погода"]),
    ("+7°\nясно\nНовости\nГлава МИД провел встречу.", ["Глава МИД провел встречу."], ["+7°"]),
    ("© ООО Медиа, 2001-2026\nПосол выступил с речью.", ["Посол выступил с речью."], ["© ООО"]),
    ("Теги:\nИван Петров Алматы Экономика\nТекст статьи.", ["Текст статьи."], ["Иван Петров"]),
    ("Иван Петров/Агентство Новостей\nМинистр прибыл.", ["Министр прибыл."], ["Иван Петров"]),
    ("Встреча в Астане / gov.kz, бильд-редактор: Иван Петров\nТекст.", ["Текст."], ["Иван Петров"]),
    # dates stay for the dates extractor, even alone on a line
    ("07:50 22/02/2024\nТекст статьи.", ["07:50 22/02/2024"], []),
    ("19:09, 12 Ноябрь 2025 | GMT +5\nТекст.", ["19:09, 12 Ноябрь 2025 | GMT +5"], []),
    ("АСТАНА, 11 фев — Агентство. Президент заявил.", ["АСТАНА, 11 фев"], []),
    # prose is never set aside
    ("Министр прибыл в Алматы. Он провел встречу.", ["Министр прибыл"], []),
    ("", [], []),
])
def test_clean(text, kept, dropped):
    out = clean(text)
    assert len(out.text) == len(text)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(out.text) if c == "\n"]
    for k in kept:
        assert k in out.text
    for d in dropped:
        assert d not in out.text


def test_zones_index_the_input():
    text = MENU + "Теги:\nАстана\nТекст."
    for z in clean(text).zones:
        assert 0 <= z.start < z.end <= len(text)
        assert "\n" not in text[z.start:z.end]
