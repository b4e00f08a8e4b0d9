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


# Page machinery: embedded players' JavaScript, CSS, tweet embeds, buttons.
PLAYER = ('jwplayer("js-player-1").setup({ file: "https://cdn.example.com/v/1.mp4", '
          'sharing: { heading : "Поделиться Видео", code: encodeURI(\'<div style="position: '
          'relative;padding-top: 25px;"></div>\') }, events: { onPlay: function(){ '
          "ga('send', 'event', 'PLAY'); } } });")


@pytest.mark.parametrize("text, kept, dropped", [
    ("Министр прибыл.\n" + PLAYER + "\nОн провел встречу.",
     ["Министр прибыл.", "Он провел встречу."], ["jwplayer", "Поделиться"]),
    (" for (var i = 0; i < n; i++) { var id = players[i].id; }\nТекст.", ["Текст."], ["players"]),
    (".video { position: relative; padding-top: 25px; }\nТекст.", ["Текст."], ["position"]),
    # a tweet embed: body kept, link, tags and credit set aside, its date kept
    ("Мы готовы к диалогу с партнерами.\n#диалог\n@someone\npic.twitter.com/AbC123xyz\n"
     "— Иван Петров (@ivan_petrov) 5 марта 2019 г.\nТекст.",
     ["Мы готовы к диалогу с партнерами.", "5 марта 2019 г.", "Текст."],
     ["#диалог", "@someone", "pic.twitter", "Иван Петров"]),
    ("https://t.co/b73Epf5w6s\nТекст.", ["Текст."], ["t.co"]),
    ("Поделиться\nТекст статьи.", ["Текст статьи."], ["Поделиться"]),
    # prose with brackets, semicolons, a colon or an e-mail address stays
    ("Голы: (Иванов, 10'; Петров, 17'; Сидоров, 21'; Орлов, 50').", ["Иванов, 10'"], []),
    ("Счет (1:0) и (2:1) в пользу хозяев.", ["Счет (1:0)"], []),
    ("Пишите на почту press@example.kz или звоните.", ["press@example.kz"], []),
    ("Он решил поделиться опытом с коллегами.", ["поделиться опытом"], []),
])
def test_page_machinery_set_aside(text, kept, dropped):
    test_clean(text, kept, dropped)


def test_script_strings_are_no_quotes():
    from kzru_facts.quotes.finder import find_quotes
    text = "Министр заявил: «Мы готовы к диалогу».\n" + PLAYER + "\n"
    found = find_quotes(clean(text).text)
    assert [text[f.start:f.end] for f in found] == ["Мы готовы к диалогу"]
