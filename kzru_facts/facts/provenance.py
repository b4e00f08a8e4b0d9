"""Each fact with the sentence it came from, for readers who check it."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields, replace

from ..record import Facts
from ..analysis.segment import find_sentences


def sentence_at(starts: list[int], sentences, offset: int) -> str | None:
    """The text of the sentence holding ``offset``, or None between sentences."""
    i = bisect_right(starts, offset) - 1
    return sentences[i].text if i >= 0 and offset < sentences[i].end else None


def attach_sentences(facts: Facts, text: str) -> Facts:
    """The same facts with ``sentence`` filled in.

    >>> from kzru_facts.record import Duration
    >>> f = attach_sentences(Facts(durations=(Duration(60, "час", 12, 15),)), "Привет. Шли час.")
    >>> f.durations[0].sentence
    'Шли час.'
    """
    sentences = find_sentences(text)
    starts = [s.start for s in sentences]
    return replace(facts, **{
        f.name: tuple(replace(x, sentence=sentence_at(starts, sentences, x.start))
                      for x in getattr(facts, f.name))
        for f in fields(facts)})
