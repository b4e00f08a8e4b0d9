"""Morphology for entity work: pymorphy readings and the tagger, on demand.

The morphology tagger runs only on sentences that hold an entity span, so
a long page with few names costs little.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from razdel import sentenize

from . import models
from .taggers import tokens


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    pos: str
    feats: dict = field(default_factory=dict, compare=False)


@lru_cache(maxsize=65536)
def forms(word: str) -> tuple:
    """pymorphy's readings of a word (natasha MorphForm: .feats, .tag, .inflect)."""
    return tuple(models.morph_vocab().parse(word.lower()))


def sentence_tokens(text: str, sents) -> list[list[tuple[int, int, str]]]:
    """The paragraph's tokens (razdel, shared with the NER tagger) grouped by sentence."""
    groups: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    i = 0
    for t in tokens(text):
        while i < len(sents) and t.start >= sents[i].stop:
            i += 1
        if i == len(sents):
            break
        if t.start >= sents[i].start:
            groups[i].append((t.start, t.stop, t.text))
    return [g for g in groups if g]


def tag_tokens(text: str, spans) -> list[Token]:
    """Tagged tokens of every sentence of ``text`` (a paragraph) that overlaps a span."""
    sents = [s for s in sentenize(text) if any(s.start < x.end and x.start < s.stop for x in spans)]
    toks = sentence_tokens(text, sents)
    if not toks:
        return []
    tagged = models.morph_tagger().tag([[t[2] for t in ts] for ts in toks])
    return [Token(a, b, w, pos, dict(feats or {}))
            for ts, tags in zip(toks, tagged) for (a, b, w), (pos, feats) in zip(ts, tags)]


def tokens_in(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens that lie inside [start, end)."""
    return [t for t in tokens if start <= t.start and t.end <= end]
