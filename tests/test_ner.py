"""Entities: natasha's spans after our fixes, and their nominative forms.

These tests load natasha's models once per module (a few seconds).
"""
from pathlib import Path

import pytest

from kzru_facts.text.clean import clean
from kzru_facts.analysis.ner import find_entities

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def found(text):
    return [(e.type, e.text, e.normal) for e in find_entities(clean(text).text)]


@pytest.mark.parametrize("text, wanted", [
    # nominative for Kazakh and Russian names and places
    ("Делегация прибыла в Астане утром.", ("LOC", "Астане", "Астана")),
    ("Договоренности Касым-Жомарта Токаева касаются транспорта.",
     ("PER", "Касым-Жомарта Токаева", "Касым-Жомарт Токаев")),
    ("Труды Шокана Уалиханова изучают в школах.", ("PER", "Шокана Уалиханова", "Шокан Уалиханов")),
    ("Министр встретился с Валентиной Матвиенко в Москве.",
     ("PER", "Валентиной Матвиенко", "Валентина Матвиенко")),
    ("Об этом сообщил журналист, беседуя с Павлом Зарубиным.", ("PER", "Павлом Зарубиным", "Павел Зарубин")),
    # acronyms and genitive tails stay as written
    ("Студенты КазНУ имени аль-Фараби приехали в Омск.",
     ("ORG", "КазНУ имени аль-Фараби", "КазНУ имени аль-Фараби")),
    ("Председатель Совета Федерации провела встречу.", ("ORG", "Совета Федерации", "Совет Федерации")),
    # boundaries: the kind noun belongs to the name; the country to its body
    ("Активисты партии «Зеленый путь» вышли на митинг.", ("ORG", "партии «Зеленый путь»", "партия «Зеленый путь»")),
    ("Лодка перевернулась на реке Иртыш вчера.", ("LOC", "реке Иртыш", "река Иртыш")),
    ("Правительство Казахстана одобрило проект.", ("ORG", "Правительство Казахстана", "Правительство Казахстана")),
    ("Об этом сообщил Комитет защиты журналистов (КЗЖ) в понедельник.", ("ORG", "КЗЖ", "КЗЖ")),
])
def test_entity(text, wanted):
    assert wanted in found(text)


@pytest.mark.parametrize("text, unwanted", [
    ("Госвизит Токаева в Москву: о чем договорились стороны", "Госвизит Токаева"),
    ("Культурно-гуманитарная сфера\nСтороны обсудили планы.", "Культурно-гуманитарная"),
    ("Подробнее об этом сообщил Президент на брифинге.", "Президент"),
    ("В матче забили Иванов, Петров и Сидоров.", "Иванов, Петров"),
    ("Министр\n\nОбъявил о встрече.", "Министр\n\nОбъявил"),
])
def test_no_entity(text, unwanted):
    assert unwanted not in [t for _, t, _ in found(text)]


def test_no_entity_crosses_a_line():
    for typ, text, _ in found("Посол Бородавкин\n\nОтметил важность встречи в Москве."):
        assert "\n" not in text


@pytest.mark.parametrize("text", [
    "Сотрудники компании «Газпром нефть\nподписали договор.",
    "Как сообщает агентство «Интерфакс-Казахстан\nпрезидент прибыл в Москву.",
])
def test_org_with_its_closing_mark_missing_keeps_its_offsets(text):
    entities = find_entities(clean(text).text)
    assert entities and all(text[e.start:e.end] == e.text and "\n" not in e.text for e in entities)


def test_cut_off_word_is_no_entity():
    assert [t for _, t, _ in found("Визит президента России Влади")] == ["России"]


def test_empty():
    assert find_entities("") == [] and find_entities("   \n\n ") == []


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_entities_skip_navigation_widgets_and_tags(path):
    """No entity of a seed page comes from its menu, weather widget or tag list."""
    text = path.read_text(encoding="utf-8")
    cleaned = clean(text)
    entities = find_entities(cleaned.text)
    for e in entities:
        assert text[e.start:e.end] == e.text
        assert not any(z.start < e.end and e.start < z.end for z in cleaned.zones)
    lines = text.splitlines()
    skipped = {text[z.start:z.end].strip() for z in cleaned.zones}
    for i, line in enumerate(lines):
        if line.strip() in ("Теги:",) and i + 1 < len(lines):
            assert lines[i + 1].strip() in skipped      # the tag list itself
    names = {e.text for e in entities}
    assert not names & {"Ричмонд", "СВО", "Объясняем", "Финансы", "Погода", "VK"}


def test_surname_repeated_alone_is_the_same_person():
    text = "Сенатор Джон Смит выступил в конгрессе.\nСмит объявил, что закон примут."
    pers = [(e.text, e.normal) for e in find_entities(text) if e.type == "PER"]
    assert ("Смит", "Смит") in pers and ("Джон Смит", "Джон Смит") in pers


def people(text):
    return [(e.text, e.normal) for e in find_entities(clean(text).text) if e.type == "PER"]


@pytest.mark.parametrize("text, wanted", [
    # name words agree with the first name: indeclinable surnames stay as written
    ("Об этом сказал социолог Виктор Чобану на брифинге.", ("Виктор Чобану", "Виктор Чобану")),
    ("Кандидатом была Майя Санду, а партия Майи Санду победила.", ("Майи Санду", "Майя Санду")),
    # the first name's case decides: genitive, instrumental, adjectival surnames
    ("Бюро объявило в розыск судью Богдана Жураса в четверг.", ("Богдана Жураса", "Богдан Журас")),
    ("Он выложил запись разговора с депутатом Остапом Белым вчера.", ("Остапом Белым", "Остап Белый")),
    ("Обращение подписано президентом союза Жеромом Фрицем.", ("Жеромом Фрицем", "Жером Фриц")),
    ("Лавров поговорил со спецпосланником Стаффаном де Мистурой.",
     ("Стаффаном де Мистурой", "Стаффан де Мистура")),
    # an unknown masculine surname declined back: "Скрипаля" is no feminine "Скрипаля"
    ("Суд рассмотрел дело Ивана Скрипаля в среду.", ("Ивана Скрипаля", "Иван Скрипаль")),
    # a guessed "locative" of a man's first name is an indeclinable name
    ("Трофей вручили Фелипе Массе на церемонии.", ("Фелипе Массе", "Фелипе Масса")),
    # the first name's gender decides
    ("Так считает уроженка Дагестана Ирина Багирова.", ("Ирина Багирова", "Ирина Багирова")),
    ("Вопрос обсудили с Андрианом Чобану и Николу Йокича не позвали.", ("Николу Йокича", "Никола Йокич")),
    # two first names sharing a plural surname are two people
    ("Её брат с женой, Лейла и Тимур Алиевы, уехали.", ("Лейла", "Лейла Алиева")),
    ("Её брат с женой, Лейла и Тимур Алиевы, уехали.", ("Тимур Алиевы", "Тимур Алиев")),
    # a title noun before a first name is no part of the name
    ("Кристаллограф Олег Гаранин рассказал о кристаллах.", ("Олег Гаранин", "Олег Гаранин")),
    # a man's name word tagged nominative that pymorphy only knows as a woman's name in
    # another case stays as written ("Тани" is no "Таня"); a woman's genitive still changes
    ("Шейх Фахд бин Салем Аль Тани прибыл в Доху.", ("Фахд бин Салем Аль Тани", "Фахд бин Салем Аль Тани")),
    ("Вопрос обсудили с Юсуфом бин Али Аль Тани вчера.", ("Юсуфом бин Али Аль Тани", "Юсуф бин Али Аль Тани")),
    ("Подарок вручили Тане Ивановой в школе.", ("Тане Ивановой", "Таня Иванова")),
    # an unknown first name in "-е" that pymorphy guesses as a woman's dative, read by the
    # tagger as a man's genitive: indeclinable, and the surname after it declines back
    ("Команду возглавил помощник тренера Янне Ларссона из Швеции.", ("Янне Ларссона", "Янне Ларссон")),
])
def test_person_nominative(text, wanted):
    assert wanted in people(text)


@pytest.mark.parametrize("text, word", [
    # places and bodies natasha tags as people
    ("Поэтому теперь Анкара берёт ситуацию в свои руки.", "Анкара"),
    ("Москва должна выплатить Кишинёву компенсацию.", "Кишинёву"),
    ("За порядком следят Нацполиция и Нацгвардия.", "Нацполиция"),
    ("Депутаты Мажилиса утвердили его кандидатуру.", "Мажилиса"),
    ("Войска стоят там (Болеславец, Торунь, Сквежина и Жагань) вместе с техникой.", "Жагань"),
    # a place in -о declined, a family under a plural surname
    ("Группа поехала в посёлок Зайцево. Обстрелы Зайцева не прекращаются.", "Зайцева"),
    ("Письмо пришло от родственников сестёр Зайнуковых вчера.", "Зайнуковых"),
    # a related-article teaser is navigation
    ("Текст статьи.\nТакже по теме\nИван Петров рассказал о планах\nИван Петров заявил, что...\nКонец.",
     "Иван Петров"),
])
def test_no_person(text, word):
    assert word not in [t for t, _ in people(text)]


def test_surname_alone_stays_a_person():
    """"Макрон" is a dictionary word, "Токаев" a plural of "токай": still people
    when the article names them in full."""
    assert ("Макрон", "Макрон") in people("Эммануэль Макрон приехал. Макрон заявил, что рад.")
    from kzru_facts.analysis.mentions import is_dictionary_thing
    assert not is_dictionary_thing("Токаев") and is_dictionary_thing("Мажилиса")
