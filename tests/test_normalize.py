"""Invisible characters and Latin look-alikes: one person, exact offsets."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kzru_facts.cli import cli
from kzru_facts.text.normalize import normalize
from kzru_facts.pipeline import extract
from tests.spans import span_errors

TEXT = ("Президент Казахстана Касым-Жомарт Токаев прибыл в Москву. "
        "«Мы готовы к диалогу», — сказал Токаев.\nПозже Токаев встретился с коллегами.")

# (what is put into every "Токаев" after the first, why)
MARKS = [
    ("То\u200bкаев", "zero-width space"),
    ("То\u00adкаев", "soft hyphen"),
    ("Ток\u2060аев", "word joiner"),
    ("Тока\u0301ев", "stress mark"),
    ("Т\ufeffокаев", "BOM inside the text"),
    ("Тoкаев", "Latin o"),
    ("ТокаeB", "Latin e and B"),
]


def variant(written: str) -> str:
    first = TEXT.index("Токаев") + len("Токаев")
    return TEXT[:first] + TEXT[first:].replace("Токаев", written)


@pytest.mark.parametrize("written, why", MARKS)
def test_one_person_whatever_is_inside_the_name(written, why):
    text = variant(written)
    article = extract(text)
    people = [p.name for p in article.people if p.type == "PER"]
    assert people == ["Касым-Жомарт Токаев"], why
    assert [q.speaker.name for q in article.quotes] == ["Касым-Жомарт Токаев"]
    assert span_errors(article.to_dict(), text) == []
    assert written in [e.text for e in article.entities]          # as written, invisible kept


@pytest.mark.parametrize("written, why", MARKS[:3])
def test_speaker_option_finds_the_name(tmp_path, written, why):
    (tmp_path / "a.txt").write_text(variant(written), encoding="utf-8")
    result = CliRunner().invoke(cli, ["quotes", "-f", "jsonl", "--speaker", "Токаев",
                                      str(tmp_path / "a.txt")])
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == \
        ["Мы готовы к диалогу"], why


@pytest.mark.parametrize("text", [TEXT, "Tokayev and Putin met in Moscow.", "", "Ёлка 2025."])
def test_ordinary_text_is_left_alone(text):
    norm = normalize(text)
    assert (norm.text, norm.positions) == (text, None)
