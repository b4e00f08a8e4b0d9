"""Writers: TSV, CSV, JSON and JSON Lines lines, and record serialisation."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kzru_facts.record import Article, DateRef, Entity, Facts, Quote, Speaker
from kzru_facts.output.render import cell, csv_lines, json_array_lines, jsonl_lines, tsv_lines

CELLS = [
    (None, ""),
    ("a\tb\nc", "a b c"),
    (["посол РФ", "дипломат"], "посол РФ; дипломат"),
    (3, "3"),
    ((), ""),
]


@pytest.mark.parametrize("value, expected", CELLS)
def test_cell(value, expected):
    assert cell(value) == expected


# Fields that broke naive TSV readers: a leading quote mark opened a quoted
# field and swallowed the next records; tabs and breaks in file names.
AWKWARD = ['"Да", сказал он', 'сказал "да"', "x\ty", "первая\nвторая", "файл\t1.txt",
           "a\r\nb", '"', "", "«Мы готовы»"]


def test_tsv_round_trips_through_csv_reader_and_pandas():
    rows = [{"a": v, "b": str(i)} for i, v in enumerate(AWKWARD)]
    out = "".join(tsv_lines(["a", "b"], rows))
    back = list(csv.reader(io.StringIO(out, newline=""), delimiter="\t"))
    assert back == [["a", "b"]] + [[r["a"], r["b"]] for r in rows]
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(out), sep="\t", dtype=str, keep_default_na=False)
    assert frame["a"].tolist() == AWKWARD


def test_tsv_plain_values_stay_unquoted():
    lines = list(tsv_lines(["a", "b"], [{"a": "Касым-Жомарт Токаев", "b": None}]))
    assert lines == ["a\tb\n", "Касым-Жомарт Токаев\t\n"]


def test_csv_round_trips_commas_and_quotes():
    rows = [{"a": 'он сказал: "да", и всё', "b": 1}]
    parsed = list(csv.DictReader(io.StringIO("".join(csv_lines(["a", "b"], rows)))))
    assert parsed == [{"a": 'он сказал: "да", и всё', "b": "1"}]


def test_json_lines_and_array_parse_and_keep_cyrillic():
    objs = [{"name": "Касым-Жомарт Токаев"}, {"name": None}]
    lines = list(jsonl_lines(objs))
    assert [json.loads(line) for line in lines] == objs
    assert "Токаев" in lines[0]
    assert json.loads("".join(json_array_lines(objs))) == objs
    assert json.loads("".join(json_array_lines([]))) == []


def test_article_to_dict_emits_every_key_and_hides_the_text():
    speaker = Speaker("Алексей Бородавкин", "посол", 20, 25, "посол РФ", "role")
    article = Article("a.txt", None, None, quotes=(Quote("Да", 1, 3, "direct", speaker),),
                      entities=(Entity("PER", "Бородавкин", "Бородавкин", 30, 40),),
                      facts=Facts(dates=(DateRef(None, "11 фев", 5, 11),)), text="secret")
    d = article.to_dict()
    assert "text" not in d and d["source"] is None and d["author"] is None
    assert d["quotes"][0]["speaker"]["rule"] == "role"
    assert d["entities"][0]["canonical"] is None
    assert d["facts"]["visits"] == [] and d["facts"]["dates"][0]["value"] is None
    assert json.loads(json.dumps(d)) == d


def test_speaker_rule_is_provenance_not_identity():
    a = Speaker("Иван Петров", "он", 1, 3, None, "pronoun")
    b = Speaker("Иван Петров", "он", 1, 3, None, "name")
    assert a == b


@pytest.mark.parametrize("sep", ["\u2028", "\u2029"])
def test_json_lines_escape_line_separators(sep):
    from kzru_facts.output.render import jsonl_lines
    (line,) = jsonl_lines([{"text": f"раз{sep}два"}])
    assert sep not in line and len(line.splitlines()) == 1
    assert json.loads(line) == {"text": f"раз{sep}два"}
