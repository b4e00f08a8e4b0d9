"""Property tests: any text at all goes through the real pipeline unharmed.

Two kinds of text: arbitrary Unicode, and text built from the pieces the
extractors look for (quote marks, dashes, digits, month names, names,
speech verbs, line breaks). Extraction never raises, every span points at
its own words, JSON always parses, and the same input gives the same output.
"""
from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings, strategies as st

from kzru_facts.cli import cli
from kzru_facts.text.inputs import decode
from kzru_facts.pipeline import extract
from tests.spans import span_errors

PIECES = [
    "«", "»", "„", "“", "”", '"', "'", "—", "–", "-", " — ", ": ", ", ", ". ", "? ", "!",
    "…", "(", ")", "\n", "\n\n", "- ", " ", "  ", "\t",
    "0", "7", "12", "2025", "2,5", "33", "11—12",
    " января", " мая", " ноября", " Ноябрь", " фев.", " в ноябре прошлого года", " года",
    "Иван Петров", "Петрова", "Анна", "Москва", "Астану", "ООН", "президент", "посол",
    " заявил", " сказал", " отметила", " он", " она", " визит", " посетит", " часа", " минут",
    "Соглашение о", " подписали", "интервью", "Мы", " да", "нет",
    # short lines and credits, which cleaning blanks out (menus, widgets)
    "\nПолитика\n", "\n+7°\n", "\n2025\n", "\nмая\n", "\n© ", "\nФото: ", "\nИсточник: ",
]
PIECE_TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
ANY_TEXT = st.text(max_size=300)
# Text a file can hold: no stray control characters, no lone surrogates.
FILE_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n«»—"),
                    max_size=200)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def check_article(text: str) -> None:
    """Extraction runs, its spans hold, its JSON parses and repeats exactly."""
    first = extract(text, doc="t").to_dict()
    assert span_errors(first, text) == []
    dumped = json.dumps(first, ensure_ascii=False)
    assert json.loads(dumped) == first
    assert json.dumps(extract(text, doc="t").to_dict(), ensure_ascii=False) == dumped


@SETTINGS
@given(ANY_TEXT)
@example("𗀀")                      # a letter without a Unicode name broke pymorphy2
@example("Иван 𗀀Петров сказал: «Мы приехали в Москву𗀀».")
def test_any_unicode(text):
    check_article(text)


@SETTINGS
@given(PIECE_TEXT)
def test_quote_marks_dashes_dates_names(text):
    check_article(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(FILE_TEXT, PIECE_TEXT))
def test_cli_json_parses_and_repeats(text):
    runner = CliRunner()
    runs = [runner.invoke(cli, ["extract", "--format", "json", "-"], input=text.encode("utf-8"))
            for _ in range(2)]
    assert [r.exit_code for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    articles = json.loads(runs[0].stdout)
    read = decode(text.encode("utf-8"), "-")     # what the tool reads: BOM off, \r as \n
    assert len(articles) == (1 if read.strip() else 0)
    assert span_errors(articles, read) == []
