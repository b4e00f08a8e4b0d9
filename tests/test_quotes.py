"""Quotation finding: marks, forms, kinds, and names in marks that are not quotes.

Expected quotes are marked inline with ⟦ ⟧ (razdel's partition markup idea):
the marks are removed and the spans between them must be exactly the
quotations found, in order.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzru_facts.const import DIRECT, INTERVIEW, PARTIAL, QUESTION
from kzru_facts.quotes.quotemarks import find_pairs
from kzru_facts.quotes.finder import find_quotes


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without ⟦ ⟧ and the spans they enclosed."""
    text, spans, start = "", [], None
    for ch in marked:
        if ch == "⟦":
            start = len(text)
        elif ch == "⟧":
            spans.append((start, len(text)))
        else:
            text += ch
    return text, spans


FORMS = [
    # X заявил: «Q».
    ("Лукашенко заявил: «⟦Мы подписали важный документ⟧».", [DIRECT]),
    # «Q», — сказал X.
    ("«⟦Переговоры прошли в дружеской атмосфере⟧», — сказал Алиев.", [DIRECT]),
    # "Q", - пишет он.
    ('"⟦Наши страны связывает многовековая дружба⟧", - пишет он в статье.', [DIRECT]),
    # „Q“ and “Q” marks
    ("Премьер заявил: „⟦Мы готовы к диалогу с партнерами⟧“.", [DIRECT]),
    ("“⟦Работа идет по плану и без задержек⟧”, — отметил министр.", [DIRECT]),
    # «Q1, — сказал X. — Q2»: two entries
    ("«⟦Это важный шаг⟧, — сказал посол. — ⟦Мы ждем ответного визита⟧».", [DIRECT, DIRECT]),
    ("«⟦Это важный шаг⟧, — сказал посол, — ⟦и мы ждем ответного визита⟧».", [DIRECT, DIRECT]),
    # По словам X, «Q»
    ("По словам дипломата, «⟦отношения развиваются по всем направлениям⟧».", [PARTIAL]),
    # По его утверждению / по версии X, … «Q»: the according phrase credits the sentence
    ("По его утверждению, власти «⟦давно знали о проблеме⟧».", [PARTIAL]),
    ("По версии журнала, министр «⟦давно готовил отставку⟧».", [PARTIAL]),
    ("По убеждению посла, переговоры «⟦зашли в тупик⟧» ещё весной.", [PARTIAL]),
    # partial quotes inside reported speech
    ('Министр подчеркнул, что стороны "⟦сверили часы⟧" по всем вопросам.', [PARTIAL]),
    ("Он назвал ситуацию «⟦крайне сложной⟧».", [PARTIAL]),
    # «Q», констатировал X. (comma, no dash)
    ("Сотрудничество «⟦отвечает интересам обеих стран⟧», констатировал премьер.", [PARTIAL]),
    # nested quotes stay inside one quote
    ("«⟦Проект «Север» мы завершим в срок⟧», — сказал губернатор.", [DIRECT]),
    # «A «B», — … : the inner close ends the outer quote too
    ("«⟦Мы работаем в режиме «или с этими, или с теми⟧», — сказал он.", [DIRECT]),
    # a quote over two paragraphs
    ("«⟦Первая часть ответа довольно длинная.\nВторая часть ответа тоже⟧», — сказал он.", [DIRECT]),
    # headline: «Q»: посол о …
    ("«⟦Эту болезнь знают все⟧»: посол о бытовом национализме", [DIRECT]),
    # the attribution in the previous paragraph, ending with a colon
    ("Его коллега подчеркнул, что разногласий нет:\n«⟦Мы союзники и стратегические партнеры⟧».", [DIRECT]),
    # the attribution in the next sentence
    ("«⟦Мы будем добиваться честных условий торговли⟧». Об этом заявил министр экономики.", [DIRECT]),
    # dash speech with its attribution inside
    ("— ⟦Мы начинаем большой проект⟧, — сказал он. — ⟦Изыскания начнутся весной⟧", [DIRECT, DIRECT]),
]

INTERVIEWS = [
    ("Министр дал интервью газете.\n– ⟦Как вы оцениваете итоги года?⟧\n"
     "– ⟦Итоги хорошие, мы выполнили все планы.⟧\n"
     "⟦Кроме того, мы открыли новые маршруты и запустили несколько совместных предприятий в регионе.⟧\n"
     "Подробнее читайте здесь.", [QUESTION, INTERVIEW, INTERVIEW]),
    # the desk's "Напомним, …" after a Q&A is narration, not more of the answer
    ("Посол дал интервью агентству.\n– ⟦Как прошел год?⟧\n– ⟦Год был трудным, но продуктивным.⟧\n"
     "Напомним, в прошлом году товарооборот двух стран вырос на двадцать процентов и превысил "
     "четыре миллиарда долларов.", [QUESTION, INTERVIEW]),
    # a paragraph with a quotation of its own is narration too: its quote is partial
    ("Посол дал интервью агентству.\n– ⟦Как прошел год?⟧\n– ⟦Год был трудным, но продуктивным.⟧\n"
     "Как отметила вице-министр торговли Анна Ким в беседе с журналистами, «⟦рост продолжится "
     "и дальше⟧».", [QUESTION, INTERVIEW, PARTIAL]),
]

NOT_QUOTES = [
    "Телеканал «Россия 24» показал репортаж.",
    "Как пишет издание «24.kg», следующая встреча запланирована на осень.",
    "Компания «Газпром» и АО «КазМунайГаз» подписали меморандум.",
    "В программе «Время» показали сюжет о фестивале «Славянский базар».",
    'Президент написал в статье "Вечная дружба – путеводная звезда для наших народов".',
    "Подписанная главами «Декларация о всеобъемлющем стратегическом партнерстве» вступила в силу.",
    'Закон "Об образовании" вступит в силу в январе.',
    # "утверждение" as an approval, no "по": a title, not someone's words
    "После утверждения «дорожной карты развития отрасли» правительство начало работу.",
    "Версия о «внешнем следе в этом деле» не подтвердилась.",
    "Спортсмены выступят на «Играх будущего» в Казани.",
    "Кто-то открыл кавычку « и не закрыл.",
    'Стрелка " висит сама по себе.',
    "",
]


@pytest.mark.parametrize("marked,kinds", FORMS + INTERVIEWS)
def test_forms(marked, kinds):
    text, spans = unmark(marked)
    found = find_quotes(text)
    assert [(f.start, f.end) for f in found] == spans
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize("text,pairs", [
    ("А «Б «В» Г» и «Д»", [(2, 10), (14, 16)]),
    ('"А "Б" В"', [(0, 8)]),
    ("«открыта\n\nи закрыта»", [(0, 19)]),
    ("Текст «не закрыта\nстрока»", [(6, 17)]),      # closed where its paragraph ends
    ("»«", []),
])
def test_pairs(text, pairs):
    assert find_pairs(text) == pairs


def test_attribution_points_at_the_speaker_words():
    text = "«Работа идет по плану и без задержек», — отметил министр."
    (found,) = find_quotes(text)
    start, end = found.attribution
    assert text[start:end] == "отметил министр"


# A closing mark left out costs that quote's end, never the other quotes.
UNCLOSED = [
    # the attribution after the missing mark ends the quote
    ("«⟦Переговоры прошли в дружеской атмосфере⟧, — сказал Алиев.\n"
     "«⟦Мы обсудили торговлю и транспорт⟧», — добавил он.", [DIRECT, DIRECT]),
    # the paragraph end closes it
    ("Он сказал «⟦да.⟧\nПотом министр заявил: «⟦Работа идет по плану⟧».", [PARTIAL, DIRECT]),
    # a quote carried over a paragraph that does not re-open it ends with its first paragraph
    ("«⟦Мы провели три часа вместе и обсудили все вопросы двусторонней повестки⟧\n"
     "Затем стороны подписали меморандум о сотрудничестве.\n"
     "«⟦Ответный визит ожидается в этом году⟧», — сказал посол.", [DIRECT, DIRECT]),
    # a missing straight closing quote
    ('"⟦Отношения наших стран развиваются по всем направлениям⟧, - пишет он.\n'
     '"⟦Мы союзники и стратегические партнеры⟧", - пишет он в статье.', [DIRECT, DIRECT]),
]


@pytest.mark.parametrize("marked,kinds", UNCLOSED)
def test_unclosed_mark_closes_at_its_paragraph_end(marked, kinds):
    text, spans = unmark(marked)
    found = find_quotes(text)
    assert [(f.start, f.end) for f in found] == spans
    assert [f.kind for f in found] == kinds


def test_unclosed_quote_does_not_swallow_the_article():
    text = "«Начало без конца\n" + "Обычный абзац новостей.\n" * 30 + "Конец»."
    assert find_quotes(text) == []


QUOTEY = st.text(alphabet=st.sampled_from(list("«»„“”\"—–-,.:!? \nабвгдАБВ")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(QUOTEY)
def test_any_text_gives_spans_in_bounds(text):
    for f in find_quotes(text):
        assert 0 <= f.start <= f.end <= len(text)
        if f.attribution:
            assert 0 <= f.attribution[0] <= f.attribution[1] <= len(text)


@pytest.mark.parametrize("marked", [
    # a bulleted list in an article that is no interview: no quotes
    "Стороны договорились о следующем:\n— рост торговли на пять процентов;\n— новые авиарейсы между столицами.",
    # a Q&A without the word "интервью": the question marks it as one
    "– ⟦Что вы думаете о визите?⟧\n– ⟦Визит прошел очень хорошо, мы довольны.⟧",
])
def test_dash_lines(marked):
    text, spans = unmark(marked)
    assert [(f.start, f.end) for f in find_quotes(text)] == spans


# Attributions (issue 12): a «name» inside one does not end it; an editor's
# note in dashes inside a quote is no attribution; inner ones may run long.
ATTRIBUTIONS = [
    ("«Цены вырастут», — заявил «Известиям» директор завода «Прогресс» Иван Петров.",
     "заявил «Известиям» директор завода «Прогресс» Иван Петров"),
    ("«Это могла быть уступка (со стороны соседей. – «НГ»), – говорит Иван Петров. – Но её не будет».",
     "говорит Иван Петров."),
    ("«Авиацию не применят, – заявил «НГ» руководитель центра исследований института развития, "
     "эксперт совета по международным делам и член экспертного клуба Кирилл Сомов. – Будут ракеты».",
     "заявил «НГ» руководитель центра исследований института развития, эксперт совета по "
     "международным делам и член экспертного клуба Кирилл Сомов."),
]


@pytest.mark.parametrize("text,attribution", ATTRIBUTIONS)
def test_attribution_span(text, attribution):
    first = find_quotes(text)[0]
    assert text[first.attribution[0]:first.attribution[1]] == attribution


@pytest.mark.parametrize("text,joined", [
    ("«Мы не отступим», —\n заявил\n премьер Олег Гуров.", "«Мы не отступим», —  заявил  премьер Олег Гуров."),
    ("— говорится\n в заявлении МИД\n России.", "— говорится  в заявлении МИД  России."),
    # a heading, a credit and a finished sentence stay on their lines
    ("Конец абзаца.\nзаявил\nПетров", "Конец абзаца.\nзаявил\nПетров"),
    ("Подпись к фото\nReuters\nНовый абзац.", "Подпись к фото\nReuters\nНовый абзац."),
    # an editor's note in brackets, broken around the outlet's linked name
    ("«Он работает в Кремле (в кабинете. \n— РБК\n)», — сказал он.",
     "«Он работает в Кремле (в кабинете.  — РБК )», — сказал он."),
    ("«Он (министр. — \nРБК\n) говорит: «Давай», — сказал он.", "«Он (министр. —  РБК ) говорит: «Давай», — сказал он."),
    # a dash line after a closed bracket is an interview answer, not a note
    ("— Как дела (в целом)?\n— Хорошо.", "— Как дела (в целом)?\n— Хорошо."),
    ("", ""),
])
def test_link_breaks(text, joined):
    from kzru_facts.quotes.linebreaks import join_link_breaks
    assert join_link_breaks(text) == joined
    assert len(join_link_breaks(text)) == len(text)


def test_questions_are_their_own_kind():
    text = "Министр дал интервью газете.\n– Как прошёл год?\n– Год был трудным, но продуктивным."
    assert [f.kind for f in find_quotes(text)] == [QUESTION, INTERVIEW]
