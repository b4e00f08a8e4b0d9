"""Metadata read off the page: title, published, source, author."""
import pytest

from kzru_facts.text.clean import clean
from kzru_facts.text.meta import read_meta


def meta(text):
    return read_meta(text, clean(text).text)


@pytest.mark.parametrize("text, published", [
    (" date 2025-11-11\nЗаголовок статьи о визите\nТекст.", "2025-11-11"),
    ("07:50 22/02/2024\nЗаголовок статьи о визите\nТекст.", "2024-02-22"),
    ("19:09, 12 Ноябрь 2025 | GMT +5\nЗаголовок статьи о визите", "2025-11-12"),
    ("Заголовок статьи о визите\nТекст без даты.", None),
    ("31/02/2024 не дата\nТекст.", None),
])
def test_published(text, published):
    assert meta(text).published == published


@pytest.mark.parametrize("text, title", [
    ("19:09, 12 Ноябрь 2025 | GMT +5\n\nГосвизит министра в Москву: итоги\nТекст.",
     "Госвизит министра в Москву: итоги"),
    ("07:50 22/02/2024\nПрезиденты обсудили развитие отношений\nТекст.",
     "Президенты обсудили развитие отношений"),
    ("Министр прибыл в город.\nТекст.", None),
])
def test_title(text, title):
    assert meta(text).title == title


@pytest.mark.parametrize("text, source, author", [
    ("Заголовок статьи здесь\nИсточник: Агентство.kz\nТекст.", "Агентство.kz", None),
    ("Текст, передает агентство Kazinform со ссылкой на МИД.", "Kazinform", None),
    ("Заголовок статьи здесь\nТекст.\n    Иван Петров\n    Автор", None, "Иван Петров"),
    ("Заголовок статьи здесь\nАвтор: Анна Ли\nТекст.", None, "Анна Ли"),
    ("Просто текст без подписи.", None, None),
])
def test_source_and_author(text, source, author):
    m = meta(text)
    assert (m.source, m.author) == (source, author)
