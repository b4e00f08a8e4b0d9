"""Input kinds through the command line: saved pages, article tables, stdin, --published."""
from __future__ import annotations

import gzip
import json

import pytest

from kzru_facts.cli import cli
from kzru_facts.text.items import Item, ReadOptions
from kzru_facts.text.reading import kind_of
from kzru_facts.text.tables import read_rows
from tests.conftest import make_env

SAID = "Министр заявил: «Мы подписали важный документ»."
DATED = "Министр сказал: «Переговоры прошли успешно». Встреча прошла 21 ноября."
PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Переговоры в столице | Новости</title>
<meta property="article:published_time" content="2024-05-14T10:00:00+05:00"></head>
<body><nav><a href="/">Главная</a> | <a href="/politics">Политика</a> | <a href="/sport">Спорт</a></nav>
<article><h1>Переговоры в столице</h1>
<p>Министр иностранных дел Иван Петров встретился с коллегами в столице.</p>
<p>Министр сказал: «Переговоры прошли успешно». Встреча прошла 21 ноября.</p>
<p>Стороны обсудили торговлю и инвестиции и договорились продолжить работу.</p></article>
<footer>© 2024 Новости. Все права защищены. Перепечатка запрещена.</footer></body></html>
"""


def invoke(runner, args, stdin=False, input=None):
    return runner.invoke(cli, args, obj=make_env(stdin=stdin), input=input)


def lines(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_saved_page_gives_its_text_title_and_date(runner, tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = lines(invoke(runner, ["extract", "--format", "jsonl", str(tmp_path)]))
    assert article["doc"].endswith("page.html")
    assert article["title"] == "Переговоры в столице"
    assert article["published"] == "2024-05-14"
    assert [q["text"] for q in article["quotes"]] == ["Переговоры прошли успешно"]
    assert "2023-11-21" in [d["value"] for d in article["facts"]["dates"]]  # nearest year before May
    assert "Главная" not in json.dumps(article, ensure_ascii=False)


def test_a_page_on_stdin_is_read_as_a_page(runner):
    [article] = lines(invoke(runner, ["extract", "--format", "jsonl"], stdin=True, input=PAGE))
    assert article["title"] == "Переговоры в столице"


TABLE_ROWS = [
    {"id": "a1", "title": "Первая", "date": "2024-05-14T09:00:00Z", "url": "https://x/1",
     "text": DATED},
    {"title": "Вторая", "text": 'Он сказал: "нет".'},
    {"id": "c3", "text": SAID, "published": "14.03.2018"},
]


def write_table(path, kind: str) -> None:
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in TABLE_ROWS),
                        encoding="utf-8")
    elif kind == "csv":
        import csv
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, ["id", "title", "date", "url", "published", "text"])
            writer.writeheader()
            writer.writerows(TABLE_ROWS)
    elif kind == "jsonl.gz":
        path.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in TABLE_ROWS).encode()))


@pytest.mark.parametrize("kind", ["jsonl", "csv", "jsonl.gz"])
def test_an_article_table_gives_one_article_a_row(runner, tmp_path, kind):
    path = tmp_path / f"news.{kind}"
    write_table(path, kind)
    articles = lines(invoke(runner, ["extract", "--format", "jsonl", str(path)]))
    assert [a["doc"] for a in articles] == [f"{path}:a1", f"{path}:2", f"{path}:c3"]
    assert [a["title"] for a in articles][:2] == ["Первая", "Вторая"]
    assert [a["published"] for a in articles] == ["2024-05-14", None, "2018-03-14"]
    assert articles[0]["url"] == "https://x/1"
    assert "2023-11-21" in [d["value"] for d in articles[0]["facts"]["dates"]]
    # the JSON quotation marks of the table are no quotes: each row has its own
    assert [len(a["quotes"]) for a in articles] == [1, 1, 1]


def test_a_table_on_stdin_and_a_named_text_column(runner):
    table = "\n".join(json.dumps({"story": t}) for t in (SAID, DATED))
    articles = lines(invoke(runner, ["quotes", "--format", "jsonl", "--text-column", "story"],
                            stdin=True, input=table))
    assert [a["doc"] for a in articles] == ["-:1", "-:2"]


def test_a_table_without_a_text_column_names_the_rows_and_fails(runner, tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"story": "x"}\nnot json\n', encoding="utf-8")
    result = invoke(runner, ["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1: bad row (no text, content or body column" in result.stderr
    assert f"{path}:2: bad row (not JSON" in result.stderr


@pytest.mark.parametrize("row, expected", [
    ({"content": "Текст."}, Item("t:1", "Текст.", published="2020-01-02")),
    ({"Body": "Текст.", "Headline": " Заголовок ", "date": "2024-05-14"},
     Item("t:1", "Текст.", title="Заголовок", published="2024-05-14")),
    ({"text": "Текст.", "date": "вчера"}, Item("t:1", "Текст.", published="2020-01-02")),
    ({"text": None, "id": 7}, Item("t:7", "", published="2020-01-02")),
])
def test_table_rows(row, expected):
    """A row's own date wins; --published fills in for rows without one."""
    [item] = read_rows(json.dumps(row), "t", "jsonl", ReadOptions(published="2020-01-02"))
    assert item == expected


@pytest.mark.parametrize("name, text, kind", [
    ("a.txt", "Текст.", "text"),
    ("a.txt", "<!doctype html><html></html>", "html"),
    ("a.HTM", "Текст.", "html"),
    ("-", '{"text": "x"}', "jsonl"),
    ("-", '[{"text": "x"}]', "json"),
    ("-", "id,text\n1,x", "csv"),
    ("-", "{не json", "text"),
    ("-", "text, по-русски: это просто текст", "text"),
    ("a.txt", '{"text": "x"}', "text"),          # only stdin is sniffed for tables
])
def test_kind_of(name, text, kind):
    assert kind_of(name, text) == kind


def test_published_dates_plain_text(runner):
    args = ["facts", "--type", "dates", "--format", "jsonl", "--published", "2024-05-14", "-"]
    [date] = lines(invoke(runner, args, input=DATED))
    assert (date["value"], date["published"]) == ("2023-11-21", "2024-05-14")


@pytest.mark.parametrize("value", ["14.03.2018", "2025-13-45", "not-a-date", "0001-01-01"])
def test_a_bad_published_is_a_usage_error(runner, value):
    result = invoke(runner, ["quotes", "--published", value, "-"], input=SAID)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", ["quotes", "entities", "facts", "extract", "show", "report"])
def test_no_path_and_empty_stdin_is_nothing_to_read(runner, command):
    result = invoke(runner, [command], stdin=True, input="")
    assert result.exit_code == 2
    assert "nothing to read" in result.stderr
    assert "Бородавкин" not in result.stdout


def test_no_path_at_a_terminal_says_it_reads_the_bundled_articles(runner):
    result = invoke(runner, ["extract", "--format", "tsv"])
    assert result.exit_code == 0
    assert "bundled example articles" in result.stderr
    assert "seeds/" in result.stdout


def test_a_folder_of_pages_is_no_longer_empty(runner, tmp_path):
    (tmp_path / "a.htm").write_text(PAGE, encoding="utf-8")
    result = invoke(runner, ["extract", "--format", "tsv", str(tmp_path)])
    assert result.exit_code == 0 and "no .txt" not in result.stderr
    assert len(result.stdout.splitlines()) == 2
