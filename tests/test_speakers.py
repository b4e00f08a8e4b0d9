"""Speaker resolution over whole short articles (natasha NER runs, once per text).

Each case is an article of our own and, for each quotation in order, the
expected speaker name (a substring of the canonical name, or None) and the
rule that must fire.
"""
from __future__ import annotations

import pytest

from kzru_facts.pipeline import extract

CASES = [
    # a lone surname natasha misses: the surname fallback (issue 2's example)
    ("Токаев заявил: «Мы подписали важный документ».", [("Токаев", "name")]),
    # a name after the cue, full name from the article, nominative
    ("Президент Азербайджана Ильхам Алиев прибыл в Баку.\n"
     "«Переговоры прошли в дружеской атмосфере», — сказал Алиев.", [("Ильхам Алиев", "name")]),
    # "сказал X Y-у": the nominative one speaks
    ("Лукашенко встретился с Пашиняном.\n«У меня есть предложения», — сказал Лукашенко Пашиняну.",
     [("Лукашенко", "name")]),
    # a role linked by country: "ответил российский лидер"
    ("Президент Казахстана Касым-Жомарт Токаев встретился с Владимиром Путиным.\n"
     "«Это наша первая встреча в этом году», — заявил президент Республики Казахстан.\n"
     "«Спорт должен быть вне политики», — ответил российский лидер.",
     [("Токаев", "role"), ("Путин", "role")]),
    # a role linked by its kind: "представитель" is a spokesperson
    ("Об этом сообщил пресс-секретарь российского лидера Дмитрий Песков.\n"
     "«Работа идет по плану», — сказал представитель Кремля.", [("Песков", "role")]),
    # "глава МИДа" is a minister, not a head of state
    ("Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с президентом Китая.\n"
     "«Это исторический визит», — сказал глава МИД.", [("Саидов", "role")]),
    # a pronoun: the latest earlier subject of that gender
    ("Пресс-секретарь премьера Назели Багдасарян сообщила о визите.\n«Программа насыщенная», — сказала она.",
     [("Багдасарян", "pronoun")]),
    ("Путин приветствовал Алиева в Кремле.\n«Рад видеть вас», — сказал он.", [("Путин", "pronoun")]),
    # a pronoun before anyone is named: the person named right after
    ("«Мы открыты к диалогу», — сказал он на форуме.\nМирзиёев поблагодарил хозяев.", [("Мирзи", "pronoun")]),
    # bodies
    ("«Стороны обсудили энергетику», — сказано в сообщении пресс-службы Кремля.",
     [("пресс-служба Кремля", "body")]),
    ("Как заверили в пресс-службе МИД РФ, «погода не помешала встрече».", [("пресс-служба МИД РФ", "body")]),
    # "говорится в сообщении": who the article says reported it
    ("Как сообщает пресс-служба правительства Армении, премьеры созвонились.\n"
     "«Стороны договорились о встрече», — говорится в сообщении.",
     [("пресс-служба правительства Армении", "source")]),
    # "написано в статье": the author introduced earlier
    ('Об этом президент Киргизии Садыр Жапаров написал в статье для газеты.\n'
     '"Наши народы связывает многовековая дружба", - написано в статье.', [("Жапаров", "author")]),
    # the relative pronoun: "СМИ, которые назвали"
    ("Он высмеял сообщения зарубежных газет, которые назвали регион «сырьевым придатком».",
     [("зарубежные газеты", "relative")]),
    # the attribution in the next sentence
    ("Министр экономики Грузии Леван Давиташвили провел брифинг.\n"
     "«Мы будем добиваться честных условий». Так прокомментировал ситуацию министр.", [("Давиташвили", "role")]),
    # "По словам X"
    ("Посол Франции Жан Дюпон прибыл в Астану.\nПо словам дипломата, «визит будет коротким».",
     [("Дюпон", "role")]),
    # "По его утверждению" / "по версии X": the according noun is the cue
    ("Президент Иван Гордеев выступил в парламенте.\nПо его утверждению, власти "
     "«давно знали о проблеме».", [("Иван Гордеев", "pronoun")]),
    ("По версии аналитика Марии Кольцовой, рынок «уже прошёл дно».", [("Мария Кольцова", "name")]),
    # "И добавил:": the subject left out
    ("«Мы ценим дружбу с Россией», — заявил господин Нуртлеу. И добавил: отношения «развиваются успешно».",
     [("Нуртлеу", "name"), ("Нуртлеу", "ellipsis")]),
    # interview answers: the interviewee named in the lead; the question has no speaker
    ("Глава МИД Киргизии Жээнбек Кулубаев дал интервью агентству.\n"
     "– Как вы оцениваете отношения с соседями?\n"
     "– Отношения развиваются динамично, мы провели десятки встреч.",
     [(None, None), ("Кулубаев", "interview")]),
    # a nationality adjective ties a role to the country the article named
    ("Посол Израиля в Казахстане Давид Коэн встретился с министром. «Мы готовы к "
     "сотрудничеству», — сказал израильский дипломат.", [("Давид Коэн", "role")]),
    # "он" goes back to the man named before, whatever pymorphy makes of a rare first name
    ("Премьер-министр Армении Никол Пашинян выступил на брифинге. Он добавил, что отношения "
     "„переживают непростой период“. Вице-премьер Мгер Григорян уточнил: «Переговоры продолжатся».",
     [("Никол Пашинян", "pronoun"), ("Мгер Григорян", "name")]),
    # nobody to find: null, never a guess
    ("«Все будет хорошо», — говорили в кулуарах.", [(None, None)]),
    # "глава МИД" is not the prime minister the article named: no person guessed
    ("Председатель кабинета министров Киргизии Иван Петров встретил гостей. Глава киргизского "
     "МИД отметил, что «отношения выходят на новый уровень».", [("киргизский МИД", "body")]),
    ("Погода была хорошей. «Этот текст никто не произносил и не писал вообще»", [(None, None)]),
    # an editor's note inside the quote, broken over lines by a link, does not end it
    ("Пресс-секретарь Олег Рябов опроверг слухи. «Глупости. Президент работает в Кремле (в своём "
     "кабинете. \n— РБК\n)», — подчеркнул Рябов.", [("Олег Рябов", "name")]),
]


# The sieve of issue 12, one table per step, on sentences written for it. In
# several of them the nearest name is the wrong answer; some must give None.
SIEVE = [
    # subject of the speech verb (dependency parse), relays skipped
    ("«Мы готовы к переговорам», — заявил в беседе с РИА Новости директор института "
     "Иван Сомов.", [("Иван Сомов", "subject:name")]),
    ("«Цены вырастут к осени», — пояснил RT экономист Олег Ветров.", [("Олег Ветров", "subject:name")]),
    ("«Спрос упал на треть», — заявил «Известиям» директор завода «Прогресс» Андрей Шилов.",
     [("Андрей Шилов", "subject:name")]),
    # a relay verb: the object is the speaker, the outlet never
    ("Министр финансов Пётр Орлов выступил в парламенте.\n"
     "«Работа над бюджетом продолжится», — цитирует ТАСС министра Петра Орлова.",
     [("Пётр Орлов", "subject:name")]),
    # the nearest name is the wrong one: the role links back to the minister
    ("Министр энергетики Иван Петров поблагодарил губернатора Сергея Соколова.\n"
     "«Встреча была полезной», — отметил министр.", [("Иван Петров", "subject:role")]),
    # a pronoun, and the channel it wrote in is no speaker
    ("Депутат Игорь Лебедев раскритиковал закон.\n«Я против этой поправки», — написал он в Facebook.",
     [("Игорь Лебедев", "subject:pronoun")]),
    # the verb's gender picks the woman of the two people just named
    ("Посол Марина Ковалёва и министр Игорь Сазонов провели переговоры.\n"
     "«Мы довольны итогами», — сообщила дипломат.", [("Ковалёва", "subject:role")]),
    # "по словам X" makes X the person the next role noun stands for
    ("Министр Олег Зимин открыл форум. По словам политолога Ивана Дронова, ситуация сложная.\n"
     "«Выборы могут перенести», — добавил эксперт.", [("Иван Дронов", "subject:role")]),
    # an unnamed source: null, not the person named before
    ("Глава компании Олег Рябов уехал в Лондон.\n"
     "«Компания выплатит долг», — сообщил источник RT в компании.", [(None, None)]),
    # a group is no single person: the group as named, not the minister named before
    ("Министр Иван Петров выступил на форуме.\n«Рост неизбежен», — считают аналитики.",
     [("аналитики", "subject:group")]),
    ("Страны — члены альянса провели встречу.\n«Угрозы нет», — заявили представители ведомства.",
     [("представители", "subject:group")]),
    # a crowd speaks as a group; the subject of "начали" is the one of "скандировать"
    ("На площади собрались тысячи человек. В ответ протестующие начали скандировать: «Долой налоги!»",
     [("протестующие", "subject:group")]),
    # link breaks around an attribution (the parse sees the lines apart; the clause window reads them joined)
    ("«Мы не отступим ни на шаг», —\n заявил\n премьер-министр Олег Гуров.", [("Олег Гуров", "name")]),
    # a related-article teaser is not the story: "он" is the economist
    ("Экономист Павел Гаврилов прокомментировал ситуацию.\nТакже по теме\n"
     "Министр Сидоров уехал в отпуск\nМинистр финансов Олег Сидоров отправился в отпуск...\n"
     "«Кризис закончится нескоро», — сказал он.", [("Павел Гаврилов", "subject:pronoun")]),
    # bodies under their fullest name
    ("Министерство финансов Армении опубликовало данные.\n«Дефицит сократился», — отметили в ведомстве.",
     [("Министерство финансов Армении", "body")]),
    ("Минобороны России провело учения.\n«Все цели поражены», — сообщили в Минобороны.",
     [("Минобороны России", "body")]),
    # documents: the body in the genitive, or the one an earlier sentence named
    ("«Экспорт растёт третий год подряд», — говорится в докладе Всемирного банка.",
     [("Всемирный банк", "body")]),
    ("Согласно новому докладу Международного энергетического агентства, спрос вырастет.\n"
     "«Рост продолжится до конца десятилетия», — говорится в докладе.",
     [("Международное энергетическое агентство", "document")]),
    # a site speaks for its owner
    ("«Курс останется прежним», — говорится на сайте Национального банка Грузии.",
     [("Национальный банк Грузии", "body")]),
    # the journalist who took the interview is not the one who answers
    ("Журналист Олег Сорокин взял интервью у посла Ивана Петрова.\n"
     "– Как вы оцениваете итоги года?\n– Итоги хорошие, мы выполнили все планы.",
     [(None, None), ("Иван Петров", "interview")]),
    # "который" after a named subject: the name, not the relative-pronoun step
    ("Министр Иван Петров, который прибыл в Минск, заявил, что «переговоры идут по плану».",
     [("Иван Петров", "subject:name")]),
    # a headline quote names its speaker after the colon
    ("«Мы не уступим ни метра»: министр обороны Олег Гуров о переговорах\nТекст новости.",
     [("Олег Гуров", "name")]),
    # a Q&A under a headline that quotes a person: the answers are that person's
    ("«Мы готовы к любым проверкам»: министр спорта Олег Гуров о допинге\n"
     "– Как вы оцениваете ситуацию?\n– Мы работаем спокойно и открыто для всех.",
     [("Олег Гуров", "name"), (None, None), ("Олег Гуров", "interview")]),
    ("«Сборная поедет на Игры»: Кольцов о допинге и нейтральном флаге\n"
     "– Есть ли реальные угрозы для выступления?\n– Нет. Команда продолжает готовиться к сезону.",
     [("Кольцов", "name"), (None, None), ("Кольцов", "interview")]),
    # ... not when the headline quotes a body, and not without questions
    ("«Мы готовы к любым проверкам»: Минспорта о допинге\n"
     "– Как вы оцениваете ситуацию?\n– Мы работаем спокойно и открыто для всех.",
     [("Минспорта", "body"), (None, None), (None, None)]),
    # an interview: the question is the outlet's, the answer the interviewee's
    ("В интервью газете «Заря» министр Иван Петров рассказал о планах.\n"
     "– Как вы оцениваете итоги года?\n– Итоги хорошие, мы выполнили все планы.",
     [("Заря", "question"), ("Иван Петров", "interview")]),
]


@pytest.mark.parametrize("text,expected", SIEVE)
def test_sieve(text, expected):
    quotes = extract(text).quotes
    got = [(q.speaker.name if q.speaker else None, q.speaker.rule if q.speaker else None)
           for q in quotes]
    assert len(got) == len(expected), got
    for (name, rule), (want, want_rule) in zip(got, expected):
        assert (name is None) == (want is None), got
        if want is not None:
            assert want in name and rule == want_rule, got


@pytest.mark.parametrize("text,expected", CASES)
def test_speakers(text, expected):
    quotes = extract(text).quotes
    got = [(q.speaker.name if q.speaker else None, q.speaker.rule if q.speaker else None)
           for q in quotes]
    assert len(got) == len(expected), got
    for (name, rule), (want, want_rule) in zip(got, expected):
        if want is None:
            assert name is None
        else:
            assert want in (name or ""), got
            assert rule.removeprefix("subject:") == want_rule, got


def test_mention_is_the_words_next_to_the_quote():
    text = "Посол России Алексей Бородавкин дал интервью.\n«Визит готовится», — отметил посол."
    (q,) = extract(text).quotes
    assert q.speaker.mention == "посол"
    assert text[q.speaker.start:q.speaker.end] == "посол"
    assert q.speaker.name == "Алексей Бородавкин"


def test_no_quotes_no_speakers():
    assert extract("Телеканал «Россия 24» показал репортаж о визите.").quotes == ()


# Relays (issue 12): an outlet that passes words on, or is spoken to, is never
# the speaker; an outlet that is the clause's only speaker speaks its own text.
# (text, a substring of the expected speaker or None, the outlet that must not speak)
RELAYS = [
    # spoken to: after the speaker (a pronoun, a person noun)
    ("Экономист Иван Соколов выступил на конференции.\n«Рынок перегрет», — рассказал он РБК.",
     "Иван Соколов", "РБК"),
    ("«Это ошибка», — считает собеседница РБК.", None, "РБК"),
    # spoken to: right after the verb, the speaker after it; the whole name of the outlet
    ("«Проверка идёт», — сообщили РБК Недвижимость в пресс-службе завода «Прогресс».",
     "пресс-служба завода", "РБК"),
    ("Профессор Олег Дымов выступил с лекцией. «Рост продолжится», — высказал свою точку "
     "зрения РБК Дымов.", "Олег Дымов", "РБК"),
    # spoken to: right after the verb and the speaker's name
    ("«Проверка идёт», — сказал министр Иван Петров ТАСС.", "Иван Петров", "ТАСС"),
    # spoken to, before a plural verb whose speaker is "в …" named in full
    ("В полиции Самары РБК заявили, что «угрозы нет».", None, "РБК"),
    # an outlet that read or received a document does not speak its words
    ("Министерство финансов Армении подготовило доклад. Reuters ознакомился с документом.\n"
     "«Расходы выросли», — отмечается в документе.", "Министерство финансов Армении", "Reuters"),
    ("Министерство финансов Армении подготовило доклад, поступивший в распоряжение Reuters.\n"
     "«Расходы выросли», — отмечается в сообщении ведомства.", "Министерство финансов Армении", "Reuters"),
    ("«Расходы выросли», — говорится в поступившем в РБК сообщении Министерства финансов Армении.",
     "Министерство финансов Армении", "РБК"),
    # a relay verb five words back, past the outlet's adjectives: "его" speaks
    ("Депутат Игорь Лебедев раскритиковал закон.\n«Мы не можем этого допустить», — приводит его "
     "слова англоязычный сайт РБК.", "Игорь Лебедев", "РБК"),
    # the relative pronoun stands for the nearest noun phrase before its comma
    ("Главный редактор РБК Иван Лосев ответил аналитику Петру Дронову, который назвал канал "
     "«рупором пропаганды».", "Пётр Дронов", "РБК"),
    ("«Вода грязная», — рассказал РБК один из жителей.", None, "РБК"),
    ("«Всё спокойно», — считает ведущая РБК.", None, "РБК"),
    # right after a plural verb: a name like "РБК" is no plural subject
    ("В министерстве сообщили РБК, что «выплаты вырастут».", "министерство", "РБК"),
    # a channel NER glued to its owner's name
    ("«Мы открыты к диалогу», — прокомментировало в Twitter посольство Франции в Армении.",
     "посольство Франции", "Twitter"),
    # a related-article teaser reports none of the story's sources
    ("Министерство финансов Армении опубликовало отчёт о доходах.\nТакже по теме\n«Это провокация»: "
     "как в Ереване отреагировали на сообщения о санкциях\nПравительство Армении обсудило новые "
     "санкции. Министр заявил...\nДоходы бюджета выросли на треть.", None, "Министерство"),
    # must stay: the outlet's own text (a date after it is no speaker), a body said "в X",
    # an outlet that is a body's own name
    ("«Война затянется», — заявляет CNN 16 марта.", "CNN", None),
    ("«Курс рубля стабилен», — пишет Reuters.", "Reuters", None),
    ("«Рубль окреп», — говорится в статье Reuters.", "Reuters", None),
    ("В апреле в ФНС заявили, что «сборы растут».", "ФНС", None),
    ("В пресс-службе РБК заявили, что «сайт работает».", "пресс-служба РБК", None),
]


@pytest.mark.parametrize("text,want,outlet", RELAYS)
def test_relays(text, want, outlet):
    (q,) = extract(text).quotes
    name = q.speaker.name if q.speaker else None
    if want is None:
        assert name is None
    else:
        assert want in (name or ""), name
    if outlet:
        assert outlet not in (name or "")


@pytest.mark.parametrize("text", [
    # the outlet was spoken to right after the speaker's name
    "Режиссёр Олег Дымов вспомнил коллегу.\n«Это была великая фигура», — заявил Дымов РБК.\n"
    "«Спасибо за ваше искусство», — говорится в другом сообщении.",
    # the outlet relays elsewhere in the article ("передаёт"), and is named again later
    "Как передаёт РБК, министерство опубликовало отчёт.\nВ материале РБК приводятся цифры.\n"
    "«Расходы выросли», — говорится в документе.",
])
def test_an_outlet_that_relays_writes_no_document(text):
    """"— говорится в сообщении/документе" with no body named: never an outlet
    the article shows passing words on."""
    last = extract(text).quotes[-1]
    assert "РБК" not in (last.speaker.name if last.speaker else "")


def test_an_editors_note_is_no_speaker_and_no_attribution():
    """"(Сергей Сомов. — РБК)": the outlet signs a note inside an answer; the
    note's dash does not end the answer, and the outlet says none of it."""
    text = ("— Как вы общаетесь с партнёрами?\n— Бывает, Сомова (Сергей Сомов. — \nРБК\n) называю "
            "«дядя Серёжа», но это шутка.")
    quotes = extract(text).quotes
    assert any("называю" in q.text for q in quotes)
    assert not any(q.speaker and q.speaker.name == "РБК" for q in quotes)


def test_a_question_is_the_outlet_of_the_lead_not_a_teaser_after_it():
    text = ("Певица Анна Ли дала эксклюзивное интервью RT.\n Также по теме \n"
            " «Это было великолепно»: как прошёл фестиваль в Сочи \n"
            "— Как вы отдыхаете после гастролей?\n— Много читаю, гуляю с собакой и почти не смотрю телевизор.")
    (question,) = [q for q in extract(text).quotes if q.kind == "question"]
    assert question.speaker is not None and question.speaker.name == "RT"


# One quote, one speaker: (text, the speaker's name).
ONE_SPEAKER = [
    # a body named by where it sits takes the place written right after it
    ("Посольство Франции в Бишкеке приветствовало решение.\n"
     "«Поздравляем страну с реформой», — говорится в сообщении посольства.", "Посольство Франции в Бишкеке"),
    ("Координационный центр по гуманитарным вопросам в Ливии подвёл итоги недели.\n"
     "«Доставлены грузы», — говорится в сообщении центра.",
     "Координационный центр по гуманитарным вопросам в Ливии"),
    # not a time after "в", not a body that is no station
    ("МИД России в понедельник опубликовал заявление.\n«Мы против», — говорится в заявлении МИД.", "МИД России"),
    ("Министерство обороны России в Сирии провело учения.\n«Учения прошли успешно», — сообщило министерство.",
     "Министерство обороны России"),
    # a unit of a body with its owner in the genitive, the owner's name whole
    ("В отделе технических испытаний ФБУ ТЕСТ-ЦЕНТР заверили, что «доля импорта снизилась».",
     "отдел технических испытаний ФБУ ТЕСТ-ЦЕНТР"),
    ("«Правила вступят в силу весной», — отмечается в заявлении департамента связи Министерства финансов.",
     "департамент связи Министерства финансов"),
    # a person speaking in a department is still the person
    ("Министр Иван Петров посетил отдел продаж завода.\n«Работа идёт», — сказал он в отделе.", "Иван Петров"),
    # a name in the role phrase, in the role noun's oblique case: the role's holder
    ("Эксперт Алексей Сомов прокомментировал доклад.\n«Россия продолжает создавать оружие», — говорится "
     "в заявлении главы ведомства Дэниела Коутса по итогам выступления.", "Дэниел Коутс"),
    # a nominative role noun with a genitive name: the name is an owner, not this speaker
    ("Министр Олег Зимин выступил в Думе.\nПресс-секретарь министра Анна Лосева провела брифинг.\n"
     "«Мы готовы», — добавила пресс-секретарь Зимина.", "Анна Лосева"),
    # a speech verb before the quote is the cue, not a speech noun inside its object
    ("Журналистка Ванесса Били выступила в эфире.\nОна назвала ограничения на публикацию "
     "сообщений РБК в соцсетях «явной цензурой».", "Ванесса Били"),
    # ... but a noun whose "что" clause holds the quote is (its genitive says who)
    ("Министр Олег Зимин назвал ложью заявления зарубежных газет о том, что страна стала «сырьевым придатком».",
     "зарубежные газеты"),
    # and a "по словам" phrase is
    ("По словам посла Жана Дюпона, стороны «готовы к диалогу».", "Жан Дюпон"),
]


@pytest.mark.parametrize("text, name", ONE_SPEAKER)
def test_one_speaker(text, name):
    (q,) = extract(text).quotes
    assert q.speaker is not None and q.speaker.name == name


def test_a_feminine_person_noun_never_stands_for_a_man():
    text = ("Светлана, жительница посёлка, рассказала о свалке. Её сосед Иван Громов согласился.\n"
            "«Свалка растёт каждый год», — возмущается женщина.")
    (q,) = extract(text).quotes
    assert q.speaker is None or "Громов" not in q.speaker.name


@pytest.mark.parametrize("text, owner", [
    # a person named in the genitive after the subject's noun owns it: never the speaker
    ("Министр Иван Петров выступил в Думе.\n«Мы готовы», — сказал помощник министра Ивана Петрова.", "Петров"),
    ("Боец Иштимир Худжамов выиграл бой.\n«Он готовился год», — рассказал приятель Худжамова.", "Худжамов"),
    ("Посол Жан Дюпон провёл приём.\n«Всё прошло хорошо», — отметил советник посла Дюпона.", "Дюпон"),
])
def test_a_genitive_owner_is_never_the_speaker(text, owner):
    (q,) = extract(text).quotes
    assert q.speaker is None or owner not in q.speaker.name, q.speaker


def test_a_name_in_the_subjects_own_case_still_speaks():
    (q,) = extract("«Рост продолжится», — подвёл итоги социолог Виктор Чобану.").quotes
    assert q.speaker.name == "Виктор Чобану"
