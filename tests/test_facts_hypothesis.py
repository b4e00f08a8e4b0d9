"""Any text: the fact grammars never raise and their spans match their text."""
from hypothesis import given, settings, strategies as st

from kzru_facts.facts.dates import find_dates
from kzru_facts.facts.documents import find_documents
from kzru_facts.analysis.doc import Doc
from kzru_facts.facts.durations import find_durations
from kzru_facts.facts.numbers import find_numbers

PIECES = ["11", "2025", "22/02/2024", "2025-11-11", " ноября", " фев", " в мае", " года", "—", "-",
          " часа", " минут", "трех", "2,5", "«", "»", ".", ",", " ", "\n", "+7°", "19:09",
          " Декларация о", " соглашение об", " подписали", " прошлого года", " вчера"]
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=25).map("".join)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_spans_match(text):
    doc = Doc(text)
    for found in (find_dates(doc, "2026-02-16"), find_durations(doc), find_numbers(doc),
                  find_documents(doc)):
        assert all(text[x.start:x.end] == x.text for x in found)
