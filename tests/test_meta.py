"""Metadata read off the page: title, published, source, author."""
import pytest

from kzru_facts.text.clean import clean
from kzru_facts.text.meta import read_meta

BODY = "Министр прибыл в город с рабочим визитом. Переговоры продлятся два дня.\n"


def meta(text):
    return read_meta(text, clean(text).text)


@pytest.mark.parametrize("text, published", [
    # a date label, a time stamp, a date line with a zone, a rubric or a bullet
    (" date 2025-11-11\nЗаголовок статьи о визите\nТекст.", "2025-11-11"),
    ("07:50 22/02/2024\nЗаголовок статьи о визите\nТекст.", "2024-02-22"),
    ("19:09, 12 Ноябрь 2025 | GMT +5\nЗаголовок статьи о визите", "2025-11-12"),
    ("Министры обсудили транзит\n3 марта 2023, 10:15 | Экономика\n" + BODY, "2023-03-03"),
    ("Министры обсудили транзит\n  • 14 апреля 2021, 09:05\n  • Иван Петров\n" + BODY, "2021-04-14"),
    ("Министры обсудили транзит\n2024-06-05T08:40+0300\n" + BODY, "2024-06-05"),
    ("Опубликовано: 05.06.2024\n" + BODY, "2024-06-05"),
    # a dateline that opens the first paragraph, with a year
    ("Министры обсудили транзит\nБИШКЕК, 7 мая 2024 — Стороны подписали протокол.", "2024-05-07"),
    # a date line at the bottom of the page
    (BODY + "Около двух минут\n9 октября 2023\n812 читали", "2023-10-09"),
    # must yield nothing: dates inside running sentences, at the top or the bottom
    ("Заголовок статьи о визите\nТекст без даты.", None),
    ("31/02/2024 не дата\nТекст.", None),
    ("Министерство с 1 марта 2019 года вводит новые правила ввоза.\n" + BODY, None),
    ("Переговоры пройдут 12 ноября 2025 года в Ташкенте.\n" + BODY, None),
    (BODY + "Опрос проводился со 2 по 18 января 2020 года.", None),
    ("Министры обсудили транзит\nМОСКВА, 27 сен - Стороны обсудили график.", None),  # no year
    # a date line under a long site menu
    ("\n".join(["Политика", "Экономика", "Общество", "Спорт", "Культура", "Наука", "Погода",
                "Курсы валют", "Регионы", "Мир", "Видео", "Фото"]) + "\nМинистры обсудили транзит\n"
     "12.03.2024 10:15\n" + BODY, "2024-03-12"),
    # an embedded post's credit line is no publication date
    (BODY + "— Иван Петров (@ivanpetrov)\nMarch 3, 2020", None),
])
def test_published(text, published):
    assert meta(text).published == published


@pytest.mark.parametrize("text, title", [
    ("19:09, 12 Ноябрь 2025 | GMT +5\n\nГосвизит министра в Москву: итоги\nМинистр подвёл итоги визита.",
     "Госвизит министра в Москву: итоги"),
    ("07:50 22/02/2024\nПрезиденты обсудили развитие отношений\nПрезиденты встретились в Казани.",
     "Президенты обсудили развитие отношений"),
    # a rubric or a counter above the headline is skipped
    ("Новости\nМинистр рассказал о планах на весну\nМинистр рассказал журналистам о планах.\n",
     "Министр рассказал о планах на весну"),
    ("12,5 тыс подписчиков\nПосол о переговорах: стороны близки к согласию\n"
     "Посол заявил, что переговоры идут успешно.\n", "Посол о переговорах: стороны близки к согласию"),
    (" date 2024-01-02 Размер шрифта\nПремьер посетит Бишкек в марте\n"
     "Премьер-министр отправится в Бишкек с визитом.\n", "Премьер посетит Бишкек в марте"),
    # must yield nothing: a body paragraph first, a subheading, a broken-off sentence, a quote
    ("Последний матч перед каникулами\nТяжёлая победа над соседями обрадовала болельщиков.\n", None),
    ("Министр прибыл в город.\nТекст.", None),
    ("Новый посредник\n" + BODY, None),
    ("Машины, не вредящие природе\n" + BODY, None),
    ("Весной 2019 года группа журналистов поехала в посёлок, чтобы снять\nфильм о его жителях.\n", None),
    (BODY + "Новые правила торговли\nТекст.", None),
    ("«Мы готовы к переговорам», — сказал министр журналистам в четверг\nТекст.", None),
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
