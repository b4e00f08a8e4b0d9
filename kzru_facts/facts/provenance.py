"""Each fact with the sentence it came from, for readers who check it."""
from __future__ import annotations

from dataclasses import fields, replace

from ..analysis.doc import Doc
from ..record import Facts


def sentence_text(doc: Doc, offset: int) -> str | None:
    """The text of the sentence holding ``offset``, or None between sentences."""
    sent = doc.sentence_at(offset)
    return sent.text if sent else None


def attach_sentences(facts: Facts, doc: Doc) -> Facts:
    """The same facts with ``sentence`` filled in from the Doc's sentences.

    >>> from kzru_facts.record import Duration
    >>> f = attach_sentences(Facts(durations=(Duration(60, "час", 12, 15),)), Doc("Привет. Шли час."))
    >>> f.durations[0].sentence
    'Шли час.'
    """
    return replace(facts, **{
        f.name: tuple(replace(x, sentence=sentence_text(doc, x.start)) for x in getattr(facts, f.name))
        for f in fields(facts)})
