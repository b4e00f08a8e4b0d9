"""The Doc layer: sentences, tokens and dependency syntax on demand."""
from __future__ import annotations

import pytest

from kzru_facts.analysis.doc import Doc

# (sentence, verb, expected subject phrase) -- sentences written for this test
SUBJECTS = [
    ("Министр энергетики Армении Ашот Саркисян заявил, что тарифы не вырастут.",
     "заявил", "Министр"),   # UD: the role noun heads, the name is its appos
    ("«Мы готовы к диалогу», — заявил вчера журналистам посол Германии.",
     "заявил", "посол"),
    ("По итогам встречи премьер-министр Киргизии заявил о новых кредитах.",
     "заявил", "премьер-министр"),
    ("Как заявила пресс-секретарь ведомства Анна Петрова, решение уже принято.",
     "заявила", "пресс-секретарь"),
]

# (sentence, verb, expected object head)
OBJECTS = [
    ("Стороны подписали соглашение о свободной торговле.", "подписали", "соглашение"),
    ("В Минске главы правительств подписали меморандум о сотрудничестве.", "подписали", "меморандум"),
    ("Президенты двух стран подписали вчера декларацию о дружбе.", "подписали", "декларацию"),
]


def word_at(doc: Doc, text: str):
    offset = doc.text.index(text)
    return doc.parse_at(offset), offset


@pytest.mark.parametrize("text,verb,subject", SUBJECTS)
def test_subject_of_speech_verb(text, verb, subject):
    doc = Doc(text)
    parse, offset = word_at(doc, verb)
    found = parse.subject(parse.at(offset))
    assert found is not None and found.text == subject


@pytest.mark.parametrize("text,verb,obj", OBJECTS)
def test_object_of_signing_verb(text, verb, obj):
    doc = Doc(text)
    parse, offset = word_at(doc, verb)
    assert parse.object(parse.at(offset)).text == obj


def test_impersonal_clause_has_no_subject():
    doc = Doc("Об этом было заявлено на брифинге в среду.")
    parse, offset = word_at(doc, "заявлено")
    assert parse.subject(parse.at(offset)) is None


def test_name_phrase_gathers_flat_name_parts():
    doc = Doc("Вчера Касым-Жомарт Токаев заявил о реформе.")
    parse, offset = word_at(doc, "заявил")
    subj = parse.subject(parse.at(offset))
    assert " ".join(w.text for w in parse.phrase(subj)) == "Касым-Жомарт Токаев"


def test_parse_is_cached_per_sentence():
    doc = Doc("Он приехал. Она уехала.")
    assert doc.parse_at(0) is doc.parse_at(3)
    assert doc.parse_at(0) is not doc.parse_at(13)


def test_long_sentence_parsed_in_a_window_around_the_word():
    names = ", ".join(f"участник{i}" for i in range(200))
    text = f"На встречу пришли {names}, а председатель заявил о начале."
    doc = Doc(text)
    parse, offset = word_at(doc, "заявил")
    assert len(parse.words) <= 60
    assert parse.at(offset).text == "заявил"


@pytest.mark.parametrize("text", ["", "   \n\n ", "«»"])
def test_empty_and_punctuation_only(text):
    doc = Doc(text)
    assert doc.parse_at(0) is None or doc.parse_at(0).words is not None


def test_sentence_and_token_lookup():
    doc = Doc("Первое предложение.\nВторое, уже другое.")
    assert doc.sentence_at(3).text == "Первое предложение."
    assert doc.sentence_at(25).text == "Второе, уже другое."
    assert doc.sentence_at(19) is None            # the line break
    assert [t.text for t in doc.tokens_in(20, 27)] == ["Второе", ","]
    assert all(doc.text[t.start:t.stop] == t.text for t in doc.tokens)
    assert "предложение" in doc.lemmas("предложения")


@pytest.mark.parametrize("text, word, pos", [
    ("Статья вышла накануне визита министра.", "накануне", "ADP"),
    ("Накануне министр заявил о визите.", "Накануне", "ADV"),
    ("Об этом он сообщил накануне.", "накануне", "ADV"),
])
def test_tag_at_reads_the_word_in_context(text, word, pos):
    doc = Doc(text)
    assert doc.tag_at(text.index(word))[0] == pos


def test_tag_at_outside_words():
    assert Doc("Да.\n\nНет.").tag_at(4) is None


def test_words_of_a_phrase_keep_hyphens_and_drop_punctuation():
    from kzru_facts.analysis.doc import words
    assert [w.text for w in words("Касым-Жомарт Токаев, В. Путин (EBU)")] == [
        "Касым-Жомарт", "Токаев", "В", "Путин", "EBU"]
    assert words("") == () and words(" — , ") == ()


def test_words_in_skips_punctuation_tokens():
    doc = Doc("Посол РФ, Алексей Бородавкин, прибыл.\nДа.")
    assert [t.text for t in doc.words_in(0, doc.text.index("прибыл"))] == ["Посол", "РФ", "Алексей", "Бородавкин"]
    assert all(doc.text[t.start:t.stop] == t.text for t in doc.words_in(0, len(doc.text)))


@pytest.mark.parametrize("start, stop", [
    (0, 0), (0, 5), (3, 12), (5, 6), (6, 30), (0, 200), (18, 19), (40, 41),
])
def test_tokens_in_is_the_tokens_wholly_inside_the_range(start, stop):
    doc = Doc("Посол, Иван Петров, прибыл в Минск.\nТам его ждали.")
    expected = [t for t in doc.tokens if start <= t.start and t.stop <= stop]
    assert doc.tokens_in(start, stop) == expected
    assert doc.words_in(start, stop) == [t for t in expected if any(c.isalnum() for c in t.text)]


@pytest.mark.parametrize("text, lemmas, found", [
    ("Министр прибыл в Минск, а посол прибудет завтра.", {"прибыть"}, ["прибыл", "прибудет"]),
    ("Переговоры шли три часа. Встречу перенесли.", {"встреча", "переговоры"}, ["Переговоры", "Встречу"]),
    ("Министр остался дома.", {"прибыть"}, []),       # no word of the set: nothing looked up
    ("", {"прибыть"}, []),
])
def test_with_lemma_finds_every_form_in_text_order(text, lemmas, found):
    doc = Doc(text)
    assert [t.text for t in doc.with_lemma(frozenset(lemmas))] == found


def test_has_lemma_in_looks_only_inside_the_range():
    doc = Doc("Посол прибыл вчера. Министр прибудет завтра.")
    arrive = frozenset({"прибыть"})
    second = doc.text.index("Министр")
    assert doc.has_lemma_in(arrive, 0, second) and doc.has_lemma_in(arrive, second, len(doc.text))
    assert not doc.has_lemma_in(arrive, 0, doc.text.index("прибыл") + 3)   # cut inside the word
    assert not doc.has_lemma_in(arrive, doc.text.index("вчера"), second)


@pytest.mark.parametrize("text, limit, count", [
    ("«Мы готовы, — сказал он.", 10, 4), ("раз два три четыре", 2, 2), (" — , ", 3, 0), ("", 1, 0),
])
def test_word_count_counts_words_up_to_a_limit(text, limit, count):
    from kzru_facts.analysis.doc import word_count
    assert word_count(text, limit) == count


def test_a_text_with_line_breaks_made_spaces_shares_the_tokens():
    from kzru_facts.analysis.doc import doc_of
    doc = Doc("Он заявил, —\nзаявил\nПетров.\n\nДругой абзац.")
    joined = doc.text.replace("—\n", "— ").replace("заявил\n", "заявил ")
    other = doc.same_tokens(joined)
    assert other.tokens is doc.tokens and doc_of(joined) is other
    assert [t.text for t in Doc(joined).tokens] == [t.text for t in other.tokens]
    assert len(other.paragraphs) == 2 and len(doc.paragraphs) == 4
    with pytest.raises(ValueError):
        doc.same_tokens(joined + " ")
